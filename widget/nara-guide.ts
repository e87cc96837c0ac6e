import { LitElement, adoptStyles, html, nothing, svg, unsafeCSS, type CSSResult, type PropertyValues } from 'lit';
import type { TenantPublicConfig } from '../server/protocol.js';
import { strings, toLang, type Lang, type Strings } from './i18n/index.js';
import styles from './nara-guide.styles.js';
import type { Panel } from './panel.js';
import { readSaved } from './session.js';
import { themeCss } from './theme.js';

/** Where the module was loaded from: by default the API is on the same server as the widget. */
const moduleOrigin = (): string => {
  try {
    return new URL(import.meta.url).origin;
  } catch {
    return '';
  }
};

/**
 * A chat guide to Nära vård for one tenant (a region or a municipality): a launcher button that opens a
 * panel where the visitor asks questions and the server's answers appear with their sources and contacts.
 *
 * The closed launcher loads as little as possible: the panel, its styles and the connection to the server
 * are imported when the visitor first points at, focuses or opens the launcher. Nothing is stored and no
 * socket is opened before the visitor opens the guide; only the tenant's public configuration is fetched.
 * Once opened, the open state and the conversation are kept in sessionStorage, so the guide reopens with
 * the conversation on the site's next page (without taking the focus).
 *
 * With `position="inline"` the guide is part of the page where the element stands: no launcher, always
 * open, a region rather than a dialog; the session starts when the visitor first focuses into it.
 *
 * @example <nara-guide tenant="norrbotten"></nara-guide>
 * @example <nara-guide tenant="norrbotten" position="inline"></nara-guide>
 *
 * @fires nara-open - The visitor asked to open the guide. Cancelable: `preventDefault()` keeps it closed.
 * @fires nara-close - The visitor asked to close the guide. Cancelable.
 * @fires nara-ask - A question is about to be sent; `detail: { text }`. Cancelable: the question is not sent.
 * @fires nara-reply - A reply arrived; `detail: { question, reply }` with `reply` as in API.md.
 *
 * @csspart launcher - The button that opens and closes the guide.
 * @csspart panel - The open guide (role dialog).
 * @csspart header - The panel's header: title, disclaimer, close button.
 * @csspart title - The tenant's name.
 * @csspart disclaimer - "Automatiserad guide – inte medicinsk rådgivning".
 * @csspart close-button - Closes the panel.
 * @csspart log - The conversation (role log).
 * @csspart message - Every message; also `message-visitor`, `message-guide`, `message-error`.
 * @csspart feedback - The 👍/👎 group under a reply; each button is a `vote`.
 * @csspart vote - A 👍 or 👎 button, and the button that sends a 👎's reason.
 * @csspart feedback-form - The optional reason after 👎; its field is `feedback-input`.
 * @csspart feedback-input - The reason field.
 * @csspart starters - The tenant's starter questions; each is a `chip`.
 * @csspart chip - A question to tap: a starter or a suggestion.
 * @csspart suggestions - A reply's follow-up questions.
 * @csspart sources - A reply's sources; each link is a `link`.
 * @csspart link - Every link in a reply.
 * @csspart contacts - A reply's contact cards; each is a `contact`.
 * @csspart contact - One contact card.
 * @csspart status - The typing and connection state (role status).
 * @csspart form - The question form: `input` (textarea) and `send-button`.
 * @csspart input - The question textarea.
 * @csspart send-button - Sends the question.
 * @csspart human-button - "Prata med en människa".
 * @csspart emergency - "Vid fara för liv: ring 112".
 * @csspart privacy - "Skriv inga personuppgifter."
 *
 * @cssproperty --nara-accent - Launcher, header and the visitor's messages. Default: the tenant's theme.
 * @cssproperty --nara-accent-text - Text on `--nara-accent`; keep 4.5:1. Default: the tenant's theme.
 * @cssproperty --nara-link - Links in replies. @default #0b4f8a (dark: #9ecbff)
 * @cssproperty --nara-text - Text on the panel's surfaces. @default #1a1a1a (dark: #f1f1f1)
 * @cssproperty --nara-muted - Secondary text. @default #4d4d4d (dark: #c8c8c8)
 * @cssproperty --nara-surface - The panel's background. @default #ffffff (dark: #1b1e23)
 * @cssproperty --nara-surface-alt - The guide's messages. @default #f2f4f7 (dark: #2b3038)
 * @cssproperty --nara-border - Borders of the panel, fields and cards. @default #757575 (dark: #8d939c)
 * @cssproperty --nara-chip-border - Borders of questions to tap. @default --nara-accent (dark: #8d939c)
 * @cssproperty --nara-focus - The focus ring. @default #1a1a1a (dark: #ffffff)
 * @cssproperty --nara-radius - @default 0.75em
 * @cssproperty --nara-font - @default system-ui, sans-serif
 * @cssproperty --nara-offset - Distance from the viewport's corner. @default 1em
 * @cssproperty --nara-height - The panel's height with position="inline". @default 36em
 * @cssproperty --nara-z-index - @default 2147483000
 */
