import { SaxesParser, type SaxesTagNS } from 'saxes';

/** One `<item>` as a strict XML parser reads it: element text by name, and the guid's attributes. */
export interface ParsedItem {
  fields: Map<string, string[]>;
  guidIsPermaLink: string | undefined;
}

/** A feed as a strict XML parser reads it. */
export interface ParsedFeed {
  rootName: string;
  version: string | undefined;
  namespaces: Record<string, string>;
  stylesheet: string | undefined;
  /** Text of each direct child of `<channel>` other than items, by qualified name. */
  channel: Map<string, string[]>;
  /** Text of each child of `<channel><image>`. */
  image: Map<string, string>;
  /** Attributes of `<atom:link>` elements in the channel. */
  atomLinks: Array<Record<string, string>>;
  items: ParsedItem[];
}

/**
 * Parses a feed with saxes, a strict XML 1.0 parser that throws on the first well-formedness error, and collects what
 * the RSS 2.0 checks need. Text is read back with entities decoded, as a feed reader sees it.
 */
export function parseFeed(xml: string): ParsedFeed {
  const feed: ParsedFeed = { rootName: '', version: undefined, namespaces: {}, stylesheet: undefined, channel: new Map(), image: new Map(), atomLinks: [], items: [] };
  const parser = new SaxesParser({ xmlns: true });
  const path: string[] = [];
  let text = '';
  let item: ParsedItem | undefined;

  parser.on('error', (error) => {
    throw error;
  });
  parser.on('processinginstruction', (instruction) => {
    if (instruction.target === 'xml-stylesheet') feed.stylesheet = /href="([^"]*)"/.exec(instruction.body)?.[1];
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    path.push(tag.name);
    text = '';
    if (path.length === 1) {
      feed.rootName = tag.name;
      feed.version = tag.attributes.version?.value;
      for (const attribute of Object.values(tag.attributes)) {
        if (attribute.prefix === 'xmlns') feed.namespaces[attribute.local] = attribute.value;
      }
    }
    if (path.join('/') === 'rss/channel/item') item = { fields: new Map(), guidIsPermaLink: undefined };
    if (item && tag.name === 'guid') item.guidIsPermaLink = tag.attributes.isPermaLink?.value;
    if (path.join('/') === 'rss/channel/atom:link') {
      feed.atomLinks.push(Object.fromEntries(Object.values(tag.attributes).map((attribute) => [attribute.name, attribute.value])));
    }
  });
  parser.on('text', (value) => {
    text += value;
  });
  parser.on('cdata', (value) => {
    text += value;
  });
  parser.on('closetag', (tag) => {
    const where = path.join('/');
    if (where === 'rss/channel/item' && item) {
      feed.items.push(item);
      item = undefined;
    } else if (item && path.length === 4) {
      append(item.fields, tag.name, text);
    } else if (path.length === 3 && where.startsWith('rss/channel/') && tag.name !== 'image') {
      append(feed.channel, tag.name, text);
    } else if (path.length === 4 && where.startsWith('rss/channel/image/')) {
      feed.image.set(tag.name, text);
    }
    path.pop();
    text = '';
  });

  parser.write(xml).close();
  return feed;
}

function append(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key) ?? [];
  list.push(value);
  map.set(key, list);
}

/** RFC 822 date-time as RFC 2822 and RSS 2.0 use it, in GMT, with a four-digit year. */
export const RFC_822_GMT = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** Returns the one value of a field, or undefined when the field is missing or repeated. */
export function single(map: Map<string, string[]>, key: string): string | undefined {
  const values = map.get(key);
  return values?.length === 1 ? values[0] : undefined;
}

/**
 * Checks a parsed feed against RSS 2.0 and this site's rules and returns one line per violation: required channel
 * and item elements, date formats, unique guids equal to links, absolute URLs under `siteBase`, and the self link.
 */
export function rssProblems(feed: ParsedFeed, siteBase: string, selfUrl: string): string[] {
  const problems: string[] = [];
  const underSite = (url: string | undefined) => url !== undefined && url.startsWith(siteBase) && URL.canParse(url);

  if (feed.rootName !== 'rss' || feed.version !== '2.0') problems.push(`root is <${feed.rootName} version="${feed.version}">, not <rss version="2.0">`);
  for (const name of ['title', 'link', 'description', 'language', 'lastBuildDate', 'generator']) {
    if (single(feed.channel, name) === undefined) problems.push(`channel needs exactly one <${name}>`);
  }
  if (!underSite(single(feed.channel, 'link'))) problems.push('channel link is not an absolute URL under the site');
  const lastBuildDate = single(feed.channel, 'lastBuildDate') ?? '';
  if (!RFC_822_GMT.test(lastBuildDate)) problems.push(`channel lastBuildDate "${lastBuildDate}" is not RFC 822 in GMT`);

  const self = feed.atomLinks.filter((link) => link.rel === 'self');
  if (self.length !== 1 || self[0]?.href !== selfUrl || self[0]?.type !== 'application/rss+xml') problems.push(`atom:link rel="self" must point at ${selfUrl}`);

  if (feed.image.get('title') !== single(feed.channel, 'title')) problems.push('image title differs from the channel title');
  if (feed.image.get('link') !== single(feed.channel, 'link')) problems.push('image link differs from the channel link');
  if (!underSite(feed.image.get('url'))) problems.push('image url is not an absolute URL under the site');

  const guids = new Set<string>();
  for (const [index, item] of feed.items.entries()) {
    const where = `item ${index + 1}`;
    const link = single(item.fields, 'link');
    const guid = single(item.fields, 'guid');
    const pubDate = single(item.fields, 'pubDate') ?? '';

    if (single(item.fields, 'title') === undefined) problems.push(`${where} needs exactly one <title>`);
    if (single(item.fields, 'description') === undefined) problems.push(`${where} needs exactly one <description>`);
    if (!underSite(link)) problems.push(`${where} link "${link}" is not an absolute URL under the site`);
    if (guid !== link || item.guidIsPermaLink !== 'true') problems.push(`${where} guid must equal its link and be a permalink`);
    if (guid !== undefined && guids.has(guid)) problems.push(`${where} repeats the guid ${guid}`);
    if (guid !== undefined) guids.add(guid);
    if (!RFC_822_GMT.test(pubDate)) problems.push(`${where} pubDate "${pubDate}" is not RFC 822 in GMT`);

    for (const match of (single(item.fields, 'content:encoded') ?? '').matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      if (!URL.canParse(match[1] ?? '')) problems.push(`${where} content has the relative URL "${match[1]}"`);
    }
  }
  return problems;
}
