import { describe, expect, it } from 'vitest';
import type { Entry } from '../knowledge/entry-schema';
import { reviewsDue } from './reviews-due';

const entry = (id: string, tenant: string, reviewed: string) => ({ id, tenant, reviewed, file: `knowledge/${id}.md` }) as Entry;

describe('reviewsDue', () => {
  it('lists an organisation\'s own entries reviewed more than a year ago, longest overdue first', () => {
    const now = Date.parse('2026-11-27');
    const entries = [entry('a', 'norrbotten', '2025-11-01'), entry('b', 'norrbotten', '2024-01-15'), entry('c', 'norrbotten', '2026-01-01'), entry('d', 'varmland', '2020-01-01'), entry('e', 'national', '2021-01-01')];
    expect(reviewsDue(entries, 'norrbotten', now)).toEqual([
      { id: 'b', file: 'knowledge/b.md', reviewed: '2024-01-15', daysOverdue: 682 },
      { id: 'a', file: 'knowledge/a.md', reviewed: '2025-11-01', daysOverdue: 26 },
    ]);
    expect(reviewsDue(entries, 'national', now).map((d) => d.id)).toEqual(['e']);
  });
});
