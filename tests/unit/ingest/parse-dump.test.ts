import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDump } from '../../../src/lib/ingest/decode.ts';
import { InputError } from '../../../src/lib/errors.ts';
import { lineOfOffset, parseDump } from '../../../src/lib/ingest/parse-dump.ts';

const SEED_FILE = '000_e31f78e9c865794f.txt';
const seedBytes = readFileSync(join(import.meta.dirname, '../../../seeds', SEED_FILE));
const seedLines = seedBytes.toString('utf8').split('\n');

/** The 18 title lines of the bundled dump, in order, as a reader sees them on the page. */
const BUNDLED_TITLES = [
  'Beyond Cosine Decay: On the effectiveness of Infinite Learning Rate Schedule for Continual Pre-training',
  'TokenUnify: Scalable Autoregressive Visual Pre-training with Mixture Token Prediction',
  'Sense Less, Generate More: Pre-training LiDAR Perception with Masked Autoencoders for Ultra-Efficient 3D Sensing',
  'Efficient Image Pre-Training with Siamese Cropped Masked Autoencoders',
  'Learning 3D Representations from 2D Pre-trained Models via Image-to-Point Masked Autoencoders',
  'Mimic before Reconstruct: Enhancing Masked Autoencoders with Feature Mimicking',
  'Stare at What You See: Masked Image Modeling without Reconstruction',
  'Scalable Video Object Segmentation with Simplified Framework',
  'NeRF-MAE: Masked AutoEncoders for Self-Supervised 3D Representation Learning for Neural Radiance Fields',
  'Position Prediction as an Effective Pretraining Strategy',
  'CLIP with Quality Captions: A Strong Pretraining for Vision Tasks',
  'ShapeSplat: A Large-scale Dataset of Gaussian Splats and Their Self-Supervised Pretraining',
  'Improving Adversarial Robustness of Masked Autoencoders via Test-time Frequency-domain Prompting',
  '1.5-Pints Technical Report: Pretraining in Days, Not Months -- Your Language Model Thrives on Quality Data',
  'Balancing Continuous Pre-Training and Instruction Fine-Tuning: Optimizing Instruction-Following in LLMs',
  'Towards Effective and Efficient Continual Pre-training of Large Language Models',
  'Efficient Continual Pre-training by Mitigating the Stability Gap',
  'Metadata Conditioning Accelerates Language Model Pre-training',
];

function parseBundled() {
  const { lines } = decodeDump(seedBytes, SEED_FILE);
  return parseDump(lines, SEED_FILE);
}

describe('parseDump on the bundled dump', () => {
  it('returns the 18 title lines as titles', () => {
    const { papers } = parseBundled();

    expect(papers.map((paper) => paper.title)).toEqual(BUNDLED_TITLES);
  });

  it('keeps every abstract whole', () => {
    const { papers } = parseBundled();

    for (const paper of papers) {
      const abstractLine = seedLines[paper.line + 1];
      expect(paper.paragraphs).toEqual([abstractLine]);
    }
  });

  it('keeps first and last sentences', () => {
    const [first] = parseBundled().papers;

    expect(first?.paragraphs[0]).toMatch(/^The ever-growing availability of unlabeled data presents/);
    expect(first?.paragraphs[0]).toMatch(/surpassing repeated cosine decay for both MAE pre-training and zero-shot LM benchmarks\.$/);
  });

  it('records the line of each title', () => {
    const { papers } = parseBundled();

    for (const paper of papers) expect(seedLines[paper.line - 1]).toBe(paper.title);
  });

  it('leaves the page chrome out', () => {
    const { papers, chrome } = parseBundled();
    const chromeTexts = ['new', 'Get trending papers in your email inbox!', 'Subscribe', 'byAK and the research community', 'Mar 11'];
    const paperTexts = papers.flatMap((paper) => [paper.title, ...paper.paragraphs]);

    expect(chrome.map((line) => line.text)).toEqual(chromeTexts);
    for (const text of chromeTexts) {
      expect(paperTexts.some((paperText) => paperText.includes(text) && paperText.length < 2 * text.length)).toBe(false);
    }
    expect(paperTexts.some((text) => /research community|email inbox/.test(text))).toBe(false);
  });
});

function parseText(text: string) {
  const { lines } = decodeDump(new TextEncoder().encode(text), 'test.txt');
  return parseDump(lines, 'test.txt');
}

