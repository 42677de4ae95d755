import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { siteFeedChannel, topicFeedChannel } from '../../../src/lib/feeds/channels.ts';
import { FEED_GENERATOR, renderRss } from '../../../src/lib/feeds/rss-feed.ts';
import { buildFeedItems } from '../../../src/lib/feeds/rss-items.ts';
import { createUrls } from '../../../src/lib/site/urls.ts';
import { parseFeed, rssProblems, single } from '../../helpers/rss-check.ts';
import { samplePaper } from './sample-papers.ts';

const urls = createUrls('https://example.org', '/papers/');
const SITE = { title: 'Papers', description: 'Trending papers & more' };
const VIDEO = { slug: 'video', name: 'Video' };
const THREE_D = { slug: '3d', name: '3D' };

const papers = [
  samplePaper({
    slug: 'newest',
    title: 'Newest <b>paper</b> & co',
    paragraphs: ['First paragraph with x < y.', 'Second paragraph.'],
    dates: ['2025-03-12'],
    topics: [VIDEO, THREE_D],
    links: [
      { kind: 'code', url: 'https://github.com/example/newest' },
      { kind: 'arxiv', url: 'https://arxiv.org/abs/2503.01234' },
    ],
  }),
  samplePaper({ slug: 'older', dates: ['2025-03-10', '2025-03-11'], topics: [VIDEO] }),
];

async function siteFeed() {
  return renderRss(siteFeedChannel(SITE, urls), buildFeedItems(papers, urls), urls);
}

describe('renderRss', () => {
  it('passes the RSS 2.0 checks', async () => {
    const feed = parseFeed(await siteFeed());

    expect(rssProblems(feed, 'https://example.org/papers/', 'https://example.org/papers/rss.xml')).toEqual([]);
  });

  it('describes the channel', async () => {
    const feed = parseFeed(await siteFeed());

    expect(single(feed.channel, 'title')).toBe('Papers');
    expect(single(feed.channel, 'description')).toBe('Trending papers & more');
    expect(single(feed.channel, 'link')).toBe('https://example.org/papers/');
    expect(single(feed.channel, 'language')).toBe('en');
    expect(single(feed.channel, 'generator')).toBe(FEED_GENERATOR);
    expect(feed.image.get('url')).toBe('https://example.org/papers/feed-image.png');
    expect(feed.stylesheet).toBe('/papers/rss.xsl');
    expect(feed.namespaces).toEqual({ content: 'http://purl.org/rss/1.0/modules/content/', atom: 'http://www.w3.org/2005/Atom' });
  });

  it('dates the channel by its newest item', async () => {
    const feed = parseFeed(await siteFeed());

    expect(single(feed.channel, 'lastBuildDate')).toBe('Wed, 12 Mar 2025 00:00:00 GMT');
  });

  it('leaves lastBuildDate out of an empty feed', async () => {
    const feed = parseFeed(await renderRss(siteFeedChannel(SITE, urls), [], urls));

    expect(feed.channel.has('lastBuildDate')).toBe(false);
    expect(feed.items).toEqual([]);
  });

  it('reads back in a feed reader', async () => {
    const parsed = await new Parser().parseString(await siteFeed());
    const [newest, older] = parsed.items;

    expect(parsed.title).toBe('Papers');
    expect(parsed.items).toHaveLength(2);
    expect(newest?.title).toBe('Newest <b>paper</b> & co');
    expect(newest?.link).toBe('https://example.org/papers/papers/newest/');
    expect(newest?.guid).toBe('https://example.org/papers/papers/newest/');
    expect(newest?.pubDate).toBe('Wed, 12 Mar 2025 00:00:00 GMT');
    expect(newest?.isoDate).toBe('2025-03-12T00:00:00.000Z');
    expect(newest?.categories).toEqual(['Video', '3D']);
    expect(older?.pubDate).toBe('Mon, 10 Mar 2025 00:00:00 GMT');
  });

  it('puts the plain abstract in the description', async () => {
    const feed = parseFeed(await siteFeed());

    expect(single(feed.items[0]?.fields ?? new Map(), 'description')).toBe('First paragraph with x < y.\n\nSecond paragraph.');
  });

  it('puts abstract, links and topics in content:encoded', async () => {
    const feed = parseFeed(await siteFeed());
    const content = single(feed.items[0]?.fields ?? new Map(), 'content:encoded');

    expect(content).toBe(
      '<p>First paragraph with x &#x3C; y.</p><p>Second paragraph.</p>' +
        '<p><strong>Links</strong></p><ul>' +
        '<li><a href="https://github.com/example/newest">Code</a>: github.com/example/newest</li>' +
        '<li><a href="https://arxiv.org/abs/2503.01234">arXiv</a>: arxiv.org/abs/2503.01234</li></ul>' +
        '<p><strong>Topics:</strong> <a href="https://example.org/papers/topics/video/">Video</a>, <a href="https://example.org/papers/topics/3d/">3D</a></p>',
    );
  });

  it('builds a topic feed with its own links', async () => {
    const channel = topicFeedChannel(VIDEO, SITE, urls);
    const feed = parseFeed(await renderRss(channel, buildFeedItems(papers, urls), urls));

    expect(rssProblems(feed, 'https://example.org/papers/', 'https://example.org/papers/topics/video/rss.xml')).toEqual([]);
    expect(single(feed.channel, 'title')).toBe('Papers: Video');
    expect(single(feed.channel, 'link')).toBe('https://example.org/papers/topics/video/');
    expect(feed.image.get('link')).toBe('https://example.org/papers/topics/video/');
  });

  it('reports a repeated guid', async () => {
    const twice = buildFeedItems([papers[0] ?? samplePaper({ slug: 'x' }), papers[0] ?? samplePaper({ slug: 'x' })], urls);
    const feed = parseFeed(await renderRss(siteFeedChannel(SITE, urls), twice, urls));

    expect(rssProblems(feed, 'https://example.org/papers/', 'https://example.org/papers/rss.xml')).toContain('item 2 repeats the guid https://example.org/papers/papers/newest/');
  });
});
