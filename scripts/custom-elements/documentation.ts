// The widget's custom elements manifest, from the elements' JSDoc, and the lists in docs/webmaster.md
// written from it (`npm run docs:elements`), so the documentation cannot drift from the code:
// documentation.test.ts fails when either is out of date, and the widget's browser tests check that every
// part the elements render is in the manifest.
import { readFileSync } from 'node:fs';
import { create, ts } from '@custom-elements-manifest/analyzer/index.js';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import type { Attribute, CssCustomProperty, CssPart, CustomElement, CustomElementDeclaration, Event, Package } from 'custom-elements-manifest/schema';

/** An element in the manifest: a class with what makes it a custom element. */
export type ElementDoc = CustomElementDeclaration & CustomElement;

/** The elements, the page's first: <nara-guide>, and the panel whose parts it exports. */
export const SOURCES = ['widget/nara-guide.ts', 'widget/nara-guide-panel.ts'];
export const MANIFEST_FILE = 'widget/custom-elements.json';
export const DOC_FILE = 'docs/webmaster.md';
export const START = '<!-- Written by `npm run docs:elements` from the JSDoc of widget/nara-guide.ts and widget/nara-guide-panel.ts: edit the JSDoc, not these lines. -->';
export const END = '<!-- End of the written lists. -->';

type Read = (file: string) => string;
export const readText: Read = (file) => readFileSync(file, 'utf8');

/** The manifest of the widget's elements, as the analyzer reads their sources (Lit's static properties included). */
export const manifest = (read: Read = readText): Package =>
  create({
    modules: SOURCES.map((file) => ts.createSourceFile(file, read(file), ts.ScriptTarget.ES2022, true)),
    plugins: litPlugin(),
  });

/** An element of the manifest by its tag name. */
export const element = (pkg: Package, tagName: string): ElementDoc => {
  for (const module of pkg.modules) {
    for (const declaration of module.declarations ?? []) {
      const found = declaration as Partial<ElementDoc>;
      if (found.customElement && found.tagName === tagName) return found as ElementDoc;
    }
  }
  throw new Error(`${MANIFEST_FILE}: no <${tagName}> among ${SOURCES.join(', ')}`);
};

const cell = (text = '') => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text: string) => `\`${text}\``;

/** What a page can use of <nara-guide>: attributes, methods, events, custom properties, and every part (the panel's exported). */
export const documentation = (pkg: Package): string => {
  const guide = element(pkg, 'nara-guide');
  const panel = element(pkg, 'nara-guide-panel');
  const attributes = (guide.attributes ?? []).filter((a: Attribute) => a.description);
  const methods = (guide.members ?? []).filter((m) => m.kind === 'method' && (m.privacy ?? 'public') === 'public' && !m.static && m.description);
  // The analyzer also reports the generic dispatch in emit(); only documented (@fires) events are the element's.
  const events = (guide.events ?? []).filter((e: Event) => e.description);
  const properties = guide.cssProperties ?? [];
  const parts = [...(guide.cssParts ?? []), ...(panel.cssParts ?? []).filter((p) => !guide.cssParts?.some((g) => g.name === p.name))];
  const lines = [
    START,
    '',
    '| attribute | default | what it does |',
    '|---|---|---|',
    ...attributes.map((a) => `| ${code(a.name)} | ${cell(a.default)} | ${cell(a.description)} |`),
    '',
    '| method | what it does |',
    '|---|---|',
    ...methods.map((m) => `| ${code(`${m.name}(${'parameters' in m ? (m.parameters ?? []).map((p) => p.name).join(', ') : ''})`)} | ${cell(m.description)} |`),
    '',
    '| event | when |',
    '|---|---|',
    ...events.map((e) => `| ${code(e.name)} | ${cell(e.description)} |`),
    '',
    '| custom property | default (light / dark) | used for |',
    '|---|---|---|',
    ...properties.map((p: CssCustomProperty) => `| ${code(p.name)} | ${cell(p.default)} | ${cell(p.description)} |`),
    '',
    'Parts, for `nara-guide::part(NAME) { … }`:',
    '',
    '| part | what it is |',
    '|---|---|',
    ...parts.map((p: CssPart) => `| ${code(p.name)} | ${cell(p.description)} |`),
    '',
    END,
  ];
  return lines.join('\n');
};

/** The documentation page with its written lists replaced by `lists`. */
export const withLists = (doc: string, lists: string): string => {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${DOC_FILE}: the markers of the written lists are missing (${START} … ${END})`);
  return doc.slice(0, start) + lists + doc.slice(end + END.length);
};

/** The manifest file's text. */
export const manifestText = (pkg: Package): string => `${JSON.stringify(pkg, null, 2)}\n`;
