import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter';
import { TokenBucket } from './token-bucket';

const clock = () => {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => { t += ms; } };
};

describe('TokenBucket', () => {
  it('allows a burst of perMinute, then one every 60/perMinute seconds', () => {
    const time = clock();
    const bucket = new TokenBucket(30, time.now);
    for (let i = 0; i < 30; i++) expect(bucket.take()).toBe(0);
    expect(bucket.take()).toBe(2000);
    time.advance(1999);
    expect(bucket.take()).toBeGreaterThan(0);
    time.advance(1);
    expect(bucket.take()).toBe(0);
  });

  it('never refuses with perMinute 0', () => {
    const bucket = new TokenBucket(0);
    for (let i = 0; i < 1000; i++) expect(bucket.take()).toBe(0);
  });
});

describe('RateLimiter', () => {
  it('limits each key on its own', () => {
    const time = clock();
    const limiter = new RateLimiter({ perMinute: 2, now: time.now });
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(30_000);
    expect(limiter.take('b')).toBe(0);
  });

  it('keeps memory bounded under a flood of addresses, forgetting the least recently seen first', () => {
    const time = clock();
    const limiter = new RateLimiter({ perMinute: 1, maxKeys: 100, now: time.now });
    limiter.take('abuser');
    for (let i = 0; i < 10_000; i++) {
      limiter.take(`10.0.${i >> 8}.${i & 255}`);
      if (i % 50 === 0) limiter.take('abuser'); // seen recently: stays remembered, stays limited
    }
    expect(limiter.size).toBeLessThanOrEqual(100);
    expect(limiter.take('abuser')).toBeGreaterThan(0);
  });

  it('forgets full buckets before ones still counting', () => {
    const time = clock();
    const limiter = new RateLimiter({ perMinute: 1, maxKeys: 2, now: time.now });
    limiter.take('old');
    time.advance(60_000); // 'old' is full again: forgetting it changes nothing
    limiter.take('limited');
    limiter.take('new');
    expect(limiter.size).toBe(2);
    expect(limiter.take('limited')).toBeGreaterThan(0);
  });
});
