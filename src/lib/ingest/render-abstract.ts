import type { Paragraph, PhrasingContent, Root } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { findUrls } from './links.ts';

/**
 * Builds the Markdown syntax tree of an abstract straight from its text, so that nothing in the dump is read as
 * Markdown or HTML: every character stays text, and only http(s) URLs become links.
 */
export function abstractToMdast(paragraphs: readonly string[]): Root {
  return {
    type: 'root',
    children: paragraphs.map((text): Paragraph => ({ type: 'paragraph', children: linkify(text) })),
  };
}

function linkify(text: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let position = 0;
  for (const { url, index } of findUrls(text)) {
    if (index > position) nodes.push({ type: 'text', value: text.slice(position, index) });
    nodes.push({ type: 'link', url, children: [{ type: 'text', value: url }] });
    position = index + url.length;
  }
  if (position < text.length) nodes.push({ type: 'text', value: text.slice(position) });
  return nodes;
}

const processor = unified().use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);

/** Renders abstract paragraphs to sanitised HTML: `<p>` elements with escaped text and links. */
export async function renderAbstract(paragraphs: readonly string[]): Promise<string> {
  const hast = await processor.run(abstractToMdast(paragraphs));
  return processor.stringify(hast);
}
