import type { TriageLevel } from './types';

/**
 * A small learned model, the backstop behind the rules: it reads the words of a message (after the same
 * reading as the rules) and gives the chance of each situation, or of an ordinary question. The rules say
 * what is known to be a crisis; the model catches descriptions the rules have not met yet ("han blir lila
 * i ansiktet", "frågade var nyckeln till vapenskåpet ligger"), learned from the same data an editor keeps:
 * the safety lists, the phrase lists, the crisis sets, and the knowledge base's own text as what is ordinary.
 * `npm run triage:train` makes model.json again from them; a test checks that the committed one is that.
 */
export type TriageModel = {
  /** 'none' (an ordinary question) and the levels. */
  classes: readonly string[];
  bias: readonly number[];
  /** A weight per class for each feature (a word, the start of a long word, two words in a row). */
  weights: Readonly<Record<string, readonly number[]>>;
};

/**
 * The model speaks only when it is this sure the message is not an ordinary question. Measured by training
 * without the last five crisis sets and the last five visitor sets (EM–EQ, visitors-65–69) and reading what
 * the rules let through of them: of the 12 crisis messages the rules had missed at first sight, 0.99 caught 1,
 * 0.95 6, 0.9 7 and 0.8 9; of the 1,573 ordinary messages no rule fired on, 0.99 alarmed on none, 0.95 and
 * 0.9 on one ("Tar filmen om Wille upp självmordstankar …", 0.987) and 0.8 on two. On messages of six words or more
 * (below, MODEL_SHORT_THRESHOLD): 0.9 caught 5 of the 12, with the same one false alarm.
 */
export const MODEL_THRESHOLD = 0.9;

/**
 * As sure as before (0.99) on a message of fewer words than MODEL_FULL_WORDS: a few words tell the model little, and
 * what it has seen in crises it takes for one ("jag vet inte" is 95 % a crisis to it, being part of so many).
 */
export const MODEL_SHORT_THRESHOLD = 0.99;
export const MODEL_FULL_WORDS = 6;

/** Nor on fewer words than this: a short crisis message is the rules' to catch, and a short text tells the model too little. */
export const MODEL_MIN_WORDS = 3;

/** Whether a word is all digits (read on every word of every message: no regular expression). */
const isNumber = (word: string): boolean => {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return word.length > 0;
};

/** Length at which a long word also counts by its start, so that inflections and compounds share it. */
const STEM = 5;

/** The features of a text already read for triage: its words but numbers, the starts of long words, and word pairs. */
export const featuresOf = (read: string): string[] => {
  // Numbers say nothing of the situation (a phone number, an age, a dose): they are left out.
  const words = read.split(' ').filter((word) => word && !isNumber(word));
  const features = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    features.add(word);
    if (word.length > STEM + 1) features.add(`${word.slice(0, STEM)}*`);
    if (i + 1 < words.length) features.add(`${word} ${words[i + 1]}`);
  }
  return [...features];
};

/**
 * The weights laid out for reading, made once per model: each feature's number, and all weights in one array, a row of
 * a weight per class for each. A message looks up some fifty features in twenty thousand; as a Map of arrays each
 * lookup also read an array of its own somewhere else in memory.
 */
type PackedWeights = { row: Map<string, number>; weights: Float64Array };
const packed = new WeakMap<TriageModel, PackedWeights>();
const packedOf = (model: TriageModel): PackedWeights => {
  let found = packed.get(model);
  if (!found) {
    const k = model.classes.length;
    const entries = Object.entries(model.weights);
    const weights = new Float64Array(entries.length * k);
    entries.forEach(([, w], r) => weights.set(w, r * k));
    packed.set(model, (found = { row: new Map(entries.map(([feature], r) => [feature, r])), weights }));
  }
  return found;
};

/** Softmax: the chance of each class from its score. */
const softmax = (z: number[]): number[] => {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
};

/** Softmax of the bias plus the weights of each feature present, while training: the weights are still changing. */
const chancesFor = (bias: readonly number[], weights: ReadonlyMap<string, readonly number[]>, features: readonly string[]): number[] => {
  const z = [...bias];
  for (const feature of features) {
    const w = weights.get(feature);
    if (w) for (let c = 0; c < z.length; c++) z[c]! += w[c]!;
  }
  return softmax(z);
};

/** The chance of each class for a text already read for triage. */
export const classChances = (model: TriageModel, read: string): number[] => {
  const { row, weights } = packedOf(model);
  const z = [...model.bias];
  const k = z.length;
  for (const feature of featuresOf(read)) {
    const r = row.get(feature);
    if (r !== undefined) for (let c = 0, at = r * k; c < k; c++) z[c]! += weights[at + c]!;
  }
  return softmax(z);
};

/** The situation the model recognises in a text already read for triage, or null when it is not sure. */
export const modelLevel = (model: TriageModel, read: string, threshold?: number): { level: TriageLevel; chance: number } | null => {
  const words = read.split(' ').filter(Boolean).length;
  if (words < MODEL_MIN_WORDS) return null;
  const chances = classChances(model, read);
  const none = model.classes.indexOf('none');
  if (1 - chances[none]! < (threshold ?? (words < MODEL_FULL_WORDS ? MODEL_SHORT_THRESHOLD : MODEL_THRESHOLD))) return null;
  let best = -1;
  for (let c = 0; c < chances.length; c++) if (c !== none && (best < 0 || chances[c]! > chances[best]!)) best = c;
  return { level: model.classes[best] as TriageLevel, chance: 1 - chances[none]! };
};

export type Example = { text: string; label: string };

/**
 * Trains the model: multinomial logistic regression by stochastic gradient descent, in a fixed order, so
 * the same examples always give the same model. Weights are rounded and the smallest dropped, so the file
 * stays small and its diff readable.
 */
export const trainModel = (examples: readonly Example[], read: (text: string) => string, { epochs = 20, rate = 0.2, l2 = 1e-5 } = {}): TriageModel => {
  const classes = ['none', ...new Set(examples.map((e) => e.label).filter((l) => l !== 'none'))].sort((a, b) => (a === 'none' ? -1 : b === 'none' ? 1 : a < b ? -1 : 1));
  const rows = examples.map((e) => ({ features: featuresOf(read(e.text)), y: classes.indexOf(e.label) }));
  const k = classes.length;
  const weights = new Map<string, number[]>();
  const bias = new Array<number>(k).fill(0);
  // A fixed shuffle (a linear congruential sequence), so the order does not follow the files.
  let seed = 1;
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const lr = rate / (1 + epoch / 4);
    for (const index of order) {
      const { features, y } = rows[index]!;
      const chances = chancesFor(bias, weights, features);
      for (let c = 0; c < k; c++) {
        const g = chances[c]! - (c === y ? 1 : 0);
        bias[c]! -= lr * g;
        for (const f of features) {
          let w = weights.get(f);
          if (!w) weights.set(f, (w = new Array<number>(k).fill(0)));
          w[c]! -= lr * (g + l2 * w[c]!);
        }
      }
    }
  }
  const round = (v: number) => Math.round(v * 100) / 100;
  const kept: Record<string, number[]> = {};
  for (const f of [...weights.keys()].sort()) {
    const w = weights.get(f)!.map(round);
    if (w.some((v) => Math.abs(v) >= 0.05)) kept[f] = w.map((v) => (Object.is(v, -0) ? 0 : v));
  }
  return { classes, bias: bias.map(round), weights: kept };
};
