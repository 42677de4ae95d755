import { STOP_WORDS } from './stop-words.ts';
import { splitWords } from './words.ts';

/** Text of one paper as similarity reads it. */
export interface RelatedInput {
  title: string;
  abstract: string;
}

/** Limits of {@link findRelated}. With the defaults, 100,000 synthetic papers take about 15 s on one core. */
export interface RelatedOptions {
  /** Related papers per paper. Default 5. */
  limit?: number;
  /** Highest-weighted terms of a paper used to look up candidates. Default 24. */
  queryTerms?: number;
  /** Papers kept per term in the inverted index, highest weight first. Default 128. */
  postingsPerTerm?: number;
}

/** Weight of a title word relative to an abstract word. */
const TITLE_WEIGHT = 3;

/** A paper's TF-IDF vector: term ids and unit-length weights, heaviest first. */
interface Vector {
  terms: Int32Array;
  weights: Float64Array;
}

/**
 * Inverted index in compressed sparse row form: the papers of term `t` sit at `offsets[t]` up to `offsets[t + 1]`,
 * heaviest first, and the first `searched[t]` of them are looked up.
 */
interface InvertedIndex {
  offsets: Int32Array;
  searched: Int32Array;
  papers: Int32Array;
  weights: Float64Array;
}

/**
 * Finds each paper's most similar papers by cosine similarity of TF-IDF vectors over title and abstract, title words
 * weighing three times as much and stop words left out. Returns, per paper, the indexes of up to `limit` others, most
 * similar first, ties broken by lower index, so the same input always gives the same output. Papers that share no
 * term get none.
 *
 * The work is sub-quadratic: vectors are sparse, candidates come from an inverted index, each paper queries only its
 * `queryTerms` heaviest terms, and each term keeps only its `postingsPerTerm` heaviest papers.
 * NOTE: those two cuts make scores approximate once a term is in more than `postingsPerTerm` papers: a paper that
 * shares only common terms with another may then miss it.
 */
export function findRelated(papers: readonly RelatedInput[], options: RelatedOptions = {}): number[][] {
  const { limit = 5, queryTerms = 24, postingsPerTerm = 128 } = options;

  const termIds = new Map<string, number>();
  const counts = papers.map((paper) => countTerms(paper, termIds));
  const vectors = weighTerms(counts, termIds.size);
  const index = buildIndex(vectors, termIds.size, postingsPerTerm);

  const scores = new Float64Array(papers.length);
  const touched = new Int32Array(papers.length);
  return vectors.map((vector, paper) => {
    let touchedCount = 0;
    const queried = Math.min(queryTerms, vector.terms.length);
    for (let position = 0; position < queried; position++) {
      const term = vector.terms[position] ?? 0;
      const weight = vector.weights[position] ?? 0;
      const start = index.offsets[term] ?? 0;
      const end = start + (index.searched[term] ?? 0);
      for (let posting = start; posting < end; posting++) {
        const other = index.papers[posting] ?? paper;
        if (other === paper) continue;
        if (scores[other] === 0) touched[touchedCount++] = other;
        scores[other] = (scores[other] ?? 0) + weight * (index.weights[posting] ?? 0);
      }
    }

    const candidates = touched.subarray(0, touchedCount);
    const best = selectBest(candidates, scores, limit);
    for (const other of candidates) scores[other] = 0;
    return best;
  });
}

/** Counts the terms of a paper by id, title words weighted, stop words, single characters and bare numbers left out. */
function countTerms({ title, abstract }: RelatedInput, termIds: Map<string, number>): Map<number, number> {
  const counts = new Map<number, number>();
  const add = (text: string, weight: number) => {
    for (const { folded } of splitWords(text)) {
      if (folded.length < 2 || /^\d+$/.test(folded) || STOP_WORDS.has(folded)) continue;

      let id = termIds.get(folded);
      if (id === undefined) {
        id = termIds.size;
        termIds.set(folded, id);
      }
      counts.set(id, (counts.get(id) ?? 0) + weight);
    }
  };
  add(title, TITLE_WEIGHT);
  add(abstract, 1);
  return counts;
}

