import fc from 'fast-check';
import type { Element, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { siteFeedChannel } from '../../../src/lib/feeds/channels.ts';
import { renderRss } from '../../../src/lib/feeds/rss-feed.ts';
import { buildFeedItems } from '../../../src/lib/feeds/rss-items.ts';
import { toXmlText } from '../../../src/lib/feeds/xml-text.ts';
import { createUrls } from '../../../src/lib/site/urls.ts';
import { parseFeed, rssProblems, single } from '../../helpers/rss-check.ts';
import { samplePaper } from './sample-papers.ts';

const urls = createUrls('https://example.org', '/papers/');

/** Pieces that break naive XML writers, mixed into generated text. */
const HOSTILE = ['&', '<', '>', ']]>', '<![CDATA[', '&amp;', '&#0;', '<script>alert(1)</script>', '"', "'", '\u0000', '\u0008', '\u001B', '\uFFFE', '\uFFFF', '\r\n', '\r', '\t', '😀', '👩🏽‍🔬', 'مرحبا', 'שלום', '\u202E', '\u200F', '\u0085', '\u2028'];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** Any text: every Unicode code point, lone surrogates and the hostile pieces above. */
const anyText = fc
  .array(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom(...HOSTILE), loneSurrogate), { maxLength: 12 })
  .map((parts) => parts.join(''));

/** Text that still has a character left once the characters XML forbids are removed, as titles and abstracts do. */
const someText = anyText.filter((text) => toXmlText(text) !== '');

function paragraphTexts(html: string): string[] {
  const tree = fromHtml(html, { fragment: true });
  return tree.children.filter((node): node is Element => node.type === 'element' && node.tagName === 'p').map(textOf);
}

function textOf(node: RootContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

describe('feed properties', () => {
  it('writes well-formed feeds whose text reads back', async () => {
    await fc.assert(
      fc.asyncProperty(someText, fc.array(someText, { minLength: 1, maxLength: 3 }), someText, async (title, paragraphs, topicName) => {
        const paper = samplePaper({ slug: 'generated', title, paragraphs, topics: [{ slug: 'topic', name: topicName }] });
        const xml = await renderRss(siteFeedChannel({ title: `Site ${title}`, description: paragraphs[0] ?? '' }, urls), buildFeedItems([paper], urls), urls);

        const feed = parseFeed(xml);
        const item = feed.items[0]?.fields ?? new Map<string, string[]>();

        expect(rssProblems(feed, 'https://example.org/papers/', 'https://example.org/papers/rss.xml')).toEqual([]);
        expect(single(feed.channel, 'title')).toBe(toXmlText(`Site ${title}`).replace(/\s+/g, ' ').trim());
        expect(single(item, 'title')).toBe(toXmlText(title));
        expect(single(item, 'description')).toBe(toXmlText(paragraphs.join('\n\n')));
        expect(item.get('category')).toEqual([toXmlText(topicName)]);
        expect(paragraphTexts(single(item, 'content:encoded') ?? '').slice(0, paragraphs.length)).toEqual(paragraphs.map(toXmlText));
      }),
      { numRuns: 300 },
    );
  });
});