describe('parseDump rules', () => {
  it.each([
    ['one paper', 'A Title\n\nAn abstract.\n', [{ title: 'A Title', paragraphs: ['An abstract.'] }]],
    ['two abstract paragraphs', 'A Title\n\nFirst part.\n\nSecond part.\n', [{ title: 'A Title', paragraphs: ['First part.', 'Second part.'] }]],
    ['wrapped abstract lines joined', 'A Title\n\nFirst line\nsecond line.\n', [{ title: 'A Title', paragraphs: ['First line second line.'] }]],
    ['runs of blank lines', '\n\n\nA Title\n\n\n\nAn abstract.\n\n\n', [{ title: 'A Title', paragraphs: ['An abstract.'] }]],
    ['paragraph ending in a colon', 'A Title\n\nWe list:\n\nthree things.\n', [{ title: 'A Title', paragraphs: ['We list:', 'three things.'] }]],
    ['short paragraph with a URL', 'A Title\n\nAn abstract.\n\nCode https://github.com/a/b\n', [{ title: 'A Title', paragraphs: ['An abstract.', 'Code https://github.com/a/b'] }]],
    ['title ending in a question mark', 'Is Attention Enough?\n\nWe ask.\n', [{ title: 'Is Attention Enough?', paragraphs: ['We ask.'] }]],
    ['line over 300 characters', `A Title\n\n${'x'.repeat(301)}\n`, [{ title: 'A Title', paragraphs: ['x'.repeat(301)] }]],
  ])('%s', (_name, text, expected) => {
    const { papers } = parseText(text);

    expect(papers.map(({ title, paragraphs }) => ({ title, paragraphs }))).toEqual(expected);
  });

  it.each([
    ['date', 'Mar 11'],
    ['date with year', 'March 11, 2025'],
    ['vote counter', '▲ 42'],
    ['bare number', '117'],
    ['submitter', 'Submitted by someone'],
    ['attribution', 'by AK and the research community'],
  ])('drops a %s line between title and abstract', (_name, line) => {
    const { papers, chrome } = parseText(`A Title\n\n${line}\n\nAn abstract.\n`);

    expect(papers).toEqual([{ title: 'A Title', paragraphs: ['An abstract.'], line: 1, paragraphLines: [{ line: 5, breaks: [] }] }]);
    expect(chrome.map((entry) => entry.text)).toEqual([line]);
  });

  it.each([
    ['a navigation word', 'new', 'navigation'],
    ['three navigation words', 'Back to top', 'navigation'],
    ['an inbox prompt', 'Get trending papers in your email inbox!', 'prompt'],
    ['a newsletter prompt', 'Join our weekly newsletter for the latest research', 'prompt'],
    ['a sign-up prompt', 'Sign up to follow the papers you care about', 'prompt'],
    ['a log-in prompt', 'Log in to see the papers your friends upvoted', 'prompt'],
    ['a line ending in an exclamation mark', 'Thanks for reading all of these papers!', 'prompt'],
  ])('drops %s that no abstract follows', (_name, line, kind) => {
    const { papers, chrome } = parseText(`${line}\n\nA Title\n\nAn abstract.\n\n${line}\n`);

    expect(papers.map((paper) => paper.title)).toEqual(['A Title']);
    expect(chrome.map((entry) => [entry.line, entry.kind])).toEqual([[1, kind], [7, kind]]);
  });

  it.each([
    ['an abstract without a full stop', 'Title One\n\nLarge language models do well, but reasoning stays brittle\n\nTitle Two\n\nAbstract two. Ends.\n', 3],
    ['an abstract ending in an ellipsis', 'Title One\n\nWe study how models reason when the context grows…\n\nTitle Two\n\nAbstract two.\n', 3],
    ['an abstract ending in a question mark', 'Title One\n\nCan small language models learn to plan?\n\nTitle Two\n\nAbstract two.\n', 3],
    ['a title at the end of the dump', 'Title One\n\nAbstract one.\n\nScaling Laws for Sparse Mixture Models\n', 5],
    ['a last abstract without a full stop', 'Title One\n\nAbstract one.\n\nA Short Title\n\nWe show that sparse mixtures scale well with data\n', 7],
  ])('stops on %s instead of dropping it', (_name, text, line) => {
    const parse = (): unknown => parseText(text);

    expect(parse).toThrow(InputError);
    expect(parse).toThrow(new RegExp(`^test\\.txt:${line}: ".+" reads as a title, but no abstract follows it`));
    expect(parse).toThrow(/end it with a full stop/);
  });

  it('names every line that no abstract follows', () => {
    const text = 'Title One\n\nAbstract one.\n\nA Paper Title Without Abstract\n\nAnother Paper Title Without Abstract\n';

    expect(() => parseText(text)).toThrow(/^test\.txt:5: .* Line 7 has the same problem\.$/);
    expect(() => parseText(`${text}\nA Third Paper Title Without Abstract\n`)).toThrow(/ Lines 7, 9 have the same problem\.$/);
  });

  it('warns about a long title-like line inside an abstract', () => {
    const longTitle = Array.from({ length: 16 }, () => 'Very Long Title Word').join(' ');
    const text = `Good Paper One\n\nAbstract one. Ends.\n\n${longTitle}\n\nAbstract of the long title paper. Ends.\n\nGood Paper Two\n\nAbstract two. Ends.\n`;
    const { papers, warnings } = parseText(text);

    expect(papers.map((paper) => paper.title)).toEqual(['Good Paper One', 'Good Paper Two']);
    expect(warnings).toEqual([expect.objectContaining({ code: 'long-line-in-abstract', line: 5 })]);
    expect(warnings[0]?.message).toContain('shorten it to 300 characters');
  });

  it('accepts long abstract paragraphs that end a sentence', () => {
    const { warnings } = parseText(`A Title\n\nFirst part.\n\n${'word '.repeat(80)}ends here.\n`);

    expect(warnings).toEqual([]);
  });

  it('records the lines of a wrapped paragraph', () => {
    const [paper] = parseText('A Title\n\nFirst line\nsecond line\nthird.\n').papers;

    expect(paper?.paragraphLines).toEqual([{ line: 3, breaks: [11, 23] }]);
    expect([0, 10, 11, 22, 23, 28].map((offset) => lineOfOffset({ line: 3, breaks: [11, 23] }, offset))).toEqual([3, 3, 4, 4, 5, 5]);
  });

  it('warns about a paragraph before any title', () => {
    const { papers, warnings } = parseText('An orphan paragraph.\n\nA Title\n\nAn abstract.\n');

    expect(papers).toHaveLength(1);
    expect(warnings).toEqual([expect.objectContaining({ code: 'orphan-paragraph', file: 'test.txt', line: 1 })]);
  });

  it('reads CRLF, BOM, tabs and Unicode spaces', () => {
    const { papers } = parseText('\uFEFFA\u00A0Title \r\n\r\n\tAn\u2003abstract.  \r\n');

    expect(papers.map(({ title, paragraphs }) => ({ title, paragraphs }))).toEqual([{ title: 'A Title', paragraphs: ['An abstract.'] }]);
  });
});

