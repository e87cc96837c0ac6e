import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';

describe('createLogger', () => {
  const capture = () => {
    const lines: string[] = [];
    return { lines, log: createLogger({ level: 'debug', write: (line) => lines.push(line) }) };
  };

  it('writes one JSON object a line with time, level, event and the ids of its children', () => {
    const { lines, log } = capture();
    log.child({ request: 'r1' }).child({ connection: 'c1' }).info('ask', { kind: 'answer' });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toEqual({ time: expect.any(String), level: 'info', event: 'ask', request: 'r1', connection: 'c1', kind: 'answer' });
  });

  it('masks personal data in every string, nested or in an error', () => {
    const { lines, log } = capture();
    log.error('failed', {
      note: 'ring 070-123 45 67',
      nested: { list: ['19121212-1212', 'anna@example.se'] },
      error: new Error('bad input "850709-9805"'),
    });
    const line = lines[0]!;
    expect(line).not.toMatch(/070-123|19121212|anna@|850709/);
    expect(JSON.parse(line)).toMatchObject({ note: 'ring [telefon]', nested: { list: ['[personnummer]', '[e-post]'] }, error: { name: 'Error', message: 'bad input "[personnummer]"' } });
  });

  it('drops lines under its level', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'warn', write: (line) => lines.push(line) });
    log.info('quiet');
    log.warn('loud');
    expect(lines.map((l) => JSON.parse(l).event)).toEqual(['loud']);
  });
});
