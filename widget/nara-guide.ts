import { LitElement, adoptStyles, html, nothing, svg, unsafeCSS, type PropertyValues } from 'lit';
import type { TenantPublicConfig } from '../server/protocol.js';
import { strings, toLang, type Lang, type Strings } from './i18n/index.js';
import type { NaraGuidePanel, PanelHost } from './nara-guide-panel.js';
import styles from './nara-guide.styles.js';
import { readSaved, writeSaved } from './session.js';
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
 * @tagname nara-guide
 * @example <nara-guide tenant="norrbotten"></nara-guide>
 * @example <nara-guide tenant="norrbotten" position="inline"></nara-guide>
 *
 * @fires nara-open - The visitor asked to open the guide. Cancelable: `preventDefault()` keeps it closed.
 * @fires nara-close - The visitor asked to close the guide. Cancelable.
 * @fires nara-ask - A question is about to be sent; `detail: { text }`. Cancelable: the question is not sent.
 * @fires nara-reply - A reply arrived; `detail: { question, reply }` with `reply` as in API.md.
 * @fires nara-handoff - The visitor's question was stored for a person; `detail: { handoffId }`, the reference the visitor sees.
 *
 * @csspart launcher - The button that opens and closes the guide.
 * @csspart panel - The open guide; while it loads, a placeholder that says so. Every part of `<nara-guide-panel>`
 * is exported through it too, so `nara-guide::part(log)` reaches the conversation.
 *
 * @cssproperty [--nara-accent=the tenant's] - The launcher, the header, the visitor's messages, the send button.
 * @cssproperty [--nara-accent-text=the tenant's, kept at 4.5:1] - Text on `--nara-accent`.
 * @cssproperty [--nara-link=#0b4f8a / #9ecbff] - Links in replies.
 * @cssproperty [--nara-text=#1a1a1a / #f1f1f1] - Text on the panel's surfaces.
 * @cssproperty [--nara-muted=#4d4d4d / #c8c8c8] - Secondary text.
 * @cssproperty [--nara-surface=#ffffff / #1b1e23] - The panel's background.
 * @cssproperty [--nara-surface-alt=#f2f4f7 / #2b3038] - The guide's messages.
 * @cssproperty [--nara-border=#757575 / #8d939c] - Borders of the panel, fields and cards.
 * @cssproperty [--nara-chip-border=the accent / #8d939c] - Borders of questions to tap.
 * @cssproperty [--nara-focus=#1a1a1a / #ffffff] - The focus ring.
 * @cssproperty [--nara-radius=0.75em] - Corners.
 * @cssproperty [--nara-font=system-ui, sans-serif] - The font (the widget loads none).
 * @cssproperty [--nara-offset=1em] - Distance of the launcher from the viewport's corner.
 * @cssproperty [--nara-height=36em] - The guide's height with `position="inline"`.
 * @cssproperty [--nara-z-index=2147483000] - Stacking above the page.
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
    panelLoaded: { state: true },
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

  /** The tenant's public configuration, once fetched. @internal */
  declare config: TenantPublicConfig | undefined;

  /** 'loading' until the configuration arrived; 'unknown' for a tenant the server does not know. @internal */
  declare configState: 'loading' | 'ready' | 'unavailable' | 'unknown' | 'not-allowed';

  /** <nara-guide-panel> is defined (its module loaded): the panel renders. @internal */
  private declare panelLoaded: boolean;
  /** @internal */
  private declare panelFailed: boolean;

  private panelLoad: Promise<void> | undefined;
  private configLoad: Promise<void> | undefined;
  /** What the panel may ask of this element, and no more. */
  private readonly panelHost: PanelHost = {
    emit: (name, detail) => this.emit(name, detail),
    close: () => this.close(),
    element: this,
    saved: () => readSaved(this.tenant),
    save: (value) => writeSaved(this.tenant, value),
  };
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
    this.panelLoaded = false;
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
    await this.updateComplete; // the first update starts fetching the tenant's configuration
    await Promise.all([this.loadPanel(), this.configLoad]);
    await this.updateComplete;
    const panel = this.panel;
    if (!panel) return; // a tenant the server does not know: there is no guide to ask
    await panel.updateComplete;
    panel.send(text);
  }

  /** The open guide, once its element is defined and rendered. */
  get panel(): NaraGuidePanel | undefined {
    return this.renderRoot?.querySelector('nara-guide-panel') ?? undefined;
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
    if (changed.has('tenant') || changed.has('server')) this.configLoad = this.loadConfig();
    // Opening a guide whose configuration could not be fetched tries again, keeping the launcher in place.
    if (changed.has('open') && this.open && this.configState === 'unavailable') void this.loadConfig(true);
    if (opened) {
      if (this.open) this.focusInput = true;
      else if (this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement) this.focusLauncher = true;
    }
    if (this.open) void this.loadPanel().catch(() => undefined);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('accent') || changed.has('config')) this.adopt();
    if (changed.has('open')) this.followViewport(this.open && this.position !== 'inline');
    const panel = this.panel;
    if (this.open && panel && this.focusInput) {
      this.focusInput = false;
      void panel.updateComplete.then(() => panel.focusInput());
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
            class=${this.panelLoaded ? 'launcher covered' : 'launcher'}
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
        ${this.panelLoaded
          ? html`<nara-guide-panel
              .host=${this.panelHost}
              .t=${this.t}
              .tenant=${this.tenant}
              .server=${this.base}
              .lang=${this.lang}
              .open=${this.open}
              position=${this.position}
              .config=${this.config}
              .configState=${this.configState}
            ></nara-guide-panel>`
          : html`<div part="panel" class="loading" role="status">${this.panelFailed ? t.unavailable : t.loading}</div>`}
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

  /** Defines <nara-guide-panel> (once); the next render shows it in place of the placeholder. */
  private loadPanel(): Promise<void> {
    this.panelLoad ??= import('./nara-guide-panel.js').then(
      () => {
        this.panelLoaded = true;
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

  /** Adopts the element's styles and the theme last, so that it wins; the panel inherits its custom properties. */
  private adopt() {
    if (!(this.renderRoot instanceof ShadowRoot)) return;
    const theme = themeCss({
      accent: this.accent || this.config?.theme.accent,
      accentText: this.config?.theme.accentText, // kept only if it contrasts with the accent
    }) + (this.viewportHeight ? `:host{--nara-viewport-height:${this.viewportHeight}px}` : '');
    adoptStyles(this.renderRoot, [styles, unsafeCSS(theme)]);
  }
}
