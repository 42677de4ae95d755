import type { Taxonomy } from './taxonomy.ts';
import { splitWords, type Word } from './words.ts';

/** Maximum number of topics a paper gets. */
export const MAX_TOPICS_PER_PAPER = 5;

/** A hit in the title counts this many times as a hit in the abstract. */
const TITLE_WEIGHT = 3;

interface Phrase {
  topic: number;
  /** Words after the first, compared in the same form as the first. */
  rest: string[];
  /** True for terms written without lower-case letters, such as `MAE` or `3D`, which must match that case. */
  exact: boolean;
}

/** Finds the topics of a text; build one per taxonomy with {@link createTopicMatcher}. */
export interface TopicMatcher {
  /**
   * Returns the indexes into the taxonomy's topics that the title and abstract match, at most
   * {@link MAX_TOPICS_PER_PAPER}, the strongest match first (a title hit weighs three abstract hits), then in taxonomy
   * order. An empty array means no term matched.
   */
  match(title: string, abstract: string): number[];
}

/**
 * Compiles a taxonomy into a matcher. Every topic name and term is matched on whole words: a term without lower-case
 * letters (`MAE`, `LLM`, `3D`) is case-sensitive, every other term ignores case, and a plural `s` is ignored on both
 * sides. Matching a text costs one map lookup per word, whatever the size of the taxonomy.
 */
export function createTopicMatcher(taxonomy: Taxonomy): TopicMatcher {
  const byFirstWord = new Map<string, Phrase[]>();
  const add = (key: string, phrase: Phrase) => {
    const list = byFirstWord.get(key) ?? [];
    list.push(phrase);
    byFirstWord.set(key, list);
  };

  for (const [topic, entry] of taxonomy.topics.entries()) {
    for (const term of [entry.name, ...entry.terms]) {
      const exact = !/\p{Ll}/u.test(term);
      const words = splitWords(term).map((word) => (exact ? word.exact : word.folded));
      const [first, ...rest] = words;
      if (first === undefined) continue;
      add(phraseKey(first, exact), { topic, rest, exact });
    }
  }

  return {
    match(title, abstract) {
      const scores = new Map<number, number>();
      scoreText(splitWords(title), byFirstWord, scores, TITLE_WEIGHT);
      scoreText(splitWords(abstract), byFirstWord, scores, 1);

      return [...scores]
        .sort(([topicA, scoreA], [topicB, scoreB]) => scoreB - scoreA || topicA - topicB)
        .slice(0, MAX_TOPICS_PER_PAPER)
        .map(([topic]) => topic);
    },
  };
}

function phraseKey(word: string, exact: boolean): string {
  return exact ? `=${word}` : `~${word}`;
}

/** Adds `weight` to a topic once per place in the text where one of its phrases starts; a topic's phrases that start at the same word count once. */
function scoreText(words: readonly Word[], byFirstWord: ReadonlyMap<string, Phrase[]>, scores: Map<number, number>, weight: number): void {
  for (let start = 0; start < words.length; start++) {
    const word = words[start];
    if (word === undefined) continue;

    const candidates = [...(byFirstWord.get(phraseKey(word.folded, false)) ?? []), ...(byFirstWord.get(phraseKey(word.exact, true)) ?? [])];
    const matched = new Set<number>();
    for (const phrase of candidates) {
      if (matched.has(phrase.topic) || !followsAt(words, start + 1, phrase)) continue;
      matched.add(phrase.topic);
      scores.set(phrase.topic, (scores.get(phrase.topic) ?? 0) + weight);
    }
  }
}

function followsAt(words: readonly Word[], from: number, phrase: Phrase): boolean {
  return phrase.rest.every((expected, offset) => {
    const word = words[from + offset];
    return word !== undefined && (phrase.exact ? word.exact : word.folded) === expected;
  });
}
