import { describe, expect, it } from 'vitest';
import { parseTaxonomy } from '../../../src/lib/site/taxonomy.ts';
import { createTopicMatcher, MAX_TOPICS_PER_PAPER } from '../../../src/lib/site/topics.ts';

const taxonomy = parseTaxonomy(
  {
    topics: [
      { name: 'Masked autoencoders', terms: ['MAE', 'masked image modeling'] },
      { name: 'Continual pre-training' },
      { name: 'Language models', terms: ['LLM', 'language model'] },
      { name: '3D', terms: ['point cloud'] },
      { name: 'Video' },
      { name: 'Robustness', terms: ['robust'] },
      { name: 'Data quality' },
    ],
  },
  'topics.json',
);
const names = taxonomy.topics.map((topic) => topic.name);
const matcher = createTopicMatcher(taxonomy);
const match = (title: string, abstract = '') => matcher.match(title, abstract).map((index) => names[index]);

describe('createTopicMatcher', () => {
  it.each([
    ['an abbreviation', 'Scaling MAE pre-training', ['Masked autoencoders']],
    ['a plural', 'Siamese masked autoencoders', ['Masked autoencoders']],
    ['a multi-word synonym', 'Masked image modeling at scale', ['Masked autoencoders']],
    ['a hyphenated name', 'Continual pre-training of LLMs', ['Continual pre-training', 'Language models']],
    ['a name with digits', 'Learning 3D shapes', ['3D']],
    ['a plural of a phrase', 'Fusing point clouds', ['3D']],
  ])('matches %s', (_case, title, expected) => {
    expect(match(title)).toEqual(expected);
  });

  it.each([
    ['part of a word', 'Videography for everyone'],
    ['an acronym in lower case', 'Mae West and the camera'],
    ['an incomplete phrase', 'Data without quality'],
    ['a different word form', 'Robustly trained nets'],
  ])('ignores %s', (_case, title) => {
    expect(match(title)).toEqual([]);
  });

  it('ignores case for lower-case terms', () => {
    expect(match('VIDEO ROBUST DATA QUALITY')).toEqual(['Video', 'Robustness', 'Data quality']);
  });

  it('ranks title hits above abstract hits', () => {
    expect(match('Robust video models', 'A language model and another language model.')).toEqual(['Video', 'Robustness', 'Language models']);
  });

  it('counts repeated abstract hits', () => {
    expect(match('A study', 'Video and 3D; 3D again; 3D once more.')).toEqual(['3D', 'Video']);
  });

  it(`keeps at most ${MAX_TOPICS_PER_PAPER} topics`, () => {
    const all = 'MAE, continual pre-training, LLM, 3D, video, robust and data quality';

    expect(match(all)).toEqual(names.slice(0, MAX_TOPICS_PER_PAPER));
  });
});
