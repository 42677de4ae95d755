import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignSlugs, SLUG_MAX_LENGTH, slugifyTitle } from '../../../src/lib/ingest/slug.ts';

describe('slugifyTitle', () => {
  it.each([
    ['Attention Is All You Need', 'attention-is-all-you-need'],
    ['Schrödinger Bridges', 'schrodinger-bridges'],
    ['Ω-Nets and β-VAEs', 'o-nets-and-v-vaes'],
    ['Нейронные сети', 'neironnye-seti'],
    ['Retrieval & Ranking', 'retrieval-and-ranking'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
    ['1.5-Pints Technical Report', '1-5-pints-technical-report'],
    ['Über Façade Naïveté', 'uber-facade-naivete'],
    ['注意力', ''],
  ])('turns "%s" into "%s"', (title, slug) => {
    expect(slugifyTitle(title)).toBe(slug);
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugifyTitle('Word '.repeat(40));

    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug).toMatch(/^(?:word-)*word$/);
  });

  it('gives only lowercase ASCII letters, digits and hyphens for any title', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (title) => {
        const slug = slugifyTitle(title);
        expect(slug).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
        expect(Buffer.byteLength(slug)).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
      }),
    );
  });
});

describe('assignSlugs', () => {
  const requests = [
    { key: 'omega nets', title: 'Ω-Nets', firstDate: '2025-03-11' },
    { key: 'o nets', title: 'O-Nets', firstDate: '2025-03-10' },
    { key: 'plain paper', title: 'Plain Paper', firstDate: '2025-03-11' },
  ];

  it('gives the first listed paper the plain slug and the others a hash', () => {
    const { slugs, collisions } = assignSlugs(requests);

    expect(slugs.get('o nets')).toBe('o-nets');
    expect(slugs.get('omega nets')).toMatch(/^o-nets-[0-9a-f]{8}$/);
    expect(slugs.get('plain paper')).toBe('plain-paper');
    expect(collisions).toEqual([{ slug: 'o-nets', keys: ['o nets', 'omega nets'] }]);
  });

  it('does not depend on the order of the requests', () => {
    const forward = assignSlugs(requests).slugs;
    const backward = assignSlugs(requests.toReversed()).slugs;

    expect(Object.fromEntries(backward)).toEqual(Object.fromEntries(forward));
  });

  it('keeps a slug when a later paper collides with it', () => {
    const before = assignSlugs(requests.slice(1)).slugs;
    const after = assignSlugs([...requests.slice(1), { key: 'o nets again', title: 'O Nets', firstDate: '2025-04-01' }]).slugs;

    for (const [key, slug] of before) expect(after.get(key)).toBe(slug);
  });

  it('hashes titles with no ASCII letters', () => {
    const { slugs } = assignSlugs([{ key: '注意力', title: '注意力', firstDate: '2025-03-11' }]);

    expect(slugs.get('注意力')).toMatch(/^paper-[0-9a-f]{8}$/);
  });

  it('never gives two papers the same slug', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 6 }), { maxLength: 40 }), (titles) => {
        const { slugs } = assignSlugs(titles.map((title, index) => ({ key: `${index}:${title}`, title, firstDate: '2025-03-11' })));
        expect(new Set(slugs.values()).size).toBe(titles.length);
      }),
    );
  });
});
