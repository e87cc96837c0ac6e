import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { addressKey, clientAddress, normalizeAddress } from './client-address';

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } }) as unknown as IncomingMessage;

describe('clientAddress', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress(request('203.0.113.7', '198.51.100.1'))).toBe('203.0.113.7');
  });

  it('reads IPv4-mapped IPv6 as IPv4', () => {
    expect(normalizeAddress('::ffff:10.0.0.1')).toBe('10.0.0.1');
    expect(clientAddress(request('::ffff:127.0.0.1'))).toBe('127.0.0.1');
  });

  it('behind a trusted proxy, is the rightmost address the proxy did not add', () => {
    expect(clientAddress(request('10.0.0.5', '198.51.100.1'), ['10.0.0.5'])).toBe('198.51.100.1');
    // the visitor forged the left part; our proxy appended the real peer
    expect(clientAddress(request('10.0.0.5', '1.2.3.4, 198.51.100.1'), ['10.0.0.5'])).toBe('198.51.100.1');
    // two proxies of ours in a row
    expect(clientAddress(request('10.0.0.5', '198.51.100.1, 10.0.0.6'), ['10.0.0.5', '10.0.0.6'])).toBe('198.51.100.1');
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(clientAddress(request('203.0.113.7', '198.51.100.1'), ['10.0.0.5'])).toBe('203.0.113.7');
  });

  it('stops at garbage in X-Forwarded-For and keeps the last address it could trust', () => {
    expect(clientAddress(request('10.0.0.5', 'not-an-ip'), ['10.0.0.5'])).toBe('10.0.0.5');
    expect(clientAddress(request('10.0.0.5', ''), ['10.0.0.5'])).toBe('10.0.0.5');
  });

  it('is undefined without a socket (app.request)', () => {
    expect(clientAddress(undefined)).toBeUndefined();
  });
});

describe('addressKey', () => {
  it('keeps IPv4 addresses whole', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
  });

  it('groups IPv6 addresses by /64, however they are written', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
  });
});
