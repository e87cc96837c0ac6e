import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../tests/support/test-app';

describe('health', async () => {
  const { app } = await createTestApp();

  it('answers /healthz with 200', async () => {
    const res = await app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz with 200 and what is serving once the knowledge is loaded', async () => {
    const res = await app.request('/readyz');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.status).toBe('ready');
    expect(body.knowledge.tenants).toBe(5);
    expect(body.knowledge.entries).toBeGreaterThan(5);
    expect(body.knowledge.errors).toEqual([]);
  });

  it('answers unknown routes with a JSON 404', async () => {
    const res = await app.request('/nope');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });
});
