import { describe, expect, it } from 'vitest';
import { QuestionGrouper } from './group-questions';
import type { UnansweredQuestion } from '../store/store';

const asked = (text: string, at = 1, kind: UnansweredQuestion['kind'] = 'fallback'): UnansweredQuestion => ({ tenant: 't', at, kind, text });
const group = (texts: string[]) => {
  const grouper = new QuestionGrouper();
  texts.forEach((text, i) => grouper.add(asked(text, i + 1)));
  return grouper.groups().then((groups) => groups.slice(0, groups.size));
};

describe('QuestionGrouper', () => {
  it('groups questions by shared stemmed content words, the most frequent wording first', async () => {
    const groups = await group([
      'Hur byter jag vårdcentral?', 'byta vårdcentral', 'Kan jag byta vårdcentral på nätet?', 'Hur byter jag vårdcentral?',
      'Var parkerar jag båten?',
    ]);
    expect(groups).toHaveLength(2);
    expect(groups[0]).toMatchObject({ count: 4, example: 'Hur byter jag vårdcentral?', variants: expect.arrayContaining(['byta vårdcentral', 'Kan jag byta vårdcentral på nätet?']), kinds: { fallback: 4 } });
    expect(groups[1]).toMatchObject({ count: 1, example: 'Var parkerar jag båten?' });
  });

  it('keeps questions without content words apart unless their words are the same', async () => {
    const groups = await group(['Vad?', 'vad', 'Hur då?']);
    expect(groups.map((g) => g.count)).toEqual([2, 1]);
  });

  it('joins a question to the largest group it is alike, not the first one seen', async () => {
    const groups = await group(['parkera båt', 'parkera bil', 'parkera bil', 'parkera bil båt']);
    // "parkera bil båt" is half alike with both; the bil group is larger.
    expect(groups[0]).toMatchObject({ count: 3, example: 'parkera bil' });
  });

  it('groups a flood of 100,000 unique questions in slices, letting the event loop run between them', async () => {
    const grouper = new QuestionGrouper();
    for (let i = 0; i < 100_000; i++) grouper.add(asked(`fråga ord${i} annat${i % 977} tredje${i % 1013}`, i));
    let breaths = 0;
    const grouped = await grouper.groups(async () => { breaths++; });
    expect(grouper.total).toBe(100_000);
    expect(grouped.slice(0, grouped.size).reduce((sum, g) => sum + g.count, 0)).toBe(100_000);
    expect(breaths).toBeGreaterThan(0);
  });
});
