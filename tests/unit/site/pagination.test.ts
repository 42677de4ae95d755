import { describe, expect, it } from 'vitest';
import { paginate, PAGE_SIZE } from '../../../src/lib/site/pagination.ts';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index);

describe('paginate', () => {
  it.each([
    [0, [0]],
    [1, [1]],
    [PAGE_SIZE, [PAGE_SIZE]],
    [PAGE_SIZE + 1, [PAGE_SIZE, 1]],
    [PAGE_SIZE * 2, [PAGE_SIZE, PAGE_SIZE]],
  ])('splits %i items into pages of %j', (count, sizes) => {
    const pages = paginate(numbers(count));

    expect(pages.map((page) => page.items.length)).toEqual(sizes);
    expect(pages.map((page) => page.number)).toEqual(sizes.map((_, index) => index + 1));
    for (const page of pages) expect(page.total).toBe(sizes.length);
  });

  it('keeps the order across pages', () => {
    expect(paginate(numbers(5), 2).flatMap((page) => page.items)).toEqual(numbers(5));
  });
});
