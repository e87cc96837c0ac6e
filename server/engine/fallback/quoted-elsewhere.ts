import type { Entry } from '../../knowledge/entry-schema';
import { NATIONAL } from '../../knowledge/knowledge';
import { foldForMatching } from '../triage/fold-for-matching';

/** A phrase in quotes of any kind a visitor types: 'så', "så", ”så”, «så». */
const QUOTED = /["“”«»'‘’]([^"“”«»'‘’]{3,100})["“”«»'‘’]/g;

/** The phrases a visitor quotes, folded ("Vad betyder 'Digitalt när det går'?" → "digitalt nar det gar"): two words or more. */
export const quotedPhrases = (text: string): string[] =>
  [...text.matchAll(QUOTED)].map((match) => foldForMatching(match[1]!)).filter((phrase) => phrase.includes(' '));

/** Each entry's questions and text, folded, made once per entry object (a reload makes new ones for changed entries). */
const foldedText = new WeakMap<Entry, string>();
/** Whether an entry's questions or text hold a phrase as `quotedPhrases` gives it. */
export const holds = (entry: Entry, phrase: string): boolean => {
  let text = foldedText.get(entry);
  if (text === undefined) foldedText.set(entry, (text = ` ${foldForMatching(`${entry.questions.join(' ')} ${entry.body}`)} `));
  return text.includes(` ${phrase} `);
};

/**
 * Of entries offered, the one whose own questions ask about every phrase the visitor quotes ("Vad betyder delområdet
 * 'Nära mig på bästa sätt' för mig?": the entry asked "Vad menas med Nära mig på bästa sätt?", not the målbild that
 * lists it), when exactly one does.
 */
export const askedAboutQuoted = <T extends { entry: Entry }>(quoted: readonly string[], offered: readonly T[]): T | undefined => {
  if (!quoted.length) return undefined;
  const asking = offered.filter(({ entry }) => {
    const questions = ` ${foldForMatching(entry.questions.join(' . '))} `;
    return quoted.every((phrase) => questions.includes(` ${phrase} `));
  });
  return asking.length === 1 ? asking[0] : undefined;
};

/**
 * Whether the visitor quotes another organisation's words ("Vad betyder 'Digitalt när det går'?" asked on Värmland's
 * site, a phrase of Västerbotten's texts): none of the entries offered holds the phrase, and an entry of an organisation
 * other than `tenant` does. Such a question is about that organisation's content, which this base does not have.
 */
export const quotesAnotherOrganisation = (quoted: readonly string[], offered: readonly Entry[], entries: Iterable<Entry>, tenant: string): boolean => {
  const missing = quoted.filter((phrase) => !offered.some((entry) => holds(entry, phrase)));
  if (!missing.length) return false;
  for (const entry of entries) {
    if (entry.tenant !== NATIONAL && entry.tenant !== tenant && missing.some((phrase) => holds(entry, phrase))) return true;
  }
  return false;
};
