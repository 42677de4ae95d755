/** A word of a text, in the two forms that matching compares. */
export interface Word {
  /** Lower-case form with a plural `s` removed, for case-insensitive matching. */
  folded: string;
  /** Form as written, with a plural `s` removed, for matching acronyms such as `MAE` case-sensitively. */
  exact: string;
}

// Letters and digits, so hyphens, slashes and punctuation split words: "pre-training" is "pre" and "training".
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Splits a text into words, each reduced to a singular-looking form so that "autoencoders" matches "autoencoder"
 * and "LLMs" matches "LLM". Only a final lower-case `s` after at least three other characters is removed, and not
 * after another `s` ("loss" stays).
 *
 * @example splitWords('Masked Autoencoders (MAEs)') → folded: masked, autoencoder, mae; exact: Masked, Autoencoder, MAE
 */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  for (const [token] of text.normalize('NFKC').matchAll(WORD)) {
    const exact = singular(token);
    words.push({ exact, folded: exact.toLowerCase() });
  }
  return words;
}

function singular(token: string): string {
  if (token.length > 3 && token.endsWith('s') && !token.endsWith('ss')) return token.slice(0, -1);
  return token;
}
