import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { SitePaper } from '../site/model.ts';
import { createUrls } from '../site/urls.ts';
import { searchRecordFields } from './record.ts';
import { slashedNameKeys } from './slash-names.ts';

/** A paper as Pagefind indexes it: the page URL without the base path, and an HTML document to index. */
export interface SearchDocument {
  /** Root-relative page URL, such as `/papers/shapesplat/`; the search UI adds the base path. */
  url: string;
  /** HTML document with the paper page's indexed content, metadata, filters and sort key. */
  html: string;
}

/** Page URLs as Pagefind stores them: relative to the site root, without the base path. */
const rootUrls = createUrls('http://localhost', '/');

/**
 * Builds the document that Pagefind indexes for a paper. It carries exactly what the paper page marks for search: the
 * `data-pagefind-body` article with the hidden metadata, filters and sort key, the title as `h1` with weight 10, the
 * abstract HTML, and the hidden keys for names with slashes. Indexing these documents gives the same records as
 * indexing the built pages, without reading 10,000 HTML files back, and it can start before the pages are written.
 * `tests/build/search-documents.test.ts` compares both indexes.
 */
export function searchDocument(paper: SitePaper): SearchDocument {
  const titleKeys = slashedNameKeys(paper.title);
  const abstractKeys = slashedNameKeys(paper.abstract);

  const article = h('article', { dataPagefindBody: '' }, [
    searchFieldsElement(paper),
    h('h1', { dataPagefindWeight: '10' }, paper.title),
    h('div', { className: ['abstract'] }, [{ type: 'raw', value: paper.abstractHtml }]),
    ...(titleKeys.length > 0 ? [h('p', { hidden: true, dataPagefindWeight: '10' }, titleKeys.join(' '))] : []),
    ...(abstractKeys.length > 0 ? [h('p', { hidden: true }, abstractKeys.join(' '))] : []),
  ]);
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [h('head', [h('meta', { charset: 'utf-8' }), h('title', paper.title)]), h('body', [article])]),
    ],
  };

  return { url: rootUrls.paper(paper.slug), html: toHtml(tree, { allowDangerousHtml: true }) };
}

/** Builds the hidden element with a paper's result metadata, sort key and filter values, as `SearchMeta.astro` renders it. */
function searchFieldsElement(paper: SitePaper): Element {
  const fields = searchRecordFields(paper);
  const children: ElementContent[] = [h('span', { dataPagefindMeta: 'date' }, fields.meta.date)];
  if (fields.meta.code) children.push(h('span', { dataPagefindMeta: 'code' }, fields.meta.code));
  children.push(h('span', { dataPagefindSort: 'date' }, fields.sort.date));
  for (const filter of fields.filters) children.push(h('span', { dataPagefindFilter: filter.name }, filter.value));

  return h('div', { hidden: true, dataPagefindIgnore: '' }, children);
}
