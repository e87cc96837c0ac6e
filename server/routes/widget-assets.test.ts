import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../tests/support/test-app';

describe('widget assets', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nara-widget-'));
  mkdirSync(join(dir, 'chunks'));
  writeFileSync(join(dir, 'widget.js'), 'export const widget = 1;');
  writeFileSync(join(dir, 'chunks', 'panel-AB12CD.js'), 'export const panel = 1;');
  writeFileSync(join(tmpdir(), 'secret.js'), 'secret');
  const { app } = await createTestApp({ WIDGET_DIR: dir });

  it('serves /widget.js as JavaScript that other sites may load', async () => {
    const res = await app.request('/widget.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/javascript');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('cache-control')).toContain('max-age=300');
    expect(await res.text()).toBe('export const widget = 1;');
  });

  it('serves hashed chunks with long caching and answers a matching ETag with 304', async () => {
    const res = await app.request('/chunks/panel-AB12CD.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
    const etag = res.headers.get('etag')!;
    expect(etag).toBeTruthy();
    const again = await app.request('/chunks/panel-AB12CD.js', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });

  it('sends gzip to a browser that accepts it, with its own ETag', async () => {
    const res = await app.request('/widget.js', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    const { gunzipSync } = await import('node:zlib');
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString()).toBe('export const widget = 1;');
    const plain = await app.request('/widget.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('etag')).not.toBe(plain.headers.get('etag'));
    const again = await app.request('/widget.js', { headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('serves nothing outside the widget folder', async () => {
    expect((await app.request('/chunks/..%2F..%2Fsecret.js')).status).toBe(404);
    expect((await app.request('/chunks/missing.js')).status).toBe(404);
  });
});
