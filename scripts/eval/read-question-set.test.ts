import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readQuestionSet } from './read-question-set';

const dir = mkdtempSync(join(tmpdir(), 'nara-sets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const setWith = (...lines: string[]) => {
  const file = join(dir, `set-${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(file, lines.join('\n'));
  return file;
};

describe('readQuestionSet', () => {
  it('reads every committed question set', () => {
    const sets = readdirSync('scripts/eval').filter((f) => f.endsWith('.jsonl'));
    expect(sets.length).toBeGreaterThan(50);
    for (const set of sets) expect(readQuestionSet(join('scripts/eval', set)).length).toBeGreaterThan(0);
  });

  it('names the file, line and field of a bad line', () => {
    const good = '{"id":"a","tenant":"varmland","cat":"core","q":"Vad är nära vård?","expect":"answer"}';
    const file = setWith(good, '{"id":"b","tenant":"varmland","cat":"safety-fp","q":"Akut fråga","expect":["begränsad mängd resurser"]}');
    expect(() => readQuestionSet(file)).toThrow(`${file}:2: field "expect"`);
    expect(() => readQuestionSet(setWith(good, '{"id":"c"'))).toThrow(/:2: not JSON/);
    expect(() => readQuestionSet(setWith('{"id":"d","tenant":"x","cat":"core","expect":"answer"}'))).toThrow(/:1: field "q": needs "q" or "turns"/);
  });
});
