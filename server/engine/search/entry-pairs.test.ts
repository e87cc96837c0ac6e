import { describe, expect, it } from 'vitest';
import type { Entry } from '../../knowledge/entry-schema';
import { entryPairs, pairShare } from './entry-pairs';

const entry = (questions: string[], body: string): Entry => ({
  id: 'e', tenant: 'national', questions, keywords: [], source: { title: 't', url: 'https://x.se' },
  owner: 'o', reviewed: '2026-01-01', related: [], body, file: 'e.md',
});

describe('entryPairs', () => {
  it('pairs the content words next to each other, stopwords between them aside, by stem', () => {
    const pairs = entryPairs(entry(['Vad säger Glenn?'], 'Det ska vara lätt för invånaren att få stöd.'));
    expect(pairs.has('lätt invån')).toBe(true);
    expect(pairs.has('säg glenn')).toBe(true);
    // Each listed question on its own: no pair across two of them, nor from a question into the text.
    expect(pairs.has('glenn lätt')).toBe(false);
  });

  it('gives the share of a question\'s pairs an entry has', () => {
    const e = entry(['Handlar det om att förebygga sjukdom?'], 'Att förebygga sjukdom och ohälsa är en självklar del.');
    expect(pairShare(e, ['förebygg sjukdom', 'sjukdom självklar'])).toBe(0.5);
    expect(pairShare(e, [])).toBe(0);
  });
});
