import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CUES } from '../../server/engine/triage/cues';
import { INTENT_RULES } from '../../server/engine/intents/rules';
import type { Example } from '../../server/engine/triage/model';
import { readQuestionSet } from '../eval/read-question-set';

/**
 * What the triage model learns from, all of it in the repository: the crisis sets written blind
 * (scripts/eval/crisis-*.jsonl, each line's `kind`), the editors' safety lists (knowledge/safety/), the
 * phrase lists (cues.ts), and as ordinary text the knowledge base's sentences and the questions of the probe
 * and the visitor sets.
 */
export const trainingExamples = (root: string): Example[] => {
  const examples: Example[] = [];
  const evalDir = join(root, 'scripts/eval');
  for (const file of readdirSync(evalDir).filter((f) => /^crisis-.*\.jsonl$/.test(f)).sort()) {
    for (const c of readQuestionSet(join(evalDir, file))) examples.push({ text: c.q!, label: c.expect === 'safety' ? (c.kind ?? 'emergency') : 'none' });
  }
  const mustTrigger = parse(readFileSync(join(root, 'knowledge/safety/must-trigger.yaml'), 'utf8')) as Record<string, string[]>;
  for (const [level, texts] of Object.entries(mustTrigger)) for (const text of texts) examples.push({ text, label: level });
  for (const text of parse(readFileSync(join(root, 'knowledge/safety/must-not-trigger.yaml'), 'utf8')) as string[]) examples.push({ text, label: 'none' });
  for (const { level, phrases } of Object.values(CUES)) for (const text of phrases) examples.push({ text, label: level });
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)])).sort();
  for (const file of walk(join(root, 'knowledge')).filter((f) => f.endsWith('.md'))) {
    for (const sentence of readFileSync(file, 'utf8').split(/\n|(?<=[.?!])\s/)) if (sentence.trim().length > 20) examples.push({ text: sentence, label: 'none' });
  }
  // Short ordinary messages too, so that the model does not take every unknown short text for a crisis:
  // small talk and asking for a person (the intents' examples), and every synonym a visitor may type alone.
  for (const rule of INTENT_RULES) for (const text of rule.examples) examples.push({ text, label: 'none' });
  // YAML reads a bare number ("[fyra, 4]") as a number: every word as the visitor types it, text.
  const synonyms = parse(readFileSync(join(root, 'knowledge/synonyms.yaml'), 'utf8')) as (string | number)[][];
  for (const group of synonyms) for (const text of group) examples.push({ text: String(text), label: 'none' });
  // The questions of the probe and the visitor sets, every message of them but a crisis.
  for (const file of readdirSync(evalDir).filter((f) => f === 'probe.jsonl' || /^visitors-\d+\.jsonl$/.test(f)).sort()) {
    for (const c of readQuestionSet(join(evalDir, file))) if (c.expect !== 'safety') for (const text of c.turns ?? [c.q!]) examples.push({ text, label: 'none' });
  }
  return examples;
};
