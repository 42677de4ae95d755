import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildOpmlDocument } from '../../../src/lib/feeds/channels.ts';
import { renderOpml } from '../../../src/lib/feeds/opml.ts';
import { createUrls } from '../../../src/lib/site/urls.ts';
import { assertWellFormedXml } from '../../helpers/xml.ts';
import { samplePaper } from './sample-papers.ts';

const urls = createUrls('https://example.org', '/papers/');
const SITE = { title: 'Papers', description: 'Trending papers' };

interface Outline {
  '@_text': string;
  '@_title': string;
  '@_type'?: string;
  '@_xmlUrl'?: string;
  '@_htmlUrl'?: string;
  outline?: Outline[];
}

function parseOpml(xml: string): { head: { title: string; dateCreated?: string }; body: { outline: Outline[] } } {
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'outline' }).parse(xml) as {
    opml: { head: { title: string; dateCreated?: string }; body: { outline: Outline[] } };
  };
  return parsed.opml;
}

describe('renderOpml', () => {
  const topics = [
    { slug: 'video', name: 'Video' },
    { slug: 'r-d', name: 'R&D <"quoted">' },
  ];
  const xml = renderOpml(buildOpmlDocument(SITE, topics, samplePaper({ slug: 'p', dates: ['2025-03-11'] }), urls));

  it('writes well-formed XML', () => {
    expect(() => assertWellFormedXml(xml)).not.toThrow();
  });

  it('lists the site feed first', () => {
    const [siteFeed] = parseOpml(xml).body.outline;

    expect(siteFeed?.['@_type']).toBe('rss');
    expect(siteFeed?.['@_title']).toBe('Papers');
    expect(siteFeed?.['@_xmlUrl']).toBe('https://example.org/papers/rss.xml');
    expect(siteFeed?.['@_htmlUrl']).toBe('https://example.org/papers/');
  });

  it('lists every topic feed in one folder', () => {
    const folder = parseOpml(xml).body.outline[1];

    expect(folder?.['@_xmlUrl']).toBeUndefined();
    expect(folder?.outline?.map((outline) => outline['@_xmlUrl'])).toEqual([
      'https://example.org/papers/topics/video/rss.xml',
      'https://example.org/papers/topics/r-d/rss.xml',
    ]);
    expect(folder?.outline?.map((outline) => outline['@_htmlUrl'])).toEqual(['https://example.org/papers/topics/video/', 'https://example.org/papers/topics/r-d/']);
  });

  it('escapes topic names in attributes', () => {
    const folder = parseOpml(xml).body.outline[1];

    expect(folder?.outline?.[1]?.['@_text']).toBe('Papers: R&D <"quoted">');
  });

  it('dates the list by the newest paper', () => {
    expect(parseOpml(xml).head.dateCreated).toBe('Tue, 11 Mar 2025 00:00:00 GMT');
  });

  it('leaves the folder out without topics', () => {
    const outlines = parseOpml(renderOpml(buildOpmlDocument(SITE, [], undefined, urls))).body.outline;

    expect(outlines).toHaveLength(1);
    expect(outlines[0]?.['@_xmlUrl']).toBe('https://example.org/papers/rss.xml');
  });
});
