import { describe, expect, it } from 'vitest';
import type { SitePaper } from '../../../src/lib/site/model.ts';
import { scholarlyArticle, scholarTags, toJsonLd } from '../../../src/lib/site/paper-meta.ts';
import { createUrls } from '../../../src/lib/site/urls.ts';

const urls = createUrls('https://example.org', '/papers/');

const paper: SitePaper = {
  slug: 'masked-autoencoders',
  title: 'Masked Autoencoders </script>',
  abstract: 'We mask patches.',
  abstractHtml: '<p>We mask patches.</p>',
  summary: 'We mask patches.',
  links: [
    { url: 'https://github.com/a/mae', kind: 'code' },
    { url: 'https://arxiv.org/abs/2111.06377', kind: 'arxiv' },
    { url: 'https://arxiv.org/pdf/2111.06377', kind: 'pdf' },
  ],
  hasMath: false,
  arxivId: '2111.06377',
  dates: ['2025-03-11', '2025-03-12'],
  sources: [{ file: '2025-03-11.txt', line: 3 }],
  topics: [{ slug: 'masked-autoencoders', name: 'Masked autoencoders' }],
  related: [],
};

describe('scholarTags', () => {
  it('lists the Google Scholar tags', () => {
    expect(scholarTags(paper, urls)).toEqual([
      { name: 'citation_title', content: 'Masked Autoencoders </script>' },
      { name: 'citation_publication_date', content: '2025/03/11' },
      { name: 'citation_online_date', content: '2025/03/11' },
      { name: 'citation_abstract_html_url', content: 'https://example.org/papers/papers/masked-autoencoders/' },
      { name: 'citation_pdf_url', content: 'https://arxiv.org/pdf/2111.06377' },
    ]);
  });

  it('omits the PDF without an arXiv id', () => {
    const { arxivId: _omitted, ...withoutId } = paper;

    expect(scholarTags(withoutId, urls).map((tag) => tag.name)).not.toContain('citation_pdf_url');
  });
});

describe('scholarlyArticle', () => {
  it('describes the paper', () => {
    expect(scholarlyArticle(paper, urls)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      name: 'Masked Autoencoders </script>',
      headline: 'Masked Autoencoders </script>',
      abstract: 'We mask patches.',
      datePublished: '2025-03-11',
      url: 'https://example.org/papers/papers/masked-autoencoders/',
      keywords: ['Masked autoencoders'],
      sameAs: ['https://github.com/a/mae', 'https://arxiv.org/abs/2111.06377'],
    });
  });
});

describe('toJsonLd', () => {
  it('escapes markup characters', () => {
    const json = toJsonLd({ text: '</script><!-- & \u2028' });

    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ text: '</script><!-- & \u2028' });
  });
});
