import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, type BuiltSite } from '../helpers/build-site.ts';

const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/reading');
const ORIGIN = 'https://papers.example';
const BASE = '/papers/';

const MAE = 'masked-autoencoders-are-scalable-vision-learners';
const SIAMESE = 'siamese-masked-autoencoders-for-video';
const SCALING = 'scaling-laws-for-continual-pre-training-of-language-models';
const SCHEDULES = 'learning-rate-schedules-for-continual-pre-training';
const ATTENTION = 'attention-in-o-n-log-n-memory';
const BANANAS = 'ripe-bananas-on-kitchen-tables';
const SLUGS = [MAE, SIAMESE, SCALING, SCHEDULES, ATTENTION, BANANAS];

/** Weight budget of a page before search is used: HTML and CSS, gzip-compressed. */
const PAGE_BUDGET_BYTES = 30 * 1024;

function listHtmlFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)))
    .filter((path) => !path.startsWith('pagefind'))
    .toSorted();
}

function elements(tree: Root, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (element: Element) => {
    if (test(element)) found.push(element);
  });
  return found;
}

function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (Array.isArray(value)) return value.join(' ');
  return value === undefined || value === null ? undefined : String(value);
}

/** Returns the `content` of `<meta name=…>` or `<meta property=…>`. */
function meta(tree: Root, key: string): string | undefined {
  const [tag] = elements(tree, (element) => element.tagName === 'meta' && (element.properties.name === key || element.properties.property === key));
  return tag ? attribute(tag, 'content') : undefined;
}

/** Maps a site URL to the file that serves it, or undefined for a URL outside the site. */
function fileFor(outDir: string, url: string, fromFile: string): string | undefined {
  const resolved = new URL(url, `${ORIGIN}${BASE}${fromFile.replace(/index\.html$/, '')}`);
  if (resolved.origin !== ORIGIN || !resolved.pathname.startsWith(BASE)) return undefined;

  const path = decodeURIComponent(resolved.pathname.slice(BASE.length));
  return join(outDir, path.endsWith('/') || path === '' ? `${path}index.html` : path);
}

