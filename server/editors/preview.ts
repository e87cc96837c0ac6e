import { html } from 'hono/html';
import { withoutSourceLine } from '../knowledge/source-line';
import { httpUrl, inlinePieces, parseBlocks } from '../text/markdown-blocks';

const inline = (text: string, inBold = false): unknown[] =>
  inlinePieces(text, inBold).map((piece) =>
    'bold' in piece ? html`<strong>${inline(piece.bold, true)}</strong>` : 'href' in piece ? html`<a href="${piece.href}">${piece.label}</a>` : piece.text);

/**
 * An answer as the widget shows it, for the editor's preview: the text without its closing source line, in the
 * same paragraphs, lists, bold and links (the same parser as the widget's), then the source once beneath it.
 */
export const previewHtml = (body: string, source: { title: string; url: string }) => html`<div class="preview">
${parseBlocks(withoutSourceLine(body)).map((block) => (block.list
  ? html`<ul>${block.items.map((item) => html`<li>${inline(item)}</li>`)}</ul>`
  : html`<p>${block.lines.map((line, i) => html`${i ? html`<br>` : ''}${inline(line)}`)}</p>`))}
<p><small>Källor</small></p><ul><li>${httpUrl(source.url) ? html`<a href="${source.url}">${source.title}</a>` : source.title}</li></ul></div>`;
