import type { LinkKind, PaperLink } from '../ingest/links.ts';

/** Button label for each kind of paper link, in the order paper pages show the buttons. */
export const LINK_LABELS = {
  code: 'Code',
  model: 'Model',
  dataset: 'Dataset',
  space: 'Space',
  project: 'Project page',
  arxiv: 'arXiv',
  pdf: 'PDF',
} as const satisfies Record<LinkKind, string>;

const KIND_ORDER = Object.keys(LINK_LABELS);

/** A link as a paper page shows it. */
export interface LinkButton {
  url: string;
  kind: LinkKind;
  /** Kind of link, for example `Code`. */
  label: string;
  /** Host and path without the scheme and `www.`, which distinguishes two links of the same kind. */
  target: string;
}

/**
 * Orders a paper's links as buttons (code first, then models, datasets, Spaces, project pages, arXiv and PDF), keeping
 * the abstract's order within a kind.
 *
 * @example toLinkButtons([{ url: 'https://github.com/a/b', kind: 'code' }])[0].target === 'github.com/a/b'
 */
export function toLinkButtons(links: readonly PaperLink[]): LinkButton[] {
  return links
    .map((link) => ({ ...link, label: LINK_LABELS[link.kind], target: link.url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '') }))
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

/** True when a paper links to its code, which lists show as a "Code" badge. */
export function hasCode(links: readonly PaperLink[]): boolean {
  return links.some((link) => link.kind === 'code');
}
