import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Each test file's servers (and the processes they spawn) keep their database in a folder of its own, never in
// ./data: one server holds a data folder, and test files run side by side.
process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'nara-guide-test-data-'));
