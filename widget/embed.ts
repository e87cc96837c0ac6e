/**
 * What `/widget.js` runs. Embedding is one tag:
 *
 *   <script type="module" src="https://guide.example.se/widget.js" data-tenant="norrbotten"></script>
 *
 * Optional: data-lang ("sv" | "en"), data-position ("right" | "left", or "inline": in the page where the tag
 * stands), data-accent ("#rrggbb").
 * The server is where this module came from (`import.meta.url`), so the tag needs no address of its own.
 * Whatever goes wrong, the host page's own scripts must keep working: nothing here throws.
 */
import { NaraGuide } from './nara-guide.js';

const ATTRIBUTES = ['tenant', 'lang', 'position', 'accent'] as const;

/** The script element that loaded this module: module scripts have no document.currentScript. */
const ownScript = (self: string): HTMLScriptElement | undefined => {
  const scripts = [...document.querySelectorAll<HTMLScriptElement>('script[src]')];
  const withoutQuery = (url: string) => url.replace(/[?#].*$/, '');
  return (
    scripts.find((script) => script.src === self) ??
    scripts.find((script) => withoutQuery(script.src) === withoutQuery(self)) ??
    scripts.find((script) => script.dataset.tenant !== undefined && /\/widget\.js(?:[?#]|$)/.test(script.src))
  );
};

const embed = (): void => {
  if (!customElements.get('nara-guide')) customElements.define('nara-guide', NaraGuide);
  if (document.querySelector('nara-guide')) return; // the page placed the element itself
  const script = ownScript(import.meta.url);
  if (!script?.dataset.tenant) return console.warn('nara-guide: add data-tenant="…" to the <script> tag that loads widget.js');
  const element = document.createElement('nara-guide');
  for (const name of ATTRIBUTES) {
    const value = script.dataset[name];
    if (value) element.setAttribute(name, value);
  }
  // The directory widget.js is served from, so a server behind a path prefix works too.
  element.server = new URL('.', import.meta.url).href;
  // Inline: where the tag stands in the page (a script in the <head> has no place in it: the end of the body).
  // Floating: at the end of the body, above the page.
  if (script.dataset.position === 'inline' && script.parentElement && script.closest('body')) script.after(element);
  else document.body.append(element);
};

const run = () => {
  try {
    embed();
  } catch (error) {
    console.warn('nara-guide: the widget could not start', error);
  }
};

if (document.body) run();
else document.addEventListener('DOMContentLoaded', run, { once: true });
