import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Node-side tests only; widget tests run in Chromium under web-test-runner.
export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    // Room for a loaded 2-core machine (CI, or a machine running a benchmark meanwhile): tests wait for
    // events, and a timeout only ends one that hangs. Browser flows on a loaded machine took over 20 s.
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // Servers started by tests (and the processes they spawn) keep their database here, never in ./data.
    env: { DATA_DIR: mkdtempSync(join(tmpdir(), 'nara-guide-test-data-')) },
  },
});
