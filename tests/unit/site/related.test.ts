import { describe, expect, it } from 'vitest';
import { findRelated, type RelatedInput } from '../../../src/lib/site/related.ts';

/**
 * A corpus small enough to check by hand: three papers on masked autoencoders for images, two on language-model
 * pre-training schedules, two on video diffusion, and one that shares no content word with any other.
 */
const CORPUS: RelatedInput[] = [
  { title: 'Masked autoencoders for image pre-training', abstract: 'We mask image patches and reconstruct pixels with a vision transformer encoder.' },
  { title: 'Siamese masked autoencoders', abstract: 'A siamese encoder reconstructs masked image patches across cropped views.' },
  { title: 'Point cloud masked autoencoders', abstract: 'Masked point patches are reconstructed by a transformer encoder.' },
  { title: 'Learning rate schedules for language model pre-training', abstract: 'Cosine decay and infinite schedules for continual language model pre-training.' },
  { title: 'Continual pre-training of language models', abstract: 'Warmup and learning rate schedules decide forgetting during continual pre-training.' },
  { title: 'Video diffusion with temporal attention', abstract: 'A diffusion model generates video frames with temporal attention layers.' },
  { title: 'Latent video diffusion', abstract: 'Latent diffusion generates long video clips.' },
  { title: 'Bananas', abstract: 'Yellow fruit grows quickly.' },
];

describe('findRelated', () => {
  const related = findRelated(CORPUS);

  it.each([
    [0, [1, 2]],
    [1, [0, 2]],
    [3, [4]],
    [4, [3]],
    [5, [6]],
    [6, [5]],
  ])('ranks the neighbours of paper %i first', (paper, neighbours) => {
    expect(related[paper]?.slice(0, neighbours.length)).toEqual(neighbours);
  });

  it('finds nothing for an unrelated paper', () => {
    expect(related[7]).toEqual([]);
  });

  it('never relates a paper to itself', () => {
    for (const [paper, others] of related.entries()) expect(others).not.toContain(paper);
  });

  it('returns at most the limit', () => {
    const limited = findRelated(CORPUS, { limit: 1 });

    expect(limited.map((others) => others.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 0]);
  });

  it('breaks ties by lower index', () => {
    const twins = [
      { title: 'Graph transformers', abstract: 'Graph attention.' },
      { title: 'Graph transformers', abstract: 'Graph attention.' },
      { title: 'Graph transformers', abstract: 'Graph attention.' },
      { title: 'Unrelated words', abstract: 'Nothing shared.' },
    ];

    expect(findRelated(twins)[2]).toEqual([0, 1]);
  });

  it('weights title words above abstract words', () => {
    // Every word is in exactly two papers, so only where it sits decides: paper 2 shares the title word of paper 0.
    const papers = [
      { title: 'Retrieval', abstract: 'Graphs.' },
      { title: 'Graphs', abstract: 'Charts.' },
      { title: 'Retrieval', abstract: 'Tables.' },
      { title: 'Charts', abstract: 'Tables.' },
    ];

    expect(findRelated(papers)[0]?.[0]).toBe(2);
  });

  it('gives the same result on every run', () => {
    expect(findRelated(CORPUS)).toEqual(related);
  });

  it('handles an empty collection', () => {
    expect(findRelated([])).toEqual([]);
  });
});
