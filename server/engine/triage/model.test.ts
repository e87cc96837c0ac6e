import { describe, expect, it } from 'vitest';
import { classChances, featuresOf, MODEL_FULL_WORDS, MODEL_SHORT_THRESHOLD, MODEL_THRESHOLD, modelLevel, trainModel, type TriageModel } from './model';

const model: TriageModel = {
  classes: ['none', 'emergency', 'suicide'],
  bias: [2, 0, 0],
  weights: { blå: [0, 4, 0], ansiktet: [0, 4, 0], 'blå i': [0, 1, 0], nara: [3, 0, 0], försvinna: [0, 0, 9] },
};

describe('the triage model', () => {
  it('reads words, the starts of long words and word pairs', () => {
    expect(featuresOf('han blir blaaktig i ansiktet')).toEqual(
      expect.arrayContaining(['han', 'blir', 'blaaktig', 'blaak*', 'han blir', 'i ansiktet', 'ansiktet', 'ansik*']),
    );
    expect(featuresOf('  ')).toEqual([]);
  });

  it('gives chances that add up to one', () => {
    const chances = classChances(model, 'blå i ansiktet');
    expect(chances.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(chances[1]).toBeGreaterThan(chances[0]!);
  });

  it('counts each feature once, as the features of the text list them', () => {
    const withStartAndPair: TriageModel = { ...model, weights: { ...model.weights, 'blaak*': [0, 2, 0], 'blir blaaktig': [0, 0, 3] } };
    for (const text of ['han blir blaaktig i ansiktet', 'blå blå blå i i', 'nara 112 vard blir blaaktig blir blaaktig', '']) {
      const z = featuresOf(text).reduce((sum, f) => sum.map((v, c) => v + (withStartAndPair.weights[f]?.[c] ?? 0)), [...withStartAndPair.bias]);
      const e = z.map((v) => Math.exp(v - Math.max(...z)));
      const expected = e.map((v) => v / e.reduce((a, b) => a + b, 0));
      classChances(withStartAndPair, text).forEach((chance, c) => expect(chance).toBeCloseTo(expected[c]!, 12));
    }
  });

  it(`on a message of ${MODEL_FULL_WORDS} words or more, speaks when an ordinary question is less than ${Math.round((1 - MODEL_THRESHOLD) * 100)} % likely; on a shorter one, less than ${Math.round((1 - MODEL_SHORT_THRESHOLD) * 100)} %`, () => {
    // One word that makes a crisis 95 % likely, whatever else the message says.
    const likely = (chance: number): TriageModel => ({ classes: ['none', 'emergency'], bias: [0, 0], weights: { olycka: [0, Math.log(chance / (1 - chance))] } });
    const short = 'en olycka nu';
    const long = 'det har hänt en olycka nu';
    expect(long.split(' ').length).toBe(MODEL_FULL_WORDS);
    expect(modelLevel(likely(0.95), short)).toBeNull();
    expect(modelLevel(likely(0.95), long)).toMatchObject({ level: 'emergency' });
    expect(modelLevel(likely(0.995), short)).toMatchObject({ level: 'emergency' });
    expect(modelLevel(likely(0.85), long)).toBeNull();
  });

  it('names the likeliest situation only when it is sure enough', () => {
    expect(modelLevel(model, 'blå i ansiktet')).toMatchObject({ level: 'emergency' });
    expect(modelLevel(model, 'vill bara försvinna')).toMatchObject({ level: 'suicide' });
    expect(modelLevel(model, 'blå i')).toBeNull();
    expect(modelLevel(model, 'blå blå blå')).toBeNull();
    expect(modelLevel(model, 'nara vard')).toBeNull();
  });

  it('learns the same model from the same examples, and tells the situations apart', () => {
    const examples = [
      ...['han andas inte', 'hon andas knappt', 'barnet andas konstigt'].map((text) => ({ text, label: 'emergency' })),
      ...['jag vill dö', 'vill inte leva', 'vill bara dö'].map((text) => ({ text, label: 'suicide' })),
      ...['vad är nära vård', 'hur når jag vårdcentralen', 'vad kostar ett besök'].map((text) => ({ text, label: 'none' })),
    ];
    const fold = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '');
    const first = trainModel(examples, fold);
    expect(trainModel(examples, fold)).toEqual(first);
    expect(first.classes).toEqual(['none', 'emergency', 'suicide']);
    const best = (text: string) => {
      const chances = classChances(first, fold(text));
      return first.classes[chances.indexOf(Math.max(...chances))];
    };
    expect(best('pappa andas inte')).toBe('emergency');
    expect(best('jag vill inte leva mer')).toBe('suicide');
    expect(best('vad är en vårdcentral')).toBe('none');
  });
});
