/**
 * Returns the first `count` sentences of a text. A sentence ends at `.`, `!` or `?` followed by a space and an
 * upper-case letter or digit, so decimals ("3.5") and abbreviations before lower-case words ("e.g. the") do not end one.
 */
export function firstSentences(text: string, count = 1): string {
  const boundary = /[.!?](?=\s+["'(\[]?[\p{Lu}\p{N}])/gu;
  let end = -1;
  for (let found = 0; found < count; found++) {
    const match = boundary.exec(text);
    if (!match) return text.trim();
    end = match.index + 1;
  }
  return text.slice(0, end).trim();
}
