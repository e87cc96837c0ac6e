import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchingTriageRules } from '../../server/engine/triage';
import { parseFrontMatter } from '../../server/knowledge/front-matter';

// The reform's own language is never a crisis: every question the knowledge base lists, and every one of
// them with a word left out, as typed and without å/ä/ö, is answered, not triaged.
const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
const questions = walk('knowledge')
  .filter((file) => file.endsWith('.md') && !file.endsWith('README.md'))
  .flatMap((file) => ((parseFrontMatter(readFileSync(file, 'utf8'))?.data as { questions?: string[] } | undefined)?.questions ?? []));
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');
const variants = questions.flatMap((q) => {
  const words = q.split(' ');
  return [q, ...words.map((_, i) => words.filter((__, j) => j !== i).join(' '))].flatMap((v) => [v, fold(v)]);
});

describe('the knowledge base\'s own questions', () => {
  it('are read', () => {
    expect(questions.length).toBeGreaterThan(100);
  });

  it('never trigger the safety triage, whole or with a word left out', () => {
    const triggered = variants.filter((v) => matchingTriageRules(v).length > 0);
    expect(triggered).toEqual([]);
  });
});
