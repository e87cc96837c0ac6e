import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchingTriageRules } from '../../server/engine/triage';

// What visitors asked in the sets written blind (scripts/eval/visitors-*.jsonl and the probe) is answered,
// small-talked or refused, never triaged, unless the line expects a safety reply: the rules and the
// learned model both, so a model retrained on new crisis sets cannot start to alarm on them unseen.
const dir = 'scripts/eval';
const messages = readdirSync(dir)
  .filter((f) => f === 'probe.jsonl' || /^visitors-\d+\.jsonl$/.test(f))
  .flatMap((f) => readFileSync(`${dir}/${f}`, 'utf8').split('\n').filter((l) => l.trim()))
  .map((line) => JSON.parse(line) as { id: string; q?: string; turns?: string[]; expect: string })
  .filter((c) => c.expect !== 'safety')
  .flatMap((c) => (c.turns ?? [c.q!]).map((text) => ({ id: c.id, text })));

describe("the visitor sets' ordinary messages", () => {
  it('are read', () => {
    expect(messages.length).toBeGreaterThan(1000);
  });

  it('never trigger the safety triage', () => {
    const triggered = messages.filter(({ text }) => matchingTriageRules(text).length > 0).map(({ id, text }) => `${id}: ${text} → ${matchingTriageRules(text).map((r) => r.rule).join(', ')}`);
    expect(triggered).toEqual([]);
  });
});
