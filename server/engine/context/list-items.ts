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
