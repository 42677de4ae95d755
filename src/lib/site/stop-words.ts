import { splitWords } from './words.ts';

/**
 * English function words and the stock phrasing of abstracts ("we propose", "in this paper"), left out of the
 * similarity between papers because nearly every abstract uses them.
 */
const WORDS = [
  'a', 'about', 'above', 'across', 'after', 'again', 'against', 'all', 'almost', 'also', 'although', 'always', 'among',
  'an', 'and', 'another', 'any', 'are', 'around', 'as', 'at', 'be', 'because', 'been', 'before', 'being', 'below',
  'between', 'both', 'but', 'by', 'can', 'cannot', 'could', 'did', 'do', 'does', 'doing', 'done', 'down', 'due',
  'during', 'each', 'either', 'else', 'enough', 'etc', 'even', 'ever', 'every', 'few', 'for', 'from', 'further', 'had',
  'has', 'have', 'having', 'he', 'her', 'here', 'herein', 'hers', 'him', 'his', 'how', 'however', 'i', 'if', 'in', 'into',
  'is', 'it', 'its', 'itself', 'just', 'less', 'like', 'may', 'me', 'might', 'more', 'moreover', 'most', 'much', 'must',
  'my', 'neither', 'no', 'nor', 'not', 'now', 'of', 'off', 'often', 'on', 'once', 'one', 'only', 'or', 'other', 'our',
  'ours', 'out', 'over', 'own', 'per', 'rather', 'same', 'she', 'should', 'since', 'so', 'some', 'such', 'than', 'that',
  'the', 'their', 'them', 'then', 'there', 'thereby', 'therefore', 'these', 'they', 'this', 'those', 'though', 'through',
  'thus', 'to', 'too', 'toward', 'under', 'until', 'up', 'upon', 'us', 'use', 'used', 'using', 'very', 'via',
  'was', 'we', 'well', 'were', 'what', 'when', 'where', 'whether', 'which', 'while', 'who', 'whom', 'whose', 'why',
  'will', 'with', 'within', 'without', 'would', 'yet', 'you', 'your',
  // Stock phrasing of abstracts.
  'abstract', 'achieve', 'achieves', 'approach', 'based', 'demonstrate', 'existing', 'experiment', 'extensive', 'finally',
  'furthermore', 'introduce', 'method', 'new', 'novel', 'paper', 'present', 'propose', 'proposed', 'result', 'show',
  'significantly', 'state', 'art', 'study', 'work',
];

/** {@link WORDS} in the folded form `splitWords` gives, so "results" and "this" match what a text splits into. */
export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.flatMap((word) => splitWords(word).map((split) => split.folded)));
