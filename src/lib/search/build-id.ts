/** Environment variable that carries the build id from the build's start to the pages and the service worker. */
export const BUILD_ID_VARIABLE = 'PAPERS_BUILD_ID';

/**
 * Reads the build id of the running build, or creates it with `create` and stores it in `env` so that every later
 * reader in the same process gets the same id. Pages use it as Pagefind's `metaCacheTag`, and the service worker names
 * its caches with it. `create` should derive the id from the build's inputs, so that equal inputs give equal output.
 */
export function ensureBuildId(env: Record<string, string | undefined>, create: () => string): string {
  const existing = env[BUILD_ID_VARIABLE]?.trim();
  if (existing) return existing;

  const id = create();
  env[BUILD_ID_VARIABLE] = id;
  return id;
}

/** Reads the build id, or returns an empty string outside a build (in `astro dev`). */
export function readBuildId(env: Record<string, string | undefined>): string {
  return env[BUILD_ID_VARIABLE]?.trim() ?? '';
}
