import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../tests/support/test-app';

describe('GET / (demo page)', async () => {
  const { app } = await createTestApp();

  it('embeds the widget with one module script tag and a strict CSP', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<script type="module" src="\/widget\.js" data-tenant="[a-z]+"><\/script>/);
    expect(html).not.toMatch(/<script(?![^>]*src=)/); // no inline script
    expect(html).not.toMatch(/style="/);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
  });

  it('switches tenant with ?tenant=', async () => {
    const html = await (await app.request('/?tenant=strangnas')).text();
    expect(html).toContain('data-tenant="strangnas"');
    expect(html).toContain('<option value="strangnas" selected>');
    expect(html).toContain('Strängnäs');
  });

  it('lists every tenant in the switcher', async () => {
    const html = await (await app.request('/')).text();
    for (const id of ['norrbotten', 'vasterbotten', 'strangnas', 'varmland', 'vasternorrland']) expect(html).toContain(`value="${id}"`);
  });

  it('answers an unknown tenant with 404', async () => {
    const res = await app.request('/?tenant=malmo');
    expect(res.status).toBe(404);
  });

  it('serves its stylesheet', async () => {
    const res = await app.request('/demo.css');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/css');
  });

  it('serves an icon, so browsers do not log a 404', async () => {
    const res = await app.request('/favicon.ico');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(await res.text()).toMatch(/^<svg/);
  });
});
