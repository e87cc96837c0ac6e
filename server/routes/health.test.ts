import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../tests/support/test-app';

describe('health', async () => {
  const { app } = await createTestApp();

  it('answers /healthz with 200', async () => {
    const res = await app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz with 200 and only that it is ready (issue 14.9: no file paths or editors\' messages in public)', async () => {
    const res = await app.request('/readyz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });

  it('answers unknown routes with a JSON 404', async () => {
    const res = await app.request('/nope');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });
});