export class NaraGuide extends LitElement {
  static override styles = styles;

  // Reactive properties without decorators: the decorator runtime would cost the closed launcher ~0.4 KB gzip.
  static override properties = {
    tenant: {},
    server: {},
    lang: { reflect: true },
    open: { type: Boolean, reflect: true },
    position: { reflect: true },
    accent: {},
    config: { state: true },
    configState: { state: true },
    panel: { state: true },
    panelFailed: { state: true },
  };

  /** The tenant's id, e.g. `norrbotten`. */
  declare tenant: string;

  /** The server's base URL. @default the origin this module was loaded from */
  declare server: string;

  /** The widget's language; the tenant's own texts stay in theirs. @default 'sv' */
  declare lang: Lang;

  /** Whether the panel is open. */
  declare open: boolean;

  /** Which bottom corner the launcher sits in, or `inline`: the guide stands open where the element is. @default 'right' */
  declare position: 'right' | 'left' | 'inline';

  /** An accent colour (#rgb or #rrggbb) to use instead of the tenant's. */
  declare accent: string;

  /** The tenant's public configuration, once fetched. */
  declare config: TenantPublicConfig | undefined;

  /** 'loading' until the configuration arrived; 'unknown' for a tenant the server does not know. */
  declare configState: 'loading' | 'ready' | 'unavailable' | 'unknown' | 'not-allowed';

  /** The lazily loaded panel; undefined until first needed. */
  protected declare panel: Panel | undefined;

  private declare panelFailed: boolean;

  private panelLoad: Promise<Panel> | undefined;
  private panelStyles: CSSResult | undefined;
  private configRequest: AbortController | undefined;
  private focusInput = false;
  private focusLauncher = false;

