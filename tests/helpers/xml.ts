import { SaxesParser } from 'saxes';

/** Parses XML with saxes, a strict XML 1.0 parser, and throws on the first well-formedness error. */
export function assertWellFormedXml(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
}
