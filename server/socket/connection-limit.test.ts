import { describe, expect, it } from 'vitest';
import { ConnectionLimit } from './connection-limit';

describe('ConnectionLimit', () => {
  it('gives each key at most max slots and takes each back once', () => {
    const limit = new ConnectionLimit(2);
    const a = limit.open('a')!;
    limit.open('a');
    expect(limit.open('a')).toBeNull();
    expect(limit.open('b')).not.toBeNull();
    a();
    a();
    expect(limit.count('a')).toBe(1);
    expect(limit.open('a')).not.toBeNull();
    expect(limit.open('a')).toBeNull();
  });

  it('forgets an address once its last socket closes', () => {
    const limit = new ConnectionLimit(5);
    const release = limit.open('a')!;
    release();
    expect(limit.total).toBe(0);
  });

  it('never refuses with max 0', () => {
    const limit = new ConnectionLimit(0);
    for (let i = 0; i < 100; i++) expect(limit.open('a')).not.toBeNull();
  });
});
