import { describe, expect, it } from 'vitest';
import { escapeXml, toXmlText } from '../../../src/lib/feeds/xml-text.ts';
import { assertWellFormedXml } from '../../helpers/xml.ts';

describe('toXmlText', () => {
  it.each([
    ['NUL', 'a\u0000b', 'ab'],
    ['C0 controls', 'a\u0001\u0008\u000B\u000C\u001Fb', 'ab'],
    ['tab and newline kept', 'a\tb\nc', 'a\tb\nc'],
    ['CRLF', 'a\r\nb', 'a\nb'],
    ['lone CR', 'a\rb', 'a\nb'],
    ['U+FFFE and U+FFFF', 'a\uFFFE\uFFFFb', 'ab'],
    ['lone high surrogate', 'a\uD83Db', 'ab'],
    ['lone low surrogate', 'a\uDE00b', 'ab'],
    ['paired surrogates kept', 'a😀b', 'a😀b'],
    ['markup kept', '<b>&amp;</b> ]]>', '<b>&amp;</b> ]]>'],
    ['right-to-left text kept', 'שלום \u202Eabc', 'שלום \u202Eabc'],
  ])('handles %s', (_name, input, expected) => {
    expect(toXmlText(input)).toBe(expected);
  });
});

describe('escapeXml', () => {
  it('escapes markup characters', () => {
    expect(escapeXml(`a < b & "c" > 'd'`)).toBe('a &lt; b &amp; &quot;c&quot; &gt; &apos;d&apos;');
  });

  it('keeps tab and newline through attribute values', () => {
    expect(escapeXml('a\tb\nc')).toBe('a&#9;b&#10;c');
  });

  it('produces a well-formed attribute from hostile text', () => {
    const value = escapeXml('x" onload="y\u0000 ]]> <![CDATA[ &amp;');

    expect(() => assertWellFormedXml(`<a title="${value}">${value}</a>`)).not.toThrow();
  });
});
