import { describe, expect, it } from 'vitest';
import type { Entry } from '../../knowledge/entry-schema';
import { quotedPhrases, quotesAnotherOrganisation } from './quoted-elsewhere';

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
