import { describe, expect, it } from 'vitest';
import { conversationIdSchema } from '../protocol';
import { newId } from './new-id';

describe('newId', () => {
  it('is 24 lowercase letters, valid as a conversation id on the wire', () => {
    for (let i = 0; i < 200; i++) {
      const id = newId();
      expect(id).toMatch(/^[a-z]{24}$/);
      expect(conversationIdSchema.safeParse(id).success).toBe(true);
    }
  });

  it('does not repeat', () => {
    const ids = new Set(Array.from({ length: 10_000 }, newId));
    expect(ids.size).toBe(10_000);
  });
});
