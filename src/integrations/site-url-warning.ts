import type { AstroIntegration } from 'astro';
import { FALLBACK_SITE_URL } from '../lib/config.ts';

/** Warns at the start of a build when `SITE_URL` is unset, because feed and canonical links then point at localhost. */
export function siteUrlWarning(siteUrlIsFallback: boolean): AstroIntegration {
  return {
    name: 'papers:site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!siteUrlIsFallback) return;
        logger.warn(`SITE_URL is not set, so feed and canonical links point at ${FALLBACK_SITE_URL}. Set SITE_URL to the deployed origin, for example SITE_URL=https://example.org npm run build.`);
      },
    },
  };
}
