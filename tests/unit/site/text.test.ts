import { describe, expect, it } from 'vitest';
import { DESCRIPTION_LENGTH, listTeaser, truncateAtWord } from '../../../src/lib/site/text.ts';

describe('truncateAtWord', () => {
  it.each([
    ['short text', 'Masked autoencoders', 40, 'Masked autoencoders'],
    ['a cut at a word', 'Masked autoencoders scale well', 20, 'Masked autoencoders…'],
    ['trailing punctuation', 'Masked autoencoders, at scale', 21, 'Masked autoencoders…'],
    ['one long word', 'Supercalifragilistic', 5, 'Super…'],
    ['line breaks', 'Two\n\nparagraphs', 40, 'Two paragraphs'],
  ])('handles %s', (_case, text, maxLength, expected) => {
    expect(truncateAtWord(text, maxLength)).toBe(expected);
  });

  it('stays within the description length', () => {
    const text = 'word '.repeat(100);

    expect(truncateAtWord(text).length).toBeLessThanOrEqual(DESCRIPTION_LENGTH + 1);
  });
});

describe('listTeaser', () => {
  it('keeps two sentences of the first paragraph', () => {
    expect(listTeaser('One is 3.5 long. Two follows. Three is cut.\n\nSecond paragraph.')).toBe('One is 3.5 long. Two follows.');
  });

  it('keeps a one-sentence abstract', () => {
    expect(listTeaser('Only one sentence here')).toBe('Only one sentence here');
  });
});
