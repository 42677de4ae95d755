import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { toFeedNodes } from '../../../src/lib/feeds/feed-html.ts';
import { renderAbstract } from '../../../src/lib/ingest/render-abstract.ts';
import { parseTexInline } from '../../../src/lib/ingest/tex.ts';

const PAPER_URL = 'https://example.org/papers/papers/x/';

function feedHtml(html: string): string {
  return toHtml({ type: 'root', children: toFeedNodes(html, PAPER_URL) });
}

describe('toFeedNodes', () => {
  it('keeps only the MathML of KaTeX output', () => {
    const formula = katex.renderToString('x^2 + \\alpha', { output: 'htmlAndMathml' });
    const html = feedHtml(`<p>Loss ${formula} drops.</p>`);

    expect(html.match(/<math/g)).toHaveLength(1);
    expect(html).not.toContain('katex-html');
    expect(html).not.toContain('class="katex');
    expect(html).not.toContain('<annotation');
    expect(html).toContain('<mi>α</mi>');
    expect(html).toMatch(/^<p>Loss <math[^>]*>.*<\/math> drops\.<\/p>$/s);
  });

  it('leaves out the hidden plain form of rendered math', async () => {
    const { html: abstractHtml } = await renderAbstract([parseTexInline('Loss $x^2$ drops.').inlines]);
    const html = feedHtml(abstractHtml);

    expect(html).toMatch(/^<p>Loss <math[^>]*>.*<\/math> drops\.<\/p>$/s);
    expect(html).not.toContain('x²');
    expect(html).not.toContain('data-pagefind-ignore');
  });

  it('keeps display math as a block formula', () => {
    const formula = katex.renderToString('\\sum_i x_i', { output: 'htmlAndMathml', displayMode: true });
    const html = feedHtml(`<p>${formula}</p>`);

    expect(html).toMatch(/<math[^>]*display="block"/);
    expect(html).not.toContain('katex-display');
  });

  it('keeps MathML-only KaTeX output', () => {
    const formula = katex.renderToString('a_1', { output: 'mathml' });

    expect(feedHtml(`<p>${formula}</p>`)).toMatch(/^<p><math[^>]*><semantics><mrow><msub><mi>a<\/mi><mn>1<\/mn><\/msub><\/mrow><\/semantics><\/math><\/p>$/);
  });

  it.each([
    ['root-relative link', '<a href="/papers/topics/video/">v</a>', 'href="https://example.org/papers/topics/video/"'],
    ['relative link', '<a href="../y/">y</a>', 'href="https://example.org/papers/papers/y/"'],
    ['absolute link', '<a href="https://github.com/a/b">c</a>', 'href="https://github.com/a/b"'],
    ['image source', '<img src="/a.png" alt="">', 'src="https://example.org/a.png"'],
  ])('makes a %s absolute', (_name, input, expected) => {
    expect(feedHtml(input)).toContain(expected);
  });

  it('drops links with other schemes', () => {
    const html = feedHtml('<a href="javascript:alert(1)">x</a><a href="data:text/html,x">y</a>');

    expect(html).toBe('<a>x</a><a>y</a>');
  });

  it('drops scripts, styles and comments', () => {
    expect(feedHtml('<p>a<script>alert(1)</script><style>p{}</style><!-- c --></p>')).toBe('<p>a</p>');
  });

  it('keeps escaped markup as text', () => {
    expect(feedHtml('<p>&lt;script&gt; &amp; ]]&gt;</p>')).toBe('<p>&#x3C;script> &#x26; ]]></p>');
  });

  it('removes characters XML forbids', () => {
    expect(feedHtml('<p>a\u0000b\uFFFF</p>')).toBe('<p>ab</p>');
  });
});
