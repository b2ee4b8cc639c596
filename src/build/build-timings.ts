/**
 * Records when each build step starts, for `npm run bench`: set
 * PORTAL_BUILD_TIMINGS to a file and the build appends one JSON line per
 * Astro build hook ({ hook, at }) with a millisecond clock. Does nothing
 * otherwise.
 */
import { setting } from '../config/env.ts';
import fs from 'node:fs';
import type { AstroIntegration } from 'astro';

export function buildTimings(file = setting('buildTimings')): AstroIntegration {
  const mark = (hook: string) => {
    if (file) fs.appendFileSync(file, `${JSON.stringify({ hook, at: Date.now() })}\n`);
  };
  return {
    name: 'portal-build-timings',
    hooks: {
      'astro:config:setup': () => mark('config:setup'),
      'astro:config:done': () => mark('config:done'),
      'astro:build:start': () => mark('build:start'),
      'astro:build:setup': () => mark('build:setup'),
      'astro:build:generated': () => mark('build:generated'),
      'astro:build:done': () => mark('build:done'),
    },
  };
}
