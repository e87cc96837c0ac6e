import { fold, isContentWord, isLightWord, normalizeText, tokenize } from '../swedish';

/**
 * The items of the first Markdown list in an answer, as plain text: "den tredje" after an answer that
 * lists four shifts means the third shift. Emphasis and link syntax are removed.
 */
export const listItems = (markdown: string): string[] => {
  const items: string[] = [];
  for (const line of markdown.split('\n')) {
    const item = /^\s*(?:[-*•]|\d+[.)])\s+(.+)$/.exec(line);
    if (item) items.push(item[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '').trim());
    else if (items.length && line.trim()) break; // the first list only
  }
  return items;
};

/** The visitor names the suggestions ("det andra förslaget", "alternativ 2"), not the answer's list. */
export const pointsAtSuggestion = (text: string): boolean =>
  /(?:^|\s)(?:förslag\w*|forslag\w*|alternativ\w*|frågan|fragan|option|suggestion)(?=\s|$|[?.!,])/u.test(text);

/** The name an item goes by: its text before a colon or dash ("Nära: jämlik vård…" → "Nära"), when it has one. */
const labelOf = (item: string): string | null => {
  const label = /^([^:–-]{3,40})\s*[:–-]\s/.exec(item)?.[1]?.trim();
  return label ?? null;
};

/** A text's words as the list's names are compared: normalised, tokenised, folded. */
export const wordsOf = (text: string): string[] => tokenize(normalizeText(text)).map(fold);

/** The names of a list's items as words (`wordsOf`), null for an item without one: made once per entry. */
export const itemNames = (items: readonly string[]): (string[] | null)[] => items.map((item) => {
  const label = labelOf(item);
  return label ? wordsOf(label) : null;
});

/**
 * Words that ask about an item rather than about something else: "vem ansvarar för digitaliseringsdelen?" asks who
 * stands behind that item of the list just shown. Folded.
 */
const ABOUT_AN_ITEM = new Set(['ansvarar', 'ansvarig', 'ansvariga', 'ansvaret', 'skoter', 'driver', 'leder', 'handlar', 'innebar', 'betyder', 'menas', 'galler']);

/** A word for a part of something, as the head of a compound naming an item ("digitaliserings|delen", "samarbets|biten"). */
const PART = /^s?(?:del|delen|biten|punkten|avsnittet|omradet|sparet)$/;

/** Where a one-word name stands in the words, also as the first part of a compound with a word for a part: its index, or -1. */
const nameAt = (words: readonly string[], name: readonly string[]): number => {
  const at = words.findIndex((_, i) => name.every((w, j) => words[i + j] === w));
  if (at >= 0 || name.length !== 1) return at;
  // "samarbete" is "samarbets-" in a compound: its final e may go.
  const stems = [name[0]!, name[0]!.replace(/e$/, '')];
  return words.findIndex((word) => stems.some((stem) => stem.length >= 4 && word.startsWith(stem) && PART.test(word.slice(stem.length))));
};

/**
 * The item of the list just shown that a short follow-up names and asks nothing else about: "vad betyder
 * Nära?", "och delen som heter Nära?" or "vem ansvarar för digitaliseringsdelen?" after a list whose items are so
 * named. Undefined when none, or when the message has words of its own beyond the name ("vad är nära vård?" is a
 * question in itself). `words`: the follow-up's `wordsOf`; `names`: the items' `itemNames`.
 */
export const itemNamedIn = (words: readonly string[], items: readonly string[], names: readonly (readonly string[] | null)[]): string | undefined => {
  if (words.length > 8) return undefined;
  let best: { item: string; size: number } | undefined;
  items.forEach((item, k) => {
    const name = names[k];
    if (!name) return;
    const at = nameAt(words, name);
    if (at < 0) return;
    const rest = [...words.slice(0, at), ...words.slice(at + name.length)];
    if (rest.some((w) => isContentWord(w) && !isLightWord(w) && !ABOUT_AN_ITEM.has(w) && !PART.test(w))) return;
    if (!best || name.length > best.size) best = { item, size: name.length };
  });
  return best?.item;
};
