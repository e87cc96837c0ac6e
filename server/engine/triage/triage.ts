import { stopwords } from '../swedish/stopwords';
import { fold } from '../swedish/fold';
import { foldForMatching, foldPattern } from './fold-for-matching';
import { NEAR_KEY_WORDS } from './common-words';
import { CHAT_WORDS, COMMON_WORDS, KEY_WORDS, MODEL_STEPS_ASIDE, MODEL_STEPS_ASIDE_IN_A_SENTENCE, TRIAGE_RULES } from './rules';
import { makePhraseVariants, makeSpeller, wordsOfPatterns } from './spelling';
import MODEL from './model.json';
import { modelLevel, type TriageModel } from './model';
import { straightenWordOrder } from './word-order';
import { compileMatcher } from './text-matcher';
import { TRIAGE_LEVELS, type TriageLevel, type TriageResult, type TriageRule } from './types';

/** Words that are words in their own right: never taken for a slip of another. */
const COMMON = new Set([...stopwords, ...COMMON_WORDS, ...NEAR_KEY_WORDS].map(fold));
/** Chat words made standard, slips of the key words repaired and words run together split, before the rules read the text. */
const SPELL = makeSpeller(
  KEY_WORDS.map(fold),
  [...COMMON, ...wordsOfPatterns(TRIAGE_RULES.flatMap((rule) => [...(rule.patterns ?? []), ...(rule.requires ?? []).flat()].map(foldPattern)))],
  Object.fromEntries(Object.entries(CHAT_WORDS).map(([chat, standard]) => [fold(chat), standard])),
  new Set([...stopwords].map(fold)),
);

// Compiled once at import, so a broken pattern fails the server's start and the tests, not a visitor.
// Phrases are read the way a message is, so "ja e helt snurrig" meets "jag är helt snurrig".
const compileRules = (rules: readonly TriageRule[]) => {
  const seen = new Set<string>();
  const read = rules.map((rule) => (rule.phrases ? { ...rule, phrases: rule.phrases.map(readForTriage) } : rule));
  // A slip in a word of a phrase is forgiven where the rest of the phrase matches.
  const variants = makePhraseVariants(read.flatMap((rule) => (rule.phrases ?? []).flatMap((phrase) => phrase.split(' '))), COMMON);
  return read.map((rule) => {
    if (seen.has(rule.id)) throw new Error(`triage: duplicate rule id ${rule.id}`);
    seen.add(rule.id);
    return { id: rule.id, level: rule.level, matches: compileMatcher(rule.id, rule, variants) };
  });
};

/**
 * Chat Swedish drops "jag" before the verb: "Orkar inte mer.", "Blir misshandlad hemma." A sentence that is no
 * question and opens with a verb of how one is or fares, with no subject after it, is the writer's own: "jag"
 * is put back, so it counts as a person of the visitor's own. Only those verbs: with "har", "vill" or "är"
 * as well, a question about care read as the writer's own raised four false alarms on the crisis sets.
 */
const DROPPED_SUBJECT = new RegExp(`^(?=(?:orkar|pallar|klarar|blir|blev|hatar|onskar|mar|kanner) (?!(?:jag|ja|du|ni|man|vi|han|hon|hen|det|de|dom|den|detta|denna|nagon|nan|nagot|nat|alla|folk|er|dig|kommunen|regionen|vardcentralen)\\b))`);
const withDroppedSubject = (folded: string): string => (DROPPED_SUBJECT.test(folded) ? `jag ${folded}` : folded);

/** A zero typed for an "o" in a word of letters: "vill d0", "sj0lvmord" (not "2020talet", not "112"). */
const ZERO_FOR_O = /\b(?=[a-z0]*[a-z])[a-z]*0[a-z0]*\b/g;
const withOForZero = (folded: string): string => (folded.includes('0') ? folded.replace(ZERO_FOR_O, (word) => word.replaceAll('0', 'o')) : folded);

/** One sentence as the rules read it: folded, spelling repaired, a dropped "jag" put back, subjects put back before their verbs. */
const readSentence = (text: string): string => {
  const folded = SPELL(withOForZero(foldForMatching(text)));
  return straightenWordOrder(/\?\s*$/.test(text) ? folded : withDroppedSubject(folded));
};

/** Where a sentence ends: a sentence is read on its own, so a word order is never straightened across two. */
const SENTENCE_END = /(?<=[.!?…])\s+|\n+/;

/** A message's sentences as the rules read them (one for a message of one sentence). */
const readSentences = (text: string): string[] => {
  const parts = text.split(SENTENCE_END);
  return parts.length === 1 ? [readSentence(text)] : parts.map(readSentence).filter(Boolean);
};

/** The text the rules read: each sentence folded, spelling repaired, subjects put back before their verbs. Exported for tests. */
export const readForTriage = (text: string): string => readSentences(text).join(' ');

const COMPILED = compileRules(TRIAGE_RULES);
/** Questions the model must leave alone whatever it thinks, as every rule of a crisis does. */
const MODEL_STEPS_ASIDE_FOR = compileMatcher('model-steps-aside', { patterns: MODEL_STEPS_ASIDE });
const MODEL_STEPS_ASIDE_IN = compileMatcher('model-steps-aside-in-a-sentence', { patterns: MODEL_STEPS_ASIDE_IN_A_SENTENCE });
/**
 * How sure the model must be on one sentence read alone: surer than on a whole message (MODEL_THRESHOLD), as
 * a sentence has less around it. Measured on the crisis sets: at 0.9999 it caught 11 more of the 24 crises
 * set BG buried in questions about care, and raised 2 false alarms more over 8,700 ordinary messages
 * (0.99: 14 more, 67 false alarms more; 0.99999: 7 more, 1).
 */