describe('reading site built from fixture dumps', () => {
  let site: BuiltSite;
  const read = (path: string) => readFileSync(join(site.outDir, path), 'utf8');
  const parse = (path: string) => fromHtml(read(path));
  const text = (path: string) => toText(parse(path));

  beforeAll(async () => {
    site = await buildSite({ seedsDir: FIXTURE, siteUrl: ORIGIN, basePath: BASE });
  });

  afterAll(() => {
    if (!site) return;
    rmSync(site.outDir, { recursive: true, force: true });
    rmSync(`${site.outDir}-cache`, { recursive: true, force: true });
  });

  it('writes every page type', () => {
    const expected = [
      'index.html',
      '404.html',
      'robots.txt',
      'sitemap-index.xml',
      'days/index.html',
      'days/2025-03-10/index.html',
      'days/2025-03-11/index.html',
      'topics/index.html',
      'topics/masked-autoencoders/index.html',
      'topics/other/index.html',
      ...SLUGS.map((slug) => `papers/${slug}/index.html`),
    ];

    for (const path of expected) expect(existsSync(join(site.outDir, path)), path).toBe(true);
    expect(existsSync(join(site.outDir, 'page/2/index.html'))).toBe(false);
  });

  it('lists papers with date, topics, teaser and code badge', () => {
    const home = parse('index.html');
    const items = elements(home, (element) => element.tagName === 'article' && attribute(element, 'className') === 'paper-item');
    const mae = items.find((item) => toText(item).includes('Masked Autoencoders Are Scalable'));

    expect(items).toHaveLength(SLUGS.length);
    expect(mae && toText(mae)).toContain('March 10, 2025');
    expect(mae && toText(mae)).toContain('Masked autoencoders');
    expect(mae && toText(mae)).toContain('Code');
    expect(mae && toText(mae)).toContain('lightweight decoder. Masked autoencoders (MAE) train');
    expect(mae && toText(mae)).not.toContain('Code is at');
  });

  it('lists days with paper counts', () => {
    const days = text('days/index.html');

    expect(days).toMatch(/March 11, 2025\s+4 papers/);
    expect(days).toMatch(/March 10, 2025\s+3 papers/);
  });

  it('links each day to its neighbours', () => {
    const links = (path: string) => elements(parse(path), (element) => element.tagName === 'a' && element.properties.rel !== undefined).map((link) => [attribute(link, 'rel'), attribute(link, 'href')]);

    expect(links('days/2025-03-11/index.html')).toEqual([['prev', `${BASE}days/2025-03-10/`]]);
    expect(links('days/2025-03-10/index.html')).toEqual([['next', `${BASE}days/2025-03-11/`]]);
  });

  it('lists topics with counts', () => {
    const topics = text('topics/index.html');

    expect(topics).toMatch(/Masked autoencoders\s+2 papers/);
    expect(topics).toMatch(/Other\s+1 paper\b/);
    expect(topics.indexOf('Other')).toBeGreaterThan(topics.indexOf('Masked autoencoders'));
  });

  it('files the unmatched paper under Other', () => {
    expect(read('topics/other/index.html')).toContain(`href="${BASE}papers/${BANANAS}/"`);
    expect(site.log).toContain('1 of 6 papers match no topic');
  });

  it('lists related papers by similarity', () => {
    const related = (slug: string) =>
      elements(parse(`papers/${slug}/index.html`), (element) => element.tagName === 'ol' && attribute(element, 'className') === 'related')
        .flatMap((list) => elements({ type: 'root', children: [list] }, (element) => element.tagName === 'a'))
        .map((link) => attribute(link, 'href'));

    expect(related(MAE)[0]).toBe(`${BASE}papers/${SIAMESE}/`);
    expect(related(SIAMESE)[0]).toBe(`${BASE}papers/${MAE}/`);
    expect(related(SCALING)[0]).toBe(`${BASE}papers/${SCHEDULES}/`);
    expect(related(SCHEDULES)[0]).toBe(`${BASE}papers/${SCALING}/`);
    expect(related(BANANAS)).toEqual([]);
  });

  it('shows the complete paper page', () => {
    const page = parse(`papers/${MAE}/index.html`);
    const content = toText(page);
    const buttons = elements(page, (element) => element.tagName === 'a' && String(attribute(element, 'className')).startsWith('button'));

    expect(elements(page, (element) => element.tagName === 'h1').map((heading) => toText(heading))).toEqual(['Masked Autoencoders Are Scalable Vision Learners']);
    expect(content).toContain('Listed March 10, 2025');
    expect(content).toContain('reconstruct the missing pixels');
    expect(buttons.map((button) => toText(button).split(' ')[0])).toEqual(['Code', 'arXiv', 'PDF']);
    expect(content).toContain(`Link to this paper: ${ORIGIN}${BASE}papers/${MAE}/`);
  });

  it('links a paper to its neighbours on the day', () => {
    const links = elements(parse(`papers/${SIAMESE}/index.html`), (element) => element.tagName === 'a' && element.properties.rel !== undefined).map((link) => [attribute(link, 'rel'), attribute(link, 'href')]);

    expect(links).toEqual([
      ['prev', `${BASE}papers/${MAE}/`],
      ['next', `${BASE}papers/${SCALING}/`],
    ]);
  });

  it('lists every listing day of a paper', () => {
    expect(text(`papers/${SIAMESE}/index.html`)).toContain('Listed March 10, 2025, March 11, 2025');
  });

  it.each(['index.html', 'days/index.html', 'days/2025-03-10/index.html', 'topics/index.html', 'topics/video/index.html', `papers/${MAE}/index.html`])('writes the shared meta tags on %s', (path) => {
    const page = parse(path);
    const [html] = elements(page, (element) => element.tagName === 'html');
    const [canonical] = elements(page, (element) => element.tagName === 'link' && attribute(element, 'rel') === 'canonical');
    const [feed] = elements(page, (element) => element.tagName === 'link' && attribute(element, 'rel') === 'alternate' && attribute(element, 'type') === 'application/rss+xml');
    const url = `${ORIGIN}${BASE}${path.replace(/index\.html$/, '')}`;

    expect(html && attribute(html, 'lang')).toBe('en');
    expect(elements(page, (element) => element.tagName === 'title').map((title) => toText(title))[0]).toMatch(/\S.* ?Papers$|^Papers$/);
    expect(meta(page, 'description')?.length).toBeGreaterThan(20);
    expect(meta(page, 'description')?.length).toBeLessThanOrEqual(161);
    expect(canonical && attribute(canonical, 'href')).toBe(url);
    expect(meta(page, 'og:url')).toBe(url);
    expect(meta(page, 'og:title')).toBeTruthy();
    expect(meta(page, 'og:description')).toBe(meta(page, 'description'));
    expect(meta(page, 'og:type')).toBe(path.startsWith('papers/') ? 'article' : 'website');
    expect(meta(page, 'twitter:card')).toBe('summary');
    expect(meta(page, 'twitter:title')).toBe(meta(page, 'og:title'));
    expect(feed && attribute(feed, 'href')).toBe(`${ORIGIN}${BASE}rss.xml`);
  });

  it('cuts the description at a word', () => {
    const description = meta(parse(`papers/${MAE}/index.html`), 'description') ?? '';

    expect(description).toMatch(/^We mask random patches of the input image .*\S…$/);
    expect('We mask random patches of the input image and reconstruct the missing pixels with an asymmetric encoder and a lightweight decoder. Masked autoencoders (MAE) train large').toContain(description.slice(0, -1));
  });

  it('writes Google Scholar tags on paper pages', () => {
    const page = parse(`papers/${MAE}/index.html`);

    expect(meta(page, 'citation_title')).toBe('Masked Autoencoders Are Scalable Vision Learners');
    expect(meta(page, 'citation_publication_date')).toBe('2025/03/10');
    expect(meta(page, 'citation_abstract_html_url')).toBe(`${ORIGIN}${BASE}papers/${MAE}/`);
    expect(meta(page, 'citation_pdf_url')).toBe('https://arxiv.org/pdf/2111.06377');
    expect(meta(parse(`papers/${BANANAS}/index.html`), 'citation_pdf_url')).toBeUndefined();
  });

  it('writes schema.org JSON-LD on paper pages', () => {
    const [script] = elements(parse(`papers/${MAE}/index.html`), (element) => element.tagName === 'script' && attribute(element, 'type') === 'application/ld+json');
    const data: unknown = JSON.parse(script ? toText(script) : '{}');

    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      name: 'Masked Autoencoders Are Scalable Vision Learners',
      datePublished: '2025-03-10',
      url: `${ORIGIN}${BASE}papers/${MAE}/`,
      keywords: expect.arrayContaining(['Masked autoencoders']),
      sameAs: ['https://github.com/example/mae', 'https://arxiv.org/abs/2111.06377'],
    });
    expect(data).toHaveProperty('abstract', expect.stringMatching(/^We mask random patches/));
  });

  it('loads KaTeX styles only with math', () => {
    const katex = (slug: string) => /<link[^>]+href="[^"]*katex[^"]*\.css"/.test(read(`papers/${slug}/index.html`));

    expect(katex(ATTENTION)).toBe(true);
    expect(read(`papers/${ATTENTION}/index.html`)).toContain('class="katex"');
    expect(katex(MAE)).toBe(false);
    expect(/katex[^"]*\.css/.test(read('index.html'))).toBe(false);
  });

  it('ships no inline script', () => {
    for (const path of listHtmlFiles(site.outDir)) {
      for (const script of elements(parse(path), (element) => element.tagName === 'script')) {
        const isData = attribute(script, 'type') === 'application/ld+json';
        expect(isData || attribute(script, 'src') !== undefined, `inline script in ${path}`).toBe(true);
      }
    }
  });

  it('resolves every internal link to a file', () => {
    const missing: string[] = [];
    for (const path of listHtmlFiles(site.outDir)) {
      const page = parse(path);
      const targets = elements(page, (element) => ['a', 'link', 'script'].includes(element.tagName)).flatMap((element) => attribute(element, 'href') ?? attribute(element, 'src') ?? []);
      for (const target of targets) {
        const file = fileFor(site.outDir, target, path);
        if (file !== undefined && !existsSync(file)) missing.push(`${path} → ${target}`);
      }
    }

    expect(missing).toEqual([]);
  });

  it('passes html-validate on every page', async () => {
    const validator = new HtmlValidate(new StaticConfigLoader(JSON.parse(readFileSync(join(PROJECT_ROOT, '.htmlvalidate.json'), 'utf8')) as object));
    const problems: string[] = [];
    for (const path of listHtmlFiles(site.outDir)) {
      const report = await validator.validateString(read(path), path);
      for (const result of report.results) for (const message of result.messages) problems.push(`${path}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
    }

    expect(problems).toEqual([]);
  });

  it('lists every page in the sitemap', () => {
    const index = read('sitemap-index.xml');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => url ?? '');
    const urls = sitemaps.flatMap((url) => [...read(url.slice(`${ORIGIN}${BASE}`.length)).matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc));

    for (const slug of SLUGS) expect(urls).toContain(`${ORIGIN}${BASE}papers/${slug}/`);
    expect(urls).toContain(`${ORIGIN}${BASE}topics/other/`);
    expect(urls).toContain(`${ORIGIN}${BASE}days/2025-03-10/`);
    expect(urls.some((url) => url?.includes('404'))).toBe(false);
  });

  it('points robots.txt at the sitemap', () => {
    expect(read('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${ORIGIN}${BASE}sitemap-index.xml\n`);
  });

  it('keeps the 404 page out of search engines', () => {
    const page = parse('404.html');

    expect(meta(page, 'robots')).toBe('noindex');
    expect(toText(page)).toContain('Page not found');
  });

  it(`keeps a paper page under ${PAGE_BUDGET_BYTES / 1024} kB compressed`, () => {
    for (const slug of SLUGS) {
      const html = read(`papers/${slug}/index.html`);
      const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(([, href]) => read((href ?? '').slice(BASE.length)));
      const bytes = [html, ...stylesheets].reduce((sum, file) => sum + gzipSync(file).length, 0);

      expect(bytes, slug).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
    }
  });
});
