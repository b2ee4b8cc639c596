import { defineConfig } from 'vitest/config';

/**
 * Tests mirror src/: tests/<folder>/<module>.test.ts tests src/<folder>/<module>.ts
 * (the `unit` project: no build, no browser). The other projects read a built
 * portal, given by tests/helpers/portal-setup.ts:
 *
 * - `portal`: whole portals; each file builds its own fixture portals once,
 *   and some read the sample portal (tests/fixtures/sample, built once for all);
 * - `browser`: the engine in Debian's chromium, on the built sample portal;
 * - `site`: checks that hold for any content (valid HTML, links, feeds,
 *   accessibility of every template): on the sample in `npm test`, on the
 *   unit's own dist/ in `npm run test:site`.
 *
 * None of them reads content/: after `npm run init` the engine's tests still pass.
 */
const SITE = ['tests/site/**/*.test.ts', 'tests/browser/pages.test.ts'];
const WHOLE = ['tests/portal/**', 'tests/site/**', 'tests/browser/**'];
const BUILT = ['tests/helpers/portal-setup.ts'];

export default defineConfig({
  test: {
    // Browser and build tests start processes and browsers: give them time.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser tests share one chromium; keep files from fighting over two cores.
    fileParallelism: false,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: WHOLE } },
      { extends: true, test: { name: 'portal', include: ['tests/portal/**/*.test.ts'], globalSetup: BUILT } },
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], exclude: SITE, globalSetup: BUILT } },
      { extends: true, test: { name: 'site', include: SITE, globalSetup: BUILT } },
    ],
  },
});
