import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC_FILE, MANIFEST_FILE, documentation, element, manifest, manifestText, withLists } from './documentation';

const pkg = manifest();

/** The `part="…"` names written literally in a widget source file. */
const partsIn = (file: string) => [...readFileSync(file, 'utf8').matchAll(/\bpart="([^"$]+)"/g)].flatMap((m) => m[1]!.split(/\s+/));

describe('the custom elements manifest and the lists written from it', () => {
  it('widget/custom-elements.json is the manifest of the current sources (else: npm run docs:elements)', () => {
    expect(readFileSync(MANIFEST_FILE, 'utf8')).toBe(manifestText(pkg));
  });

  it('the lists in docs/webmaster.md are written from it (else: npm run docs:elements)', () => {
    const doc = readFileSync(DOC_FILE, 'utf8');
    expect(withLists(doc, documentation(pkg))).toBe(doc);
  });

  it('documents every part written in the elements\' templates, and nothing they do not render', () => {
    const documented = new Set([...(element(pkg, 'nara-guide').cssParts ?? []), ...(element(pkg, 'nara-guide-panel').cssParts ?? [])].map((p) => p.name));
    const written = new Set(['widget/nara-guide.ts', 'widget/nara-guide-panel.ts', 'widget/handoff.ts', 'widget/markdown.ts'].flatMap(partsIn));
    // Written through a variable: the chip groups (renderChips(part, …)).
    for (const part of ['starters', 'suggestions']) written.add(part);
    expect([...written].filter((part) => !documented.has(part))).toEqual([]);
    expect([...documented].filter((part) => !written.has(part))).toEqual([]);
  });

  it('documents the public interface: attributes, methods, events and custom properties', () => {
    const guide = element(pkg, 'nara-guide');
    expect(guide.attributes?.filter((a) => a.description).map((a) => a.name)).toEqual(['tenant', 'server', 'lang', 'open', 'position', 'accent']);
    expect(guide.events?.filter((e) => e.description).map((e) => e.name)).toEqual(['nara-open', 'nara-close', 'nara-ask', 'nara-reply', 'nara-handoff']);
    const lists = documentation(pkg);
    for (const text of ['| `ask(text)` |', '| `--nara-accent` |', '| `--nara-z-index` | 2147483000 |', '| `handoff-receipt` |', '| `launcher` |']) expect(lists).toContain(text);
  });

  it('says which file to fix when the markers are gone', () => {
    expect(() => withLists('# Webmaster\n', 'lists')).toThrow(/docs\/webmaster\.md: the markers/);
  });
});
