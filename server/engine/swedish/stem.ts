import { stemmer } from '@orama/stemmers/swedish';
import { LruMemo } from '../lru-memo';

/**
 * Snowball Swedish stem, memoised: the same few thousand words are stemmed for every entry and
 * question (bounded: questions are unbounded input).
 *
 * Snowball turns "nära" into "när" (and "närhet" too), so "när" must be filtered as a stopword
 * BEFORE stemming; it is, which leaves the stem "när" meaning only nära/närhet.
 *
 * One addition to Snowball: it never removes the definite neuter ending -et, so "målet",
 * "beslutet", "uppdraget", "arbetet" would never meet "mål", "beslut", "uppdrag", "arbete". We strip
 * -et from the stem, twice if the base itself ends in -et ("paketet" → "paket" → "pak", the same
 * as "paket" → "pak"). Because it works on Snowball's stem, every form of a word still agrees
 * ("kvalitet", "kvaliteten", "kvaliteter" all → "kvalit").
 */
/** Words stemmed and remembered: Snowball takes a few microseconds a word, and a base's few thousand words recur in every entry and question. */
const cache = new LruMemo<string>(100_000);
const DIGIT = /\p{N}/u;
/** Shortest stem left after removing -et: "mål", "råd", "liv". */
const MIN_STEM = 3;
/** Loanwords where -et is not an ending and the rest is another word ("intern"). */
const KEEP_ET: ReadonlySet<string> = new Set(['internet']);

const stripNeuterEt = (s: string): string => {
  let out = s;
  for (let i = 0; i < 2 && out.endsWith('et') && out.length - 2 >= MIN_STEM && !KEEP_ET.has(out); i++) out = out.slice(0, -2);
  return out;
};

/**
 * Snowball removes a final -s (the genitive) after these letters, from the word but not from its stem: "diagnos" →
 * "diagno" while "diagnoser" → "diagnos", "resurs" → "resur" while "resursen" → "resurs". The same rule run on the
 * stem makes every form agree ("diagno", "resur"); "process" and "kris" keep theirs, as Snowball does.
 */
const S_AFTER = /[bcdfghjklmnoprtvy]s$/;
const stripFinalS = (s: string): string => (S_AFTER.test(s) && s.length - 1 >= MIN_STEM ? s.slice(0, -1) : s);

// Numbers ("2022") and words with digits are kept whole; Snowball has no business with them.
export const stem = (word: string): string => cache.get(word, () => (DIGIT.test(word) ? word : stripFinalS(stripNeuterEt(stemmer(word)))));
