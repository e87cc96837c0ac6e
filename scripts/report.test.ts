import { execFileSync, execSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it('names the entries due for review, the longest overdue first', () => {
    const knowledgeDir = mkdtempSync(join(tmpdir(), 'nara-report-kb-'));
    try {
      cpSync('tests/fixtures/kb-valid', knowledgeDir, { recursive: true });
      const file = join(knowledgeDir, 'tenants/norrbotten/malbild.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^reviewed: .*$/m, 'reviewed: 2024-01-15'));
      const out = execFileSync('node', ['dist/scripts/report.js', '--tenant', 'norrbotten'], { encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir, KNOWLEDGE_DIR: knowledgeDir } });
      expect(out).toMatch(/Att granska: 1 text granskades senast för mer än ett år sedan/);
      expect(out).toMatch(/tenants\/norrbotten\/malbild\.md: granskad 2024-01-15, \d+ dagar för sent/);
      // The national entry, reviewed this month, is not the organisation's to review, nor due.
      expect(out).not.toContain('vad-ar-nara-vard.md: granskad');
    } finally {
      rmSync(knowledgeDir, { recursive: true, force: true });
    }
  });

  it('refuses a bad page with its usage', () => {
    expect(() => execFileSync('node', ['dist/scripts/report.js', '--tenant', 'strangnas', '--page', '0'], { encoding: 'utf8', stdio: 'pipe', env: { ...process.env, DATA_DIR: dataDir } }))
      .toThrow(/--page N/);
  });
});
