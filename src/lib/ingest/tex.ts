import { findFormulaProblem } from './katex-check.ts';
import { findUrls } from './links.ts';

/**
 * A piece of an abstract paragraph after TeX cleanup. Text values are plain Unicode: nothing in them is markup.
 * `math` contains TeX that KaTeX renders cleanly, with `source` the formula as written (delimiters and spaces
 * included), and `link` an http(s) URL found by {@link findUrls}.
 */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'link'; url: string }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'strong'; children: Inline[] }
  | { type: 'math'; tex: string; display: boolean; source: string };

/** TeX that cleanup could not read with confidence. It stays in the text as written. */
export interface TexProblem {
  /** The source as it appears in the dump, shortened for messages. */
  source: string;
  reason: string;
  /** Offset of the problem in the text that was cleaned, so a message can name its line. */
  offset: number;
}

/** A paragraph split into inline pieces, with the TeX problems met on the way. */
export interface CleanedParagraph {
  inlines: Inline[];
  problems: TexProblem[];
}

const ESCAPED_CHARACTERS = new Set(['%', '&', '_', '#', '$', '{', '}']);

// Commands whose braced argument is text, and what the argument becomes.
const TEXT_COMMANDS: Readonly<Record<string, 'emphasis' | 'strong' | 'plain'>> = {
  textit: 'emphasis',
  emph: 'emphasis',
  textsl: 'emphasis',
  textbf: 'strong',
  text: 'plain',
  textrm: 'plain',
  textup: 'plain',
  textnormal: 'plain',
  textsc: 'plain',
  texttt: 'plain',
  textsf: 'plain',
  mbox: 'plain',
};

// Commands without an argument that stand for a character or a word outside math.
const SYMBOL_COMMANDS: Readonly<Record<string, string>> = {
  times: '×',
  ldots: '…',
  dots: '…',
  textasciitilde: '~',
  textbackslash: '\\',
  textendash: '–',
  textemdash: '—',
  LaTeX: 'LaTeX',
  TeX: 'TeX',
};

/**
 * Reads the TeX leftovers in one abstract paragraph and returns what the author meant: `\%` → `%`, `\textit{…}` and
 * `\emph{…}` → emphasis, `\textbf{…}` → strong, `---` → em dash, `--` → en dash, `~` between words → no-break space,
 * a number glued to `times` (`6.1times`) → `6.1×`, `$…$`, `$$…$$` and `\(…\)` → math. URLs are found first and kept
 * whole. Anything malformed or ambiguous (an unclosed brace, an unmatched `$`, an unknown command, a formula KaTeX
 * rejects or renders with a disabled command) stays exactly as written, spaces included, and is reported as a problem;
 * a `$` before a digit is read as a currency sign.
 *
 * @example parseTexInline('45\\% faster, 6.1times smaller').inlines → [{ type: 'text', value: '45% faster, 6.1× smaller' }]
 */
export function parseTexInline(text: string): CleanedParagraph {
  const urlsByIndex = new Map(findUrls(text).map(({ url, index }) => [index, url]));
  const problems: TexProblem[] = [];
  const inlines = new InlineScanner(text, urlsByIndex, problems).scan(0, text.length);
  return { inlines, problems };
}

class InlineScanner {
  private readonly text: string;
  private readonly urlsByIndex: ReadonlyMap<number, string>;
  private readonly problems: TexProblem[];

  constructor(text: string, urlsByIndex: ReadonlyMap<number, string>, problems: TexProblem[]) {
    this.text = text;
    this.urlsByIndex = urlsByIndex;
    this.problems = problems;
  }

