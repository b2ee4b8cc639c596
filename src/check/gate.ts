/**
 * The content check before anything is written, whichever way the build
 * runs: `npm run build` and `astro build` publish the same site.
 *
 * - `npm run build` (scripts/build.ts) runs the check beside Astro, to use
 *   both cores, and names a file in PORTAL_CHECK_GATE that it writes once the
 *   check has passed (when the check fails it stops Astro instead). The
 *   content sync runs meanwhile; bundling and pages, the first writes to the
 *   output folder, wait here.
 * - `astro build` run by hand runs the same check here, before its content
 *   sync (whose own errors are English), and stops with the same list when
 *   it finds problems.
 * - `PORTAL_CHECK_GATE=skip` builds without the check: only for the tests of
 *   the pages' own defences (tests/portal/xss.test.ts, untrusted-content).
 */
import fs from 'node:fs';
import type { AstroIntegration } from 'astro';
import { setting } from '../config/env.ts';
import { contentDir } from '../config/content-folder.ts';
import { problemsReport, validateAll, type Problem } from './validate.ts';

export const SKIP_CHECK = 'skip';

/** Stops the build process with the editor's list; nothing has been written yet. */
function stopWith(report: string): never {
  console.error(report);
  process.exit(1);
}

export function checkGate(
  gate = setting('checkGate'),
  check: () => Promise<Problem[]> = () => validateAll(contentDir()),
  stop: (report: string) => void = stopWith,
): AstroIntegration {
  return {
    name: 'portal-check-gate',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build') return;
        if (gate === SKIP_CHECK) {
          logger.warn('content check skipped (PORTAL_CHECK_GATE=skip): a build for tests of the pages’ own defences, never to publish');
        } else if (!gate) {
          const problems = await check();
          if (problems.length > 0) stop(problemsReport(problems));
        }
      },
      'astro:build:start': async ({ logger }) => {
        if (!gate || gate === SKIP_CHECK || fs.existsSync(gate)) return;
        logger.info('waiting for the content check');
        while (!fs.existsSync(gate)) await new Promise((resolve) => setTimeout(resolve, 50));
      },
    },
  };
}
