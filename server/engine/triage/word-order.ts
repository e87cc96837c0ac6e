/**
 * Swedish main clauses put the verb second: after "nu", "idag" or "sen" the subject follows the verb,
 * so "han andas inte" is written "nu andas han inte". The rules are written in the plain order
 * ("andas inte", "svarar inte", "blöder mycket"), so a subject between a verb and the word that qualifies
 * it is put back before the verb: "andas han knappt" → "han andas knappt", "varför kan jag inte andas" →
 * "varför jag kan inte andas". Moved, not dropped: who it is about still counts ("imorn finns ja inte").
 * Not after a subjunction, where Swedish keeps the subject first. There, "not" comes before the verb, and
 * it is moved behind it: "om jag inte fanns" → "om jag fanns inte", "att hon inte kommer" → "att hon kommer inte".
 * Works on folded text (no å/ä/ö).
 */
const SUBJECTS = 'jag|du|han|hon|hen|vi|ni|de|dom|den|det|man|barnet|bebisen|babyn|pappa|mamma|sonen|dottern|mannen|frun|sambon|grannen|kompisen';
const QUALIFIERS = 'inte|knappt|aldrig|ingenting|inget|jattemycket|mycket|massor|konstigt|konstig|glest|tungt|kraftigt|fortfarande|ocksa|helt|nastan|bara|redan|sonder|ihjal|omkull|ihop';
const SUBJUNCTIONS = 'om|att|nar|som|eftersom|fast|medan|innan|tills|ifall|sa|och|men|eller|for|utan|an|da|dar|hur|vad|vem|varfor|vilket|vilken';

const INVERTED = new RegExp(`\\b(?!(?:${SUBJUNCTIONS})\\b)([a-z0-9]+) (${SUBJECTS}) (?=(?:${QUALIFIERS})\\b)`, 'g');

/** In a subordinate clause "not" comes before the verb: "att jag inte orkar leva" is read "att jag orkar inte leva". */
const NOT_BEFORE_VERB = new RegExp(`\\b(${SUBJECTS}) (inte|aldrig|knappt) (?!(?:${SUBJECTS}|${QUALIFIERS})\\b)([a-z]+)`, 'g');

/** Both changes need a word that qualifies a verb: most messages have none, and are left as they are at once. */
const ANY_QUALIFIER = new RegExp(`\\b(?:${QUALIFIERS})\\b`);

export const straightenWordOrder = (folded: string): string =>
  ANY_QUALIFIER.test(folded) ? folded.replace(INVERTED, '$2 $1 ').replace(NOT_BEFORE_VERB, '$1 $3 $2') : folded;