/**
 * Turns term counts into unit-length TF-IDF vectors (sublinear term frequency `1 + ln tf`, `idf = ln(N / df)`), each
 * sorted heaviest first, ties by term id. A term found in every paper weighs nothing and is left out.
 */
function weighTerms(counts: readonly Map<number, number>[], termCount: number): Vector[] {
  const documentFrequency = new Int32Array(termCount);
  for (const terms of counts) {
    for (const term of terms.keys()) documentFrequency[term] = (documentFrequency[term] ?? 0) + 1;
  }

  return counts.map((terms) => {
    const entries: Array<[number, number]> = [];
    let squares = 0;
    for (const [term, count] of terms) {
      const idf = Math.log(counts.length / (documentFrequency[term] ?? 1));
      if (idf <= 0) continue;
      const weight = (1 + Math.log(count)) * idf;
      entries.push([term, weight]);
      squares += weight * weight;
    }
    entries.sort(([termA, weightA], [termB, weightB]) => weightB - weightA || termA - termB);

    const norm = Math.sqrt(squares);
    return {
      terms: Int32Array.from(entries, ([term]) => term),
      weights: Float64Array.from(entries, ([, weight]) => weight / norm),
    };
  });
}

/**
 * Builds the inverted index. Each term's papers are sorted heaviest first (ties by index) and cut to
 * `postingsPerTerm`. A term that only one paper uses links no pair, so it is not looked up.
 */
function buildIndex(vectors: readonly Vector[], termCount: number, postingsPerTerm: number): InvertedIndex {
  const offsets = new Int32Array(termCount + 1);
  for (const vector of vectors) {
    for (const term of vector.terms) offsets[term + 1] = (offsets[term + 1] ?? 0) + 1;
  }
  for (let term = 0; term < termCount; term++) offsets[term + 1] = (offsets[term + 1] ?? 0) + (offsets[term] ?? 0);

  const total = offsets[termCount] ?? 0;
  const papers = new Int32Array(total);
  const weights = new Float64Array(total);
  const filled = offsets.slice(0, termCount);
  for (const [paper, vector] of vectors.entries()) {
    for (const [position, term] of vector.terms.entries()) {
      const slot = filled[term] ?? 0;
      papers[slot] = paper;
      weights[slot] = vector.weights[position] ?? 0;
      filled[term] = slot + 1;
    }
  }

  const searched = new Int32Array(termCount);
  for (let term = 0; term < termCount; term++) {
    const start = offsets[term] ?? 0;
    const length = (offsets[term + 1] ?? 0) - start;
    if (length < 2) continue;
    if (length > postingsPerTerm) sortHeaviestFirst(papers.subarray(start, start + length), weights.subarray(start, start + length));
    searched[term] = Math.min(length, postingsPerTerm);
  }
  return { offsets, searched, papers, weights };
}

/** Sorts one term's postings heaviest first, ties by paper index, moving both arrays together. */
function sortHeaviestFirst(papers: Int32Array, weights: Float64Array): void {
  const order = Array.from(papers.keys()).sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0) || (papers[a] ?? 0) - (papers[b] ?? 0));
  const sortedPapers = Int32Array.from(order, (position) => papers[position] ?? 0);
  const sortedWeights = Float64Array.from(order, (position) => weights[position] ?? 0);
  papers.set(sortedPapers);
  weights.set(sortedWeights);
}

function selectBest(candidates: Int32Array, scores: Float64Array, limit: number): number[] {
  const byScore = (a: number, b: number) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b;
  const best: number[] = [];
  for (const candidate of candidates) {
    if (best.length === limit) {
      const last = best[limit - 1];
      if (last === undefined || byScore(candidate, last) >= 0) continue;
      best.pop();
    }
    const position = best.findIndex((kept) => byScore(candidate, kept) < 0);
    best.splice(position === -1 ? best.length : position, 0, candidate);
  }
  return best;
}