  /** Reads `text[start, end)` into inlines. */
  scan(start: number, end: number): Inline[] {
    const inlines: Inline[] = [];
    let buffer = '';
    const flush = (): void => {
      if (buffer) inlines.push({ type: 'text', value: buffer });
      buffer = '';
    };
    const text = this.text;

    let index = start;
    while (index < end) {
      const url = this.urlsByIndex.get(index);
      if (url !== undefined && index + url.length <= end) {
        flush();
        inlines.push({ type: 'link', url });
        index += url.length;
        continue;
      }

      const character = text[index] ?? '';
      if (character === '\\') {
        const read = this.readCommand(index, end);
        buffer += read.text;
        for (const inline of read.inlines) {
          if (inline.type === 'text') {
            buffer += inline.value;
            continue;
          }
          flush();
          inlines.push(inline);
        }
        index = read.next;
        continue;
      }

      if (character === '$') {
        const read = this.readDollarMath(index, end);
        buffer += read.text;
        if (read.inline) {
          flush();
          inlines.push(read.inline);
        }
        index = read.next;
        continue;
      }

      if (character === '-' && text[index + 1] === '-') {
        const isEmDash = text[index + 2] === '-';
        buffer += isEmDash ? '—' : '–';
        index += isEmDash ? 3 : 2;
        continue;
      }

      if (character === '~' && isTie(text, index)) {
        buffer += '\u00A0';
        index++;
        continue;
      }

      if (character === '`' && text[index + 1] === '`') {
        buffer += '“';
        index += 2;
        continue;
      }

      if (character === "'" && text[index + 1] === "'") {
        buffer += '”';
        index += 2;
        continue;
      }

      if (character === 't' && /\d$/.test(buffer) && /^times(?![\p{L}\p{N}])/u.test(text.slice(index, index + 6))) {
        buffer += '×';
        index += 5;
        continue;
      }

      buffer += character;
      index++;
    }

    flush();
    return inlines;
  }

  private readCommand(start: number, end: number): { inlines: Inline[]; text: string; next: number } {
    const text = this.text;
    const next = text[start + 1] ?? '';

    if (ESCAPED_CHARACTERS.has(next)) return { inlines: [], text: next, next: start + 2 };
    if (next === '(') {
      const math = this.readParenMath(start, end);
      return { inlines: math.inline ? [math.inline] : [], text: math.text, next: math.next };
    }

    const name = /^[A-Za-z]+/.exec(text.slice(start + 1, Math.min(end, start + 40)))?.[0];
    if (name === undefined) return { inlines: [], text: '\\', next: start + 1 };
    const afterName = start + 1 + name.length;
    const asWritten = { inlines: [], text: `\\${name}`, next: afterName };

    const symbol = SYMBOL_COMMANDS[name];
    if (symbol !== undefined) return { inlines: [], text: symbol, next: skipEmptyGroup(text, afterName, end) };

    const kind = TEXT_COMMANDS[name];
    if (kind === undefined) {
      this.problems.push({ source: `\\${name}`, reason: `\\${name} is not a TeX command that cleanup knows, so it is shown as written`, offset: start });
      return asWritten;
    }

    if (text[afterName] !== '{') {
      this.problems.push({ source: `\\${name}`, reason: `\\${name} has no {…} argument, so it is shown as written`, offset: start });
      return asWritten;
    }
    const close = findClosingBrace(text, afterName, end);
    if (close === undefined) {
      this.problems.push({ source: shorten(text.slice(start, end)), reason: `the argument of \\${name} has no closing brace, so it is shown as written`, offset: start });
      return asWritten;
    }

    const children = this.scan(afterName + 1, close);
    const inlines: Inline[] = kind === 'plain' ? children : [{ type: kind, children }];
    return { inlines, text: '', next: close + 1 };
  }

  private readParenMath(start: number, end: number): { inline?: Inline; text: string; next: number } {
    const close = this.text.indexOf('\\)', start + 2);
    if (close === -1 || close + 2 > end) {
      this.problems.push({ source: shorten(this.text.slice(start, end)), reason: '\\( has no matching \\), so it is shown as written', offset: start });
      return { text: '\\(', next: start + 2 };
    }
    return this.checkedMath(start, close + 2, this.text.slice(start + 2, close).trim(), false);
  }

  private readDollarMath(start: number, end: number): { inline?: Inline; text: string; next: number } {
    const text = this.text;

    if (text[start + 1] === '$') {
      const close = findClosingDoubleDollar(text, start + 2, end);
      if (close === undefined || close === start + 2) {
        this.problems.push({ source: shorten(text.slice(start, end)), reason: '$$ has no matching $$, so it is shown as written', offset: start });
        return { text: '$$', next: start + 2 };
      }
      return this.checkedMath(start, close + 2, text.slice(start + 2, close).trim(), true);
    }

    // The same rule as Pandoc: an opening `$` is followed by a non-space, a closing `$` follows a non-space and is not
    // followed by a digit. So "$5 and $10" stays text.
    const close = findClosingDollar(text, start + 1, end);
    if (close !== undefined && !/\s/.test(text[start + 1] ?? ' ')) {
      return this.checkedMath(start, close + 1, text.slice(start + 1, close), false);
    }

    if (!/\d/.test(text[start + 1] ?? '')) {
      this.problems.push({ source: shorten(text.slice(start, end)), reason: 'this $ has no matching $, so it is shown as written', offset: start });
    }
    return { text: '$', next: start + 1 };
  }

