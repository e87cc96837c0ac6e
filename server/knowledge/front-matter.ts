import { LineCounter, parseDocument, isNode, type Document } from 'yaml';

export type FrontMatter = {
  /** The parsed YAML document, for looking up where a field is. */
  doc: Document;
  data: unknown;
  /** The Markdown after the closing `---`. */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** Line of a field in the file (1-based), or of the front matter's start when the field is absent. */
  lineOf(path: readonly PropertyKey[]): number;
  errors: { line: number; message: string }[];
};

const FENCE = /^---[ \t]*$/;

/**
 * Splits a Markdown file into YAML front matter and body, keeping line numbers so
 * every problem can point at `file:line`. Returns null when the file has no front matter.
 */
export const parseFrontMatter = (text: string): FrontMatter | null => {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) return null;
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (end < 0) return null;
  const yamlText = lines.slice(1, end).join('\n');
  return parseYamlWithLines(yamlText, 1, lines.slice(end + 1).join('\n').trim(), end + 2);
};

/** Parses YAML whose first line is line `offset + 1` of its file. */
export const parseYamlWithLines = (yamlText: string, offset = 0, body = '', bodyLine = 0): FrontMatter => {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  const errors = doc.errors.map((e) => ({
    line: offset + (e.linePos?.[0]?.line ?? counter.linePos(e.pos[0]).line),
    message: e.message.split('\n')[0] ?? e.message,
  }));
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return offset + counter.linePos(node.range[0]).line;
      // The key exists but its value is empty: point at the key.
      if (n === path.length && doc.hasIn(path.slice(0, n) as unknown[])) break;
    }
    const key = path[0];
    if (typeof key === 'string') {
      const idx = yamlText.split('\n').findIndex((l) => l.startsWith(`${key}:`));
      if (idx >= 0) return offset + idx + 1;
    }
    return offset;
  };
  return { doc, data: errors.length ? undefined : doc.toJS(), body, bodyLine, lineOf, errors };
};
