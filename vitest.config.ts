import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // End-to-end tests build real sites and drive Chromium; give them room on a 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // Astro writes generated modules into the project's .astro/ during a build, so two
    // end-to-end builds must not run at once. The unit tests are fast enough in series.
    fileParallelism: false,
  },
});
