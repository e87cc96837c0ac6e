import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../tests/support/test-app';

describe('POST /api/v1/ask', async () => {
  const { app, ask } = await createTestApp();

  it('answers "Vad är nära vård?" on varmland from the knowledge base, with a source', async () => {
    const res = await ask({ tenant: 'varmland', text: 'Vad är nära vård?' });
    expect(res.status).toBe(200);
    const reply = await res.json();
    expect(reply.kind).toBe('answer');
    expect(reply.sources.length).toBeGreaterThan(0);
    expect(reply.sources[0].url).toMatch(/^https:\/\//);
    expect(reply.text.toLowerCase()).toContain('nära vård');
    expect(reply.conversationId).toEqual(expect.any(String));
    expect(reply.replyId).toEqual(expect.any(String));
  });

  it('keeps the conversation id it was given', async () => {
    const first = await (await ask({ tenant: 'norrbotten', text: 'Vad är nära vård?' })).json();
    const second = await (await ask({ tenant: 'norrbotten', text: 'Tack!', conversationId: first.conversationId })).json();
    expect(second.conversationId).toBe(first.conversationId);
    expect(second.replyId).not.toBe(first.replyId);
  });

  it('refuses an unknown tenant with 404 and an error body', async () => {
    const res = await ask({ tenant: 'stockholm', text: 'Vad är nära vård?' });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'unknown_tenant', message: expect.stringContaining('stockholm') } });
  });

  it('refuses a body without text with 400 naming the field', async () => {
    const res = await ask({ tenant: 'varmland' });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('invalid_body');
    expect(body.error.message).toContain('text');
  });

  it.each([
    ['empty text', { tenant: 'varmland', text: '   ' }],
    ['text of the wrong type', { tenant: 'varmland', text: 42 }],
    ['a malformed tenant', { tenant: '../etc', text: 'hej' }],
    ['a malformed conversation id', { tenant: 'varmland', text: 'hej', conversationId: '<x>' }],
    ['an array body', [1, 2]],
  ])('refuses %s with 400', async (_name, body) => {
    const res = await ask(body);
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('invalid_body');
  });

  it('refuses a body that is not JSON with 400', async () => {
    const res = await app.request('/api/v1/ask', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"tenant":' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('invalid_json');
  });

  it('refuses another content type with 415', async () => {
    const res = await app.request('/api/v1/ask', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'Vad är nära vård?' });
    expect(res.status).toBe(415);
    expect((await res.json()).error.code).toBe('unsupported_media_type');
  });

  it('refuses a body over the size limit with 413', async () => {
    const res = await ask({ tenant: 'varmland', text: 'x', padding: 'y'.repeat(20_000) });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('too_large');
  });

  it('falls back with contacts when nothing matches, and never echoes markup', async () => {
    const reply = await (await ask({ tenant: 'norrbotten', text: '<script>alert(1)</script>' })).json();
    expect(reply.kind).toBe('fallback');
    expect(reply.contacts.length).toBeGreaterThan(0);
    expect(JSON.stringify(reply)).not.toContain('<script');
    const labels = reply.contacts.map((c: { phone?: string; url?: string }) => c.phone ?? c.url);
    expect(labels).toEqual(expect.arrayContaining(['1177', '112']));
    expect(labels.some((l: string | undefined) => l?.startsWith('https://www.norrbotten.se'))).toBe(true);
  });
});
