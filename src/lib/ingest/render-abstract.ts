import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Link, Paragraph, PhrasingContent, Root } from 'mdast';
import type { InlineMath } from 'mdast-util-math';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { KATEX_OPTIONS } from './katex-check.ts';
import { KATEX_MESSAGE_SOURCE, rehypeKatexCached } from './rehype-katex-cached.ts';
import { katexSanitizeSchema } from './sanitize-schema.ts';
import { mathToPlainText, type Inline, type TexProblem } from './tex.ts';

/** An abstract rendered to HTML, with the math that KaTeX could not render. */
export interface RenderedAbstract {
  /** Sanitised HTML: one `<p>` per paragraph, safe to inject with `set:html`. */
  html: string;
  /** True when at least one formula was rendered by KaTeX, so the page needs the KaTeX style sheet. */
  hasMath: boolean;
  /** Formulas KaTeX rejected, with the index of their paragraph; each is shown as written in the dump. */
  problems: Array<TexProblem & { paragraph: number }>;
}

/**
 * Builds the Markdown syntax tree of an abstract straight from its cleaned paragraphs, so that nothing in the dump is
 * read as Markdown or HTML: text stays text, only http(s) URLs become links, and math becomes `inlineMath` nodes
 * shaped the way remark-math shapes them, for rehype-katex. Formulas whose index is in `asSource` stay TeX text.
 */
export function abstractToMdast(paragraphs: readonly (readonly Inline[])[], asSource: ReadonlySet<number> = new Set()): Root {
  let mathIndex = 0;

  const toPhrasing = (inlines: readonly Inline[]): PhrasingContent[] =>
    inlines.map((inline): PhrasingContent => {
      if (inline.type === 'text') return { type: 'text', value: inline.value };
      if (inline.type === 'link') return linkNode(inline.url);
      if (inline.type === 'emphasis') return { type: 'emphasis', children: toPhrasing(inline.children) };
      if (inline.type === 'strong') return { type: 'strong', children: toPhrasing(inline.children) };

      const index = mathIndex++;
      if (asSource.has(index)) return { type: 'text', value: inline.source };
      return mathNode(inline.tex, inline.display, index);
    });

  return {
    type: 'root',
    children: paragraphs.map((inlines): Paragraph => ({ type: 'paragraph', children: toPhrasing(inlines) })),
  };
}

function linkNode(url: string): Link {
  return { type: 'link', url, children: [{ type: 'text', value: url }], data: { hProperties: { rel: ['nofollow', 'ugc'] } } };
}

function mathNode(tex: string, display: boolean, index: number): InlineMath {
  return {
    type: 'inlineMath',
    value: tex,
    data: {
      hName: 'code',
      hProperties: { className: ['language-math', display ? 'math-display' : 'math-inline'], dataMathIndex: index },
      hChildren: [{ type: 'text', value: tex }],
    },
  };
}

/** Class of the hidden span that holds a formula's plain-text form for the search index. */
export const MATH_TEXT_CLASS = 'math-text';

/**
 * rehype plugin, run before KaTeX rendering, that gives each formula two forms. KaTeX's rendering goes into a span marked
 * `data-pagefind-ignore`, because Pagefind would index both its MathML and its HTML spans and repeat the formula's
 * text. A hidden span after it holds the {@link mathToPlainText} form (`O(n²)`), which Pagefind indexes and shows in
 * excerpts. The `hidden` attribute keeps that copy from readers and screen readers, with no style sheet needed.
 */
function addPlainMathText() {
  return (tree: HastRoot): void => {
    const visit = (children: ElementContent[]): void => {
      for (let index = 0; index < children.length; index++) {
        const child = children[index];
        if (child?.type !== 'element') continue;
        if (!isMathCode(child)) {
          visit(child.children);
          continue;
        }

        const rendered: Element = { type: 'element', tagName: 'span', properties: { className: ['math-rendered'], dataPagefindIgnore: '' }, children: [child] };
        const plain: Element = {
          type: 'element',
          tagName: 'span',
          properties: { className: [MATH_TEXT_CLASS], hidden: true },
          children: [{ type: 'text', value: mathToPlainText(textOf(child)) }],
        };
        children.splice(index, 1, rendered, plain);
        index++;
      }
    };
    for (const child of tree.children) if (child.type === 'element') visit(child.children);
  };
}

