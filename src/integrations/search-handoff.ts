import type { SitePaper } from '../lib/site/model.ts';

/**
 * Hands the papers from the page code, which builds the site model while Astro prerenders, to the Pagefind
 * integration, so that indexing starts while the pages render instead of after them. Both run in the build's
 * process, but the page code is a separate bundle with its own copy of every module, so the receiver is kept on
 * `globalThis` under a registered symbol.
 */
const RECEIVER_KEY = Symbol.for('papers.search-papers-receiver');

type Receiver = (papers: readonly SitePaper[]) => void;

/** Registers the function that receives the papers of this build. Returns a function that removes it again. */
export function receiveSearchPapers(receiver: Receiver): () => void {
  Reflect.set(globalThis, RECEIVER_KEY, receiver);
  return () => {
    if (Reflect.get(globalThis, RECEIVER_KEY) === receiver) Reflect.deleteProperty(globalThis, RECEIVER_KEY);
  };
}

/**
 * Passes the papers to the registered receiver. Returns false when none is registered, as in `astro dev`, which
 * builds no search index.
 */
export function handOffSearchPapers(papers: readonly SitePaper[]): boolean {
  const receiver: unknown = Reflect.get(globalThis, RECEIVER_KEY);
  if (typeof receiver !== 'function') return false;

  (receiver as Receiver)(papers);
  return true;
}
