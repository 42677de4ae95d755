/**
 * Page chrome: lines that come from the web page a dump was copied from rather than from a paper.
 * Each rule describes a kind of line, never one page's exact wording.
 */

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/** A bare listing date: `Mar 11`, `March 11, 2025`, `11 Mar 2025` or `2025-03-11`. */
export const DATE_LINE = new RegExp(
  `^(?:(?:${MONTHS})\\.? \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?|\\d{1,2} (?:${MONTHS})\\.?(?: \\d{4})?|\\d{4}-\\d{2}-\\d{2})$`,
  'i',
);

const CHROME_RULES: ReadonlyArray<{ kind: string; pattern: RegExp }> = [
  { kind: 'date', pattern: DATE_LINE },
  // Vote and comment counters: "42", "▲ 12", "12 upvotes", "Upvote 7".
  { kind: 'counter', pattern: /^(?:[▲△⬆↑+]\s*)?\d[\d,.]*\s*[kK]?(?:\s*(?:up)?votes?|\s*comments?|\s*likes?)?$|^(?:up)?votes?:?\s*\d+$/i },
  // Attribution lines: "Submitted by someone", "byAK and the research community", "Curated by …".
  { kind: 'attribution', pattern: /^(?:submitted|posted|curated|published)\s+by\b|^by\s*\S.{0,80}\b(?:community|team|editors?)\.?$/i },
];

/**
 * Returns the kind of page chrome a line is (`date`, `counter`, `attribution`), or undefined for text that may belong
 * to a paper. Navigation words and sign-up prompts are not matched here, because a short line can also be a title:
 * see {@link classifyLoneLine} for lines that no abstract follows.
 */
export function classifyChromeLine(line: string): string | undefined {
  const text = line.trim();
  if (text.length > 160) return undefined;
  return CHROME_RULES.find((rule) => rule.pattern.test(text))?.kind;
}

/** Most words a navigation line has ("new", "Load more", "Back to top"). */
export const NAVIGATION_MAX_WORDS = 3;

// Sign-up and account prompts: "Get trending papers in your email inbox!", "Subscribe to our newsletter", "Log in".
const PROMPT_PATTERN = /\b(?:inbox|newsletter|subscribe|sign[ -]?(?:up|in)|log[ -]?in)\b|!$/i;

/**
 * Returns the kind of page chrome a title-like line is when no abstract follows it: `navigation` for a line of at most
 * {@link NAVIGATION_MAX_WORDS} words, `prompt` for a sign-up prompt, or a kind from {@link classifyChromeLine}.
 * Returns undefined for a line that reads like a paper title or an abstract without its final full stop, which the
 * parser must not drop.
 */
export function classifyLoneLine(line: string): string | undefined {
  const text = line.trim();
  const kind = classifyChromeLine(text);
  if (kind !== undefined) return kind;
  if (text.split(/\s+/).length <= NAVIGATION_MAX_WORDS) return 'navigation';
  return PROMPT_PATTERN.test(text) ? 'prompt' : undefined;
}
