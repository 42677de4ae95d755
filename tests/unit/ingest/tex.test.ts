import { describe, expect, it } from 'vitest';
import { mathToPlainText, parseTexInline, toPlainText, type Inline } from '../../../src/lib/ingest/tex.ts';

const text = (value: string): Inline => ({ type: 'text', value });
const math = (tex: string, source = `$${tex}$`): Inline => ({ type: 'math', tex, display: false, source });

describe('parseTexInline', () => {
  it.each<[string, string, Inline[]]>([
    ['escaped percent', 'a 45\\% gain', [text('a 45% gain')]],
    ['escaped ampersand and underscore', 'R\\&D of snake\\_case', [text('R&D of snake_case')]],
    ['textit', 'we introduce \\textit{Gaussian-MAE}, which', [text('we introduce '), { type: 'emphasis', children: [text('Gaussian-MAE')] }, text(', which')]],
    ['emph', '\\emph{not}', [{ type: 'emphasis', children: [text('not')] }]],
    ['textbf', 'a \\textbf{bold} claim', [text('a '), { type: 'strong', children: [text('bold')] }, text(' claim')]],
    ['nested commands', '\\textbf{very \\emph{bold}}', [{ type: 'strong', children: [text('very '), { type: 'emphasis', children: [text('bold')] }] }]],
    ['text command keeps its argument', '\\texttt{code} here', [text('code here')]],
    ['em dash', 'this---that', [text('this—that')]],
    ['en dash in a range', 'pages 1--10', [text('pages 1–10')]],
    ['spaced en dash', 'a model -- TinyLlama', [text('a model – TinyLlama')]],
    ['tie before a dash', 'reconstruction~-- that', [text('reconstruction\u00A0– that')]],
    ['tilde before a number stays', 'costs ~10 GPUs', [text('costs ~10 GPUs')]],
    ['number glued to times', 'being 6.1times smaller and 10times faster', [text('being 6.1× smaller and 10× faster')]],
    ['times in a word stays', '10timestamps, sometimes', [text('10timestamps, sometimes')]],
    ['times command', '3\\times faster', [text('3× faster')]],
    ['TeX quotes', 'the ``best\'\' one', [text('the “best” one')]],
    ['inline math', 'loss $\\mathcal{L}$ here', [text('loss '), math('\\mathcal{L}'), text(' here')]],
    ['paren math', 'a \\(x^2\\) b', [text('a '), math('x^2', '\\(x^2\\)'), text(' b')]],
    ['display math', '$$ x $$', [{ type: 'math', tex: 'x', display: true, source: '$$ x $$' }]],
    ['currency', 'from $5 to $10', [text('from $5 to $10')]],
    ['escaped dollar', 'costs \\$3', [text('costs $3')]],
    ['URL kept whole', 'see https://a.org/x--y~z.', [text('see '), { type: 'link', url: 'https://a.org/x--y~z' }, text('.')]],
  ])('reads %s', (_name, input, expected) => {
    const { inlines, problems } = parseTexInline(input);

    expect(inlines).toEqual(expected);
    expect(problems).toEqual([]);
  });

  it.each([
    ['unclosed brace', 'a \\textit{open b', 'a \\textit{open b', /no closing brace/],
    ['unmatched dollar', 'a $x b', 'a $x b', /no matching \$/],
    ['unmatched double dollar', 'a $$x b', 'a $$x b', /\$\$ has no matching/],
    ['unknown command', 'as in \\cite{smith}', 'as in \\cite{smith}', /\\cite is not a TeX command/],
    ['command without argument', '\\textbf alone', '\\textbf alone', /has no \{…\} argument/],
    ['unclosed paren math', 'a \\(x b', 'a \\(x b', /\\\( has no matching/],
    ['formula KaTeX rejects', 'before $\\frac{1}{$ after', 'before $\\frac{1}{$ after', /KaTeX cannot render it/],
    ['undefined control sequence', 'a $\\foo x$ b', 'a $\\foo x$ b', /Undefined control sequence/],
    ['spaced display math KaTeX rejects', 'A $$ and $y$ and $$ end.', 'A $$ and $y$ and $$ end.', /Can't use function '\$'/],
    ['display math glued to a word', 'x $$ a and $$E$$ b', 'x $$ a and $$E$$ b', /Can't use function '\$'/],
    ['disabled href', 'see $\\href{https://a.org}{click}$ now', 'see $\\href{https://a.org}{click}$ now', /\\href is disabled/],
    ['disabled includegraphics', '$\\includegraphics{x.png}$', '$\\includegraphics{x.png}$', /\\includegraphics is disabled/],
  ])('keeps %s as written and reports it', (_name, input, plain, reason) => {
    const { inlines, problems } = parseTexInline(input);

    expect(toPlainText(inlines)).toBe(plain);
    expect(inlines.some((inline) => inline.type === 'math')).toBe(false);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.reason).toMatch(reason);
  });

  it.each([
    ['at the start', '$x', 0],
    ['after text', 'ab \\cite{x}', 3],
    ['in a second formula', '$a$ and $\\foo$', 8],
  ])('gives the offset of a problem %s', (_name, input, offset) => {
    expect(parseTexInline(input).problems.map((problem) => problem.offset)).toEqual([offset]);
  });
});

describe('mathToPlainText', () => {
  it.each([
    ['x^2', 'x²'],
    ['x^{10}', 'x¹⁰'],
    ['x^{ab}', 'x^(ab)'],
    ['x_{t}', 'x_t'],
    ['x_1', 'x₁'],
    ['\\alpha + \\beta', 'α + β'],
    ['\\mathcal{O}(n^{2}\\log n)', 'O(n² log n)'],
    ['\\frac{1}{2}', '1/2'],
    ['\\frac{a+b}{c}', '(a+b)/c'],
    ['\\sqrt{d}', '√d'],
    ['a \\leq b \\times c', 'a ≤ b × c'],
    ['\\mathbf{W}\\in\\mathbb{R}^{d}', 'W ∈ R^d'],
    ['\\text{softmax}(x)', 'softmax(x)'],
    ['\\left( x \\right)', '(x)'],
  ])('writes %s as %s', (tex, plain) => {
    expect(mathToPlainText(tex)).toBe(plain);
  });
});
