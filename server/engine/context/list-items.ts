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

const wordsOf = (text: string) => tokenize(normalizeText(text)).map(fold);

/**
 * The item of the list just shown that a short follow-up names and asks nothing else about: "vad betyder
 * Nära?" or "och delen som heter Nära?" after a list of the målbild's three parts. Undefined when none, or
 * when the message has words of its own beyond the name ("vad är nära vård?" is a question in itself).
 */
export const itemNamedIn = (text: string, items: readonly string[]): string | undefined => {
  const words = wordsOf(text);
  if (words.length > 8) return undefined;
  let best: { item: string; size: number } | undefined;
  for (const item of items) {
    const label = labelOf(item);
    if (!label) continue;
    const name = wordsOf(label);
    const at = words.findIndex((_, i) => name.every((w, j) => words[i + j] === w));
    if (at < 0) continue;
    const rest = [...words.slice(0, at), ...words.slice(at + name.length)];
    if (rest.some((w) => isContentWord(w) && !isLightWord(w))) continue;
    if (!best || name.length > best.size) best = { item, size: name.length };
  }
  return best?.item;
};
