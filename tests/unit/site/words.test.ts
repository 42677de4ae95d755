import { describe, expect, it } from 'vitest';
import { splitWords } from '../../../src/lib/site/words.ts';

describe('splitWords', () => {
  it.each([
    ['Masked Autoencoders (MAEs)', ['masked', 'autoencoder', 'mae'], ['Masked', 'Autoencoder', 'MAE']],
    ['continual pre-training', ['continual', 'pre', 'training'], ['continual', 'pre', 'training']],
    ['3D-aware LLMs', ['3d', 'aware', 'llm'], ['3D', 'aware', 'LLM']],
    ['loss gas is', ['loss', 'gas', 'is'], ['loss', 'gas', 'is']],
    ['ＭＡＥ', ['mae'], ['MAE']],
  ])('splits %j', (text, folded, exact) => {
    const words = splitWords(text);

    expect(words.map((word) => word.folded)).toEqual(folded);
    expect(words.map((word) => word.exact)).toEqual(exact);
  });

  it('returns nothing for punctuation', () => {
    expect(splitWords(' -- , . ')).toEqual([]);
  });
});