// Words that never form a chrome line, a URL or a date on their own.
const word = fc.stringMatching(/^[A-Za-z][a-z]{1,9}$/).filter((text) => !/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|by|submitted|posted|curated|published|votes?|upvotes?|comments?|likes?)/i.test(text));
const title = fc.array(word, { minLength: 2, maxLength: 12 }).map((words) => words.join(' '));
const sentence = fc.array(word, { minLength: 3, maxLength: 20 }).map((words) => `${words.join(' ')}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(' '));
const paper = fc.record({ title, paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 3 }) });
const chromeLine = fc.constantFrom('Mar 11', 'March 3, 2025', '▲ 12', '42', 'Submitted by someone', 'byAK and the research community', '12 comments');

describe('parseDump property', () => {
  it('reads back any list of papers with chrome lines mixed in', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(paper, fc.option(chromeLine), fc.option(chromeLine)), { minLength: 1, maxLength: 8 }), (entries) => {
        const blocks = entries.flatMap(([entry, before, between]) => [
          ...(before === null ? [] : [before]),
          entry.title,
          ...(between === null ? [] : [between]),
          ...entry.paragraphs,
        ]);
        const { papers } = parseText(`${blocks.join('\n\n')}\n`);

        expect(papers.map(({ title: parsedTitle, paragraphs }) => ({ title: parsedTitle, paragraphs }))).toEqual(entries.map(([entry]) => entry));
      }),
    );
  });
});
