import { describe, expect, it } from 'vitest';
import type { Entry } from '../../knowledge/entry-schema';
import { askedAboutQuoted, quotedPhrases, quotesAnotherOrganisation } from './quoted-elsewhere';

const entry = (tenant: string, body: string, questions: string[] = []) => ({ id: `${tenant}-${body.length}`, tenant, body, questions }) as unknown as Entry;

describe('quotedPhrases', () => {
  it('reads phrases of two words or more in any kind of quotes, folded', () => {
    expect(quotedPhrases(`Vad betyder 'Digitalt när det går'?`)).toEqual(['digitalt nar det gar']);
    expect(quotedPhrases('Vad menas med ”Min egen kraft” och «nära mig»?')).toEqual(['min egen kraft', 'nara mig']);
  });

  it('leaves single quoted words and text without quotes alone', () => {
    expect(quotedPhrases('Vad betyder "nära"?')).toEqual([]);
    expect(quotedPhrases('Vad är nära vård?')).toEqual([]);
  });
});

describe('quotesAnotherOrganisation', () => {
  const elsewhere = entry('vasterbotten', 'Vi arbetar digitalt när det går och fysiskt när det behövs.');
  const national = entry('national', 'Digitalisering kan höja servicenivån.');

  it('is true when no entry offered holds the phrase and another organisation\'s entry does', () => {
    expect(quotesAnotherOrganisation(['digitalt nar det gar'], [national], [national, elsewhere], 'varmland')).toBe(true);
  });

  it('is false when an entry offered holds it, or no one does', () => {
    expect(quotesAnotherOrganisation(['digitalt nar det gar'], [elsewhere], [national, elsewhere], 'varmland')).toBe(false);
    expect(quotesAnotherOrganisation(['helt annat uttryck'], [national], [national, elsewhere], 'varmland')).toBe(false);
  });

  it('matches whole words only', () => {
    expect(quotesAnotherOrganisation(['talt nar det'], [national], [national, elsewhere], 'varmland')).toBe(false);
  });
});

describe('askedAboutQuoted', () => {
  const part = { entry: entry('norrbotten', 'Närhet är viktigt för mig!', ['Vad menas med Nära mig på bästa sätt?']) };
  const whole = { entry: entry('norrbotten', 'Målbilden har fyra delområden: … Nära mig på bästa sätt.', ['Vad är målbilden?']) };

  it('picks the one entry whose own questions ask about every quoted phrase', () => {
    expect(askedAboutQuoted(['nara mig pa basta satt'], [whole, part])).toBe(part);
  });

  it('picks none without quotes, or when none or several ask about them', () => {
    expect(askedAboutQuoted([], [whole, part])).toBeUndefined();
    expect(askedAboutQuoted(['min egen kraft'], [whole, part])).toBeUndefined();
    expect(askedAboutQuoted(['nara mig pa basta satt'], [part, { entry: part.entry }])).toBeUndefined();
  });
});
