import { compareNewestFirst, type Paper } from '../ingest/load-seeds.ts';

/** A topic as pages, feeds and search filters show it. */
export interface TopicRef {
  /** URL segment, lowercase ASCII with hyphens, for example `masked-autoencoders`. */
  slug: string;
  /** Display name, for example `Masked autoencoders`. */
  name: string;
}

/** A paper with what the site derives from the whole collection. */
export interface SitePaper extends Paper {
  /** One to five topics, most specific first; `Other` when nothing in the taxonomy matched. */
  topics: TopicRef[];
  /** Slugs of up to five related papers, most similar first. */
  related: string[];
}

/** A listing day and the papers listed on it, in the dump's order. */
export interface Day {
  date: string;
  papers: SitePaper[];
}

/** Everything the pages, feeds and exports read, derived once per build from the papers. */
export interface SiteModel {
  /** Every paper, newest first. */
  papers: SitePaper[];
  /** Papers by slug. */
  bySlug: ReadonlyMap<string, SitePaper>;
  /** Listing days, newest first. */
  days: Day[];
}

/** Builds the site model from loaded papers. The input is not modified. */
export function buildSiteModel(loaded: readonly Paper[]): SiteModel {
  // TODO: assign topics from the taxonomy and related papers by TF-IDF similarity.
  const papers: SitePaper[] = loaded.toSorted(compareNewestFirst).map((paper) => ({ ...paper, topics: [], related: [] }));
  const bySlug = new Map(papers.map((paper) => [paper.slug, paper]));

  const byDate = new Map<string, SitePaper[]>();
  for (const paper of papers) {
    for (const date of paper.dates) {
      const list = byDate.get(date) ?? [];
      list.push(paper);
      byDate.set(date, list);
    }
  }
  const days = [...byDate].sort(([a], [b]) => b.localeCompare(a)).map(([date, list]) => ({ date, papers: list }));

  return { papers, bySlug, days };
}
