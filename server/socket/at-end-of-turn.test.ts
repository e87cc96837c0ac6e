import { describe, expect, it } from 'vitest';
import { atEndOfTurn, runDueNow } from './at-end-of-turn';

describe('atEndOfTurn', () => {
  it('runs each task once, in order, after the current turn, and runDueNow runs them at once', async () => {
    const ran: string[] = [];
    const a = () => ran.push('a');
    const b = () => ran.push('b');
    atEndOfTurn(a);
    atEndOfTurn(b);
    atEndOfTurn(a);
    expect(ran).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(ran).toEqual(['a', 'b']);

    atEndOfTurn(b);
    runDueNow();
    expect(ran).toEqual(['a', 'b', 'b']);
    await new Promise((resolve) => setImmediate(resolve));
    expect(ran).toEqual(['a', 'b', 'b']);
  });
});
