import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignSlugs, isLosslessTitle, SLUG_MAX_LENGTH, slugifyTitle } from '../../../src/lib/ingest/slug.ts';

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
    ['图 Networks', 'networks'],
    ['ニューラル 신경망', ''],
    ['Δίκτυα', 'diktya'],
    ['Գրաֆ', 'graf'],
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

describe('isLosslessTitle', () => {
  it.each([
    ['Attention Is All You Need', true],
    ['Schrödinger Bridges & Façades: 1.5-Pints', true],
    ['Ω-Nets', false],
    ['Graph Transformers 图', false],
    ['!!!', false],
  ])('reads "%s" as %s', (title, lossless) => {
    expect(isLosslessTitle(title)).toBe(lossless);
  });
});

describe('assignSlugs', () => {
  it('gives a title with no transliterable letter a hashed paper slug', () => {
    const { slugs } = assignSlugs([{ key: '图神经网络', title: '图神经网络', firstDate: '2025-03-10' }]);

    expect(slugs.get('图神经网络')).toMatch(/^paper-[0-9a-f]{8}$/);
  });

  const requests = [
    { key: 'omega nets', title: 'Ω-Nets', firstDate: '2025-03-10' },
    { key: 'o nets', title: 'O-Nets', firstDate: '2025-03-11' },
    { key: 'plain paper', title: 'Plain Paper', firstDate: '2025-03-11' },
  ];
  const longPrefix = 'Word '.repeat(20);

  it('gives a lossless title the plain slug, even when listed later', () => {
    const { slugs, collisions } = assignSlugs(requests);

    expect(slugs.get('o nets')).toBe('o-nets');
    expect(slugs.get('omega nets')).toMatch(/^o-nets-[0-9a-f]{8}$/);
    expect(slugs.get('plain paper')).toBe('plain-paper');
    expect(collisions).toEqual([{ slug: 'o-nets', keys: ['omega nets', 'o nets'] }]);
  });

  it('hashes a lossy title even when alone', () => {
    const alone = assignSlugs(requests.slice(0, 1)).slugs;

    expect(alone.get('omega nets')).toBe(assignSlugs(requests).slugs.get('omega nets'));
  });

  it('does not depend on the order of the requests', () => {
    const forward = assignSlugs(requests).slugs;
    const backward = assignSlugs(requests.toReversed()).slugs;

    expect(Object.fromEntries(backward)).toEqual(Object.fromEntries(forward));
  });

  it('keeps every slug when papers are added or removed', () => {
    const full = assignSlugs(requests).slugs;

    for (const subset of [requests.slice(1), requests.slice(0, 2), [requests[0], requests[2]]]) {
      const partial = assignSlugs(subset.filter((request) => request !== undefined)).slugs;
      for (const [key, slug] of partial) expect(full.get(key)).toBe(slug);
    }
  });

  it('gives the plain slug of a cut title to the first listed', () => {
    const { slugs } = assignSlugs([
      { key: 'b', title: `${longPrefix}Second`, firstDate: '2025-03-12' },
      { key: 'a', title: `${longPrefix}First`, firstDate: '2025-03-11' },
    ]);

    expect(slugs.get('a')).toBe(slugifyTitle(longPrefix));
    expect(slugs.get('b')).toMatch(/^(?:word-)+word-[0-9a-f]{8}$/);
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
