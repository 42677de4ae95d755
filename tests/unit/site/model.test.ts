import { describe, expect, it } from 'vitest';
import type { Paper } from '../../../src/lib/ingest/load-seeds.ts';
import { buildSiteModel } from '../../../src/lib/site/model.ts';
import { parseTaxonomy } from '../../../src/lib/site/taxonomy.ts';

const taxonomy = parseTaxonomy({ topics: [{ name: 'Video' }, { name: '3D', terms: ['point cloud'] }, { name: 'Robustness', terms: ['robust'] }] }, 'topics.json');

function paper(slug: string, title: string, dates: string[], line = 1): Paper {
  return { slug, title, abstract: `${title}.`, abstractHtml: `<p>${title}.</p>`, summary: `${title}.`, links: [], hasMath: false, dates, sources: [{ file: `${dates[0] ?? ''}.txt`, line }] };
}

const loaded = [
  paper('old-video', 'Old video paper', ['2025-03-10'], 1),
  paper('new-video', 'New video and 3D paper', ['2025-03-11'], 1),
  paper('cloud', 'Point cloud robust video', ['2025-03-11'], 5),
  paper('nothing', 'A paper on nothing listed', ['2025-03-10', '2025-03-11'], 9),
];
const model = buildSiteModel(loaded, taxonomy);

describe('buildSiteModel', () => {
  it('orders papers newest first', () => {
    expect(model.papers.map((entry) => entry.slug)).toEqual(['new-video', 'cloud', 'old-video', 'nothing']);
  });

  it('assigns topics to each paper', () => {
    expect(model.bySlug.get('new-video')?.topics).toEqual([
      { slug: 'video', name: 'Video' },
      { slug: '3d', name: '3D' },
    ]);
    expect(model.bySlug.get('cloud')?.topics.map((topic) => topic.slug)).toEqual(['video', '3d', 'robustness']);
  });

  it('files unmatched papers under Other', () => {
    expect(model.bySlug.get('nothing')?.topics).toEqual([{ slug: 'other', name: 'Other' }]);
  });

  it('lists topics by paper count, Other last', () => {
    expect(model.topics.map((topic) => [topic.slug, topic.count])).toEqual([
      ['video', 3],
      ['3d', 2],
      ['robustness', 1],
      ['other', 1],
    ]);
  });

  it('keeps each topic newest first', () => {
    expect(model.topicsBySlug.get('video')?.papers.map((entry) => entry.slug)).toEqual(['new-video', 'cloud', 'old-video']);
  });

  it('lists a paper on each of its days', () => {
    expect(model.days.map((day) => [day.date, day.papers.map((entry) => entry.slug)])).toEqual([
      ['2025-03-11', ['new-video', 'cloud', 'nothing']],
      ['2025-03-10', ['old-video', 'nothing']],
    ]);
  });

  it('does not modify its input', () => {
    expect(loaded[0]).not.toHaveProperty('topics');
  });
});

describe('buildSiteModel related papers', () => {
  it('lists related papers by slug', () => {
    const papers = [
      paper('a', 'Masked autoencoders for images', ['2025-03-11'], 1),
      paper('b', 'Bananas and apples', ['2025-03-11'], 2),
      paper('c', 'Siamese masked autoencoders', ['2025-03-11'], 3),
    ];

    const related = buildSiteModel(papers, taxonomy).bySlug;

    expect(related.get('a')?.related).toEqual(['c']);
    expect(related.get('c')?.related).toEqual(['a']);
    expect(related.get('b')?.related).toEqual([]);
  });
});
