import { describe, expect, it } from 'vitest';
import { AskSummary } from './ask-summary';
import { createLogger } from './logger';

describe('AskSummary', () => {
  it('logs the questions per tenant and kind since the last line, and nothing when there were none', () => {
    const lines: string[] = [];
    const log = createLogger({ write: (line) => lines.push(line) });
    const summary = new AskSummary();
    summary.count('strangnas', 'answer');
    summary.count('strangnas', 'answer');
    summary.count('strangnas', 'fallback');
    summary.count('varmland', 'safety');
    summary.flush(log);
    summary.flush(log);
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({ level: 'info', event: 'asks', tenants: { strangnas: { answer: 2, fallback: 1 }, varmland: { safety: 1 } } }),
    ]);
    summary.count('varmland', 'answer');
    summary.stop(log);
    expect(JSON.parse(lines[1]!).tenants).toEqual({ varmland: { answer: 1 } });
  });
});
