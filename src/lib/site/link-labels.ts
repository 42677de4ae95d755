import type { LinkKind } from '../ingest/links.ts';

/** Button label for each kind of paper link. */
export const LINK_LABELS = {
  code: 'Code',
  model: 'Model',
  dataset: 'Dataset',
  space: 'Space',
  project: 'Project page',
  arxiv: 'arXiv',
  pdf: 'PDF',
} as const satisfies Record<LinkKind, string>;
