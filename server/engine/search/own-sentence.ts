import type { Entry } from '../../knowledge/entry-schema';
import { withoutSourceLine } from '../../knowledge/source-line';
import { isLightWord, processTermForIndex, tokenizeForIndex, type QueryAnalysis } from '../swedish';
import type { Candidate } from './rank';

/** Among how many of the closest entries the tenant's own is looked for. */
const OWN_AMONG = 5;
/** How much of the question the tenant's own entry must cover to speak on it. */
const OWN_MIN_COVERAGE = 0.5;
/** Weight a question's term must have to count as what it is about (a light word, 0.25, does not; a synonym, 0.6, does). */
const SUBJECT_MIN_WEIGHT = 0.6;

/** A sentence of an entry's text, with its stems: made once per entry object. */
type Sentence = { text: string; stems: ReadonlySet<string> };
const sentencesOf = new WeakMap<Entry, readonly Sentence[]>();

const sentences = (entry: Entry): readonly Sentence[] => {
  let made = sentencesOf.get(entry);
  if (!made) {
    made = withoutSourceLine(entry.body)
      .split(/\n+|(?<=[.!?])\s+/)
      .map((line) => line.replace(/^\s*(?:[-*]|\d+\.)\s+/, '').trim())
      // A heading or a list item alone ("- primärvården") says nothing by itself.
      .filter((text) => /[.!?]$/.test(text) && text.split(/\s+/).length >= 5)
      .map((text) => ({ text, stems: new Set(tokenizeForIndex(text).map(processTermForIndex).filter((s): s is string => !!s)) }));
    sentencesOf.set(entry, made);
  }
  return made;
};

/** How much of what the question is about (by rarity) a sentence must say to speak on it. */
const MIN_SAID = 0.6;

/**
 * What the tenant's own texts say on the subject of a national answer ("Vad säger regionen om förebyggande arbete?" on
 * Västernorrland's site: the national text on prevention, and Västernorrland's "Att förebygga sjukdom och ohälsa är en
 * självklar del i arbetet."): the sentence of the closest own entry that says the most of what the question is about,
 * each word by its rarity (`idf`), when it says at least MIN_SAID of it: "nära" and "vård", in nearly every entry, count
 * for little. None when no own entry is among the closest or none of its sentences says enough.
 * `isOwn` tells the tenant's own entries; `namesTenant` the words that only name the tenant ("regionen", "Värmland").
 */
export const ownSentence = (
  analysis: QueryAnalysis,
  candidates: readonly Candidate[],
  { isOwn, namesTenant, idf }: { isOwn: (entry: Entry) => boolean; namesTenant: (token: string) => boolean; idf: (stem: string) => number },
): { entry: Entry; sentence: string } | undefined => {
  const own = candidates.slice(0, OWN_AMONG).find((c) => isOwn(c.entry) && c.coverage >= OWN_MIN_COVERAGE);
  if (!own) return undefined;
  // What the question is about: its words that are not light, not asides and not only the tenant's name, each with
  // what its readings weigh (the reading's weight times the stem's rarity).
  const subject = new Map<string, Map<string, number>>();
  for (const t of analysis.terms) {
    if (t.weight < SUBJECT_MIN_WEIGHT || isLightWord(t.token) || namesTenant(t.token) || analysis.aside.includes(t.token)) continue;
    let readings = subject.get(t.token);
    if (!readings) subject.set(t.token, (readings = new Map()));
    readings.set(t.stem, Math.max(readings.get(t.stem) ?? 0, t.weight * idf(t.stem)));
  }
  const whole = [...subject.values()].reduce((sum, readings) => sum + Math.max(...readings.values()), 0);
  if (!whole) return undefined;
  const said = (s: Sentence) => [...subject.values()].reduce((sum, readings) => {
    let most = 0;
    for (const [stem, weight] of readings) if (weight > most && s.stems.has(stem)) most = weight;
    return sum + most;
  }, 0);
  let best: Sentence | undefined;
  let bestSaid = 0;
  for (const s of sentences(own.entry)) {
    const n = said(s);
    if (n > bestSaid) [best, bestSaid] = [s, n];
  }
  return best && bestSaid >= MIN_SAID * whole ? { entry: own.entry, sentence: best.text } : undefined;
};
