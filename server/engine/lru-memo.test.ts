import { describe, expect, it } from 'vitest';
import { LruMemo } from './lru-memo';

describe('LruMemo', () => {
  it('computes once per key and keeps the most recently used, forgetting the least recently used beyond twice its size', () => {
    const memo = new LruMemo<number>(2);
    let calls = 0;
    const compute = (n: number) => () => (calls++, n);
    expect(memo.get('a', compute(1))).toBe(1);
    expect(memo.get('a', compute(9))).toBe(1);
    memo.get('b', compute(2)); // a and b now old
    memo.get('a', compute(9)); // a used again: young
    memo.get('c', compute(3)); // a and c become old, b goes
    expect(calls).toBe(3);
    expect(memo.size).toBeLessThanOrEqual(4);
    expect(memo.get('a', compute(9))).toBe(1);
    expect(memo.get('c', compute(9))).toBe(3);
    expect(memo.get('b', compute(4))).toBe(4);
    expect(calls).toBe(4);
  });

  it('stays bounded however many keys pass through it', () => {
    const memo = new LruMemo<number>(100);
    for (let i = 0; i < 10_000; i++) memo.get(`k${i}`, () => i);
    expect(memo.size).toBeLessThanOrEqual(200);
    expect(memo.size).toBeGreaterThanOrEqual(100);
    let calls = 0;
    for (let i = 9_900; i < 10_000; i++) memo.get(`k${i}`, () => (calls++, i));
    expect(calls).toBe(0);
  });

  it('remembers null results too', () => {
    const memo = new LruMemo<null>(4);
    let calls = 0;
    memo.get('x', () => (calls++, null));
    memo.get('x', () => (calls++, null));
    expect(calls).toBe(1);
  });
});
