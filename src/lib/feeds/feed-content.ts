import type { Element, ElementContent, Properties, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { LINK_LABELS } from '../site/link-labels.ts';
import type { SitePaper } from '../site/model.ts';
import type { SiteUrls } from '../site/urls.ts';
import { toFeedNodes } from './feed-html.ts';
import { toXmlText } from './xml-text.ts';

/**
 * Renders the HTML of a paper's `content:encoded`: the abstract as the paper page shows it, then its links (Code,
 * arXiv, …) and its topics. Every URL in it is absolute and includes the base path.
 */
export function renderFeedContent(paper: SitePaper, urls: SiteUrls): string {
  const paperUrl = urls.absolute(urls.paper(paper.slug));
  const tree: Root = { type: 'root', children: toFeedNodes(paper.abstractHtml, paperUrl) };

  if (paper.links.length > 0) {
    const items = paper.links.map((link) =>
      element('li', {}, [element('a', { href: link.url }, [text(LINK_LABELS[link.kind])]), text(`: ${displayUrl(link.url)}`)]),
    );
    tree.children.push(element('p', {}, [element('strong', {}, [text('Links')])]), element('ul', {}, items));
  }

  if (paper.topics.length > 0) {
    const links: ElementContent[] = [];
    for (const [index, topic] of paper.topics.entries()) {
      if (index > 0) links.push(text(', '));
      links.push(element('a', { href: urls.absolute(urls.topic(topic.slug)) }, [text(topic.name)]));
    }
    tree.children.push(element('p', {}, [element('strong', {}, [text('Topics:')]), text(' '), ...links]));
  }

  return toHtml(tree);
}

function element(tagName: string, properties: Properties, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value: toXmlText(value) };
}

/** Shows a URL without its scheme, the way the paper page labels link buttons. */
function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '');
}