  /**
   * Returns the formula at `text[start, next)` as math when KaTeX renders it cleanly. Otherwise returns the text
   * written there, spaces and delimiters included, and records a problem.
   */
  private checkedMath(start: number, next: number, tex: string, display: boolean): { inline?: Inline; text: string; next: number } {
    const source = this.text.slice(start, next);
    const problem = findFormulaProblem(tex, display);
    if (problem === undefined) return { inline: { type: 'math', tex, display, source }, text: '', next };

    this.problems.push({ source: shorten(source), reason: `${problem}, so it is shown as written`, offset: start });
    return { text: source, next };
  }
}

/** Checks whether a `~` is a TeX tie (no-break space) between two non-space characters, as in `Fig.~3` or `text~--`. */
function isTie(text: string, index: number): boolean {
  const before = text[index - 1] ?? ' ';
  const after = text[index + 1] ?? ' ';
  return !/\s/.test(before) && !/\s/.test(after);
}

/** Skips the `{}` that writers put after a symbol command to keep the space after it, as in `\LaTeX{} models`. */
function skipEmptyGroup(text: string, index: number, end: number): number {
  return text[index] === '{' && text[index + 1] === '}' && index + 2 <= end ? index + 2 : index;
}

function findClosingBrace(text: string, open: number, end: number): number | undefined {
  let depth = 0;
  for (let index = open; index < end; index++) {
    const character = text[index];
    if (character === '\\') {
      index++;
      continue;
    }
    if (character === '{') depth++;
    if (character === '}' && --depth === 0) return index;
  }
  return undefined;
}

function findUnescaped(text: string, needle: string, from: number, end: number): number | undefined {
  for (let index = from; index + needle.length <= end; index++) {
    if (text[index] === '\\') {
      index++;
      continue;
    }
    if (text.startsWith(needle, index)) return index;
  }
  return undefined;
}

/**
 * Finds the `$$` that closes display math. A `$$` glued to a following letter or digit (`$$E`) opens a formula rather
 * than closing one, so in `a $$ b $$E$$` the first `$$` pairs with the last, and KaTeX then rejects the span.
 */
function findClosingDoubleDollar(text: string, from: number, end: number): number | undefined {
  for (let index = findUnescaped(text, '$$', from, end); index !== undefined; index = findUnescaped(text, '$$', index + 2, end)) {
    if (!/[\p{L}\p{N}]/u.test(text[index + 2] ?? '')) return index;
  }
  return undefined;
}

function findClosingDollar(text: string, from: number, end: number): number | undefined {
  for (let index = from; index < end; index++) {
    const character = text[index];
    if (character === '\\') {
      index++;
      continue;
    }
    if (character !== '$') continue;
    if (index === from || /\s/.test(text[index - 1] ?? '')) return undefined;
    if (/\d/.test(text[index + 1] ?? '')) return undefined;
    return index;
  }
  return undefined;
}

function shorten(source: string, maxLength = 40): string {
  return source.length <= maxLength ? source : `${source.slice(0, maxLength - 1)}…`;
}

/** Joins inlines into plain text: emphasis loses its markers, links show their URL, math its {@link mathToPlainText} form. */
export function toPlainText(inlines: readonly Inline[]): string {
  let text = '';
  for (const inline of inlines) {
    if (inline.type === 'text') text += inline.value;
    else if (inline.type === 'link') text += inline.url;
    else if (inline.type === 'math') text += mathToPlainText(inline.tex);
    else text += toPlainText(inline.children);
  }
  return text;
}

