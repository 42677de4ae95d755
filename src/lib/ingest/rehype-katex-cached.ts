import type { Element, ElementContent, Root } from 'hast';
import type { KatexOptions } from 'katex';
import rehypeKatex from 'rehype-katex';
import { VFile } from 'vfile';

/** Source name of the messages this plugin adds to a file when KaTeX rejects a formula. */
export const KATEX_MESSAGE_SOURCE = 'papers:katex';

/**
 * Most formulas kept in the cache. Abstracts repeat a small set of formulas (`O(n^2)`, `\alpha`), so a bounded
 * cache keeps most of the gain at 100,000 papers without holding every formula of the corpus in memory.
 */
const MAX_CACHED_FORMULAS = 20_000;

/**
 * Copies a syntax tree so that later plugins may change it without changing the cached one. Property values are
 * strings, numbers, booleans or arrays of them, so copying arrays one level deep suffices. Positions are shared, because
 * no plugin changes them. `structuredClone`, used before, took 1.2 s of a 10,000-paper build (CPU profile of `astro build`).
 */
function cloneContent(node: ElementContent): ElementContent {
  if (node.type !== 'element') return { ...node };

  const properties: Element['properties'] = {};
  for (const [name, value] of Object.entries(node.properties)) properties[name] = Array.isArray(value) ? [...value] : value;
  return { ...node, properties, children: node.children.map(cloneContent) };
}

/** KaTeX's rendering of one formula, and the error when KaTeX rejected it and rendered it with errors allowed. */
interface CachedResult {
  children: ElementContent[];
  error?: Error;
}

const cache = new Map<string, CachedResult>();

/**
 * rehype plugin that renders the `code.language-math` elements of an abstract with rehype-katex, once per distinct
 * formula and process: later uses of a formula get a copy of the syntax tree rehype-katex made. Turning KaTeX's HTML
 * into that tree took most of the time of loading a large corpus. A formula KaTeX rejects adds a message (source
 * {@link KATEX_MESSAGE_SOURCE}, with the element as last ancestor) and keeps rehype-katex's fallback rendering.
 */
export function rehypeKatexCached(options: Omit<KatexOptions, 'displayMode' | 'throwOnError'>) {
  return (tree: Root, file: VFile): void => {
    const visit = (parent: Root | Element, ancestors: Array<Root | Element>): void => {
      for (let index = 0; index < parent.children.length; index++) {
        const child = parent.children[index];
        if (child?.type !== 'element') continue;
        if (!isMath(child)) {
          visit(child, [...ancestors, child]);
          continue;
        }

        const displayMode = classesOf(child).includes('math-display');
        const result = renderCached(child, displayMode, options);
        if (result.error) {
          file.message('Could not render math with KaTeX', {
            ancestors: [...ancestors, child],
            cause: result.error,
            place: child.position,
            ruleId: result.error.name.toLowerCase(),
            source: KATEX_MESSAGE_SOURCE,
          });
        }

        const rendered = result.children.map(cloneContent);
        parent.children.splice(index, 1, ...rendered);
        index += rendered.length - 1;
      }
    };
    visit(tree, [tree]);
  };
}

function renderCached(element: Element, displayMode: boolean, options: KatexOptions): CachedResult {
  const key = `${displayMode ? 'display' : 'inline'}\u0000${textOf(element)}`;
  const cached = cache.get(key);
  if (cached) return cached;

  // rehype-katex replaces the element inside its parent, so it gets a parent of its own here.
  const holder: Element = { type: 'element', tagName: 'span', properties: {}, children: [{ ...element, position: undefined }] };
  const file = new VFile();
  rehypeKatex(options)({ type: 'root', children: [holder] }, file);

  const cause = file.messages[0]?.cause;
  const result: CachedResult = { children: holder.children };
  if (file.messages.length > 0) result.error = cause instanceof Error ? cause : new Error(file.messages[0]?.reason ?? 'KaTeX failed');

  if (cache.size >= MAX_CACHED_FORMULAS) cache.clear();
  cache.set(key, result);
  return result;
}

function classesOf(element: Element): unknown[] {
  const classes = element.properties['className'];
  return Array.isArray(classes) ? classes : [];
}

function isMath(element: Element): boolean {
  return classesOf(element).includes('language-math');
}

function textOf(element: Element): string {
  return element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}
