/** Papers per page of the home page and of each topic. */
export const PAGE_SIZE = 25;

/** One page of a paginated list. */
export interface ListPage<T> {
  /** Page number, from 1. */
  number: number;
  /** Number of pages in the list, at least 1. */
  total: number;
  items: T[];
}

/**
 * Splits a list into pages of `size` items. An empty list still gives one empty page, so its first page exists.
 *
 * @example paginate([1, 2, 3], 2) → [{ number: 1, total: 2, items: [1, 2] }, { number: 2, total: 2, items: [3] }]
 */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): Array<ListPage<T>> {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, index) => ({
    number: index + 1,
    total,
    items: items.slice(index * size, (index + 1) * size),
  }));
}
