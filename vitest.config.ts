import { defineConfig } from 'vitest/config';

// Node-side tests only; widget tests run in Chromium under web-test-runner.
export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    // Room for a loaded 2-core machine (CI, or a machine running a benchmark meanwhile): tests wait for
    // events, and a timeout only ends one that hangs. Browser flows on a loaded machine took over 20 s.
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // Each test file's servers keep their database in a folder of their own, never in ./data.
    setupFiles: ['tests/support/own-data-dir.ts'],
  },
});
