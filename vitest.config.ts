import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Checker, schemas, steps and the shipped content: fast, in parallel.
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          // Loading the spelling dictionaries takes seconds beside the other files.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // The shipped catalogue is built once, before these files run, and shared.
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Builds and Chromium on a 2-core machine need room.
          testTimeout: 180_000,
          hookTimeout: 300_000,
          pool: 'forks',
          // Astro writes generated modules into the project's .astro/ during a build, so two
          // scenario builds must not run at once.
          fileParallelism: false,
        },
      },
    ],
  },
});
