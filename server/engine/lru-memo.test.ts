import { describe, expect, it } from 'vitest';
import { LruMemo } from './lru-memo';

describe('LruMemo', () => {
  it('computes once per key and forgets the least recently used beyond its size', () => {
    const memo = new LruMemo<number>(2);
    let calls = 0;
    const compute = (n: number) => () => (calls++, n);
    expect(memo.get('a', compute(1))).toBe(1);
    expect(memo.get('a', compute(9))).toBe(1);
    memo.get('b', compute(2));
    memo.get('a', compute(9)); // a is now the most recent
    memo.get('c', compute(3)); // b goes
    expect(memo.size).toBe(2);
    expect(memo.get('b', compute(4))).toBe(4);
    expect(calls).toBe(4);
  });

  it('remembers null results too', () => {
    const memo = new LruMemo<null>(4);
    let calls = 0;
    memo.get('x', () => (calls++, null));
    memo.get('x', () => (calls++, null));
    expect(calls).toBe(1);
  });
});
