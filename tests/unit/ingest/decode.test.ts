import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/lib/errors.ts';
import { decodeDump } from '../../../src/lib/ingest/decode.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeDump', () => {
  it.each([
    ['LF', 'a\nb', ['a', 'b']],
    ['CRLF', 'a\r\nb', ['a', 'b']],
    ['CR', 'a\rb', ['a', 'b']],
    ['BOM', '\uFEFFa', ['a']],
    ['tab', 'a\tb', ['a b']],
    ['trailing spaces', 'a  \t', ['a']],
    ['no-break space', 'a\u00A0b', ['a b']],
    ['em space and narrow no-break space', 'a\u2003b\u202Fc', ['a b c']],
    ['decomposed letter to NFC', 'Schro\u0308dinger', ['Schrödinger']],
  ])('reads %s', (_name, text, lines) => {
    expect(decodeDump(encode(text), 'test.txt')).toEqual({ lines, warnings: [] });
  });

  it.each([
    ['C0 control', 'ab\u0007cd'],
    ['vertical tab', 'ab\u000Bcd'],
    ['U+FFFE', 'ab\uFFFEcd'],
    ['U+FFFF', 'ab\uFFFFcd'],
    ['C1 control', 'ab\u0085cd'],
  ])('removes a %s and names its line', (_name, text) => {
    const { lines, warnings } = decodeDump(encode(`first\n${text}`), 'test.txt');

    expect(lines).toEqual(['first', 'abcd']);
    expect(warnings).toEqual([expect.objectContaining({ code: 'forbidden-characters', file: 'test.txt', line: 2 })]);
  });

  it('rejects invalid UTF-8 with its line', () => {
    const bytes = new Uint8Array([...encode('ok\nstill ok\nbad '), 0xc3, 0x28]);

    expect(() => decodeDump(bytes, 'test.txt')).toThrowError(InputError);
    expect(() => decodeDump(bytes, 'test.txt')).toThrowError(/^test\.txt:3: the file is not valid UTF-8/);
  });

  it('rejects UTF-16 with a hint to save as UTF-8', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00]);

    expect(() => decodeDump(bytes, 'test.txt')).toThrowError(/UTF-16.*Save it as UTF-8/);
  });

  it('rejects binary data', () => {
    const bytes = new Uint8Array([...encode('title\n'), 0x00, 0x01, 0x02]);

    expect(() => decodeDump(bytes, 'test.txt')).toThrowError(/^test\.txt:2: .*binary/);
  });
});
