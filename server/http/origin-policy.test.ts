import { describe, expect, it } from 'vitest';
import { originPolicy } from './origin-policy';

const tenants: Record<string, string[]> = {
  norrbotten: ['https://www.norrbotten.se', 'https://norrbotten.se'],
  varmland: ['https://www.regionvarmland.se/'],
};
const policy = (listenHost: string) => originPolicy({
  listenHost,
  tenantOrigins: (t) => tenants[t],
  allOrigins: () => Object.values(tenants).flat(),
});

describe('originPolicy', () => {
  const pub = policy('0.0.0.0');
  const dev = policy('127.0.0.1');

  it("allows a tenant's own origins for that tenant only", () => {
    expect(pub.allows('https://www.norrbotten.se', 'guide.example', 'norrbotten')).toBe(true);
    expect(pub.allows('https://www.norrbotten.se', 'guide.example', 'varmland')).toBe(false);
    expect(pub.allows('https://www.regionvarmland.se', 'guide.example', 'varmland')).toBe(true); // trailing slash in the config
    expect(pub.allows('HTTPS://WWW.NORRBOTTEN.SE', 'guide.example', 'norrbotten')).toBe(true);
  });

  it("allows any tenant's origin when no tenant is named", () => {
    expect(pub.allows('https://norrbotten.se', 'guide.example')).toBe(true);
    expect(pub.allows('https://evil.example', 'guide.example')).toBe(false);
  });

  it("always allows the server's own origin (the demo)", () => {
    expect(pub.allows('https://guide.example', 'guide.example', 'norrbotten')).toBe(true);
    expect(pub.allows('http://guide.example:8787', 'guide.example:8787', 'varmland')).toBe(true);
    expect(pub.allows('http://guide.example:9999', 'guide.example:8787', 'varmland')).toBe(false);
  });

  it('refuses foreign, look-alike, null and malformed origins', () => {
    for (const origin of ['https://evil.example', 'https://www.norrbotten.se.evil.example', 'http://www.norrbotten.se', 'null', 'file://', '', 'javascript:alert(1)']) {
      expect(pub.allows(origin, 'guide.example', 'norrbotten'), origin).toBe(false);
    }
  });

  it('allows a request without Origin (not a browser)', () => {
    expect(pub.allows(undefined, 'guide.example', 'norrbotten')).toBe(true);
  });

  it('on a loopback address, allows any loopback page (development); on a public one, never', () => {
    for (const origin of ['http://localhost:8000', 'http://127.0.0.1:41234', 'http://[::1]:3000', 'http://localhost']) {
      expect(dev.allows(origin, '127.0.0.1:8787', 'norrbotten'), origin).toBe(true);
      expect(pub.allows(origin, 'guide.example', 'norrbotten'), origin).toBe(false);
    }
    expect(dev.allows('https://evil.example', '127.0.0.1:8787', 'norrbotten')).toBe(false);
    expect(dev.allows('http://localhost.evil.example:8000', '127.0.0.1:8787', 'norrbotten')).toBe(false);
  });
});
