import type { Element, Root } from 'hast';
import rehypeKatex from 'rehype-katex';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { KATEX_OPTIONS } from '../../../src/lib/ingest/katex-check.ts';
import { KATEX_MESSAGE_SOURCE, rehypeKatexCached } from '../../../src/lib/ingest/rehype-katex-cached.ts';

function mathCode(tex: string, display = false): Element {
  return { type: 'element', tagName: 'code', properties: { className: ['language-math', display ? 'math-display' : 'math-inline'] }, children: [{ type: 'text', value: tex }] };
}

function paragraph(...children: Element[]): Root {
  return { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children }] };
}

const options = { ...KATEX_OPTIONS, output: 'htmlAndMathml' } as const;

describe('rehypeKatexCached', () => {
  it.each([['O(n^2)'], ['\\alpha \\leq \\beta'], ['\\frac{1}{2}']])('renders %s as rehype-katex does', (tex) => {
    const cached = paragraph(mathCode(tex));
    const direct = paragraph(mathCode(tex));

    rehypeKatexCached(options)(cached, new VFile());
    rehypeKatex(options)(direct, new VFile());

    expect(cached).toEqual(direct);
  });

  it('gives each use its own copy', () => {
    const first = paragraph(mathCode('x^2'));
    const second = paragraph(mathCode('x^2'));
    rehypeKatexCached(options)(first, new VFile());
    rehypeKatexCached(options)(second, new VFile());

    const firstParagraph = first.children[0] as Element;
    firstParagraph.children.length = 0;

    expect((second.children[0] as Element).children.length).toBeGreaterThan(0);
  });

  it('reports a rejected formula on every use', () => {
    for (let use = 0; use < 2; use++) {
      const element = mathCode('\\frac{1}{');
      const file = new VFile();
      rehypeKatexCached(options)(paragraph(element), file);

      expect(file.messages).toHaveLength(1);
      expect(file.messages[0]?.source).toBe(KATEX_MESSAGE_SOURCE);
      expect(file.messages[0]?.ancestors?.at(-1)).toBe(element);
    }
  });
});
