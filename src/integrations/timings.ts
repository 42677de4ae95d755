import type { AstroIntegration } from 'astro';
import { recordPhase } from '../lib/timings.ts';

/**
 * Marks build phases for `npm run bench`: place `phaseStart()` first and one `phaseEnd(name)` after each
 * integration whose `astro:build:done` work should be timed. Records nothing unless `PAPERS_TIMINGS_FILE` is set.
 */
export function phaseStart(): AstroIntegration {
  return {
    name: 'papers:timings-start',
    hooks: {
      'astro:config:done': () => {
        clock.configDone = performance.now();
      },
      'astro:build:start': () => {
        recordPhase('startup and content loading', clock.configDone);
        clock.buildStart = performance.now();
      },
      'astro:build:generated': () => {
        recordPhase('bundling and rendering pages', clock.buildStart);
      },
      'astro:build:done': () => {
        clock.last = performance.now();
      },
    },
  };
}

/** Marks the end of the `astro:build:done` work of the integration placed just before it. */
export function phaseEnd(phase: string): AstroIntegration {
  return {
    name: `papers:timings-${phase}`,
    hooks: {
      'astro:build:done': () => {
        recordPhase(phase, clock.last);
        clock.last = performance.now();
      },
    },
  };
}

const clock = { configDone: 0, buildStart: 0, last: 0 };
