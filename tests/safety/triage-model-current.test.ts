import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trainModel, type TriageModel } from '../../server/engine/triage/model';
import { readForTriage } from '../../server/engine/triage/triage';
import { trainingExamples } from '../../scripts/triage-train/training-examples';

// The model is data made from other data (the safety lists, the phrase lists, the crisis sets, the knowledge
// base): the committed file must be what `npm run triage:train` makes from what is committed now.
describe('server/engine/triage/model.json', () => {
  it('is the model npm run triage:train makes from the committed data', () => {
    const committed = JSON.parse(readFileSync('server/engine/triage/model.json', 'utf8')) as TriageModel;
    const trained = trainModel(trainingExamples('.'), readForTriage);
    expect(trained.classes).toEqual(committed.classes);
    expect(trained.bias).toEqual(committed.bias);
    const changed = Object.keys({ ...trained.weights, ...committed.weights }).filter((f) => JSON.stringify(trained.weights[f]) !== JSON.stringify(committed.weights[f]));
    expect(changed.slice(0, 10), 'run npm run triage:train and commit server/engine/triage/model.json').toEqual([]);
  }, 60_000);
});
