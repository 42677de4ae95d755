import katex from 'katex';

/**
 * KaTeX settings shared by the check below and by rendering. `strict: 'ignore'` accepts harmless non-LaTeX input
 * (Unicode letters in math) without console output, and `maxSize` caps `\rule` and spacing at 10em so a formula cannot
 * cover the page. `trust` stays false, so `\href`, `\url`, `\htmlClass` and `\includegraphics` never produce links,
 * attributes or images.
 */
export const KATEX_OPTIONS = { strict: 'ignore', maxSize: 10, trust: false } as const;

/**
 * Checks whether KaTeX renders a formula cleanly. Returns undefined when it does, and otherwise the reason it does
 * not: a parse error, or a command that `trust: false` disables (KaTeX shows those in red instead of failing).
 *
 * @example findFormulaProblem('\\href{https://a.org}{x}', false) === '\\href is disabled in formulas'
 */
export function findFormulaProblem(tex: string, display: boolean): string | undefined {
  const key = `${display ? 'display' : 'inline'}\u0000${tex}`;
  if (checked.has(key)) return checked.get(key);

  const problem = checkFormula(tex, display);
  if (checked.size >= MAX_CHECKED_FORMULAS) checked.clear();
  checked.set(key, problem);
  return problem;
}

/** Most formula verdicts kept; abstracts repeat a small set of formulas, so a bounded cache saves most KaTeX runs. */
const MAX_CHECKED_FORMULAS = 20_000;

const checked = new Map<string, string | undefined>();

function checkFormula(tex: string, display: boolean): string | undefined {
  const disabled: string[] = [];
  try {
    katex.renderToString(tex, {
      ...KATEX_OPTIONS,
      displayMode: display,
      output: 'mathml',
      throwOnError: true,
      trust: (context) => {
        disabled.push(context.command);
        return false;
      },
    });
  } catch (error: unknown) {
    if (error instanceof katex.ParseError) return `KaTeX cannot render it (${error.rawMessage})`;
    return `KaTeX cannot render it (${error instanceof Error ? error.message : String(error)})`;
  }
  if (disabled.length > 0) return `${[...new Set(disabled)].join(', ')} ${disabled.length === 1 ? 'is' : 'are'} disabled in formulas`;
  return undefined;
}
