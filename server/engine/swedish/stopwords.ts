import { fold, hasDiacritics } from './fold';
import { editDistance } from './edit-distance';

/**
 * Swedish stopwords: the Snowball list (114 words) with two changes, plus a few question fillers.
 *
 * The long 400-word lists that circulate drop words that carry the meaning of questions about
 * nära vård — "god", "goda", "tillsammans", "första", "andra", "tredje", "egen", "år", "tid",
 * "bättre", "nära", "vård", "hälsa", "mål" — so they are NOT here. From Snowball we removed
 * "själv" (egenvård: "vad kan jag göra själv") and "sitta" (a Snowball oddity).
 *
 * "när" IS a stopword: it is a question word, and Snowball stems "nära" to "när", so keeping "när"
 * would merge "när beslutades…" with "nära vård". "Digitalt när det går" still finds its entry
 * through "digitalt" and "går".
 *
 * Question words (QUESTION_WORDS) are stopwords for search; the engine can still read them for intent.
 */
const SNOWBALL = `
och det att i en jag hon som han på den med var sig för så till är men ett om hade de av icke mig
du henne då sin nu har inte hans honom skulle hennes där min man ej vid kunde något från ut när
efter upp vi dem vara vad över än dig kan sina här ha mot alla under någon eller allt mycket sedan
ju denna detta åt utan varit hur ingen mitt ni bli blev oss din dessa några deras blir mina samma
vilken er sådan vår blivit dess inom mellan sådant varför varje vilka ditt vem vilket sådana vart
dina vars vårt våra ert era vilkas`;

// Fillers visitors put around their question ("jag vill veta mer om…", "finns det…", "ska man…").
// Spoken forms of Snowball words ("nåt", "dom", "mej") and fillers of chat Swedish ("asså", "typ").
// And what Snowball's list lacks of its own kind: "vems", chat "va", and the prepositions "ur", "enligt", "bland"
// (measured: six more answers right over the visitor sets, none lost).
const FILLERS = 'ska sitt också även bara samt hos får finns vill mer nåt nån nånting dom mej dej sej asså alltså typ liksom ba inget inga ingenting ur vems enligt bland va';

/**
 * Chat abbreviations of Snowball words: "ngt", "ngn" (något, någon), "mkt" (mycket), "lr" (eller), "ja"
 * (jag). Stopwords for the search ("fardplanen vad ar det for ngt"), but not in `stopwords`, which the
 * triage's spelling repair takes as whole words to split run-together text into ("medskapare" is not
 * "med skapar e").
 */
const CHAT_ABBREVIATIONS: ReadonlySet<string> = new Set(['ngt', 'ngn', 'ngnting', 'mkt', 'lr', 'ja']);

/**
 * The pronoun "hen" (he or she), younger than Snowball's list: as much a stopword as "hon" ("ska hen bara ta emot
 * vård?"). Kept out of `stopwords` for the same reason as the abbreviations: a short piece to split text into.
 */
const NEWER_PRONOUNS: ReadonlySet<string> = new Set(['hen', 'hens', 'henom']);

/**
 * Courtesy around a question ("Hej!", "tack på förhand", "snälla"): it says nothing of what is asked, and the few
 * listed questions that keep it ("Hej! Vad är nära vård?") must not win a question for it ("varför behövs
 * omställningen, kort tack" is a why-question). Small talk reads it before the search. Not in `stopwords`, which the
 * triage's spelling repair splits run-together text into.
 */
const COURTESY: ReadonlySet<string> = new Set(['tack', 'tacksam', 'tacksamt', 'tackar', 'hej', 'hejsan', 'hallå', 'halla', 'tjena', 'snälla', 'vänligen', 'förhand', 'kortfattat', 'please', 'thanks', 'hello', 'hi']);

export const QUESTION_WORDS: ReadonlySet<string> = new Set(
  ['vad', 'vem', 'vilka', 'vilken', 'vilket', 'när', 'var', 'vart', 'varför', 'hur'],
);

export const stopwords: ReadonlySet<string> = new Set(`${SNOWBALL} ${FILLERS}`.trim().split(/\s+/));

// Visitors who type without å/ä/ö write "ar", "pa", "for", "nar": those are "är", "på", "för",
// "när" far more often than anything else (even "ar" is rarely "år"), so they count as stopwords too.
const FOLDED: ReadonlySet<string> = new Set([...stopwords].filter(hasDiacritics).map(fold));

/** Whether a normalised (lowercase) word is a stopword, also when typed without å/ä/ö. */
export const isStopword = (word: string): boolean =>
  stopwords.has(word) || CHAT_ABBREVIATIONS.has(word) || NEWER_PRONOUNS.has(word) || COURTESY.has(word) || (FOLDED.has(word) && !hasDiacritics(word));

const DIGIT = /\p{N}/u;

/**
 * Whether a token carries content for search: not a stopword, and not a lone letter (the "e" of
 * "e-tjänst", the "t" and "ex" debris of "t.ex."). Lone digits count: "1" in "steg 1".
 */
export const isContentWord = (word: string): boolean =>
  !isStopword(word) && (word.length > 1 || DIGIT.test(word));

/** Stopwords long enough that a word one slip from one is that word mistyped ("nangon", "mycke", "eftre"), folded. */
const SLIPPABLE: readonly string[] = [...new Set([...stopwords].map(fold).filter((word) => word.length >= 5))];

/**
 * Whether a word is a stopword typed with one slip (a letter wrong, missing, extra or two swapped): "tar nara vard slut
 * nangon gang". For words the knowledge base does not know: such a word is no subject the question is about, and must
 * not count against what an entry covers. Five letters or more, so "nar" or "dom" are never read as anything else.
 */
export const isStopwordSlip = (word: string): boolean => {
  if (word.length < 5) return false;
  const folded = fold(word);
  return SLIPPABLE.some((stop) => Math.abs(stop.length - folded.length) <= 1 && editDistance(folded, stop, 1) <= 1);
};
