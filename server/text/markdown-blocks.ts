/**
 * The minimal Markdown of a reply (API.md: paragraphs, `- ` lists, **bold**, [links](https://…)), parsed the
 * same way wherever it is shown: the widget renders the blocks (widget/markdown.ts), the editors' preview too.
 */
export type Block = { list: false; lines: string[] } | { list: true; items: string[] };

const LIST_ITEM = /^ {0,3}[-*] +(.*)$/;
/** **bold** or [text](url); the text of a link may not span lines or contain brackets. */
const INLINE = /\*\*(?=\S)(.+?)\*\*|\[([^\]\n]+)\]\(([^()\s]+)\)/g;

/** Splits the source into paragraphs (separated by blank lines) and lists (consecutive `- ` lines). */
export const parseBlocks = (source: string): Block[] => {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    const item = LIST_ITEM.exec(line);
    if (!line.trim()) {
      current = undefined;
    } else if (item) {
      if (!current?.list) blocks.push((current = { list: true, items: [] }));
      current.items.push(item[1] ?? '');
    } else if (current?.list && /^\s/.test(line)) {
      // An indented line continues the list item above it.
      current.items[current.items.length - 1] += ` ${line.trim()}`;
    } else {
      if (!current || current.list) blocks.push((current = { list: false, lines: [] }));
      current.lines.push(line.trim());
    }
  }
  return blocks;
};


/** The URL as a string if it is an absolute http: or https: URL, otherwise undefined: the only links a reply makes. */
export const httpUrl = (url: string): string | undefined => {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
};

/** A piece of a line: plain text, **bold** (whose text may hold links), or a link with an http(s) address. */
export type Inline = { text: string } | { bold: string } | { label: string; href: string };

/** A line's pieces; a link that is not http(s), or bold inside bold, stays plain text. */
export const inlinePieces = (text: string, inBold = false): Inline[] => {
  const pieces: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const [whole, bold, label, url] = match;
    const index = match.index ?? 0;
    if (bold !== undefined && inBold) continue;
    const href = url === undefined ? undefined : httpUrl(url);
    if (label !== undefined && href === undefined) continue;
    pieces.push({ text: text.slice(last, index) });
    pieces.push(bold !== undefined ? { bold } : { label: label!, href: href! });
    last = index + whole.length;
  }
  pieces.push({ text: text.slice(last) });
  return pieces;
};
