import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldByReplacing, foldForMatching } from './fold-for-matching';

describe('foldForMatching', () => {
  it('folds case, å/ä/ö, hyphens inside words, apostrophes and punctuation', () => {
    expect(foldForMatching('  Jag har ONT i bröstet!! Stroke-vården, e-post; can’t  ')).toBe('jag har ont i brostet strokevarden epost cant');
    expect(foldForMatching('a -- b - c -d')).toBe('a b c d');
    expect(foldForMatching('Æble og Straße')).toBe('aeble og strasse');
  });

  it('gives what the chain of replacements gives, on every message of the question sets and on random text', () => {
    const dir = 'scripts/eval';
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => readFileSync(`${dir}/${f}`, 'utf8').split('\n').filter(Boolean))
      .flatMap((line) => {
        const c = JSON.parse(line) as { q?: string; turns?: string[] };
        return [c.q ?? '', ...(c.turns ?? [])];
      });
    // The characters where the one pass and the replacements could part: dashes, quotes, invisible and non-Latin-1 ones.
    const pool = [...'aåäöÅÄÖéÉü -–—\'’´`.,!?\t\n\u00ad\u00a0\u200bxyzABC019æßñ😅«»"()/_:;'];
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let i = 0; i < 20_000; i++) texts.push(Array.from({ length: 1 + next(12) }, () => pool[next(pool.length)]).join(''));
    expect(texts.length).toBeGreaterThan(20_000);
    const differing = texts.filter((text) => foldForMatching(text) !== foldByReplacing(text));
    expect(differing).toEqual([]);
  });
});
