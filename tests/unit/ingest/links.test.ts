import { describe, expect, it } from 'vitest';
import { classifyLink, extractLinks, findArxivId, findUrls } from '../../../src/lib/ingest/links.ts';

describe('findUrls', () => {
  it.each([
    ['trailing period', 'Code: https://github.com/a/b.', 'https://github.com/a/b'],
    ['trailing comma', 'at https://a.org/x, and', 'https://a.org/x'],
    ['trailing colon and semicolon', 'https://a.org/x;:', 'https://a.org/x'],
    ['trailing quote', '"https://a.org/x"', 'https://a.org/x'],
    ['closing parenthesis of the sentence', '(see https://a.org/x).', 'https://a.org/x'],
    ['balanced parentheses inside', 'https://en.wikipedia.org/wiki/Foo_(bar).', 'https://en.wikipedia.org/wiki/Foo_(bar)'],
    ['query and fragment', 'https://a.org/p?q=1&r=2#top.', 'https://a.org/p?q=1&r=2#top'],
    ['http scheme', 'http://a.org/x', 'http://a.org/x'],
  ])('drops %s', (_name, text, url) => {
    expect(findUrls(text).map((found) => found.url)).toEqual([url]);
  });

  it.each([
    ['javascript scheme', 'javascript:alert(1)'],
    ['data scheme', 'data:text/html,<b>x</b>'],
    ['ftp scheme', 'ftp://a.org/x'],
    ['bare domain', 'www.example.org'],
    ['host without a dot', 'http://localhost/x'],
  ])('ignores %s', (_name, text) => {
    expect(findUrls(text)).toEqual([]);
  });
});

describe('classifyLink', () => {
  it.each([
    ['https://github.com/a/b', 'code'],
    ['https://gitlab.com/a/b', 'code'],
    ['https://bitbucket.org/a/b', 'code'],
    ['https://codeberg.org/a/b', 'code'],
    ['https://huggingface.co/org/model-7b', 'model'],
    ['https://huggingface.co/datasets/org/data', 'dataset'],
    ['https://huggingface.co/spaces/org/demo', 'space'],
    ['https://org-demo.hf.space/', 'space'],
    ['https://arxiv.org/abs/2403.12345', 'arxiv'],
    ['https://arxiv.org/pdf/2403.12345', 'pdf'],
    ['https://project.example.org/', 'project'],
  ])('classifies %s as %s', (url, kind) => {
    expect(classifyLink(url)).toBe(kind);
  });
});

describe('findArxivId', () => {
  it.each([
    [['https://arxiv.org/abs/2403.12345v3'], '', '2403.12345'],
    [['https://arxiv.org/pdf/2403.12345.pdf'], '', '2403.12345'],
    [[], 'Preprint arXiv:2401.00001.', '2401.00001'],
    [[], 'see arXiv:hep-th/9901001', 'hep-th/9901001'],
    [['https://github.com/a/b'], 'no id here', undefined],
  ])('finds the id in %j %j', (urls, text, id) => {
    expect(findArxivId(urls, text)).toBe(id);
  });
});

describe('extractLinks', () => {
  it('adds abstract and PDF links for an arXiv mention', () => {
    expect(extractLinks('Code at https://github.com/a/b. Preprint arXiv:2401.00001.')).toEqual([
      { url: 'https://github.com/a/b', kind: 'code' },
      { url: 'https://arxiv.org/abs/2401.00001', kind: 'arxiv' },
      { url: 'https://arxiv.org/pdf/2401.00001', kind: 'pdf' },
    ]);
  });

  it('lists a repeated URL once', () => {
    expect(extractLinks('https://a.org/x and https://a.org/x.')).toEqual([{ url: 'https://a.org/x', kind: 'project' }]);
  });
});
