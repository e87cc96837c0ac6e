import { describe, expect, it } from 'vitest';
import { csvCell, reportCsv } from './report-csv';

describe('report CSV', () => {
  it('quotes what needs quoting and never lets a visitor\'s text start a formula', () => {
    expect(csvCell('Vad är nära vård?')).toBe('Vad är nära vård?');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('+46 70')).toBe("'+46 70");
    expect(csvCell(-3)).toBe('-3');
  });

  it('has the figures a day, then the groups, with a byte order mark and CRLF lines', () => {
    const csv = reportCsv([{ day: '2026-11-27', questions: 5, answers: 3, fallbacks: 2, notHelpful: 1 }],
      [{ count: 2, example: 'Var parkerar jag?', variants: ['Parkering?'], kinds: { fallback: 2 }, lastAskedAt: '2026-11-27T10:00:00.000Z' }]);
    expect(csv.startsWith('\uFEFFdag,frågor,besvarade,obesvarade,tummen ner\r\n2026-11-27,5,3,2,1\r\n\r\n')).toBe(true);
    expect(csv).toContain('2,Var parkerar jag?,Parkering?,2026-11-27T10:00:00.000Z\r\n');
  });
});
