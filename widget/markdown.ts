/**
 * The minimal Markdown of a reply (API.md: paragraphs, `- ` lists, **bold**, [links](https://…)) as a Lit template.
 *
 * Safety by construction: every piece of the source reaches the DOM as a Lit text binding, never as HTML,
 * so `<script>` or `<img onerror>` in a reply shows as the characters it is. The only attribute written from
 * the source is a link's `href`, and only after it parsed as an absolute http(s) URL.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { httpUrl, inlinePieces, parseBlocks } from '../server/text/markdown-blocks.js';

export { httpUrl, parseBlocks };

export type MarkdownOptions = {
  /** Read after each link, visually hidden, since links open in a new tab. */
  newTabHint?: string;
};

/** Renders reply text as paragraphs and lists; anything else in it stays literal text. */
export const renderMarkdown = (source: string, options: MarkdownOptions = {}): TemplateResult =>
  html`${parseBlocks(source).map((block) =>
    block.list
      ? html`<ul part="md-list">${block.items.map((item) => html`<li>${renderInline(item, options)}</li>`)}</ul>`
      : html`<p part="md-paragraph">${block.lines.map((line, i) => html`${i ? html`<br />` : nothing}${renderInline(line, options)}`)}</p>`,
  )}`;

const renderInline = (text: string, options: MarkdownOptions, inBold = false): unknown[] =>
  inlinePieces(text, inBold).map((piece) =>
    'bold' in piece ? html`<strong>${renderInline(piece.bold, options, true)}</strong>`
    : 'href' in piece ? html`<a part="link" href=${piece.href} target="_blank" rel="noopener noreferrer">${piece.label}${hint(options)}</a>`
    : piece.text,
  );

const hint = (options: MarkdownOptions) =>
  options.newTabHint ? html`<span class="visually-hidden"> ${options.newTabHint}</span>` : nothing;
