import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../tests/support/test-app';

describe('GET /api/v1/tenants/:tenant', async () => {
  const { app } = await createTestApp();

  it.each(['norrbotten', 'vasterbotten', 'strangnas', 'varmland', 'vasternorrland'])('returns the public configuration of %s', async (id) => {
    const res = await app.request(`/api/v1/tenants/${id}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.id).toBe(id);
    expect(body.name).toEqual(expect.any(String));
    expect(body.greeting.length).toBeGreaterThan(5);
    expect(body.starters.length).toBeGreaterThanOrEqual(3);
    expect(body.contacts.length).toBeGreaterThan(0);
    expect(body.theme.accent).toMatch(/^#[0-9a-f]{6}$/i);
    expect(body).not.toHaveProperty('origins');
  });

  it('refuses an unknown tenant with 404', async () => {
    const res = await app.request('/api/v1/tenants/goteborg');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('unknown_tenant');
  });

  it('tells a page outside the tenant\'s origins so that it can read it (403 origin_not_allowed, readable cross-origin) (issue 15.7)', async () => {
    const res = await app.request('/api/v1/tenants/varmland', { headers: { Origin: 'https://staging.example.se' } });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://staging.example.se');
    const body = await res.json();
    expect(body.error.code).toBe('origin_not_allowed');
    expect(JSON.stringify(body)).not.toMatch(/regionvarmland|greeting|contacts/);
  });

  it('allows cross-origin reads, since the widget runs on the tenants\' sites', async () => {
    const res = await app.request('/api/v1/tenants/varmland', { headers: { Origin: 'https://www.regionvarmland.se' } });
    expect(res.headers.get('access-control-allow-origin')).toBeTruthy();
  });
});