const SENTENCE_MODEL_THRESHOLD = 0.9999;
const BY_LEVEL = new Map(TRIAGE_LEVELS.map((level) => [level, COMPILED.filter((rule) => rule.level === level)]));
const BY_URGENCY = TRIAGE_LEVELS.flatMap((level) => BY_LEVEL.get(level)!);
const ALSO_AFTER_EMERGENCY: readonly TriageLevel[] = ['suicide', 'child', 'violence'];

/**
 * Decides whether a visitor's message must get a safety reply instead of an answer from the knowledge
 * base. Runs before any search: the rules, most urgent level first, then the learned model. Null when
 * neither recognises a situation.
 *
 * @example triage('hjärtstopp') // { level: 'emergency', rule: 'emergency-cardiac-arrest' }
 */
export const triage = (text: string): TriageResult | null => {
  const sentences = readSentences(text);
  const read = sentences.join(' ');
  if (!read) return null;
  const ruled = firstRule(read) ?? firstRule(afterTurn(text));
  if (ruled) return ruled;
  // No rule knows this description: the model trained on the same lists may still recognise it.
  const learned = learnedLevel(sentences, read);
  return learned ? { level: learned.level, rule: 'model' } : null;
};

/**
 * The most urgent level first, and the first rule that fires in it; then, for an emergency, whether the
 * message is also about suicide, a child at risk or violence, whose lines 112 alone does not give (an
 * overdose taken to die needs 112 and 90101).
 */
const firstRule = (read: string): TriageResult | null => {
  if (!read) return null;
  for (const rule of BY_URGENCY) {
    if (!rule.matches(read)) continue;
    if (rule.level !== 'emergency') return { level: rule.level, rule: rule.id };
    const also = ALSO_AFTER_EMERGENCY.filter((level) => BY_LEVEL.get(level)!.some((other) => other.matches(read)));
    return also.length ? { level: rule.level, rule: rule.id, also } : { level: rule.level, rule: rule.id };
  }
  return null;
};

/**
 * Where a message turns from a pretext to what is the matter: "jag gör en skoluppgift om nära vård, men
 * egentligen är det pappa som slår mamma", or asks a second question after one about care: "Först en fråga om
 * primärvården … Sedan undrar jag om min son … borde få rör.", "Bra att ni satsar på förebyggande! Apropå det: mina
 * levervärden …", "Undrar va nära vård blir för en sån som mej. Å så blir ja yr …", "… hjälp hemma. Sen har jag fått en
 * konstig svart fläck på ryggen …". Folded, as the rules read. Kinds of turn apart: as one expression of five
 * alternatives, it took 3.5 µs a message, a tenth of reading all the rules, and found a turn in 21 of 42,786.
 */
const TURNS = [
  /\b(?:men|but) (?:egentligen|i sjalva verket|arligt talat|sanningen ar|the truth is|actually|really|honestly)\b/,
  /\b(?:sedan|sen|dessutom|och sa|en sak till|en annan sak)[,:]? (?:undrar|fragar|vill fraga) jag\b/,
  /\bapropa det\b/,
  /\b(?<!\bfor (?:\w+ ){1,3})(?:sedan|sen|dessutom)[,:]? (?:har|fick|hade) (?:jag|ja)(?= (?:fatt|haft|fick|en|ett|ont|problem)\b)/,
  /\b(?:och|a|o) sa(?= (?:blir|har|ar|e|mar|kanner|fick|far) (?:jag|ja)\b)/,
];

/**
 * What follows such a turn, read on its own ('' when there is none): a role or a topic named before it
 * must not make the rules step aside for what comes after.
 */
const afterTurn = (text: string): string => {
  const folded = foldForMatching(text);
  let end = -1;
  let at = Infinity;
  for (const kind of TURNS) {
    const turn = kind.exec(folded);
    if (turn && turn.index < at) [at, end] = [turn.index, turn.index + turn[0].length];
  }
  return end < 0 ? '' : readSentences(folded.slice(end)).join(' ');
};

/**
 * The model's reading of a message, unless it must step aside: the whole message, then, in a message of several
 * sentences, each sentence on its own (SENTENCE_MODEL_THRESHOLD), where the words about care around it do not
 * dilute it ("… Nu har jag slutat ringa. Kniven ligger på bordet.").
 */
const learnedLevel = (sentences: readonly string[], read: string) => {
  // The model first: it is sure about few messages, and the step-asides cost more to read.
  const whole = modelLevel(MODEL as TriageModel, read);
  if (whole || sentences.length < 2) return whole && !MODEL_STEPS_ASIDE_FOR(read) ? whole : null;
  let wholeStepsAside: boolean | undefined;
  for (const alone of sentences) {
    const learned = modelLevel(MODEL as TriageModel, alone, SENTENCE_MODEL_THRESHOLD);
    if (!learned || MODEL_STEPS_ASIDE_FOR(alone) || MODEL_STEPS_ASIDE_IN(alone)) continue;
    wholeStepsAside ??= MODEL_STEPS_ASIDE_FOR(read);
    if (!wholeStepsAside) return learned;
  }
  return null;
};

/** Every rule that fires on the text, in rule order: for tests and for explaining a decision in logs. */
export const matchingTriageRules = (text: string): TriageResult[] => {
  const sentences = readSentences(text);
  const read = sentences.join(' ');
  if (!read) return [];
  const tail = afterTurn(text);
  const fired = COMPILED.filter((rule) => rule.matches(read) || (tail && rule.matches(tail))).map(({ id, level }): TriageResult => ({ level, rule: id }));
  const learned = learnedLevel(sentences, read);
  return learned ? [...fired, { level: learned.level, rule: 'model' }] : fired;
};
