/**
 * Holds Astro's build step until the content check has passed.
 *
 * `npm run build` (scripts/build.ts) runs the check beside Astro and names a
 * file in PORTAL_CHECK_GATE that it writes once the check has passed; when
 * the check fails it stops Astro instead. The content sync runs meanwhile;
 * bundling and pages, the first writes to the output folder, wait here.
 * Without the variable (`astro build` run by hand) nothing waits.
 */
import fs from 'node:fs';
import type { AstroIntegration } from 'astro';
import { setting } from '../config/env.ts';

export function checkGate(gate = setting('checkGate')): AstroIntegration {
  return {
    name: 'portal-check-gate',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        if (!gate || fs.existsSync(gate)) return;
        logger.info('waiting for the content check');
        while (!fs.existsSync(gate)) await new Promise((resolve) => setTimeout(resolve, 50));
      },
    },
  };
}
