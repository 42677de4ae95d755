import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { searchDocument } from '../../../src/lib/search/search-document.ts';
import type { SitePaper } from '../../../src/lib/site/model.ts';

function paper(overrides: Partial<SitePaper>): SitePaper {
  const base: SitePaper = {
    slug: 'vit-b-16-probes',
    title: 'ViT-B/16 probes',
    abstract: 'We probe TCP/IP stacks.',
    abstractHtml: '<p>We probe <em>TCP/IP</em> stacks.</p>',
    summary: 'We probe TCP/IP stacks.',
    links: [{ kind: 'code', url: 'https://github.com/example/probes' }],
    dates: ['2025-03-10', '2025-04-01'],
    sources: [{ file: '2025-03-10.txt', line: 1 }],
    hasMath: false,
    topics: [{ slug: 'vision-transformers', name: 'Vision transformers' }],
    related: [],
  };
  return Object.assign(base, overrides);
}

describe('searchDocument', () => {
  it('addresses the paper page without the base path', () => {
    expect(searchDocument(paper({})).url).toBe('/papers/vit-b-16-probes/');
  });

  it('marks one article with the weighted title and the abstract', () => {
    const tree = fromHtml(searchDocument(paper({})).html);

    expect(selectAll('[data-pagefind-body]', tree)).toHaveLength(1);
    const title = select('article > h1', tree);
    expect(title?.properties['dataPagefindWeight']).toBe('10');
    expect(toString(title ?? { type: 'root', children: [] })).toBe('ViT-B/16 probes');
    expect(select('article > .abstract > p > em', tree)).toBeDefined();
  });

  it('adds the keys of names with slashes', () => {
    const tree = fromHtml(searchDocument(paper({})).html);
    const keys = selectAll('article > p[hidden]', tree);

    expect(keys.map((key) => toString(key))).toEqual(['B16', 'TCPIP']);
    expect(keys[0]?.properties['dataPagefindWeight']).toBe('10');
    expect(keys[1]?.properties['dataPagefindWeight']).toBeUndefined();
  });

  it('carries metadata, sort key and filters outside the indexed text', () => {
    const tree = fromHtml(searchDocument(paper({})).html);
    const fields = select('article > div[hidden][data-pagefind-ignore]', tree);
    const text = (selector: string) => selectAll(selector, fields ?? { type: 'root', children: [] }).map((node) => toString(node));

    expect(text('[data-pagefind-meta="date"]')).toEqual(['2025-03-10']);
    expect(text('[data-pagefind-meta="code"]')).toEqual(['https://github.com/example/probes']);
    expect(text('[data-pagefind-sort="date"]')).toEqual(['2025-03-10']);
    expect(text('[data-pagefind-filter="day"]')).toEqual(['2025-03-10', '2025-04-01']);
    expect(text('[data-pagefind-filter="topic"]')).toEqual(['Vision transformers']);
    expect(text('[data-pagefind-filter="code"]')).toEqual(['Has code']);
  });

  it('escapes markup in the title', () => {
    const document = searchDocument(paper({ title: '<img src=x onerror=alert(1)> & </title>' }));
    const tree = fromHtml(document.html);

    expect(selectAll('img', tree)).toEqual([]);
    expect(toString(select('h1', tree) ?? { type: 'root', children: [] })).toBe('<img src=x onerror=alert(1)> & </title>');
    expect(toString(select('title', tree) ?? { type: 'root', children: [] })).toBe('<img src=x onerror=alert(1)> & </title>');
  });
});
