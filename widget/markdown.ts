/**
 * The minimal Markdown of a reply (API.md: paragraphs, `- ` lists, **bold**, [links](https://…)) as a Lit template.
 *
 * Safety by construction: every piece of the source reaches the DOM as a Lit text binding, never as HTML,
 * so `<script>` or `<img onerror>` in a reply shows as the characters it is. The only attribute written from
 * the source is a link's `href`, and only after it parsed as an absolute http(s) URL.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { INLINE, parseBlocks } from '../server/text/markdown-blocks.js';

export { parseBlocks };

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

const renderInline = (text: string, options: MarkdownOptions, inBold = false): unknown[] => {
  const parts: unknown[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const [whole, bold, label, url] = match;
    const index = match.index ?? 0;
    if (bold !== undefined && inBold) continue;
    const href = url === undefined ? undefined : httpUrl(url);
    if (label !== undefined && href === undefined) continue; // not an http(s) link: leave it as text
    parts.push(text.slice(last, index));
    parts.push(
      bold !== undefined
        ? html`<strong>${renderInline(bold, options, true)}</strong>`
        : html`<a part="link" href=${href} target="_blank" rel="noopener noreferrer">${label}${hint(options)}</a>`,
    );
    last = index + whole.length;
  }
  parts.push(text.slice(last));
  return parts;
};

const hint = (options: MarkdownOptions) =>
  options.newTabHint ? html`<span class="visually-hidden"> ${options.newTabHint}</span>` : nothing;

/** The URL as a string if it is an absolute http: or https: URL, otherwise undefined. */
export const httpUrl = (url: string): string | undefined => {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
};
