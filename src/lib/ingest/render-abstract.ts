import type { Element } from 'hast';
import type { Link, Paragraph, PhrasingContent, Root } from 'mdast';
import type { InlineMath } from 'mdast-util-math';
import rehypeKatex from 'rehype-katex';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { katexSanitizeSchema } from './sanitize-schema.ts';
import type { Inline, TexProblem } from './tex.ts';

/** An abstract rendered to HTML, with the math that KaTeX could not render. */
export interface RenderedAbstract {
  /** Sanitised HTML: one `<p>` per paragraph, safe to inject with `set:html`. */
  html: string;
  /** True when at least one formula was rendered by KaTeX, so the page needs the KaTeX style sheet. */
  hasMath: boolean;
  /** Formulas KaTeX rejected; each is shown as its TeX source between `$` signs. */
  problems: TexProblem[];
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
      const delimiter = inline.display ? '$$' : '$';
      if (asSource.has(index)) return { type: 'text', value: `${delimiter}${inline.tex}${delimiter}` };
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

// KaTeX settings: `strict: 'ignore'` keeps KaTeX from printing to the console for harmless non-LaTeX input (Unicode
// letters in math), `maxSize` caps `\rule` and spacing at 10em so a formula cannot cover the page, and `trust` stays
// false so `\href` and `\htmlClass` never produce links or attributes.
const processor = unified()
  .use(remarkRehype)
  .use(rehypeKatex, { strict: 'ignore', output: 'htmlAndMathml', maxSize: 10 })
  .use(rehypeSanitize, katexSanitizeSchema)
  .use(rehypeStringify);

/**
 * Renders cleaned abstract paragraphs to sanitised HTML with remark-rehype, rehype-katex, rehype-sanitize and
 * rehype-stringify. A formula KaTeX rejects is rendered again as its TeX source and reported, so it never breaks the
 * page or the words around it.
 */
export async function renderAbstract(paragraphs: readonly (readonly Inline[])[]): Promise<RenderedAbstract> {
  const first = await renderOnce(paragraphs, new Set());
  if (first.failed.size === 0) return { html: first.html, hasMath: first.mathCount > 0, problems: [] };

  const sources = mathSources(paragraphs);
  const second = await renderOnce(paragraphs, first.failed);
  const problems = [...first.failed].map((index) => ({
    source: `$${sources[index] ?? ''}$`,
    reason: `KaTeX cannot render this formula (${first.reasons.get(index) ?? 'unknown error'}), so it is shown as TeX source`,
  }));
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
    if (message.source !== 'rehype-katex') continue;
    const element = message.ancestors?.at(-1);
    const index = element && element.type === 'element' ? mathIndexOf(element as Element) : undefined;
    if (index === undefined) continue;
    failed.add(index);
    reasons.set(index, message.cause instanceof Error ? message.cause.message.replace(/^KaTeX parse error: /, '') : message.reason);
  }
  return { html, mathCount: mathSources(paragraphs).length - asSource.size, failed, reasons };
}

function mathIndexOf(element: Element): number | undefined {
  const value = element.properties['dataMathIndex'];
  return typeof value === 'number' ? value : undefined;
}

function mathSources(paragraphs: readonly (readonly Inline[])[]): string[] {
  const sources: string[] = [];
  const visit = (inlines: readonly Inline[]): void => {
    for (const inline of inlines) {
      if (inline.type === 'math') sources.push(inline.tex);
      if (inline.type === 'emphasis' || inline.type === 'strong') visit(inline.children);
    }
  };
  for (const paragraph of paragraphs) visit(paragraph);
  return sources;
}
