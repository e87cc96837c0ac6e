import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../server/store/sqlite-store';

const dataDir = mkdtempSync(join(tmpdir(), 'nara-report-cli-'));
const report = (...args: string[]) => execFileSync('node', ['dist/scripts/report.js', ...args], { encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir } });

beforeAll(() => {
  if (!existsSync('dist/scripts/report.js')) execSync('node scripts/build.mjs');
  const store = new SqliteStore({ dataDir });
  const now = Date.now();
  // Rows as an older server stored them, escapes and all.
  store.recordQuestions([
    { tenant: 'strangnas', at: now, kind: 'fallback', text: 'Var parkerar jag\u001b[2J\u001b]0;pwned\u0007 båten?' },
    { tenant: 'strangnas', at: now, kind: 'fallback', text: 'Var parkerar jag båten?\r\nFalsk rad' },
  ]);
  store.recordFeedback({ tenant: 'strangnas', at: now, replyId: 'r1', entryId: 'vad-ar-nara-vard', helpful: false, comment: 'Fel\u001b[31m röd\u009b0m' });
  store.close();
}, 60_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm run report', () => {
  it('prints what visitors wrote without terminal escapes or extra lines', () => {
    const out = report('--tenant', 'strangnas');
    expect(out).toContain('Var parkerar jag[2J]0;pwned båten?');
    expect(out).toContain('Var parkerar jag båten? Falsk rad');
    expect(out).toContain('”Fel[31m röd0m”');
    expect(out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
  });

  it('refuses a bad page with its usage', () => {
    expect(() => execFileSync('node', ['dist/scripts/report.js', '--tenant', 'strangnas', '--page', '0'], { encoding: 'utf8', stdio: 'pipe', env: { ...process.env, DATA_DIR: dataDir } }))
      .toThrow(/--page N/);
  });
});
