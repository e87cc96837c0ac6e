import { html } from 'hono/html';
import { withoutSourceLine } from '../knowledge/source-line';
import { INLINE, parseBlocks } from '../text/markdown-blocks';

/** An absolute http(s) URL, else undefined: the only links the widget makes. */
const httpUrl = (url: string): string | undefined => {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
};

const inline = (text: string, inBold = false): unknown[] => {
  const parts: unknown[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const [whole, bold, label, url] = match;
    const index = match.index ?? 0;
    if (bold !== undefined && inBold) continue;
    const href = url === undefined ? undefined : httpUrl(url);
    if (label !== undefined && href === undefined) continue;
    parts.push(text.slice(last, index));
    parts.push(bold !== undefined ? html`<strong>${inline(bold, true)}</strong>` : html`<a href="${href}">${label}</a>`);
    last = index + whole.length;
  }
  parts.push(text.slice(last));
  return parts;
};

/**
 * An answer as the widget shows it, for the editor's preview: the text without its closing source line, in the
 * same paragraphs, lists, bold and links (the same parser as the widget's), then the source once beneath it.
 */
export const previewHtml = (body: string, source: { title: string; url: string }) => html`<div class="preview">
${parseBlocks(withoutSourceLine(body)).map((block) => (block.list
  ? html`<ul>${block.items.map((item) => html`<li>${inline(item)}</li>`)}</ul>`
  : html`<p>${block.lines.map((line, i) => html`${i ? html`<br>` : ''}${inline(line)}`)}</p>`))}
<p><small>Källor</small></p><ul><li>${httpUrl(source.url) ? html`<a href="${source.url}">${source.title}</a>` : source.title}</li></ul></div>`;
