import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds, type Paper } from '../../src/lib/ingest/load-seeds.ts';
import { buildSite, PROJECT_ROOT, type BuiltSite } from '../helpers/build-site.ts';
import { parseFeed, rssProblems, single } from '../helpers/rss-check.ts';
import { assertWellFormedXml } from '../helpers/xml.ts';

const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/two-days');
const SITE_URL = 'https://papers.example';
const SITE_BASE = `${SITE_URL}/sub/`;
const FEED_ITEM_LIMIT = 2;

interface OpmlOutline {
  '@_xmlUrl'?: string;
  '@_htmlUrl'?: string;
  '@_title'?: string;
  outline?: OpmlOutline[];
}

/** Every feed file in the output folder, as paths relative to it. */
function findFeeds(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('rss.xml'))
    .toSorted();
}

function feedUrlOf(path: string): string {
  return `${SITE_BASE}${path.split('\\').join('/')}`;
}

function opmlFeedUrls(outlines: readonly OpmlOutline[]): string[] {
  return outlines.flatMap((outline) => [...(outline['@_xmlUrl'] ? [outline['@_xmlUrl']] : []), ...opmlFeedUrls(outline.outline ?? [])]);
}

describe('feeds of a fixture site under a base path', () => {
  let site: BuiltSite;
  let papers: Paper[];

  beforeAll(async () => {
    papers = (await loadSeeds(FIXTURE)).papers;
    site = await buildSite({ seedsDir: FIXTURE, siteUrl: SITE_URL, basePath: '/sub', feedItemLimit: FEED_ITEM_LIMIT });
  });

  afterAll(() => {
    if (site) rmSync(site.outDir, { recursive: true, force: true });
  });

  it('writes the site feed and topic feeds', () => {
    const feeds = findFeeds(site.outDir);

    expect(feeds).toContain('rss.xml');
    expect(feeds.filter((path) => /^topics\/[a-z0-9-]+\/rss\.xml$/.test(path)).length).toBeGreaterThan(0);
  });

  it('passes the RSS 2.0 checks in every feed', () => {
    for (const path of findFeeds(site.outDir)) {
      const xml = readFileSync(join(site.outDir, path), 'utf8');

      expect(() => assertWellFormedXml(xml), path).not.toThrow();
      expect(rssProblems(parseFeed(xml), SITE_BASE, feedUrlOf(path)), path).toEqual([]);
    }
  });

  it('limits the site feed to the newest papers', () => {
    const feed = parseFeed(readFileSync(join(site.outDir, 'rss.xml'), 'utf8'));
    const expected = papers.slice(0, FEED_ITEM_LIMIT).map((paper) => `${SITE_BASE}papers/${paper.slug}/`);

    expect(feed.items.map((item) => single(item.fields, 'guid'))).toEqual(expected);
  });

  it('matches paper data in a feed reader', async () => {
    const parsed = await new Parser().parseString(readFileSync(join(site.outDir, 'rss.xml'), 'utf8'));

    for (const item of parsed.items) {
      const paper = papers.find((candidate) => item.link === `${SITE_BASE}papers/${candidate.slug}/`);
      expect(paper, item.link).toBeDefined();
      if (!paper) continue;

      expect(item.title).toBe(paper.title);
      expect(item.guid).toBe(item.link);
      expect(item.isoDate).toBe(`${paper.dates[0]}T00:00:00.000Z`);
      expect(item.content).toBe(paper.abstract);
      expect(item['content:encoded']).toContain(paper.abstractHtml.slice(0, 40));
      expect(item.categories?.length).toBeGreaterThan(0);
    }
  });

  it('keeps every topic feed to its topic', () => {
    for (const path of findFeeds(site.outDir).filter((feed) => feed.startsWith('topics/'))) {
      const feed = parseFeed(readFileSync(join(site.outDir, path), 'utf8'));
      const topicName = (single(feed.channel, 'title') ?? '').replace(/^Papers: /, '');

      expect(feed.items.length, path).toBeGreaterThan(0);
      expect(feed.items.length, path).toBeLessThanOrEqual(FEED_ITEM_LIMIT);
      for (const item of feed.items) expect(item.fields.get('category'), path).toContain(topicName);
    }
  });

  it('lists every feed in the OPML file', () => {
    const xml = readFileSync(join(site.outDir, 'feeds.opml'), 'utf8');
    expect(() => assertWellFormedXml(xml)).not.toThrow();

    const opml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'outline' }).parse(xml) as { opml: { '@_version': string; body: { outline: OpmlOutline[] } } };
    const listed = opmlFeedUrls(opml.opml.body.outline).toSorted();

    expect(opml.opml['@_version']).toBe('2.0');
    expect(listed).toEqual(findFeeds(site.outDir).map(feedUrlOf).toSorted());
  });

  it('offers feed discovery on every page', () => {
    const pages = readdirSync(site.outDir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html'));

    for (const path of pages) {
      const html = readFileSync(join(site.outDir, path), 'utf8');
      expect(html, path).toContain(`<link rel="alternate" type="application/rss+xml" title="Papers: all papers" href="${SITE_BASE}rss.xml">`);
    }
  });

  it('offers topic feeds on paper pages', () => {
    const paper = papers[0];
    if (!paper) throw new Error('the fixture has no papers');
    const html = readFileSync(join(site.outDir, 'papers', paper.slug, 'index.html'), 'utf8');
    const topicFeeds = [...html.matchAll(/<link rel="alternate" type="application\/rss\+xml" title="[^"]*" href="([^"]*topics\/[^"]*)">/g)].map((match) => match[1] ?? '');

    expect(topicFeeds.length).toBeGreaterThan(0);
    for (const url of topicFeeds) expect(existsSync(join(site.outDir, url.slice(SITE_BASE.length)))).toBe(true);
  });

  it('offers the feed on topic pages', () => {
    const [path] = findFeeds(site.outDir).filter((feed) => feed.startsWith('topics/'));
    if (!path) throw new Error('the build has no topic feed');
    const html = readFileSync(join(site.outDir, path.replace(/rss\.xml$/, 'index.html')), 'utf8');

    expect(html).toContain(`type="application/rss+xml" title="Papers: `);
    expect(html).toContain(`href="${feedUrlOf(path)}">`);
    expect(html).toMatch(new RegExp(`<code class="feed-url"[^>]*>${feedUrlOf(path).replaceAll('.', '\\.')}</code>`));
  });

  it('shows a Subscribe entry with the feed address', () => {
    const html = readFileSync(join(site.outDir, 'index.html'), 'utf8');

    expect(html).toMatch(/<summary[^>]*>Subscribe<\/summary>/);
    expect(html).toMatch(new RegExp(`<code class="feed-url"[^>]*>${SITE_BASE}rss\\.xml</code>`));
  });

  it('ships the stylesheet and channel image', () => {
    expect(readFileSync(join(site.outDir, 'rss.xml'), 'utf8')).toContain('<?xml-stylesheet href="/sub/rss.xsl" type="text/xsl"?>');
    expect(() => assertWellFormedXml(readFileSync(join(site.outDir, 'rss.xsl'), 'utf8'))).not.toThrow();
    expect(existsSync(join(site.outDir, 'feed-image.png'))).toBe(true);
  });
});