  constructor() {
    super();
    this.tenant = '';
    this.server = moduleOrigin();
    this.lang = 'sv';
    this.open = false;
    this.position = 'right';
    this.accent = '';
    this.configState = 'loading';
    this.panelFailed = false;
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.open && this.position !== 'inline' && !event.isComposing) {
        event.preventDefault();
        this.close();
      }
    });
  }

  /** The strings of the widget's language. */
  get t(): Strings {
    return strings(this.lang);
  }

  /** The server's base URL with a trailing slash, for resolving API paths. */
  get base(): string {
    return this.server.endsWith('/') ? this.server : `${this.server}/`;
  }

  /** Opens the panel and asks a question, as if the visitor had typed it. */
  async ask(text: string): Promise<void> {
    this.open = true;
    (await this.loadPanel()).send(text);
  }

  /** Opens the panel (no event: the page asked, not the visitor). */
  show(): void {
    this.open = true;
  }

  /** Closes the panel (no event). */
  hide(): void {
    this.open = false;
  }

  /** Dispatches a `nara-` event from the element; false if a listener cancelled it. @internal */
  emit(name: string, detail?: unknown): boolean {
    return this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable: true, detail }));
  }

  /** The visitor closes the panel: focus goes back to the launcher. @internal */
  close(): void {
    if (this.position !== 'inline' && this.emit('nara-close')) {
      this.open = false;
      this.focusLauncher = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Opened after the first render (not by an `open` attribute in the markup, nor restored): the visitor is here.
    const opened = changed.has('open') && changed.get('open') !== undefined;
    if (this.position === 'inline') this.open = true;
    // Reopen where the visitor left the guide open on the site's previous page.
    else if (!this.hasUpdated && this.tenant && readSaved(this.tenant)?.open) this.open = true;
    if (changed.has('lang')) {
      const lang = toLang(this.lang);
      if (lang !== this.lang) this.lang = lang;
    }
    if (changed.has('tenant') || changed.has('server')) {
      void this.loadConfig();
      this.panel?.reset();
    }
    // Opening a guide whose configuration could not be fetched tries again, keeping the launcher in place.
    if (changed.has('open') && this.open && this.configState === 'unavailable') void this.loadConfig(true);
    if (opened) {
      if (this.open) this.focusInput = true;
      else if (this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement) this.focusLauncher = true;
    }
    if (this.open) void this.loadPanel().catch(() => undefined);
    // Opening connects; a state change it causes joins this update instead of scheduling another.
    if (this.open && this.panel && this.position !== 'inline') this.panel.start();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('accent') || changed.has('config')) this.adopt();
    if (changed.has('open')) this.followViewport(this.open && this.position !== 'inline');
    if (this.open && this.panel) {
      if (this.focusInput) {
        this.focusInput = false;
        this.panel.focusInput();
      }
    }
    if (this.focusLauncher && !this.open) {
      this.focusLauncher = false;
      this.renderRoot.querySelector<HTMLElement>('[part~="launcher"]')?.focus();
    }
  }

  protected override render() {
    if (this.configState === 'loading' || this.configState === 'unknown') return nothing;
    const t = this.t;
    return html`<div class="root">
      ${this.position === 'inline'
        ? nothing
        : html`<button
            part="launcher"
            class=${this.panel ? 'launcher covered' : 'launcher'}
            type="button"
            aria-expanded=${this.open ? 'true' : 'false'}
            aria-controls="panel"
            @click=${this.toggle}
            @pointerenter=${this.prefetch}
            @focus=${this.prefetch}
          >
            <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24">
              ${this.open
                ? svg`<path d="M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z" />`
                : svg`<path d="M4 4h16a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H9l-5 4v-4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1z" />`}
            </svg>
            <span>${this.open ? t.close : t.launcher}</span>
          </button>`}
      <div id="panel" class="panel-frame" ?hidden=${!this.open}>
        ${this.panel
          ? this.panel.render()
          : html`<div part="panel" class="panel loading" role="status">${this.panelFailed ? t.unavailable : t.loading}</div>`}
      </div>
    </div>`;
  }

  private toggle() {
    if (this.open) this.close();
    else if (this.emit('nara-open')) this.open = true;
  }

  private prefetch() {
    this.loadPanel().catch(() => undefined);
  }

  private loadPanel(): Promise<Panel> {
    this.panelLoad ??= import('./panel.js').then(
      ({ Panel, panelStyles }) => {
        this.panelStyles = panelStyles;
        this.adopt();
        return (this.panel = new Panel(this));
      },
      (error: unknown) => {
        this.panelLoad = undefined;
        this.panelFailed = true;
        console.warn('nara-guide: the panel could not be loaded', error);
        throw error;
      },
    );
    return this.panelLoad;
  }

  private async loadConfig(retry = false): Promise<void> {
    this.configRequest?.abort();
    if (!this.tenant) {
      this.configState = 'unknown';
      console.warn('nara-guide: the tenant attribute is missing');
      return;
    }
    if (!retry) {
      this.config = undefined;
      this.configState = 'loading';
    }
    const request = (this.configRequest = new AbortController());
    try {
      const response = await fetch(new URL(`api/v1/tenants/${encodeURIComponent(this.tenant)}`, this.base), {
        credentials: 'omit',
        signal: request.signal,
      });
      if (response.status === 404) {
        this.configState = 'unknown';
        console.warn(`nara-guide: the server does not know the tenant "${this.tenant}"`);
        return;
      }
      if (response.status === 403) {
        this.configState = 'not-allowed';
        console.warn(`nara-guide: this page's origin ${globalThis.location?.origin} is not among the origins of tenant "${this.tenant}": add it to origins in knowledge/tenants/${this.tenant}/tenant.yaml on the guide's server`);
        return;
      }
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.config = (await response.json()) as TenantPublicConfig;
      this.configState = 'ready';
    } catch (error) {
      if (request.signal.aborted) return;
      // Still show the launcher: the panel says the guide cannot be reached, and where to call in an emergency.
      this.configState = 'unavailable';
      console.warn('nara-guide: the tenant configuration could not be loaded', error);
    }
  }

  /** Adopts the element's styles, the panel's once loaded, and the theme last so that it wins. */
  /** The visible height while open, from the visual viewport: a phone's keyboard takes its part, and the panel shrinks to the rest. */
  private viewportHeight: number | undefined;
  private readonly onViewport = () => {
    const height = Math.round(globalThis.visualViewport?.height ?? 0);
    if (!height || height === this.viewportHeight) return;
    this.viewportHeight = height;
    this.adopt();
  };

  private followViewport(on: boolean) {
    const viewport = globalThis.visualViewport;
    if (!viewport) return;
    viewport.removeEventListener('resize', this.onViewport);
    if (!on) return;
    viewport.addEventListener('resize', this.onViewport);
    this.onViewport();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.followViewport(false);
  }

  private adopt() {
    if (!(this.renderRoot instanceof ShadowRoot)) return;
    const theme = themeCss({
      accent: this.accent || this.config?.theme.accent,
      accentText: this.config?.theme.accentText, // kept only if it contrasts with the accent
    }) + (this.viewportHeight ? `:host{--nara-viewport-height:${this.viewportHeight}px}` : '');
    adoptStyles(this.renderRoot, [styles, ...(this.panelStyles ? [this.panelStyles] : []), unsafeCSS(theme)]);
  }
}
