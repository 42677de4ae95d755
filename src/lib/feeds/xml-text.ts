// XML 1.0 allows tab, newline, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and paired surrogates (section 2.2,
// "Char"). Everything else is removed: @astrojs/rss 4 passes it through, and a single such character makes the
// whole feed invalid, so every reader rejects it.
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Makes any text safe to put into XML: removes the characters XML 1.0 forbids and turns CRLF and CR into LF, which is
 * what every XML parser reads them as (XML 1.0 section 2.11). The result therefore reads back unchanged from a feed.
 * Markup stays as it is, because escaping is the serializer's job.
 *
 * @example toXmlText('a\u0000b\r\nc') === 'ab\nc'
 */
export function toXmlText(text: string): string {
  return text.replace(XML_FORBIDDEN, '').replace(/\r\n?/g, '\n');
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Parsers turn a literal tab or newline in an attribute value into a space (XML 1.0 section 3.3.3).
  '\t': '&#9;',
  '\n': '&#10;',
};

/**
 * Escapes text for an XML element or a quoted attribute value, after {@link toXmlText}, so that it reads back
 * unchanged from either.
 *
 * @example escapeXml('a < b & "c"') === 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeXml(text: string): string {
  return toXmlText(text).replace(/[&<>"'\t\n]/g, (character) => ESCAPES[character] ?? character);
}
