import { describe, expect, it } from 'vitest';
import { createUrls } from '../../src/lib/site/urls.ts';

describe('createUrls', () => {
  const root = createUrls('https://example.org', '/');
  const sub = createUrls('https://example.org/', '/papers/');

  it.each([
    ['home', root.home(), '/', sub.home(), '/papers/'],
    ['home page 1', root.home(1), '/', sub.home(1), '/papers/'],
    ['home page 2', root.home(2), '/page/2/', sub.home(2), '/papers/page/2/'],
    ['paper', root.paper('shapesplat'), '/papers/shapesplat/', sub.paper('shapesplat'), '/papers/papers/shapesplat/'],
    ['days', root.days(), '/days/', sub.days(), '/papers/days/'],
    ['day', root.day('2025-03-11'), '/days/2025-03-11/', sub.day('2025-03-11'), '/papers/days/2025-03-11/'],
    ['day json', root.dayJson('2025-03-11'), '/days/2025-03-11.json', sub.dayJson('2025-03-11'), '/papers/days/2025-03-11.json'],
    ['topics', root.topics(), '/topics/', sub.topics(), '/papers/topics/'],
    ['topic', root.topic('video'), '/topics/video/', sub.topic('video'), '/papers/topics/video/'],
    ['topic page 3', root.topic('video', 3), '/topics/video/page/3/', sub.topic('video', 3), '/papers/topics/video/page/3/'],
    ['topic feed', root.topicFeed('video'), '/topics/video/rss.xml', sub.topicFeed('video'), '/papers/topics/video/rss.xml'],
    ['feed', root.feed(), '/rss.xml', sub.feed(), '/papers/rss.xml'],
    ['opml', root.opml(), '/feeds.opml', sub.opml(), '/papers/feeds.opml'],
    ['papers json', root.papersJson(), '/papers.json', sub.papersJson(), '/papers/papers.json'],
    ['search', root.search(), '/search/', sub.search(), '/papers/search/'],
    ['search query', root.search('ViT-B/16 & co'), '/search/?q=ViT-B%2F16%20%26%20co', sub.search('a'), '/papers/search/?q=a'],
    ['pagefind', root.pagefind(), '/pagefind/', sub.pagefind(), '/papers/pagefind/'],
    ['pagefind shard 0', root.pagefindShard(0), '/pagefind/', sub.pagefindShard(0), '/papers/pagefind/'],
    ['pagefind shard 2', root.pagefindShard(2), '/pagefind/shard-2/', sub.pagefindShard(2), '/papers/pagefind/shard-2/'],
    ['file', root.file('robots.txt'), '/robots.txt', sub.file('/sw.js'), '/papers/sw.js'],
  ])('builds %s paths', (_name, rootPath, rootExpected, subPath, subExpected) => {
    expect(rootPath).toBe(rootExpected);
    expect(subPath).toBe(subExpected);
  });

  it('builds absolute URLs on the origin', () => {
    expect(sub.absolute(sub.paper('x'))).toBe('https://example.org/papers/papers/x/');
    expect(root.absolute('rss.xml')).toBe('https://example.org/rss.xml');
  });

  it('normalises base paths', () => {
    expect(createUrls('https://example.org', 'papers').base).toBe('/papers/');
    expect(createUrls('https://example.org', '/a/b').base).toBe('/a/b/');
    expect(createUrls('https://example.org', '').base).toBe('/');
  });
});