const MATH_SYMBOLS: Readonly<Record<string, string>> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', zeta: 'ζ', eta: 'η', theta: 'θ',
  vartheta: 'ϑ', iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π', rho: 'ρ', sigma: 'σ',
  tau: 'τ', upsilon: 'υ', phi: 'φ', varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω', Gamma: 'Γ', Delta: 'Δ',
  Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ', Pi: 'Π', Sigma: 'Σ', Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
  times: '×', cdot: '·', pm: '±', mp: '∓', div: '÷', leq: '≤', le: '≤', geq: '≥', ge: '≥', neq: '≠', ne: '≠',
  approx: '≈', sim: '∼', simeq: '≃', equiv: '≡', propto: '∝', infty: '∞', partial: '∂', nabla: '∇', sum: 'Σ',
  prod: 'Π', int: '∫', in: '∈', notin: '∉', subset: '⊂', subseteq: '⊆', cup: '∪', cap: '∩', forall: '∀',
  exists: '∃', to: '→', rightarrow: '→', leftarrow: '←', Rightarrow: '⇒', leftrightarrow: '↔', mapsto: '↦',
  ll: '≪', gg: '≫', ldots: '…', cdots: '⋯', dots: '…', circ: '∘', star: '⋆', ast: '∗', prime: '′',
  langle: '⟨', rangle: '⟩', lvert: '|', rvert: '|', mid: '|', vert: '|', top: '⊤', emptyset: '∅',
  '%': '%', '&': '&', '_': '_', '#': '#', '$': '$', '{': '{', '}': '}',
};

const SUPERSCRIPTS: Readonly<Record<string, string>> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '+': '⁺', '-': '⁻', n: 'ⁿ', i: 'ⁱ', T: 'ᵀ',
};

const SUBSCRIPTS: Readonly<Record<string, string>> = {
  '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉', '+': '₊', '-': '₋',
};

const STYLE_COMMANDS = /\\(?:mathbf|mathrm|mathit|mathcal|mathbb|mathsf|mathtt|mathfrak|boldsymbol|bm|text|textbf|textit|textrm|mbox|operatorname|hat|bar|tilde|vec|widehat|widetilde|overline|underline)\s*\{([^{}]*)\}/g;

/**
 * Writes TeX math as readable plain text for feeds, meta tags and search: Greek letters and operators become Unicode,
 * font commands keep their argument, `\frac{a}{b}` becomes `a/b`, and short digit exponents become superscripts.
 *
 * @example mathToPlainText('\\mathcal{O}(n^{2}\\log n)') === 'O(n² log n)'
 */
export function mathToPlainText(tex: string): string {
  let text = tex;
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text
      // The leading space ends a command name just before, as in `\\in\\mathbb{R}`; extra spaces are collapsed below.
      .replace(STYLE_COMMANDS, ' $1')
      .replace(/\\frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/g, (_match, top: string, bottom: string) => `${group(top)}/${group(bottom)}`)
      .replace(/\\sqrt\s*\{([^{}]*)\}/g, (_match, body: string) => `√${group(body)}`)
      .replace(/\^\s*\{([^{}]*)\}/g, (_match, body: string) => script(body, SUPERSCRIPTS, '^'))
      .replace(/_\s*\{([^{}]*)\}/g, (_match, body: string) => script(body, SUBSCRIPTS, '_'));
  }

  return text
    .replace(/\^([0-9a-zA-Z+-])/g, (_match, body: string) => script(body, SUPERSCRIPTS, '^'))
    .replace(/_([0-9])/g, (_match, body: string) => script(body, SUBSCRIPTS, '_'))
    .replace(/\\(?:left|right|big|Big|bigg|Bigg|displaystyle|limits)\b\s*/g, '')
    .replace(/\\[,;:! ]|\\\\|~/g, ' ')
    .replace(/\\([A-Za-z]+|[%&_#${}])/g, (_match, name: string) => {
      const symbol = MATH_SYMBOLS[name];
      if (symbol === undefined) return ` ${name} `;
      return /^[A-Za-z]+$/.test(name) && !/^[α-ωΑ-Ω]$/.test(symbol) ? ` ${symbol} ` : symbol;
    })
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([)\],.;:!?])/g, '$1')
    .replace(/([([])\s+/g, '$1')
    .trim();
}

function group(body: string): string {
  const trimmed = body.trim();
  return /^[\p{L}\p{N}.]+$/u.test(trimmed) ? trimmed : `(${trimmed})`;
}

function script(body: string, table: Readonly<Record<string, string>>, marker: string): string {
  const trimmed = body.trim();
  const characters = [...trimmed];
  if (characters.length > 0 && characters.every((character) => table[character] !== undefined)) {
    return characters.map((character) => table[character]).join('');
  }
  return characters.length === 1 ? `${marker}${trimmed}` : `${marker}(${trimmed})`;
}
