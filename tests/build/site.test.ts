import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, type BuiltSite } from '../helpers/build-site.ts';
import { assertWellFormedXml } from '../helpers/xml.ts';

const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/two-days');
const SITE_URL = 'https://papers.example';

/** Slugs of the three distinct papers in the fixture: one of them is listed on both days. */
const FIXTURE_SLUGS = ['sparse-mixtures-for-efficient-retrieval-and-ranking', 'tiny-diffusion-models-on-phones', 'graph-transformers-without-positional-encodings'];

interface RssItem {
  title: string;
  link: string;
  guid: string | { '#text': string };
  pubDate: string;
  description: string;
}

function readItems(outDir: string): RssItem[] {
  const xml = readFileSync(join(outDir, 'rss.xml'), 'utf8');
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(xml) as { rss: { channel: { item?: RssItem[] } } };
  return parsed.rss.channel.item ?? [];
}

function guidText(item: RssItem): string {
  return typeof item.guid === 'string' ? item.guid : item.guid['#text'];
}

describe('site build from fixture dumps', () => {
  let site: BuiltSite;

  beforeAll(async () => {
    site = await buildSite({ seedsDir: FIXTURE, siteUrl: SITE_URL });
  });

  afterAll(() => {
    rmSync(site.outDir, { recursive: true, force: true });
  });

  it('writes one page per paper', () => {
    const pages = readdirSync(join(site.outDir, 'papers')).toSorted();

    expect(pages).toEqual(FIXTURE_SLUGS.toSorted());
    for (const slug of FIXTURE_SLUGS) expect(existsSync(join(site.outDir, 'papers', slug, 'index.html'))).toBe(true);
  });

  it('lists every paper on the home page', () => {
    const html = readFileSync(join(site.outDir, 'index.html'), 'utf8');

    for (const slug of FIXTURE_SLUGS) expect(html).toContain(`href="/papers/${slug}/"`);
  });

  it('shows dump markup as text', () => {
    const html = readFileSync(join(site.outDir, 'papers', FIXTURE_SLUGS[0] ?? '', 'index.html'), 'utf8');

    expect(html).toMatch(/(&lt;|&#x3C;)script(&gt;|>)alert\(1\)(&lt;|&#x3C;)\/script(&gt;|>)/);
    const scripts = selectAll('script', fromHtml(html));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const { src, type } = script.properties;
      if (type === 'application/ld+json') {
        expect(() => JSON.parse(toString(script))).not.toThrow();
        continue;
      }
      expect(typeof src === 'string' && src.startsWith('/_astro/'), `inline or foreign script: ${toString(script).slice(0, 80)}`).toBe(true);
    }
    expect(toString(select('.abstract', fromHtml(html)) ?? fromHtml(''))).toContain('<script>alert(1)</script> half the compute');
    expect(html).toContain('Sparse Mixtures for &lt;Efficient&gt; Retrieval &amp; Ranking');
  });

  it('writes a well-formed feed with one item per paper', () => {
    const xml = readFileSync(join(site.outDir, 'rss.xml'), 'utf8');
    expect(() => assertWellFormedXml(xml)).not.toThrow();

    const items = readItems(site.outDir);
    expect(items).toHaveLength(FIXTURE_SLUGS.length);
    for (const item of items) {
      expect(item.link).toMatch(new RegExp(`^${SITE_URL}/papers/[a-z0-9-]+/$`));
      expect(guidText(item)).toBe(item.link);
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
    }
  });

  it('puts full abstracts in the feed', () => {
    const sparse = readItems(site.outDir).find((item) => item.link.endsWith(`/${FIXTURE_SLUGS[0]}/`));

    expect(sparse?.title).toBe('Sparse Mixtures for <Efficient> Retrieval & Ranking');
    expect(sparse?.description).toMatch(/^We study sparse mixtures of experts for retrieval\./);
    expect(sparse?.description).toMatch(/Code: https:\/\/github\.com\/example\/sparse-mix\.$/);
  });

  it('dates a repeated paper by its first day', () => {
    const tiny = readItems(site.outDir).find((item) => item.link.endsWith('/tiny-diffusion-models-on-phones/'));

    expect(tiny?.pubDate).toBe('Mon, 10 Mar 2025 00:00:00 GMT');
  });

  it('indexes one search record per paper', () => {
    const entry = JSON.parse(readFileSync(join(site.outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const pageCount = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);

    expect(pageCount).toBe(FIXTURE_SLUGS.length);
    expect(existsSync(join(site.outDir, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('indexes only title and abstract text', () => {
    const fragmentDir = join(site.outDir, 'pagefind', 'fragment');
    const records = readdirSync(fragmentDir).map((file) => {
      const json = gunzipSync(readFileSync(join(fragmentDir, file))).toString('utf8').replace(/^pagefind_dcd/, '');
      return JSON.parse(json) as { url: string; content: string; meta: { title: string } };
    });

    expect(records).toHaveLength(FIXTURE_SLUGS.length);
    for (const record of records) {
      expect(record.content.startsWith(`${record.meta.title}.`), record.url).toBe(true);
      // Headings for screen readers, link buttons and related papers are page chrome, not paper text.
      expect(record.content, record.url).not.toMatch(/\bAbstract\b|Related papers|Link to this paper|Listed/);
    }
  });

  it('marks only the paper article for search', () => {
    const home = readFileSync(join(site.outDir, 'index.html'), 'utf8');
    const paper = readFileSync(join(site.outDir, 'papers', FIXTURE_SLUGS[1] ?? '', 'index.html'), 'utf8');

    expect(home).not.toContain('data-pagefind-body');
    expect(paper.match(/data-pagefind-body/g)).toHaveLength(1);
    expect(paper).toMatch(/<article data-pagefind-body>/);
  });

  it('keeps the build id out of the pages', () => {
    const settings = JSON.parse(readFileSync(join(site.outDir, 'search-settings.json'), 'utf8')) as { cacheTag: string; shardPaths: string[] };
    const pages = readdirSync(site.outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));

    expect(settings.cacheTag).toMatch(/^[a-z0-9-]{8,}$/);
    expect(settings.shardPaths).toEqual([]);
    // Only the search page carries it, because every build renders that page again.
    expect(pages.filter((file) => readFileSync(join(site.outDir, file), 'utf8').includes(settings.cacheTag))).toEqual(['search/index.html']);
  });

  it('precaches the search settings and the icon', () => {
    const worker = readFileSync(join(site.outDir, 'sw.js'), 'utf8');

    expect(worker).toContain('"/search-settings.json"');
    expect(worker).toContain('"/favicon.svg"');
  });
});
