/**
 * The minimal Markdown of a reply (API.md: paragraphs, `- ` lists, **bold**, [links](https://…)), parsed the
 * same way wherever it is shown: the widget renders the blocks (widget/markdown.ts), the editors' preview too.
 */
export type Block = { list: false; lines: string[] } | { list: true; items: string[] };

const LIST_ITEM = /^ {0,3}[-*] +(.*)$/;
/** **bold** or [text](url); the text of a link may not span lines or contain brackets. */
export const INLINE = /\*\*(?=\S)(.+?)\*\*|\[([^\]\n]+)\]\(([^()\s]+)\)/g;

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

