// npm run triage:train: makes server/engine/triage/model.json again from the data it learns from
// (scripts/triage-train/training-examples.ts). Run it after adding to the safety lists, the phrase lists,
// a crisis set or a visitor set (its questions are ordinary messages to learn from), or after changing a
// rule's words (the speller reads toward them); the tests fail while the committed model is not the one this makes.
import { writeFileSync } from 'node:fs';
import { trainModel } from '../server/engine/triage/model';
import { readForTriage } from '../server/engine/triage/triage';
import { trainingExamples } from './triage-train/training-examples';

const examples = trainingExamples('.');
const model = trainModel(examples, readForTriage);
// One feature a line, so that a change of the data shows as a readable diff of the model.
const lines = Object.entries(model.weights).map(([feature, weights]) => `${JSON.stringify(feature)}:${JSON.stringify(weights)}`);
writeFileSync('server/engine/triage/model.json', `{"classes":${JSON.stringify(model.classes)},"bias":${JSON.stringify(model.bias)},"weights":{\n${lines.join(',\n')}\n}}\n`);
console.log(`${examples.length} examples, ${Object.keys(model.weights).length} features kept → server/engine/triage/model.json`);
