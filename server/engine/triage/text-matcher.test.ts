import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldPattern } from './fold-for-matching';
import { TRIAGE_RULES } from './rules';
import { compileMatcher, containedPieces, firstWordGate, requiredPieces, splitWordEndings } from './text-matcher';
import { readForTriage } from './triage';

describe('firstWordGate', () => {
  it.each([
    [String.raw`\b(ont|smart\w*|tryck\w*) i brostet`, ['ont i', 'smart', 'tryck']],
    [String.raw`\bsned i ansiktet|\b(mungipan|munnen) hanger`, ['sned ', 'mungi', 'munne']],
    [String.raw`\bkramp(er|ar)?\b`, ['kramp']],
    [String.raw`\bsvulln\w*`, ['svull']],
    [String.raw`\bandas?\b`, ['anda']],
    [String.raw`\b(det )?(trycker|kramar) i`, ['det ', 'tryck', 'krama']],
    // Past a group of plain words, what follows it: "i" alone would open on every word that begins with an i.
    [String.raw`\b(i|we) (think|feel) its time`, ['i ', 'we ']],
    [String.raw`\bi have a plan\b`, ['i hav']],
  ])('reads the word starts %s can open with', (source, starts) => {
    expect([...firstWordGate(source)!].sort()).toEqual([...starts].sort());
  });

  it.each([String.raw`\b\w*forgift\w*`, String.raw`(?<!var )\bska`, String.raw`^(\S+ ){0,3}\S+$`, String.raw`\bont|(\w+ )blod`])(
    'gives no gate when the source does not say plainly: %s',
    (source) => {
      expect(firstWordGate(source)).toBeNull();
    },
  );

  it('never closes on a message a rule\'s pattern or step-aside matches (every one, every message of the crisis sets)', () => {
    const sets = readdirSync('scripts/eval').filter((f) => /^crisis-.*\.jsonl$/.test(f));
    const messages = sets.flatMap((f) => readFileSync(`scripts/eval/${f}`, 'utf8').split('\n').filter(Boolean).map((l) => readForTriage((JSON.parse(l) as { q: string }).q)));
    let checked = 0;
    // Each source once: the rules share their step-asides (unless), which hold most of the branches over the whole message.
    const sources = new Map(TRIAGE_RULES.flatMap((rule) => [...(rule.patterns ?? []), ...(rule.requires ?? []).flat(), ...(rule.unless ?? [])].map((source) => [source, rule] as const)));
    for (const [source, rule] of sources) {
      const plain = new RegExp(foldPattern(source));
      const gatedMatcher = compileMatcher('gate-check', { patterns: [source] });
      for (const message of messages) {
        if (plain.test(message)) {
          checked++;
          expect(gatedMatcher(message), `${rule.id}: ${source} on "${message}"`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    // Every pattern against every message of the growing crisis sets: 15 s on an idle 2-core machine, so room for a loaded one.
  }, 180_000);
});

describe('containedPieces', () => {
  it('reads what a branch over the whole message needs: its first look-ahead with pieces, else what it matches', () => {
    expect(containedPieces(String.raw`^(?!.*\b(blod|av misstag)\b).*\bskjut(er|a)? (mig|oss)\b`)).toEqual(['skjut']);
    expect(containedPieces(String.raw`^(?!.*\bnu\b)(?=.*\b(kniv|yxa)\b)(?=.*\bhemma\b)`)).toEqual(['kniv', 'yxa']);
    expect(containedPieces(String.raw`^(?=.*(?:\bx\w*))(?=.*\b(polo|halsduk)\b)`)).toEqual(['polo', 'halsduk']);
    expect(containedPieces(String.raw`\b\w*forgift\w*|^(?!.*\bnu\b).*\bdoda (mig|mej)\b`)).toEqual(['forgift', 'doda']);
  });

  it('takes what a branch needs further on when it says more than a short opening', () => {
    expect(containedPieces(String.raw`^(?!.*\borkar\b).*\b(det|ni) (\w+ ){0,4}(tar|tog) livet av (mig|oss)\b`)).toEqual(['livet av']);
    expect(containedPieces(String.raw`\b((om)?organisation(en|erna)|\w*pappren) (\w+ ){0,3}dodar mig\b`)).toEqual(['dodar mig']);
    expect(containedPieces(String.raw`\b((om)?organisation(en|erna)|\w*pappren) (\w+ ){0,3}(dodar|kills) mig\b`)).toEqual(['organisation', 'pappren']);
  });

  it('gives none when a branch needs no plain piece', () => {
    expect(containedPieces(String.raw`^(?!.*\bnu\b).*\b(\w*ord|x)\b`)).toBeNull();
    expect(containedPieces(String.raw`^(\S+ ){0,3}\S+$`)).toBeNull();
  });

  it('lets a step-aside over the whole message match as before', () => {
    const matcher = compileMatcher('anchored', { patterns: [String.raw`^(?!.*\b(blod)\b).*\bskjut (mig|oss) i foten\b|\bannat\b`] });
    expect(matcher('vi skjut oss i foten med det har')).toBe(true);
    expect(matcher('vi skjut oss i foten blod')).toBe(false);
    expect(matcher('helt annat')).toBe(true);
  });
});

describe('splitWordEndings', () => {
  it('takes the alternatives that may start inside a word out of a word list, so the rest can be gated', () => {
    expect(splitWordEndings(String.raw`\b(feber|hosta|\w*värk)\b`)).toEqual([String.raw`\b(feber|hosta)\b`, String.raw`(?:värk)\b`]);
    expect(firstWordGate(splitWordEndings(String.raw`\b(feber|hosta|\w*värk)\b`)[0]!)).not.toBeNull();
  });

  it('leaves other shapes alone', () => {
    for (const source of [String.raw`\b(feber|hosta)\b`, String.raw`\b(\w*värk)\b`, String.raw`\b(feber|\w*värk) i\b`, String.raw`\b(?:a|\w*b)\b`]) {
      expect(splitWordEndings(source)).toEqual([source]);
    }
  });

  it('matches what the whole list matched', () => {
    const whole = compileMatcher('whole', { patterns: [String.raw`\b(ont|\w*värk)\b`] });
    for (const [text, expected] of [['jag har huvudvärk', true], ['värk i ryggen', true], ['värken', false], ['ont i magen', true], ['inget alls', false]] as const) {
      expect(whole(readForTriage(text))).toBe(expected);
    }
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

describe('requiredPieces', () => {
  it.each([
    [String.raw`\b(last (year|month)|(a|one|\w+) (years?|months?) ago)\b`, ['last', 'year', 'month']],
    [String.raw`\b\w+(?<!\b(inte|not) )statistik\w*\b`, ['statistik']],
    [String.raw`abc+d ef? gh`, ['abc']],
    [String.raw`\bhej (du )?svejs\b`, ['svejs']],
  ])('reads the pieces one of which every match of %s contains', (source, pieces) => {
    expect(requiredPieces(source)).toEqual(pieces);
  });

  it('gives none for what may be left out, repeated or any letter', () => {
    expect(requiredPieces(String.raw`(hej )?(\w+ ){0,3}[a-z]+`)).toBeNull();
    expect(requiredPieces(String.raw`(?=.*\bkniv\b)x`)).toBeNull();
  });

  it('never claims a piece a match can go without', () => {
    const sources = [String.raw`\b(ont|värk) (i|över) (bröstet|hjärtat)\b`, String.raw`\bkan (inte|int)? ?andas\b`, String.raw`(a|bb)+ ccc?`];
    for (const source of sources) {
      const pieces = requiredPieces(source) ?? [];
      for (const text of ['ont i brostet', 'kan andas', 'kan int andas', 'bba cc', 'a cc']) {
        if (new RegExp(source).test(text)) expect(pieces.length === 0 || pieces.some((piece) => text.includes(piece))).toBe(true);
      }
    }
  });
});
