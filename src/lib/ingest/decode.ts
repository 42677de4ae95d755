import { InputError, type InputWarning } from '../errors.ts';

/** A dump's text after decoding, with the warnings raised on the way. */
export interface DecodedDump {
  /** Lines without line terminators, NFC-normalised, forbidden characters removed. */
  lines: string[];
  warnings: InputWarning[];
}

// C0 controls other than tab and line feed, DEL and C1 controls, U+FFFE and U+FFFF, and lone surrogates:
// XML 1.0 forbids or discourages them and HTML parsers reject them.
const FORBIDDEN_CHARACTERS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Unicode space separators other than the plain space, which dumps pick up from web pages.
const UNICODE_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/**
 * Decodes the bytes of a dump: rejects invalid UTF-8 and binary data, drops a BOM, splits lines on CRLF, CR or LF,
 * normalises to NFC, turns tabs and Unicode spaces into plain spaces and removes characters that XML 1.0 forbids.
 */
export function decodeDump(bytes: Uint8Array, file: string): DecodedDump {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError('invalid-utf8', { file, line: 1 }, 'the file is UTF-16 text (it starts with a UTF-16 byte order mark). Save it as UTF-8 and run the command again.');
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const line = lineOfFirstInvalidByte(bytes);
    throw new InputError('invalid-utf8', { file, line }, 'the file is not valid UTF-8. Save it as UTF-8 text and run the command again.');
  }

  if (text.includes('\u0000')) {
    const line = text.slice(0, text.indexOf('\u0000')).split('\n').length;
    throw new InputError('binary-file', { file, line }, 'the file contains NUL bytes, so it looks like binary data, not a text dump. Remove it from the seeds folder.');
  }

  const warnings: InputWarning[] = [];
  const lines = text.split(/\r\n|\r|\n/).map((raw, index) => {
    const cleaned = raw.replace(FORBIDDEN_CHARACTERS, '');
    const removed = raw.length - cleaned.length;
    if (removed > 0) {
      warnings.push({
        code: 'forbidden-characters',
        file,
        line: index + 1,
        message: `removed ${removed} control or non-character code point${removed === 1 ? '' : 's'} that XML and HTML do not allow; the text around them was kept.`,
      });
    }
    return cleaned.normalize('NFC').replace(/\t/g, ' ').replace(UNICODE_SPACES, ' ').trimEnd();
  });

  return { lines, warnings };
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let index = 0; index <= bytes.length; index++) {
    if (index < bytes.length && bytes[index] !== 0x0a) continue;
    try {
      decoder.decode(bytes.subarray(start, index));
    } catch {
      return line;
    }
    line++;
    start = index + 1;
  }
  return line;
}
