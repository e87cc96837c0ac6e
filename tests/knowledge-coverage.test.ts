import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../server/knowledge/load-knowledge';

// Every fact of the seed texts must be answerable by an entry on the right tenant:
// this walks the coverage table in knowledge/README.md against the seeds themselves.
// The seeds are copied into the repository so the test runs on any clone; when the shared originals sit
// beside the repository (as on the team's machines), the copy must not have drifted from them.
const SEEDS = 'tests/fixtures/seeds';
const SHARED_SEEDS = '../shared/seeds';
const TENANT_OF_SEED: Record<string, string> = { '000': 'norrbotten', '001': 'vasterbotten', '002': 'strangnas', '003': 'varmland', '004': 'vasternorrland' };
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

const seedText = (prefix: string) => {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(`${prefix}_`));
  if (!file) throw new Error(`no seed ${prefix}`);
  return readFileSync(`${SEEDS}/${file}`, 'utf8');
};

const readme = readFileSync('knowledge/README.md', 'utf8');
const tableStart = readme.indexOf('| seed | stycke | entry |');
const rows = readme.slice(tableStart).split('\n').slice(2)
  .filter((l) => l.startsWith('| 0'))
  .map((l) => {
    const [seed, stycke, entries] = l.split('|').slice(1, 4).map((c) => c.trim());
    return { seed: seed!, stycke: squash(stycke!.replace(/^"|"$/g, '').replace(/…$/, '')), entries: entries!.split(',').map((e) => e.trim()) };
  });

/** Lines of a seed that carry facts: long enough to be a sentence, not a caption or page furniture. */
const factLines = (text: string) =>
  text.split('\n').map((l) => squash(l.replace(/^\s*•\s*/, ''))).filter((l) => l.split(' ').length >= 8 && !/^(Bild på|Illustration)/.test(l));

describe('coverage of the seed texts', async () => {
  const { knowledge } = await loadKnowledge('knowledge');

  it.runIf(existsSync(SHARED_SEEDS))('uses an up-to-date copy of the shared seed texts', () => {
    for (const file of readdirSync(SHARED_SEEDS)) {
      expect(readFileSync(`${SEEDS}/${file}`, 'utf8'), file).toBe(readFileSync(`${SHARED_SEEDS}/${file}`, 'utf8'));
    }
  });

  it('has a coverage table', () => {
    expect(tableStart).toBeGreaterThan(0);
    expect(rows.length).toBeGreaterThan(40);
  });

  it.each(Object.keys(TENANT_OF_SEED))('covers every fact line of seed %s with a row', (seed) => {
    const text = seedText(seed);
    const quoted = rows.filter((r) => r.seed === seed).map((r) => r.stycke);
    const uncovered = factLines(text).filter((line) => !quoted.some((q) => line.startsWith(q) || line.includes(q)));
    expect(uncovered).toEqual([]);
  });

  it.each(rows.map((r) => [`${r.seed} "${r.stycke}"`, r] as const))('row %s quotes its seed and names entries on the right tenant', (_name, row) => {
    expect(squash(seedText(row.seed))).toContain(row.stycke);
    for (const id of row.entries) {
      const entry = knowledge!.entries.get(id);
      expect(entry, `entry ${id}`).toBeDefined();
      expect(['national', TENANT_OF_SEED[row.seed]]).toContain(entry!.tenant);
    }
  });

  it.each(rows.map((r) => [`${r.seed} "${r.stycke}"`, r] as const))('row %s: the numbers in the paragraph are in its entries', (_name, row) => {
    const line = factLines(seedText(row.seed)).find((l) => l.startsWith(row.stycke) || l.includes(row.stycke)) ?? '';
    const numbers = line.match(/\d+(?:[–-]\d+)?/g) ?? [];
    const bodies = row.entries.map((id) => knowledge!.entries.get(id)?.body ?? '').join(' ').replace(/[–—]/g, '-');
    for (const n of numbers) expect(bodies, `"${n}" from "${line}"`).toContain(n.replace(/[–—]/g, '-'));
  });
});
