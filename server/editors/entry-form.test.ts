import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkEntryFile } from '../knowledge/load-knowledge';
import { entryText, formFrom, formOf } from './entry-form';

describe('the entry form', () => {
  it('writes a file that reads back as the same entry', () => {
    const file = 'knowledge/tenants/strangnas/kompetens-strangnas.md';
    const { entry } = checkEntryFile(readFileSync(file, 'utf8'), file);
    const text = entryText('strangnas', formOf(entry!));
    const again = checkEntryFile(text, file);
    expect(again.problems).toEqual([]);
    expect(again.entry).toEqual(entry);
  });

  it('takes every field as text whatever is posted, and lists from lines and commas', () => {
    const form = formFrom({ id: ' ny-post ', questions: 'En?\r\n\r\nTvå?\nTre?\nFyra?', keywords: 'a, b,,c', related: '', body: ' Svar. ', reviewed: '2026-11-27', owner: 'X', sourceTitle: 'T', sourceUrl: 'https://x.se', extends: 5 });
    expect(form).toMatchObject({ id: 'ny-post', extends: '', body: 'Svar.' });
    const { entry } = checkEntryFile(entryText('strangnas', form), 'x.md');
    expect(entry).toMatchObject({ questions: ['En?', 'Två?', 'Tre?', 'Fyra?'], keywords: ['a', 'b', 'c'], related: [] });
  });
});
