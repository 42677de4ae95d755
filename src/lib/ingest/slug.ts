import slugify from '@sindresorhus/slugify';

/** Slug base for titles that give no ASCII letter or digit (every such paper gets a hash suffix). */
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
 * Gives every paper a distinct slug. When titles collide, the paper listed first (then the smaller key) keeps the
 * plain slug and every other one gets `-` and a hash of its key, so a slug depends only on the paper itself and on
 * papers listed before it, not on the order dumps are read in. A hashed slug that happens to equal another slug gets
 * a counter as well, so two papers never share a URL.
 *
 * NOTE: adding a dump dated before an existing one can take the plain slug from a paper whose title collides with a
 * paper in the new dump. Adding dumps in date order never changes an existing slug.
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
    for (const [index, request] of ordered.entries()) {
      if (index === 0 && base !== UNTITLED_SLUG) {
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
  return a < b ? -1 : a > b ? 1 : 0;
}
