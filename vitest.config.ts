import { defineConfig } from 'vitest/config';

// Node-side tests only; widget tests run in Chromium under web-test-runner.
export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
