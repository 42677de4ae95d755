import type { SitePaper } from '../site/model.ts';
import { DATE_SORT_KEY, type FilterName } from './url-state.ts';

/** Values of the `code` filter. */
export const CODE_FILTER_VALUES = { withCode: 'Has code', withoutCode: 'No code' } as const;

/** What a paper page tells Pagefind besides its text: result metadata, filter values and sort keys. */
export interface SearchRecordFields {
  /** Result metadata. The title is not here, because Pagefind takes it from the page's `h1`. */
  meta: { date: string; code?: string };
  /** One entry per filter value; a filter name repeats for a paper listed on several days or with several topics. */
  filters: Array<{ name: FilterName; value: string }>;
  sort: Record<typeof DATE_SORT_KEY, string>;
}

/**
 * Derives a paper's search metadata, filters and sort key. Day and month filters cover every listing day, so a paper
 * listed again later is found under both days; the date meta and sort key use the first day, which dates the paper.
 */
export function searchRecordFields(paper: SitePaper): SearchRecordFields {
  const firstDate = paper.dates[0] ?? '';
  const codeUrl = paper.links.find((link) => link.kind === 'code')?.url;

  const filters: SearchRecordFields['filters'] = [];
  for (const topic of paper.topics) filters.push({ name: 'topic', value: topic.name });
  for (const date of paper.dates) filters.push({ name: 'day', value: date });
  for (const month of new Set(paper.dates.map((date) => date.slice(0, 7)))) filters.push({ name: 'month', value: month });
  filters.push({ name: 'code', value: codeUrl ? CODE_FILTER_VALUES.withCode : CODE_FILTER_VALUES.withoutCode });

  return {
    meta: codeUrl ? { date: firstDate, code: codeUrl } : { date: firstDate },
    filters,
    sort: { [DATE_SORT_KEY]: firstDate },
  };
}
