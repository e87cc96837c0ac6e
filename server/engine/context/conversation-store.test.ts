import { describe, expect, it } from 'vitest';
import { ConversationStore } from './conversation-store';

describe('ConversationStore', () => {
  it('returns the same conversation for the same id and tenant', () => {
    const store = new ConversationStore();
    const a = store.open('c1', 'varmland');
    a.topicEntryId = 'fardplan-varmland';
    expect(store.open('c1', 'varmland').topicEntryId).toBe('fardplan-varmland');
  });

  it('starts afresh when the id is reused on another tenant', () => {
    const store = new ConversationStore();
    store.open('c1', 'varmland').topicEntryId = 'x';
    expect(store.open('c1', 'strangnas').topicEntryId).toBeUndefined();
  });

  it('forgets conversations after the TTL', () => {
    let now = 0;
    const store = new ConversationStore({ ttlMs: 1000, now: () => now });
    store.open('c1', 'varmland').topicEntryId = 'x';
    now = 1001;
    expect(store.open('c1', 'varmland').topicEntryId).toBeUndefined();
  });

  it('keeps at most maxConversations, dropping the least recently used', () => {
    const store = new ConversationStore({ maxConversations: 2 });
    store.open('a', 't').topicEntryId = 'a';
    store.open('b', 't').topicEntryId = 'b';
    store.open('a', 't');
    store.open('c', 't');
    expect(store.size).toBe(2);
    expect(store.open('a', 't').topicEntryId).toBe('a');
    expect(store.open('b', 't').topicEntryId).toBeUndefined();
  });
});
