/**
 * What an answer must not hold, because the guide shows it on other organisations' pages: raw HTML (the
 * widget shows text and a little Markdown, never markup), and links anywhere but the web, e-mail or phone
 * (`javascript:`, `data:`, `file:`…). Found here so kb:check and the server refuse the entry, and the API
 * never passes such a text on.
 */

/** A tag, a closing tag or a comment: "<" and letters, then a space, "/" or ">". Not "<https://…>" or "a < b". */
const RAW_HTML = /<\/?[a-z][a-z0-9-]*(?=[\s/>])|<!--/i;

/** Where a Markdown link points: `[text](target)`, `[ref]: target`, `<scheme:…>`. */
const LINK_TARGETS = [/\]\(\s*<?([^)\s>]*)/g, /^\s*\[[^\]]+\]:\s*<?([^>\s]*)/gm, /<([a-z][a-z0-9+.-]*:[^>\s]*)>/gi];

/** The only places an answer may link to. Anything else, however written ("JaVaScRiPt:", "javascript&#58;"), is refused. */
const SAFE_TARGET = /^(https?:\/\/|mailto:|tel:)/i;

export type UnsafeMarkup = { index: number; kind: 'html' | 'link'; text: string };

/** The first raw HTML or unsafe link in an answer's Markdown, or undefined. */
export const findUnsafeMarkup = (body: string): UnsafeMarkup | undefined => {
  const html = RAW_HTML.exec(body);
  const found: UnsafeMarkup[] = html ? [{ index: html.index, kind: 'html', text: body.slice(html.index, html.index + 40).split('\n')[0]! }] : [];
  for (const pattern of LINK_TARGETS) {
    for (const match of body.matchAll(pattern)) {
      const target = match[1]!;
      if (!SAFE_TARGET.test(target)) found.push({ index: match.index! + match[0].indexOf(target), kind: 'link', text: target.slice(0, 60) });
    }
  }
  return found.sort((a, b) => a.index - b.index)[0];
};
