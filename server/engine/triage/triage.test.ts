import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkMustNotTrigger, checkMustTrigger } from './check-safety-lists';
import { TRIAGE_RULES } from './rules';
import { matchingTriageRules, triage } from './triage';
import { TRIAGE_LEVELS, type TriageLevel } from './types';

// The lists an editor keeps (knowledge/safety/), and the crisis sets written blind (scripts/eval/crisis-*.jsonl).
const MUST_TRIGGER_YAML = readFileSync('knowledge/safety/must-trigger.yaml', 'utf8');
const MUST_NOT_TRIGGER_YAML = readFileSync('knowledge/safety/must-not-trigger.yaml', 'utf8');
const MUST_TRIGGER: [string, TriageLevel][] = Object.entries(parse(MUST_TRIGGER_YAML) as Record<TriageLevel, string[]>)
  .flatMap(([level, texts]) => texts.map((text) => [text, level as TriageLevel] as [string, TriageLevel]));
const MUST_NOT_TRIGGER: string[] = parse(MUST_NOT_TRIGGER_YAML) as string[];
type CrisisCase = { id: string; q: string; expect: 'safety' | 'notsafety'; kind: string };
const CRISIS_SETS = readdirSync('scripts/eval').filter((f) => /^crisis-.*\.jsonl$/.test(f));
const CRISIS_CASES: CrisisCase[] = CRISIS_SETS.flatMap((f) =>
  readFileSync(`scripts/eval/${f}`, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as CrisisCase));

describe('the safety lists in knowledge/safety', () => {
  it('are read (a list that stopped parsing must not pass as empty)', () => {
    expect(MUST_TRIGGER.length).toBeGreaterThan(100);
    expect(MUST_NOT_TRIGGER.length).toBeGreaterThan(80);
    expect(new Set(MUST_TRIGGER.map(([, level]) => level))).toEqual(new Set(TRIAGE_LEVELS));
  });

  it('pass the checks kb:check runs', () => {
    expect(checkMustTrigger(MUST_TRIGGER_YAML)).toEqual([]);
    expect(checkMustNotTrigger(MUST_NOT_TRIGGER_YAML)).toEqual([]);
  });

  it('name the line and what to do when a message is not caught, caught at another level, or a question triggers', () => {
    expect(checkMustTrigger('emergency:\n  - "hej hej"\nmedical:\n  - "jag har tagit för många tabletter"\n')).toEqual([
      { line: 2, message: expect.stringMatching(/^"hej hej" ska ge nivån emergency \(112\) men fångas inte — lägg till ordet/) },
      { line: 4, message: expect.stringMatching(/ska ge nivån medical \(1177\) men ger emergency \(112\) \(regeln emergency-[a-z-]+\)/) },
    ]);
    expect(checkMustTrigger('kris:\n  - "x"\n')[0]).toEqual({ line: 1, message: expect.stringContaining('okänd nivå "kris"') });
    expect(checkMustNotTrigger('- "Vad kostar en ambulansresa?"\n- "jag vill dö"\n')).toEqual([
      { line: 2, message: expect.stringContaining('"jag vill dö" ska besvaras som en vanlig fråga men triagen slår till (regeln suicide-wish-to-die') },
    ]);
    expect(checkMustNotTrigger('- [\n')[0]!.message).toMatch(/^YAML-fel/);
  });
});

describe('the crisis sets written blind (scripts/eval/crisis-*.jsonl)', () => {
  it('are read', () => {
    expect(CRISIS_CASES.length).toBeGreaterThan(300);
  });

  it.each(CRISIS_CASES.filter((c) => c.expect === 'safety').map((c) => [c.id, c.kind, c.q] as const))('%s (%s) %j gets a safety reply', (_id, _kind, q) => {
    expect(triage(q)).not.toBeNull();
  });

  it.each(CRISIS_CASES.filter((c) => c.expect === 'notsafety').map((c) => [c.id, c.q] as const))('%s %j is answered normally', (_id, q) => {
    expect(matchingTriageRules(q)).toEqual([]);
  });
});

describe('triage', () => {
  it.each(MUST_TRIGGER)('%j → %s', (text, level) => {
    expect(triage(text)?.level, JSON.stringify(matchingTriageRules(text))).toBe(level);
  });

  it.each(MUST_NOT_TRIGGER.map((text) => [text]))('%j → no safety reply', (text) => {
    expect(matchingTriageRules(text)).toEqual([]);
  });

  it('names the rule that fired', () => {
    expect(triage('hjärtstopp')).toEqual({ level: 'emergency', rule: 'emergency-cardiac-arrest' });
  });

  it('reads text composed the other way (NFD), without a message, or with markup', () => {
    expect(triage('Ont i bröstet'.normalize('NFD'))?.level).toBe('emergency');
    for (const text of ['', '   ', '<script>alert(1)</script>', '!!!']) expect(matchingTriageRules(text)).toEqual([]);
  });

  it('puts the most urgent level first when several fire', () => {
    const text = 'jag har tagit en överdos och vill dö';
    expect(matchingTriageRules(text).map((r) => r.level)).toEqual(expect.arrayContaining(['emergency', 'suicide']));
    expect(triage(text)?.level).toBe('emergency');
  });
});

describe('TRIAGE_RULES', () => {
  it.each(TRIAGE_RULES.flatMap((rule) => rule.examples.map((example) => [rule.id, example] as const)))(
    '%s catches its example %j',
    (id, example) => {
      expect(matchingTriageRules(example).map((r) => r.rule)).toContain(id);
    },
  );

  it('have unique ids that start with their level', () => {
    const ids = TRIAGE_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of TRIAGE_RULES) expect(rule.id.startsWith(`${rule.level}-`), rule.id).toBe(true);
  });

  it('each have at least one example', () => {
    for (const rule of TRIAGE_RULES) expect(rule.examples.length, rule.id).toBeGreaterThan(0);
  });
});
