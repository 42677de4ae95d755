/**
 * Counts the pages a Pagefind bundle indexed, summed over its languages, from the parsed `pagefind-entry.json`
 * (`{ languages: { en: { page_count: 18 } } }` in Pagefind 1.6). Returns undefined when the file lists no languages.
 */
export function countIndexedPages(entry: unknown): number | undefined {
  const languages = typeof entry === 'object' && entry !== null && 'languages' in entry ? entry.languages : undefined;
  if (typeof languages !== 'object' || languages === null) return undefined;

  let count = 0;
  for (const language of Object.values(languages)) {
    const pages: unknown = typeof language === 'object' && language !== null && 'page_count' in language ? language.page_count : 0;
    if (typeof pages === 'number') count += pages;
  }
  return count;
}
