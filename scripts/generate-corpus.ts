/**
 * `npm run corpus -- --papers N --out DIR [--seed S] [--per-day 50]`: writes a synthetic corpus of N distinct papers
 * as dated dumps in the real format, for benchmarks. The same seed always gives the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../src/lib/corpus/generate-corpus.ts';

const { values } = parseArgs({
  options: {
    papers: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'per-day': { type: 'string', default: '50' },
  },
});

const papers = Number(values.papers);
const seed = Number(values.seed);
const perDay = Number(values['per-day']);
if (!values.out || !Number.isInteger(papers) || papers < 1 || !Number.isInteger(seed) || !Number.isInteger(perDay) || perDay < 1) {
  console.error('Usage: npm run corpus -- --papers N --out DIR [--seed S] [--per-day 50], where N, S and the papers per day are positive integers.');
  process.exit(1);
}

const outDir = resolve(values.out);
mkdirSync(outDir, { recursive: true });
const dumps = generateCorpus({ papers, seed, perDay });
for (const dump of dumps) writeFileSync(join(outDir, dump.fileName), dump.text);
console.log(`Wrote ${papers} papers in ${dumps.length} dumps to ${outDir}.`);
