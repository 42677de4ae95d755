import type { SitePaper } from './model.ts';
import type { SiteUrls } from './urls.ts';

/** A `<meta name=… content=…>` tag. */
export interface NamedMeta {
  name: string;
  content: string;
}

/** URL of an arXiv paper's PDF. */
export function arxivPdfUrl(arxivId: string): string {
  return `https://arxiv.org/pdf/${arxivId}`;
}

/**
 * Builds the Google Scholar tags of a paper page. Both date tags carry the first listing day, because a dump gives no
 * other date; Scholar reads `YYYY/MM/DD`. The PDF tag appears only when the arXiv id is known.
 */
export function scholarTags(paper: SitePaper, urls: SiteUrls): NamedMeta[] {
  const date = (paper.dates[0] ?? '').replaceAll('-', '/');
  const tags: NamedMeta[] = [
    { name: 'citation_title', content: paper.title },
    { name: 'citation_publication_date', content: date },
    { name: 'citation_online_date', content: date },
    { name: 'citation_abstract_html_url', content: urls.absolute(urls.paper(paper.slug)) },
  ];
  if (paper.arxivId !== undefined) tags.push({ name: 'citation_pdf_url', content: arxivPdfUrl(paper.arxivId) });
  return tags;
}

/** schema.org `ScholarlyArticle` of a paper, for JSON-LD. */
export interface ScholarlyArticle {
  '@context': 'https://schema.org';
  '@type': 'ScholarlyArticle';
  name: string;
  headline: string;
  abstract: string;
  datePublished: string;
  url: string;
  keywords: string[];
  sameAs?: string[];
}

/** Builds the schema.org description of a paper. `sameAs` lists its arXiv page and code links. */
export function scholarlyArticle(paper: SitePaper, urls: SiteUrls): ScholarlyArticle {
  const sameAs = paper.links.filter((link) => link.kind === 'arxiv' || link.kind === 'code').map((link) => link.url);
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    name: paper.title,
    // Google requires headlines of at most 110 characters.
    headline: paper.title.length <= 110 ? paper.title : `${paper.title.slice(0, 109)}…`,
    abstract: paper.abstract,
    datePublished: paper.dates[0] ?? '',
    url: urls.absolute(urls.paper(paper.slug)),
    keywords: paper.topics.map((topic) => topic.name),
    ...(sameAs.length > 0 ? { sameAs } : {}),
  };
}

/**
 * Serialises a value as JSON that is safe inside `<script type="application/ld+json">`. It writes `<`, `>` and `&` as
 * `\u` escapes, so text such as `</script>` in an abstract cannot end the element. It also escapes U+2028 and U+2029
 * for older JSON readers.
 */
export function toJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
