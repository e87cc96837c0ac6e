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
 * The item of the list just shown that a short follow-up names and asks nothing else about: "vad betyder
 * Nära?" or "och delen som heter Nära?" after a list of the målbild's three parts. Undefined when none, or
 * when the message has words of its own beyond the name ("vad är nära vård?" is a question in itself).
 * `words`: the follow-up's `wordsOf`; `names`: the items' `itemNames`.
 */
export const itemNamedIn = (words: readonly string[], items: readonly string[], names: readonly (readonly string[] | null)[]): string | undefined => {
  if (words.length > 8) return undefined;
  let best: { item: string; size: number } | undefined;
  items.forEach((item, k) => {
    const name = names[k];
    if (!name) return;
    const at = words.findIndex((_, i) => name.every((w, j) => words[i + j] === w));
    if (at < 0) return;
    const rest = [...words.slice(0, at), ...words.slice(at + name.length)];
    if (rest.some((w) => isContentWord(w) && !isLightWord(w))) return;
    if (!best || name.length > best.size) best = { item, size: name.length };
  });
  return best?.item;
};
