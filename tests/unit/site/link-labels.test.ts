import { describe, expect, it } from 'vitest';
import { hasCode, toLinkButtons } from '../../../src/lib/site/link-labels.ts';

describe('toLinkButtons', () => {
  it('orders buttons by kind', () => {
    const buttons = toLinkButtons([
      { url: 'https://arxiv.org/pdf/2403.12345', kind: 'pdf' },
      { url: 'https://example.org/project/', kind: 'project' },
      { url: 'https://www.github.com/a/b', kind: 'code' },
      { url: 'https://arxiv.org/abs/2403.12345', kind: 'arxiv' },
      { url: 'https://huggingface.co/datasets/a/b', kind: 'dataset' },
      { url: 'https://huggingface.co/a/b', kind: 'model' },
      { url: 'https://gitlab.com/c/d', kind: 'code' },
      { url: 'https://huggingface.co/spaces/a/b', kind: 'space' },
    ]);

    expect(buttons.map((button) => button.label)).toEqual(['Code', 'Code', 'Model', 'Dataset', 'Space', 'Project page', 'arXiv', 'PDF']);
    expect(buttons.map((button) => button.target).slice(0, 2)).toEqual(['github.com/a/b', 'gitlab.com/c/d']);
    expect(buttons.find((button) => button.kind === 'project')?.target).toBe('example.org/project');
  });
});

describe('hasCode', () => {
  it('detects a code link', () => {
    expect(hasCode([{ url: 'https://github.com/a/b', kind: 'code' }])).toBe(true);
    expect(hasCode([{ url: 'https://huggingface.co/a/b', kind: 'model' }])).toBe(false);
  });
});
