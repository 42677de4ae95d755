import { compareNewestFirst, type Paper } from '../ingest/load-seeds.ts';
import { findRelated } from './related.ts';
import { OTHER_TOPIC, type Taxonomy } from './taxonomy.ts';
import { createTopicMatcher } from './topics.ts';

/** A topic as pages, feeds and search filters show it. */
export interface TopicRef {
  /** URL segment, lowercase ASCII with hyphens, for example `masked-autoencoders`. */
  slug: string;
  /** Display name, for example `Masked autoencoders`. */
  name: string;
}

/** A topic with its papers. */
export interface Topic extends TopicRef {
  /** Number of papers, the same as `papers.length`. */
  count: number;
  /** Papers of the topic, newest first. */
  papers: SitePaper[];
}

/** A paper with what the site derives from the whole collection. */
export interface SitePaper extends Paper {
  /** One to five topics, strongest match first; only `Other` when nothing in the taxonomy matched. */
  topics: TopicRef[];
  /** Slugs of up to five related papers, most similar first. */
  related: string[];
}

/** A listing day and the papers listed on it, in the dump's order. */
export interface Day {
  date: string;
  papers: SitePaper[];
  /** The listing day before this one, if any. */
  earlier?: string | undefined;
  /** The listing day after this one, if any. */
  later?: string | undefined;
}

/** The papers before and after a paper on its first listing day. */
export interface DayNeighbours {
  previous?: SitePaper | undefined;
  next?: SitePaper | undefined;
}

/** Everything the pages, feeds and exports read, derived once per build from the papers. */
export interface SiteModel {
  /** Every paper, newest first. */
  papers: SitePaper[];
  /** Papers by slug. */
  bySlug: ReadonlyMap<string, SitePaper>;
  /** Listing days, newest first. */
  days: Day[];
  /** Topics that have at least one paper, most papers first (ties by name), with `Other` last. */
  topics: Topic[];
  /** Topics by slug. */
  topicsBySlug: ReadonlyMap<string, Topic>;
  /** Neighbours of each paper, by slug, on its first listing day. */
  dayNeighbours: ReadonlyMap<string, DayNeighbours>;
}

/** Builds the site model from loaded papers and the taxonomy. The input is not modified. */
export function buildSiteModel(loaded: readonly Paper[], taxonomy: Taxonomy): SiteModel {
  const matcher = createTopicMatcher(taxonomy);
  const refs: TopicRef[] = taxonomy.topics.map(({ slug, name }) => ({ slug, name }));
  const other: TopicRef = { ...OTHER_TOPIC };

  const sorted = loaded.toSorted(compareNewestFirst);
  const related = findRelated(sorted);
  const papers: SitePaper[] = sorted.map((paper, index) => {
    const matched = matcher.match(paper.title, paper.abstract).flatMap((topic) => refs[topic] ?? []);
    const neighbours = (related[index] ?? []).flatMap((other) => sorted[other]?.slug ?? []);
    return { ...paper, topics: matched.length > 0 ? matched : [other], related: neighbours };
  });
  const bySlug = new Map(papers.map((paper) => [paper.slug, paper]));

  const topics = groupByTopic(papers);
  const topicsBySlug = new Map(topics.map((topic) => [topic.slug, topic]));

  const days = groupByDay(papers);
  return { papers, bySlug, days, topics, topicsBySlug, dayNeighbours: findDayNeighbours(days) };
}

function groupByDay(papers: readonly SitePaper[]): Day[] {
  const byDate = new Map<string, SitePaper[]>();
  for (const paper of papers) {
    for (const date of paper.dates) {
      const list = byDate.get(date) ?? [];
      list.push(paper);
      byDate.set(date, list);
    }
  }
  const dates = [...byDate.keys()].sort((a, b) => b.localeCompare(a));
  return dates.map((date, index) => ({ date, papers: byDate.get(date) ?? [], earlier: dates[index + 1], later: dates[index - 1] }));
}

function findDayNeighbours(days: readonly Day[]): Map<string, DayNeighbours> {
  const neighbours = new Map<string, DayNeighbours>();
  for (const day of days) {
    const firstListed = day.papers.filter((paper) => paper.dates[0] === day.date);
    for (const [index, paper] of firstListed.entries()) {
      neighbours.set(paper.slug, { previous: firstListed[index - 1], next: firstListed[index + 1] });
    }
  }
  return neighbours;
}

/** Groups papers (already newest first) by topic, so each topic's list keeps that order. */
function groupByTopic(papers: readonly SitePaper[]): Topic[] {
  const bySlug = new Map<string, Topic>();
  for (const paper of papers) {
    for (const ref of paper.topics) {
      const topic = bySlug.get(ref.slug) ?? { ...ref, count: 0, papers: [] };
      topic.papers.push(paper);
      topic.count++;
      bySlug.set(ref.slug, topic);
    }
  }

  return [...bySlug.values()].sort(
    (a, b) => Number(a.slug === OTHER_TOPIC.slug) - Number(b.slug === OTHER_TOPIC.slug) || b.count - a.count || a.name.localeCompare(b.name, 'en'),
  );
}
