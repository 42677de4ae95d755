import slugify from '@sindresorhus/slugify';

/** Slug base for titles that give no ASCII letter or digit; every such paper gets a hash suffix. */
export const UNTITLED_SLUG = 'paper';

/** Maximum slug length in bytes. Slugs are ASCII, so bytes and characters are the same. */
export const SLUG_MAX_LENGTH = 80;

/**
 * Turns a title into a URL slug: transliterated to lowercase ASCII, words joined by hyphens, only `[a-z0-9-]`,
 * cut at a word boundary to at most {@link SLUG_MAX_LENGTH} bytes. Titles with no Latin-transliterable letters or
 * digits give an empty string, which {@link assignSlugs} replaces.
 *
 * @example slugifyTitle('Schrödinger Bridges: Ω-Nets') === 'schrodinger-bridges-o-nets'
 */
export function slugifyTitle(title: string): string {
  // Accents are dropped before transliteration so that `ö` gives `o`, not the German `oe`.
  const unaccented = title.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  const slug = slugify(unaccented, { decamelize: false, separator: '-', lowercase: true })
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
  return truncateAtWord(slug, SLUG_MAX_LENGTH);
}

function truncateAtWord(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength);
}

/**
 * Builds a short, stable hexadecimal digest of a text (FNV-1a, 32 bits), used to tell apart papers whose titles
 * give the same slug.
 */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** A paper that needs a slug: its key (normalised title), title and first listing date. */
export interface SlugRequest {
  key: string;
  title: string;
  firstDate: string;
}

/** A slug given to a paper whose title gives the same slug as another paper's. */
export interface SlugCollision {
  slug: string;
  keys: string[];
}

/**
 * Checks whether a slug keeps every letter and digit of its title, so that no other title gives it unless it is the
 * same words: true when all letters and digits are ASCII once accents are dropped.
 */
export function isLosslessTitle(title: string): boolean {
  const letters = title.normalize('NFD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]/gu) ?? [];
  return letters.length > 0 && letters.every((character) => /^[A-Za-z0-9]$/.test(character));
}

/**
 * Gives every paper a distinct slug that depends only on the paper, as far as possible. A title with letters the
 * slug cannot keep (`Ω`, `图`) always gets `-` and a hash of its key, so a later paper can never take its slug and it
 * can never take another's. A lossless title gets the plain slug; when several lossless titles give the same slug
 * (only possible once slugs are cut at {@link SLUG_MAX_LENGTH}), the one listed first, then the smaller key, keeps it
 * and the others get a hash. A hashed slug that happens to equal another slug gets a counter as well, so two papers
 * never share a URL.
 *
 * NOTE: two long titles that share their first 80 bytes of slug depend on each other: adding a dump dated before
 * both can move the plain slug. Every other slug stays the same when dumps are added, removed or read in another order.
 */
export function assignSlugs(requests: readonly SlugRequest[]): { slugs: Map<string, string>; collisions: SlugCollision[] } {
  const byBase = new Map<string, SlugRequest[]>();
  for (const request of requests) {
    const base = slugifyTitle(request.title) || UNTITLED_SLUG;
    const group = byBase.get(base) ?? [];
    group.push(request);
    byBase.set(base, group);
  }

  const slugs = new Map<string, string>();
  const used = new Set<string>();
  const hashed: Array<{ base: string; key: string }> = [];
  const collisions: SlugCollision[] = [];
  for (const [base, group] of byBase) {
    const ordered = group.toSorted((a, b) => a.firstDate.localeCompare(b.firstDate) || compareStrings(a.key, b.key));
    const plainOwner = base === UNTITLED_SLUG ? undefined : ordered.find((request) => isLosslessTitle(request.title));
    for (const request of ordered) {
      if (request === plainOwner) {
        slugs.set(request.key, base);
        used.add(base);
      } else {
        hashed.push({ base, key: request.key });
      }
    }
    if (group.length > 1) collisions.push({ slug: base, keys: ordered.map((request) => request.key) });
  }

  // Plain slugs are reserved first, so a hashed slug never takes one, whatever order the groups come in.
  hashed.sort((a, b) => compareStrings(a.key, b.key));
  for (const { base, key } of hashed) {
    let slug = withHash(base, key, '');
    for (let counter = 2; used.has(slug); counter++) slug = withHash(base, key, `-${counter}`);
    slugs.set(key, slug);
    used.add(slug);
  }
  return { slugs, collisions };
}

function withHash(base: string, key: string, counter: string): string {
  const suffix = `-${shortHash(key)}${counter}`;
  return `${truncateAtWord(base, SLUG_MAX_LENGTH - suffix.length)}${suffix}`;
}

function compareStrings(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
