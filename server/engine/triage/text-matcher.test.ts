import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldPattern } from './fold-for-matching';
import { TRIAGE_RULES } from './rules';
import { compileMatcher, firstWordGate } from './text-matcher';
import { readForTriage } from './triage';

describe('firstWordGate', () => {
  it.each([
    [String.raw`\b(ont|smart\w*|tryck\w*) i brostet`, ['ont', 'smart', 'tryck']],
    [String.raw`\bsned i ansiktet|\b(mungipan|munnen) hanger`, ['sned', 'mungi', 'munne']],
    [String.raw`\bkramp(er|ar)?\b`, ['kramp']],
    [String.raw`\bsvulln\w*`, ['svull']],
    [String.raw`\bandas?\b`, ['anda']],
    [String.raw`\b(det )?(trycker|kramar) i`, ['det', 'tryck', 'krama']],
  ])('reads the word starts %s can open with', (source, starts) => {
    expect([...firstWordGate(source)!].sort()).toEqual([...starts].sort());
  });

  it.each([String.raw`\b\w*forgift\w*`, String.raw`(?<!var )\bska`, String.raw`^(\S+ ){0,3}\S+$`, String.raw`\bont|(\w+ )blod`])(
    'gives no gate when the source does not say plainly: %s',
    (source) => {
      expect(firstWordGate(source)).toBeNull();
    },
  );

  it('never closes on a message a rule\'s pattern matches (every pattern, every message of the lists and crisis sets)', () => {
    const sets = readdirSync('scripts/eval').filter((f) => /^crisis-.*\.jsonl$/.test(f));
    const messages = sets.flatMap((f) => readFileSync(`scripts/eval/${f}`, 'utf8').split('\n').filter(Boolean).map((l) => readForTriage((JSON.parse(l) as { q: string }).q)));
    let checked = 0;
    for (const rule of TRIAGE_RULES) {
      for (const source of [...(rule.patterns ?? []), ...(rule.requires ?? []).flat()]) {
        const plain = new RegExp(foldPattern(source));
        const gatedMatcher = compileMatcher('gate-check', { patterns: [source] });
        for (const message of messages) {
          if (plain.test(message)) {
            checked++;
            expect(gatedMatcher(message), `${rule.id}: ${source} on "${message}"`).toBe(true);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('phrases', () => {
  const matcher = compileMatcher('t', { phrases: ['ligger helt stilla', 'kameror i vaggarna', 'snara'] }, (word) => (word === 'stila' ? [word, 'stilla'] : [word]));

  it('match as whole words, anywhere in the text', () => {
    expect(matcher('nu ligger helt stilla pa golvet')).toBe(true);
    expect(matcher('han tror det finns kameror i vaggarna')).toBe(true);
    expect(matcher('ligger helt stillastaende')).toBe(false);
  });

  it('forgive a slip in a word only where the rest of the phrase matches', () => {
    expect(matcher('han ligger helt stila')).toBe(true);
    expect(matcher('snarast')).toBe(false);
  });
});
