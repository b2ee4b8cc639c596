import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser and build tests start processes and browsers: give them time.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser tests share one chromium; keep files from fighting over two cores.
    fileParallelism: false,
  },
});
