import { describe, expect, it } from 'vitest';
import { decide } from './decide';
import type { Candidate } from './search/tenant-index';
import type { Entry } from '../knowledge/entry-schema';

const entry = (id: string, related: string[] = []): Entry => ({
  id, tenant: 'national', questions: [`${id}?`], keywords: [], source: { title: 't', url: 'https://x.se' },
  owner: 'o', reviewed: '2026-01-01', related, body: 'b', file: `${id}.md`,
});
const candidate = (id: string, rank: number, coverage: number, questionMatch = 0.5, related: string[] = []): Candidate =>
  ({ entry: entry(id, related), score: rank, rank, coverage, questionMatch });

describe('decide', () => {
  it('falls back when nothing was found', () => {
    expect(decide([])).toEqual({ kind: 'fallback', reason: 'nothing-found' });
  });

  it('falls back when the best entry covers too little of the question, however high its score', () => {
    expect(decide([candidate('a', 5000, 0.4)]).kind).toBe('fallback');
  });

  it('answers a well covered entry with a clear margin, however low its score', () => {
    const d = decide([candidate('a', 0.8, 1), candidate('b', 0.3, 1)]);
    expect(d).toMatchObject({ kind: 'answer', candidate: { entry: { id: 'a' } } });
  });

  it('clarifies between two about equally good entries, offering both', () => {
    const d = decide([candidate('a', 10, 1), candidate('b', 9.5, 1), candidate('c', 2, 0.5)]);
    expect(d.kind).toBe('clarify');
    if (d.kind === 'clarify') expect(d.candidates.map((c) => c.entry.id)).toEqual(['a', 'b']);
  });

  it('answers rather than clarifies when the best matches one of its listed questions much better', () => {
    expect(decide([candidate('a', 10, 1, 1), candidate('b', 9.5, 1, 0.3)]).kind).toBe('answer');
  });

  it('answers rather than clarifies when the runner-up covers clearly less', () => {
    expect(decide([candidate('a', 10, 1), candidate('b', 9.5, 0.7)]).kind).toBe('answer');
  });

  it('does not set a topic against its own detail entry', () => {
    expect(decide([candidate('a', 10, 1, 0.5, ['b']), candidate('b', 9.5, 1)]).kind).toBe('answer');
  });

  it('does not set them against each other when only the detail names the topic (a tenant\'s entry naming a national one)', () => {
    const decision = decide([candidate('national', 10, 1), candidate('own', 9.5, 1, 0.5, ['national'])]);
    expect(decision.kind).toBe('answer');
    expect(decision.kind === 'answer' && decision.candidate.entry.id).toBe('national');
  });
});
