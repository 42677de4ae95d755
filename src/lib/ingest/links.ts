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

/** Finds every http(s) link in an abstract, classified, without repeats, in order of first appearance. */
export function extractLinks(text: string): PaperLink[] {
  const seen = new Set<string>();
  const links: PaperLink[] = [];
  for (const { url } of findUrls(text)) {
    if (seen.has(url)) continue;
    seen.add(url);
    links.push({ url, kind: classifyLink(url) });
  }
  return links;
}
