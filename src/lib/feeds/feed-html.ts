import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toXmlText } from './xml-text.ts';

/** URL attributes that feed readers resolve, and so must be absolute in a feed. */
const URL_PROPERTIES = ['href', 'src', 'cite', 'poster'] as const;

/** Schemes a link in a feed may use; anything else is dropped with its attribute. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Elements that never belong in feed content, removed with everything inside them. */
const DROPPED_ELEMENTS = new Set(['script', 'style', 'iframe', 'object', 'embed', 'form', 'annotation', 'annotation-xml']);

/**
 * Parses stored abstract HTML into nodes that every feed reader shows as the page does.
 *
 * - KaTeX writes each formula twice: as MathML and as styled spans for screens (`.katex-html`). Feed readers carry no
 *   KaTeX CSS, so the spans would read as a jumble next to the formula. Only the MathML stays, without its TeX
 *   `<annotation>`, which readers that ignore MathML would print after the formula.
 * - Relative URLs are resolved against `baseUrl`, because a reader resolves them against its own location.
 * - Characters XML 1.0 forbids are removed.
 *
 * @param baseUrl absolute URL that relative links resolve against, normally the paper's canonical URL
 */
export function toFeedNodes(html: string, baseUrl: string): RootContent[] {
  const tree: Root = fromHtml(toXmlText(html), { fragment: true });
  return cleanChildren(tree.children, baseUrl);
}

function cleanChildren<T extends RootContent | ElementContent>(nodes: readonly T[], baseUrl: string): T[] {
  const cleaned: T[] = [];
  for (const node of nodes) {
    if (node.type === 'comment' || node.type === 'doctype') continue;
    if (node.type !== 'element') {
      cleaned.push(node);
      continue;
    }

    // Elements with `hidden`, such as the plain-text copy of a formula kept for search, are not shown on the page.
    if (DROPPED_ELEMENTS.has(node.tagName) || hasClass(node, 'katex-html') || node.properties['hidden'] === true) continue;

    const children = cleanChildren(node.children, baseUrl);
    if (isKatexWrapper(node)) {
      // The wrappers only carry KaTeX's classes; their content is the <math> element.
      cleaned.push(...(children as T[]));
      continue;
    }
    cleaned.push({ ...node, properties: absoluteProperties(node, baseUrl), children } as T);
  }
  return cleaned;
}

function hasClass(node: Element, name: string): boolean {
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.includes(name);
}

function isKatexWrapper(node: Element): boolean {
  const classes = ['katex', 'katex-mathml', 'katex-display', 'math-rendered'];
  return node.tagName === 'span' && classes.some((name) => hasClass(node, name));
}

function absoluteProperties(node: Element, baseUrl: string): Element['properties'] {
  const properties = { ...node.properties };
  for (const name of URL_PROPERTIES) {
    const value = properties[name];
    if (typeof value !== 'string') continue;

    const resolved = resolveUrl(value, baseUrl);
    if (resolved === undefined) delete properties[name];
    else properties[name] = resolved;
  }
  return properties;
}

function resolveUrl(value: string, baseUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value, baseUrl);
  } catch {
    return undefined;
  }
  return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}
