/** Kinds of link a paper page shows as buttons. */
export type LinkKind = 'code' | 'model' | 'dataset' | 'space' | 'arxiv' | 'pdf' | 'project';

/** A link found in an abstract or derived from an arXiv id. */
export interface PaperLink {
  url: string;
  kind: LinkKind;
}

/** Candidate http(s) URLs: trailing punctuation is trimmed afterwards by {@link findUrls}. */
export const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`{}|\\^]+/g;

const TRAILING_PUNCTUATION = /[.,;:!?*'"\]]$/;

/**
 * Finds the http(s) URLs in a text. Sentence punctuation at the end is not part of a URL, and a closing parenthesis
 * belongs to it only when the URL opened one.
 *
 * @example findUrls('See https://github.com/a/b.') → [{ url: 'https://github.com/a/b', index: 4 }]
 */
export function findUrls(text: string): Array<{ url: string; index: number }> {
  const found: Array<{ url: string; index: number }> = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = trimUrl(match[0]);
    if (isValidHttpUrl(url)) found.push({ url, index: match.index });
  }
  return found;
}

function trimUrl(candidate: string): string {
  let url = candidate;
  for (;;) {
    if (TRAILING_PUNCTUATION.test(url)) {
      url = url.slice(0, -1);
      continue;
    }
    if (url.endsWith(')') && count(url, '(') < count(url, ')')) {
      url = url.slice(0, -1);
      continue;
    }
    return url;
  }
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

function isValidHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

const CODE_HOSTS = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org']);

/** Classifies a URL by host and path: code forges, Hugging Face models, datasets and Spaces, arXiv, or a project page. */
export function classifyLink(value: string): LinkKind {
  const url = new URL(value);
  const host = url.hostname.replace(/^www\./, '').toLowerCase();
  const segments = url.pathname.split('/').filter(Boolean);

  if (CODE_HOSTS.has(host)) return 'code';
  if (host === 'huggingface.co' || host === 'hf.co') {
    if (segments[0] === 'datasets') return 'dataset';
    if (segments[0] === 'spaces') return 'space';
    if (segments[0] === 'papers') return 'project';
    return segments.length >= 2 ? 'model' : 'project';
  }
  if (host.endsWith('.hf.space')) return 'space';
  if (host === 'arxiv.org' || host === 'export.arxiv.org') return segments[0] === 'pdf' ? 'pdf' : 'arxiv';
  return 'project';
}

// New-style identifiers (2403.12345, with an optional version) and old-style ones (hep-th/9901001, cs.LG/0101001).
const ARXIV_ID = String.raw`(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?`;
const ARXIV_URL = new RegExp(String.raw`^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\/(${ARXIV_ID})(?:\.pdf)?\/?$`, 'i');
const ARXIV_MENTION = new RegExp(String.raw`\barXiv:\s?(${ARXIV_ID})(?!\w|\.\d)`, 'i');

/**
 * Finds the arXiv identifier of a paper: from an arxiv.org abs, pdf or html URL among its links, else from an
 * `arXiv:2403.12345` mention in the text. The version suffix is dropped so the id names the paper, not a revision.
 *
 * @example findArxivId(['https://arxiv.org/pdf/2403.12345v2.pdf'], '') === '2403.12345'
 */
export function findArxivId(urls: readonly string[], text: string): string | undefined {
  for (const url of urls) {
    const id = ARXIV_URL.exec(url)?.[1];
    if (id !== undefined) return id.replace(/v\d+$/, '');
  }
  return ARXIV_MENTION.exec(text)?.[1]?.replace(/v\d+$/, '');
}

/** Builds the arXiv abstract page and PDF links of an identifier. */
export function arxivLinks(id: string): PaperLink[] {
  return [
    { url: `https://arxiv.org/abs/${id}`, kind: 'arxiv' },
    { url: `https://arxiv.org/pdf/${id}`, kind: 'pdf' },
  ];
}

/**
 * Classifies the URLs of an abstract, without repeats, in order of first appearance, and adds the arXiv abstract and
 * PDF links when an arXiv id is known and the abstract does not already link to them.
 */
export function classifyLinks(urls: readonly string[], arxivId: string | undefined): PaperLink[] {
  const seen = new Set<string>();
  const links: PaperLink[] = [];
  const add = (link: PaperLink): void => {
    if (seen.has(link.url)) return;
    seen.add(link.url);
    links.push(link);
  };

  for (const url of urls) add({ url, kind: classifyLink(url) });
  if (arxivId === undefined) return links;

  for (const link of arxivLinks(arxivId)) {
    if (!links.some((existing) => existing.kind === link.kind)) add(link);
  }
  return links;
}

/** Finds every http(s) link in an abstract, classified, without repeats, in order of first appearance. */
export function extractLinks(text: string): PaperLink[] {
  const urls = findUrls(text).map(({ url }) => url);
  return classifyLinks(urls, findArxivId(urls, text));
}