function isMathCode(element: Element): boolean {
  const classes = element.properties['className'];
  return element.tagName === 'code' && Array.isArray(classes) && classes.includes('language-math');
}

function textOf(element: Element): string {
  return element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

const processor = unified()
  .use(remarkRehype)
  .use(addPlainMathText)
  .use(rehypeKatexCached, { ...KATEX_OPTIONS, output: 'htmlAndMathml' })
  .use(rehypeSanitize, katexSanitizeSchema)
  .use(rehypeStringify);

/**
 * Renders cleaned abstract paragraphs to sanitised HTML with remark-rehype, KaTeX, rehype-sanitize and
 * rehype-stringify. `parseTexInline` already turns formulas KaTeX rejects into text. A formula that passed that check
 * and still fails here is rendered again as written and reported, so it never breaks the page or the words around it.
 */
export async function renderAbstract(paragraphs: readonly (readonly Inline[])[]): Promise<RenderedAbstract> {
  const first = await renderOnce(paragraphs, new Set());
  if (first.failed.size === 0) return { html: first.html, hasMath: first.mathCount > 0, problems: [] };

  const formulas = mathFormulas(paragraphs);
  const second = await renderOnce(paragraphs, first.failed);
  const problems = [...first.failed].map((index) => {
    const formula = formulas[index];
    return {
      source: formula?.inline.source ?? '',
      reason: `KaTeX cannot render this formula (${first.reasons.get(index) ?? 'unknown error'}), so it is shown as written`,
      // Formulas do not record their offset, so the message names the first line of the paragraph.
      offset: 0,
      paragraph: formula?.paragraph ?? 0,
    };
  });
  return { html: second.html, hasMath: first.mathCount > first.failed.size, problems };
}

async function renderOnce(
  paragraphs: readonly (readonly Inline[])[],
  asSource: ReadonlySet<number>,
): Promise<{ html: string; mathCount: number; failed: Set<number>; reasons: Map<number, string> }> {
  const file = new VFile();
  const tree = await processor.run(abstractToMdast(paragraphs, asSource), file);
  const html = processor.stringify(tree, file);

  const failed = new Set<number>();
  const reasons = new Map<number, string>();
  for (const message of file.messages) {
    if (message.source !== KATEX_MESSAGE_SOURCE) continue;
    const element = message.ancestors?.at(-1);
    const index = element && element.type === 'element' ? mathIndexOf(element as Element) : undefined;
    if (index === undefined) continue;
    failed.add(index);
    reasons.set(index, message.cause instanceof Error ? message.cause.message.replace(/^KaTeX parse error: /, '') : message.reason);
  }
  return { html, mathCount: mathFormulas(paragraphs).length - asSource.size, failed, reasons };
}

function mathIndexOf(element: Element): number | undefined {
  const value = element.properties['dataMathIndex'];
  return typeof value === 'number' ? value : undefined;
}

type MathInline = Extract<Inline, { type: 'math' }>;

/** Lists the formulas of an abstract in document order, the order of their `data-math-index`, with their paragraph. */
function mathFormulas(paragraphs: readonly (readonly Inline[])[]): Array<{ inline: MathInline; paragraph: number }> {
  const formulas: Array<{ inline: MathInline; paragraph: number }> = [];
  const visit = (inlines: readonly Inline[], paragraph: number): void => {
    for (const inline of inlines) {
      if (inline.type === 'math') formulas.push({ inline, paragraph });
      if (inline.type === 'emphasis' || inline.type === 'strong') visit(inline.children, paragraph);
    }
  };
  for (const [index, paragraph] of paragraphs.entries()) visit(paragraph, index);
  return formulas;
}
