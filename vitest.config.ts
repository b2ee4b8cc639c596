import { defineConfig } from 'vitest/config';

/**
 * Tests mirror src/: tests/<folder>/<module>.test.ts tests src/<folder>/<module>.ts
 * (the `unit` project: no build, no browser). Whole portals are built by
 * tests/portal/ (each file builds its own fixture portal once); tests/site/
 * and tests/browser/ check the portal built from content/ (dist/ or PORTAL_DIST).
 */
const WHOLE = ['tests/portal/**', 'tests/site/**', 'tests/browser/**'];

export default defineConfig({
  test: {
    // Browser and build tests start processes and browsers: give them time.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser tests share one chromium; keep files from fighting over two cores.
    fileParallelism: false,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: WHOLE } },
      { extends: true, test: { name: 'portal', include: ['tests/portal/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'] } },
    ],
  },
});
