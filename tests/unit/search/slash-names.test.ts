import { describe, expect, it } from 'vitest';
import { slashedNameKeys } from '../../../src/lib/search/slash-names.ts';

describe('slashedNameKeys', () => {
  it.each([
    ['Scaling ViT-B/16 backbones', ['B16']],
    ['over TCP/IP links', ['TCPIP']],
    ['TCP/IP/UDP stacks', ['TCPIPUDP', 'TCPIP', 'IPUDP']],
    ['ViT-L/14 and ViT-L/14 again', ['L14']],
    ['Schrödinger/Fokker equations', ['SchrödingerFokker']],
    ['no slashes here', []],
    ['a ratio of 1/2 on 2025/03/11', []],
    ['a trailing slash/ and /leading one', []],
  ])('finds the keys in %j', (text, keys) => {
    expect(slashedNameKeys(text)).toEqual(keys);
  });

  it('skips the paths of URLs', () => {
    expect(slashedNameKeys('Code: https://github.com/org/ViT-B/16 and more.')).toEqual([]);
  });

  it('keeps a name after a URL', () => {
    expect(slashedNameKeys('See https://example.org/x/y. The ViT-B/16 model.')).toEqual(['B16']);
  });
});
