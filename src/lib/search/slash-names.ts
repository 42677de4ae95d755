import { findUrls } from '../ingest/links.ts';

/** Letters and digits joined by slashes, such as `B/16` in `ViT-B/16` or `TCP/IP`. Hyphens end a match. */
const SLASHED_NAME = /[\p{L}\p{N}]+(?:\/[\p{L}\p{N}]+)+/gu;

/**
 * Returns the search keys of the names with slashes in a text: each name with its slashes removed, and each pair of
 * neighbouring parts joined. Pagefind 1.6 drops `/` from a query, so `B/16` becomes the term `b16`, but it indexes
 * `ViT-B/16` only as `vitb16` and its hyphen-separated parts, so nothing matches `b16` unless the page also carries
 * it. Names without a letter (`1/2`, `2025/03/11`) and the paths of URLs are skipped.
 *
 * @example slashedNameKeys('A ViT-B/16 with TCP/IP/UDP') → ['B16', 'TCPIPUDP', 'TCPIP', 'IPUDP']
 */
export function slashedNameKeys(text: string): string[] {
  // Scanning for letters at every position is slow, and most abstracts have no slash outside their URLs.
  if (!text.includes('/')) return [];
  const searched = withoutUrls(text);
  if (!searched.includes('/')) return [];

  const keys = new Set<string>();
  for (const match of searched.matchAll(SLASHED_NAME)) {
    const name = match[0];
    if (!/\p{L}/u.test(name)) continue;

    const parts = name.split('/');
    keys.add(parts.join(''));
    if (parts.length < 3) continue;
    for (let index = 0; index + 1 < parts.length; index++) keys.add(`${parts[index]}${parts[index + 1]}`);
  }
  return [...keys];
}

function withoutUrls(text: string): string {
  let result = '';
  let position = 0;
  for (const { url, index } of findUrls(text)) {
    result += `${text.slice(position, index)} `;
    position = index + url.length;
  }
  return result + text.slice(position);
}
