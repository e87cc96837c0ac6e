import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('readConfig', () => {
  it('has production defaults for every limit', () => {
    const config = readConfig({});
    expect(config).toMatchObject({
      MAX_BODY_BYTES: 8192, MAX_FRAME_BYTES: 4096, MAX_QUESTION_CHARS: 500, RATE_LIMIT_PER_MIN: 30,
      RATE_LIMIT_PER_ADDRESS_PER_MIN: 120, MAX_CONNECTIONS_PER_ADDRESS: 20, IDLE_TIMEOUT_MS: 600_000,
      HEARTBEAT_INTERVAL_MS: 30_000, MAX_BUFFERED_BYTES: 262_144, TRUSTED_PROXIES: [], DRAIN_DELAY_MS: 0, DRAIN_TIMEOUT_MS: 10_000,
    });
  });

  it('reads the environment as strings', () => {
    const config = readConfig({ RATE_LIMIT_PER_MIN: '5', TRUSTED_PROXIES: '10.0.0.5, ::1', MAX_CONNECTIONS_PER_ADDRESS: '0' });
    expect(config.RATE_LIMIT_PER_MIN).toBe(5);
    expect(config.TRUSTED_PROXIES).toEqual(['10.0.0.5', '::1']);
    expect(config.MAX_CONNECTIONS_PER_ADDRESS).toBe(0);
  });

  it('takes parsed values back (startServer({ config }))', () => {
    const config = readConfig(readConfig({ TRUSTED_PROXIES: '10.0.0.5' }));
    expect(config.TRUSTED_PROXIES).toEqual(['10.0.0.5']);
  });

  it.each([
    ['RATE_LIMIT_PER_MIN', 'lots'],
    ['RATE_LIMIT_PER_MIN', '-1'],
    ['MAX_CONNECTIONS_PER_ADDRESS', '2.5'],
    ['MAX_FRAME_BYTES', '10'],
    ['TRUSTED_PROXIES', 'proxy.example'],
    ['LOG_LEVEL', 'chatty'],
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    expect(() => readConfig({ [name]: value })).toThrow(new RegExp(`${name}:`));
  });

  it('refuses a frame or body limit too small for the longest question', () => {
    expect(() => readConfig({ MAX_QUESTION_CHARS: '3000' })).toThrow(/MAX_BODY_BYTES: must be at least 9256[\s\S]*MAX_FRAME_BYTES/);
  });
});
