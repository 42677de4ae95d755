import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { renderAbstract } from '../../../src/lib/ingest/render-abstract.ts';
import { parseTexInline, type Inline } from '../../../src/lib/ingest/tex.ts';

async function render(...paragraphs: string[]) {
  return renderAbstract(paragraphs.map((text) => parseTexInline(text).inlines));
}

/** Parses and prints HTML again, so that two serialisations of the same tree compare equal. */
function normalise(html: string): string {
  return toHtml(fromHtml(html, { fragment: true }));
}

describe('renderAbstract', () => {
  it('writes one paragraph element per paragraph', async () => {
    const { html } = await render('First.', 'Second.');

    expect(html).toBe('<p>First.</p>\n<p>Second.</p>');
  });

  it('links http(s) URLs with rel nofollow', async () => {
    const { html } = await render('Code: https://github.com/a/b.');

    expect(html).toBe('<p>Code: <a href="https://github.com/a/b" rel="nofollow ugc">https://github.com/a/b</a>.</p>');
  });

  it('writes emphasis and strong', async () => {
    const { html } = await render('a \\textit{b} \\textbf{c}');

    expect(html).toBe('<p>a <em>b</em> <strong>c</strong></p>');
  });

  it.each([
    ['a script tag', '<script>alert(1)</script>'],
    ['an image with a handler', '<img src=x onerror=alert(1)>'],
    ['Markdown link syntax', '[click](javascript:alert(1))'],
    ['a javascript URL', 'javascript:alert(1)'],
    ['a data URL', 'data:text/html;base64,PHNjcmlwdD4='],
    ['an HTML comment', '<!-- x -->'],
    ['Markdown emphasis and headings', '# Heading *star* _under_ `code`'],
  ])('shows %s as text', async (_name, text) => {
    const { html } = await render(text);
    const tree = fromHtml(html, { fragment: true });

    expect(tree.children).toHaveLength(1);
    const paragraph = tree.children[0];
    expect(paragraph?.type === 'element' && paragraph.tagName).toBe('p');
    expect(paragraph?.type === 'element' && paragraph.children.map((child) => child.type)).toEqual(['text']);
    expect(html).not.toMatch(/href="(?:javascript|data):/);
  });

  it('renders math with KaTeX, with no client script', async () => {
    const { html, hasMath, problems } = await render('loss $\\mathcal{O}(n^2)$ grows');

    expect(hasMath).toBe(true);
    expect(problems).toEqual([]);
    expect(html).toMatch(/^<p>loss <span class="math-rendered" data-pagefind-ignore=""><span class="katex">/);
    expect(html).toContain('<annotation encoding="application/x-tex">\\mathcal{O}(n^2)</annotation>');
    expect(html).toMatch(/<\/span> grows<\/p>$/);
    expect(html).not.toContain('<script');
  });

  it('reports no math for text without formulas', async () => {
    expect((await render('no math, $5 only')).hasMath).toBe(false);
  });

  it('shows a formula KaTeX rejects as source and keeps the words around it', async () => {
    const { html, hasMath } = await render('before $\\frac{1}{$ after $x$ end');

    expect(html).toMatch(/^<p>before \$\\frac\{1\}\{\$ after <span class="math-rendered" data-pagefind-ignore=""><span class="katex">/);
    expect(html).toMatch(/ end<\/p>$/);
    expect(hasMath).toBe(true);
  });

  it('shows unmatched display math with its spaces', async () => {
    const { html, hasMath } = await render('A $$ and $y$ and $$ end.');

    expect(html).toBe('<p>A $$ and $y$ and $$ end.</p>');
    expect(hasMath).toBe(false);
  });

  it('falls back to the source when rendering fails', async () => {
    const broken: Inline = { type: 'math', tex: '\\frac{1}{', display: true, source: '$$ \\frac{1}{ $$' };
    const { html, hasMath, problems } = await renderAbstract([[{ type: 'text', value: 'First.' }], [{ type: 'text', value: 'a ' }, broken, { type: 'text', value: ' b' }]]);

    expect(html).toBe('<p>First.</p>\n<p>a $$ \\frac{1}{ $$ b</p>');
    expect(hasMath).toBe(false);
    expect(problems).toEqual([expect.objectContaining({ source: '$$ \\frac{1}{ $$', paragraph: 1, reason: expect.stringMatching(/^KaTeX cannot render this formula/) })]);
  });

  it.each([
    'x^2', '\\frac{a}{b}', '\\sqrt{x}', '\\sqrt[3]{x}', '\\widehat{abc}', '\\overrightarrow{AB}', '\\mathbb{R}^d',
    '\\begin{pmatrix}a&b\\\\c&d\\end{pmatrix}', '\\sum_{i=1}^n x_i', '\\left(\\frac{1}{2}\\right)', '\\overbrace{x}',
    '\\cancel{x}', '\\boxed{x}', '\\color{red}{x}', '\\xrightarrow{f}', '\\underbrace{ab}_{c}', '\\binom{n}{k}',
    '\\rule{1em}{2em}', '\\phantom{x}', '\\colorbox{red}{x}', '\\kern1em',
  ])('keeps every element and attribute of KaTeX output for %s', async (tex) => {
    const raw = katex.renderToString(tex, { strict: 'ignore', output: 'htmlAndMathml', maxSize: 10 });
    const { html } = await renderAbstract([[{ type: 'math', tex, display: false, source: `$${tex}$` }]]);
    const rendered = select('.math-rendered', fromHtml(html, { fragment: true }));

    expect(rendered && normalise(toHtml(rendered.children))).toBe(normalise(raw));
  });

  it('hides KaTeX output from search and adds the plain form', async () => {
    const { html } = await render('loss $\\mathcal{O}(n^2)$ grows');
    const tree = fromHtml(html, { fragment: true });
    const rendered = select('.math-rendered', tree);
    const plain = select('.math-text', tree);

    expect(rendered?.properties['dataPagefindIgnore']).toBe('');
    expect(select('.katex', rendered ?? tree)).toBeDefined();
    expect(plain?.properties['hidden']).toBe(true);
    expect(plain && toString(plain)).toBe('O(n²)');
    expect(html).toMatch(/^<p>loss <span class="math-rendered" data-pagefind-ignore="">/);
    expect(html).toMatch(/<span class="math-text" hidden>O\(n²\)<\/span> grows<\/p>$/);
  });

  it('adds the plain form after display math', async () => {
    const { html } = await render('before $$\\alpha \\leq \\beta$$ after');
    const tree = fromHtml(html, { fragment: true });

    expect(select('.math-rendered > .katex-display', tree)).toBeDefined();
    expect(selectAll('.math-text', tree).map((node) => toString(node))).toEqual(['α ≤ β']);
  });

  it('writes no plain form for a formula shown as source', async () => {
    const { html } = await render('before $\\frac{1}{$ after');

    expect(html).not.toContain('math-text');
    expect(html).not.toContain('data-pagefind-ignore');
  });

  it('keeps hidden and data-pagefind-ignore out of dump text', async () => {
    const { html } = await render('<span hidden data-pagefind-ignore>secret</span>');

    expect(selectAll('[hidden], [data-pagefind-ignore]', fromHtml(html, { fragment: true }))).toEqual([]);
  });

  it('drops links that KaTeX would build from \\href', async () => {
    const { html } = await render('$\\href{javascript:alert(1)}{x}$');

    expect(html).not.toMatch(/href=/);
    expect(html).not.toMatch(/<a[\s>]/);
  });

  it('never turns generated text into markup', async () => {
    const markupish = fc.stringMatching(/^[<>&"'=a-z /\\$`*_[\]()!#:;{}-]{0,60}$/);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(markupish, fc.string({ maxLength: 40 })), { minLength: 1, maxLength: 3 }), async (paragraphs) => {
        const { html } = await render(...paragraphs);
        const tree = fromHtml(html, { fragment: true });

        const tags = new Set<string>();
        const visit = (node: (typeof tree.children)[number]): void => {
          if (node.type !== 'element') return;
          tags.add(node.tagName);
          if (node.tagName === 'a') expect(String(node.properties['href'])).toMatch(/^https?:\/\//);
          for (const child of node.children) visit(child);
        };
        for (const child of tree.children) visit(child);
        for (const tag of ['script', 'img', 'iframe', 'style', 'object', 'form', 'input']) expect(tags.has(tag)).toBe(false);
        expect(html).not.toMatch(/\son[a-z]+=/i);
      }),
      { numRuns: 200 },
    );
  });
});
