import { describe, expect, it } from 'vitest';
import type { EngineReply, Trace } from '../engine/engine';
import { replyFrameJson } from './reply-frame-json';

const trace = (): Trace => ({ normalized: '', triage: null, intent: null, route: 'search', terms: [], unknown: [], top: [], decision: 'answer' });

const answer = (fixed: object | undefined, ids: string): EngineReply => ({
  conversationId: `c${ids}`, replyId: `r${ids}`, kind: 'answer', text: 'Nära vård är "en omställning".', sources: [{ title: 'Källa', url: 'https://example.se/' }],
  suggestions: ['Vad är en fast vårdkontakt?'], contacts: [], entryId: 'vad-ar-nara-vard', lang: 'sv', trace: trace(), fixed,
});

describe('replyFrameJson', () => {
  it('gives the same JSON as serialising the frame, for replies that share their fixed part and for others', () => {
    const fixed = {};
    for (const [reply, id] of [[answer(fixed, 'a'), 'q1'], [answer(fixed, 'b'), 'q"2'], [answer(undefined, 'c'), 'q3']] as const) {
      const parsed = JSON.parse(replyFrameJson(id, reply, false));
      const { trace: _t, fixed: _f, ...wire } = reply;
      expect(parsed).toEqual({ type: 'reply', id, ...wire });
    }
  });

  it('never serves one reply\'s ids or handoff offer from another', () => {
    const fixed = {};
    const first = JSON.parse(replyFrameJson('q1', answer(fixed, 'a'), false));
    const second = JSON.parse(replyFrameJson('q2', answer(fixed, 'b'), false));
    expect([first.conversationId, first.replyId, first.id]).toEqual(['ca', 'ra', 'q1']);
    expect([second.conversationId, second.replyId, second.id]).toEqual(['cb', 'rb', 'q2']);
    const fallback = { ...answer(fixed, 'c'), kind: 'fallback' as const, fixed: undefined };
    expect(JSON.parse(replyFrameJson('q3', fallback, true)).handoff).toBe(true);
  });

  it('offers the handoff after a shared fallback only where the tenant takes handoffs, whichever came first', () => {
    const fixed = {};
    const fallback = (ids: string) => ({ ...answer(fixed, ids), kind: 'fallback' as const, entryId: undefined });
    expect(JSON.parse(replyFrameJson('q1', fallback('a'), true)).handoff).toBe(true);
    expect(JSON.parse(replyFrameJson('q2', fallback('b'), false)).handoff).toBeUndefined();
    expect(JSON.parse(replyFrameJson('q3', fallback('c'), true)).handoff).toBe(true);
  });

  it('escapes ids that need it', () => {
    const reply = { ...answer({}, 'x'), conversationId: 'c"\\\n' };
    const parsed = JSON.parse(replyFrameJson('q"\\', reply, false));
    expect([parsed.id, parsed.conversationId]).toEqual(['q"\\', 'c"\\\n']);
  });
});
