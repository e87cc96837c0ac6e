import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Contact, Reply, Source, TenantPublicConfig } from '../server/protocol.js';
import { Connection, ConnectionError } from './connection.js';
import type { Handoff } from './handoff.js';
import type { Lang, Strings } from './i18n/index.js';
import { httpUrl, renderMarkdown } from './markdown.js';
import styles from './nara-guide-panel.styles.js';
import type { Saved } from './session.js';

/** What the panel needs of the element on the page. */
export type PanelHost = {
  /** Dispatches a `nara-` event from the page's element; false if a listener cancelled it. */
  emit(name: string, detail?: unknown): boolean;
  /** The visitor asked to close the guide (the close button). */
  close(): void;
  /** The page's element: while the panel is modal, everything else on the page is made inert. */
  readonly element: HTMLElement;
  /** What the tenant's conversation left in this tab on the site's earlier pages. */
  saved(): Saved | undefined;
  /** Keeps the open state and the conversation for the site's next pages. */
  save(value: Saved): void;
};

/** MAX_QUESTION_LENGTH in server/protocol.ts; not imported from there because that module brings zod. */
const MAX_QUESTION_LENGTH = 500;
/** The feedback comment's limit in server/protocol.ts. */
const MAX_COMMENT_LENGTH = 1000;
/** How many messages are kept for the next page; the server keeps the context itself. */
const SAVED_MESSAGES = 40;
/** When the open panel covers the viewport (nara-guide.styles.ts has the same query). */
const SMALL_SCREEN = '(max-width: 32em), (max-height: 32em)';

export type GuideMessage = {
  from: 'guide';
  reply: Reply;
  vote?: 'up' | 'down';
  /** 'reason': the visitor voted 👎 and may say why before it is sent. */
  feedback?: 'reason' | 'sending' | 'sent' | 'failed';
  /** The visitor's question this reply is to: what "Skicka frågan till oss" offers to send. */
  question?: string;
  /** "Skicka frågan till oss": the form while the visitor reviews it; 'sent' only once the server has stored it. */
  handoff?: 'form' | 'sending' | 'failed' | 'unavailable' | 'sent';
  /** The receipt's id, shown to the visitor. */
  handoffId?: string;
};

type Message = { from: 'visitor'; text: string } | GuideMessage | { from: 'error'; text: string; retry: string };

/** Messages read back from sessionStorage, keeping only well-formed ones: a bad entry must not break rendering. */
const restore = (messages: unknown[] = []): Message[] =>
  messages.flatMap((m): Message[] => {
    const message = m as Partial<Message> | null;
    if (message?.from === 'visitor' && typeof message.text === 'string') return [{ from: 'visitor', text: message.text }];
    const reply = (message as Partial<GuideMessage> | null)?.reply;
    if (
      message?.from === 'guide' && reply && typeof reply.text === 'string' && typeof reply.replyId === 'string' &&
      Array.isArray(reply.sources) && Array.isArray(reply.suggestions) && Array.isArray(reply.contacts)
    ) {
      const guide = message as Partial<GuideMessage>;
      const sent = guide.feedback === 'sent';
      const handedOff = guide.handoff === 'sent' && typeof guide.handoffId === 'string';
      return [{
        from: 'guide',
        reply,
        ...(typeof guide.question === 'string' ? { question: guide.question } : {}),
        ...(sent ? { vote: guide.vote, feedback: 'sent' } : {}),
        ...(handedOff ? { handoff: 'sent', handoffId: guide.handoffId } : {}),
      }];
    }
    return [];
  });

/**
 * The open guide, header, conversation and question form, as its own element: <nara-guide-panel>.
 *
 * <nara-guide> imports this module (which defines the element) when the visitor first reaches for the
 * launcher, so a page where nobody opens the guide never downloads it, and renders the element inside its
 * own shadow root. It passes its state down as properties and gives the panel a narrow host (`PanelHost`)
 * for what belongs to the element on the page: its events, closing it, and the element itself. It exports
 * every part it renders through <nara-guide> (`exportparts`), so a page styles `nara-guide::part(log)`.
 *
 * Where the panel covers a small screen it is a modal dialog and the rest of the page is made inert;
 * elsewhere it is a non-modal dialog beside the page.
 *
 * @tagname nara-guide-panel
 *
 * @fires nara-ask - Through the host, on <nara-guide>: a question is about to be sent; `detail: { text }`. Cancelable.
 * @fires nara-reply - Through the host, on <nara-guide>: a reply arrived; `detail: { question, reply }`.
 * @fires nara-handoff - Through the host, on <nara-guide>: a question was stored for a person; `detail: { handoffId }`.
 *
 * @csspart panel - The open guide (role dialog; role region when inline).
 * @csspart header - The panel's header: title, disclaimer, close button.
 * @csspart title - The tenant's name.
 * @csspart disclaimer - "Automatiserad guide – inte medicinsk rådgivning".
 * @csspart close-button - Closes the panel.
 * @csspart log - The conversation (role log).
 * @csspart message - Every message; also `message-visitor`, `message-guide`, `message-error`.
 * @csspart message-visitor - A visitor's question.
 * @csspart message-guide - A reply (and the greeting).
 * @csspart message-error - A question that could not be answered, with a "try again" `chip`.
 * @csspart md-paragraph - A paragraph of a reply's text.
 * @csspart md-list - A list in a reply's text.
 * @csspart starters - The tenant's starter questions; each is a `chip`.
 * @csspart suggestions - A reply's follow-up questions; each is a `chip`.
 * @csspart chip - A question to tap: a starter, a suggestion, or "try again".
 * @csspart sources - A reply's sources; each link is a `link`.
 * @csspart contacts - A reply's contact cards; each is a `contact`.
 * @csspart contact - One contact card: its name, what it is for, phone, web, e-mail, form and hours.
 * @csspart link - Every link in a reply.
 * @csspart feedback - The 👍/👎 group under a reply; each button is a `vote`.
 * @csspart vote - A 👍 or 👎 button, and the button that sends a 👎's reason.
 * @csspart feedback-form - The optional reason after 👎; its field is `feedback-input`.
 * @csspart feedback-input - The reason field.
 * @csspart handoff-button - "Skicka frågan till oss" under a reply that offers a person.
 * @csspart handoff-form - The question to send, and how to reach the visitor.
 * @csspart handoff-confirm - Sends the handoff.
 * @csspart handoff-cancel - Closes the handoff form.
 * @csspart handoff-error - Why the handoff could not be sent.
 * @csspart handoff-receipt - "Tack! …" with the reference to read aloud on the phone.
 * @csspart status - The typing and connection state (role status).
 * @csspart form - The question form: `input` (textarea) and `send-button`.
 * @csspart input - The question textarea.
 * @csspart send-button - Sends the question.
 * @csspart human-button - "Prata med en människa".
 * @csspart emergency - "Vid fara för liv: ring 112".
 * @csspart privacy - "Skriv inga personuppgifter."
 */
export class NaraGuidePanel extends LitElement {
  static override styles = styles;

  static override properties = {
    tenant: {},
    server: {},
    lang: {},
    t: { attribute: false },
    open: { type: Boolean },
    position: { reflect: true },
    config: { attribute: false },
    configState: { attribute: false },
  };

  /** The tenant's id. */
  declare tenant: string;
  /** The server's base URL, with a trailing slash. */
  declare server: string;
  /** The widget's language. */
  declare lang: Lang;
  /** The strings of the widget's language (<nara-guide> has them, so the panel's chunk need not). */
  declare t: Strings;
  /** Whether the guide is open. */
  declare open: boolean;
  declare position: 'right' | 'left' | 'inline';
  /** The tenant's public configuration, once fetched. */
  declare config: TenantPublicConfig | undefined;
  declare configState: 'loading' | 'ready' | 'unavailable' | 'unknown' | 'not-allowed';
  /** Set by <nara-guide> before the panel is connected. */
  host!: PanelHost;

  readonly connection: Connection;
  messages: readonly Message[] = [];
  /** Bumped by reset(), so that answers to a forgotten conversation are dropped. */
  private generation = 0;
  private scrollPending = false;
  /** A selector to focus after the next render (the reason field, or the vote it belongs to). */
  private focusPending: string | undefined;
  /** The visitor has opened the guide, here or on an earlier page: from now on the session is saved. */
  private opened = false;
  private savedOpen: boolean | undefined;
  private readonly smallScreen = globalThis.matchMedia?.(SMALL_SCREEN);
  /** Page elements this panel made inert, to give back exactly those. */
  private inerted: HTMLElement[] = [];
  private pageInert = false;
  /** "Skicka frågan till oss", loaded the first time a reply offers it. */
  private handoff: Handoff | undefined;
  private handoffLoad: Promise<void> | undefined;

  constructor() {
    super();
    this.tenant = '';
    this.server = '';
    this.lang = 'sv';
    this.open = false;
    this.position = 'right';
    this.configState = 'loading';
    this.connection = new Connection(this, {
      server: () => this.server,
      tenant: () => this.tenant,
      lang: () => this.lang,
    });
  }

  /** The visitor opened the guide: connect, and from now on keep the conversation for this session. */
  start(): void {
    this.opened = true;
    this.connection.start();
  }

  /** Forgets the conversation in memory (the tenant or the server changed); the new tenant's own is read back. */
  reset(): void {
    this.generation++;
    this.messages = restore(this.host.saved()?.messages);
    this.opened = false;
    this.savedOpen = undefined;
    this.connection.reset();
    this.requestUpdate();
  }

  /** True while the open panel covers a small screen: a modal dialog, with the page behind it inert. */
  get modal(): boolean {
    return this.open && this.position !== 'inline' && !!this.smallScreen?.matches;
  }

  focusInput(): void {
    this.renderRoot.querySelector<HTMLTextAreaElement>('#input')?.focus();
  }

  /**
   * What "Skicka frågan till oss" offers to send under a reply. After "Prata med en människa" (an escalate
   * reply) that is the question the guide could not answer before it, not the request itself; with none,
   * nothing, and the visitor writes it.
   */
  private questionToSendOn(reply: Reply, question: string): string {
    if (reply.kind !== 'escalate') return question;
    for (let i = this.messages.length - 1; i >= 0; i--) {
      const m = this.messages[i]!;
      if (m.from === 'guide' && (m.reply.kind === 'fallback' || m.reply.kind === 'clarify') && m.question) return m.question;
    }
    return '';
  }

  /** Sends a question and shows it; false if it was empty or a `nara-ask` listener cancelled it. */
  send(text: string): boolean {
    const question = text.trim();
    if (!question || !this.host.emit('nara-ask', { text: question })) return false;
    const { t } = this;
    const generation = this.generation;
    this.start();
    this.flushFeedback();
    this.push({ from: 'visitor', text: question });
    if (question.length > MAX_QUESTION_LENGTH) {
      this.push({ from: 'error', text: t.errorTooLong, retry: '' });
      return true;
    }
    this.connection.ask(question).then(
      (reply) => {
        if (generation !== this.generation) return;
        this.push({ from: 'guide', reply, question: this.questionToSendOn(reply, question) });
        this.host.emit('nara-reply', { question, reply });
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        const code = error instanceof ConnectionError ? error.code : undefined;
        const text =
          code === 'rate_limited' ? t.errorRateLimited
          : code === 'timeout' ? t.errorTimeout
          : code === 'connection_lost' ? t.errorLost
          : code === 'too_large' ? t.errorTooLong
          : t.errorGeneric;
        this.push({ from: 'error', text, retry: question });
      },
    );
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.smallScreen?.addEventListener('change', this.onScreenChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.smallScreen?.removeEventListener('change', this.onScreenChange);
    this.setPageInert(false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tenant') || changed.has('server')) {
      // The first tenant: its conversation from the site's earlier pages; a later change starts afresh.
      if (this.hasUpdated) this.reset();
      else this.messages = restore(this.host.saved()?.messages);
    }
    // Opening connects (inline, the visitor's first focus does).
    if (this.open && this.position !== 'inline') this.start();
  }

  protected override updated(): void {
    this.exportParts();
    const { open } = this;
    this.setPageInert(this.modal);
    if (!open) this.flushFeedback();
    if (this.opened && this.savedOpen !== open) this.save();
    if (this.focusPending) {
      this.renderRoot.querySelector<HTMLElement>(this.focusPending)?.focus();
      this.focusPending = undefined;
    }
    if (!this.scrollPending) return;
    this.scrollPending = false;
    const log = this.renderRoot.querySelector<HTMLElement>('.log');
    const last = [...(log?.querySelectorAll<HTMLElement>('.message') ?? [])].at(-1);
    if (!log || !last) return;
    // Show a long reply from its start, anything shorter down to the bottom.
    log.scrollTop = Math.min(log.scrollHeight - log.clientHeight, last.offsetTop - 8);
  }

  protected override render(): TemplateResult {
    const { t, config, configState, position } = this;
    const inline = position === 'inline';
    const { busy, queued, state } = this.connection;
    const offline = state === 'offline' || globalThis.navigator?.onLine === false;
    const status = busy ? (queued ? (offline ? t.offline : t.connecting) : t.typing) : state === 'offline' ? t.reconnecting : '';
    return html`
      <div
        part="panel"
        class="panel"
        role=${inline ? 'region' : 'dialog'}
        aria-modal=${inline ? nothing : this.modal ? 'true' : 'false'}
        aria-labelledby="title"
        aria-describedby=${inline ? nothing : 'disclaimer'}
        lang=${this.lang}
        @focusin=${inline ? this.onInlineFocus : nothing}
      >
        <header part="header" class="header">
          <div>
            <h2 id="title" part="title" lang=${config ? config.lang : nothing}>${config?.name ?? t.title}</h2>
            <p id="disclaimer" part="disclaimer">${t.disclaimer}</p>
          </div>
          ${inline
            ? nothing
            : html`<button part="close-button" class="close" type="button" aria-label=${t.close} @click=${() => this.host.close()}>
                <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><path d="M5 5l14 14M19 5L5 19" /></svg>
              </button>`}
        </header>
        <div part="log" class="log" role="log" aria-label=${t.log} tabindex="0">
          <div part="message message-guide" class="message guide" lang=${config ? config.lang : nothing}>
            <p>${configState === 'unavailable' ? t.unavailable : configState === 'not-allowed' ? t.notAllowed : (config?.greeting ?? t.greeting)}</p>
          </div>
          ${this.messages.length === 0 && config?.starters.length ? this.renderChips('starters', t.starters, config.starters, config.lang) : nothing}
          ${this.messages.map((message, i) => this.renderMessage(message, i, i === this.messages.length - 1))}
          ${busy && !queued ? html`<div class="typing" aria-hidden="true"><span></span><span></span><span></span></div>` : nothing}
        </div>
        <p part="status" class="status" role="status">${status}</p>
        <form part="form" class="form" @submit=${this.submit}>
          <label class="visually-hidden" for="input">${t.inputLabel}</label>
          <textarea id="input" part="input" rows="2" maxlength=${MAX_QUESTION_LENGTH} placeholder=${t.placeholder} @keydown=${this.onKeydown}></textarea>
          <button part="send-button" class="send" type="submit">${t.send}</button>
        </form>
        <div class="footer">
          <button part="human-button" class="human" type="button" @click=${() => this.tap(t.human)}>${t.human}</button>
          <p part="emergency" class="emergency">${t.emergency} <a href="tel:112">112</a></p>
          <p part="privacy" class="privacy">${t.privacy}</p>
        </div>
      </div>
    `;
  }

  private renderMessage(message: Message, index: number, last: boolean): TemplateResult {
    const { t } = this;
    if (message.from === 'visitor') {
      return html`<div part="message message-visitor" class="message visitor"><span class="visually-hidden">${t.you} </span>${message.text}</div>`;
    }
    if (message.from === 'error') {
      return html`<div part="message message-error" class="message error">
        <p>${message.text}</p>
        ${message.retry ? html`<button part="chip" class="chip" type="button" @click=${() => this.tap(message.retry)}>${t.retry}</button>` : nothing}
      </div>`;
    }
    const { reply } = message;
    // Replies are in the knowledge base's language unless the server says otherwise.
    const lang = (reply as Reply & { lang?: string }).lang ?? 'sv';
    // A safety reply, and every reply after a crisis in the conversation, puts the numbers to call first.
    const crisis = reply.kind === 'safety' || reply.crisis === true;
    return html`<div part="message message-guide" class="message guide" data-kind=${reply.kind} ?data-crisis=${crisis}>
      <span class="visually-hidden">${t.guide} </span>
      ${crisis && reply.contacts.length ? this.renderContacts(reply.contacts) : nothing}
      <div class="body" lang=${lang}>${renderMarkdown(reply.text, { newTabHint: t.newTab })}</div>
      ${reply.sources.length ? this.renderSources(reply.sources) : nothing}
      ${!crisis && reply.contacts.length ? this.renderContacts(reply.contacts) : nothing}
      ${reply.handoff ? this.renderHandoff(message, index) : nothing}
      ${last && reply.suggestions.length ? this.renderChips('suggestions', t.suggestions, reply.suggestions, lang) : nothing}
      ${reply.kind === 'smalltalk' ? nothing : this.renderFeedback(message, index)}
    </div>`;
  }

  private renderSources(sources: Source[]): TemplateResult {
    const { t } = this;
    return html`<div part="sources" class="sources">
      <p class="meta">${t.sources}</p>
      <ul>
        ${sources.map((source) => {
          const href = httpUrl(source.url);
          return html`<li>${href ? html`<a part="link" href=${href} target="_blank" rel="noopener noreferrer">${source.title}<span class="visually-hidden"> ${t.newTab}</span></a>` : source.title}</li>`;
        })}
      </ul>
    </div>`;
  }

  private renderContacts(contacts: Contact[]): TemplateResult {
    const { t } = this;
    return html`<div part="contacts" class="contacts">
      <p class="meta">${t.contacts}</p>
      <ul>
        ${contacts.map((contact) => {
          const url = contact.url ? httpUrl(contact.url) : undefined;
          const tel = contact.phone?.replace(/[^\d+]/g, '');
          const form = contact.form ? httpUrl(contact.form) : undefined;
          return html`<li part="contact" class="contact">
            <strong>${contact.label}</strong>
            ${contact.about ? html`<span class="about">${contact.about}</span>` : nothing}
            ${tel ? html`<a part="link" href=${`tel:${tel}`}>${t.call} ${contact.phone}</a>` : nothing}
            ${url ? html`<a part="link" href=${url} target="_blank" rel="noopener noreferrer">${new URL(url).host.replace(/^www\./, '')}<span class="visually-hidden"> ${t.newTab}</span></a>` : nothing}
            ${contact.email ? html`<a part="link" href=${`mailto:${contact.email}`}>${t.email}: ${contact.email}</a>` : nothing}
            ${form ? html`<a part="link" href=${form} target="_blank" rel="noopener noreferrer">${t.form}<span class="visually-hidden"> ${t.newTab}</span></a>` : nothing}
            ${contact.hours ? html`<span>${t.hours}: ${contact.hours}</span>` : nothing}
          </li>`;
        })}
      </ul>
    </div>`;
  }

  /** The handoff's offer, form or receipt; nothing until its module has loaded (it re-renders then). */
  private renderHandoff(message: GuideMessage, index: number): TemplateResult | typeof nothing {
    if (this.handoff) return this.handoff.render(message, index);
    this.handoffLoad ??= import('./handoff.js').then(
      ({ Handoff }) => {
        this.handoff = new Handoff({
          connection: this.connection,
          maxQuestionLength: MAX_QUESTION_LENGTH,
          lang: () => this.lang,
          update: (focus) => {
            this.focusPending = focus ?? this.focusPending;
            this.requestUpdate();
          },
          save: () => this.save(),
          emit: (name, detail) => this.host.emit(name, detail),
        });
        this.requestUpdate();
      },
      () => (this.handoffLoad = undefined), // offline: tried again on the next render
    );
    return nothing;
  }

  /** Questions to tap (starters, suggestions): tapping sends exactly that text. */
  private renderChips(part: string, label: string, questions: string[], lang: string): TemplateResult {
    return html`<div part=${part} class="chips">
      <p class="meta" id=${`${part}-label`}>${label}</p>
      <ul aria-labelledby=${`${part}-label`} lang=${lang}>
        ${questions.map((question) => html`<li><button part="chip" class="chip" type="button" @click=${() => this.tap(question)}>${question}</button></li>`)}
      </ul>
    </div>`;
  }

  /** 👍/👎 on a reply; 👎 asks for an optional reason before it is sent. One feedback per reply. */
  private renderFeedback(message: GuideMessage, index: number): TemplateResult {
    const { t } = this;
    const { vote, feedback } = message;
    const done = feedback === 'sending' || feedback === 'sent';
    const button = (value: 'up' | 'down', icon: string, label: string) =>
      html`<button
        part="vote"
        class="vote"
        type="button"
        id=${`vote-${value}-${index}`}
        aria-pressed=${vote === value ? 'true' : 'false'}
        aria-disabled=${done ? 'true' : 'false'}
        @click=${() => this.vote(message, index, value)}
      ><span aria-hidden="true">${icon}</span> ${label}</button>`;
    return html`<div part="feedback" class="feedback" role="group" aria-labelledby=${`feedback-${index}`}>
        <span id=${`feedback-${index}`}>${t.feedbackQuestion}</span>
        ${button('up', '👍', t.feedbackYes)} ${button('down', '👎', t.feedbackNo)}
        ${feedback === 'sent' ? html`<span class="thanks">${t.feedbackThanks}</span>` : feedback === 'failed' ? html`<span class="thanks">${t.feedbackFailed}</span>` : nothing}
      </div>
      ${feedback === 'reason'
        ? html`<form part="feedback-form" class="feedback-form" @submit=${(event: Event) => this.sendReason(event, message, index)}>
            <label for=${`reason-${index}`}>${t.feedbackReason}</label>
            <input id=${`reason-${index}`} part="feedback-input" maxlength=${MAX_COMMENT_LENGTH} autocomplete="off" />
            <button part="vote" class="vote" type="submit">${t.feedbackSend}</button>
          </form>`
        : nothing}`;
  }

  private vote(message: GuideMessage, index: number, value: 'up' | 'down') {
    if (message.feedback === 'sending' || message.feedback === 'sent') return;
    message.vote = value;
    if (value === 'up') return this.sendFeedback(message);
    message.feedback = 'reason';
    this.focusPending = `#reason-${index}`;
    this.requestUpdate();
  }

  private readonly sendReason = (event: Event, message: GuideMessage, index: number) => {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).querySelector('input');
    this.focusPending = `#vote-down-${index}`; // the form goes away; focus returns to the 👎 it belongs to
    this.sendFeedback(message, input?.value.trim());
  };

  private sendFeedback(message: GuideMessage, comment?: string) {
    message.feedback = 'sending';
    this.requestUpdate();
    this.connection.feedback(message.reply.replyId, message.vote === 'up', comment).then(
      () => (message.feedback = 'sent'),
      () => (message.feedback = 'failed'),
    ).finally(() => {
      this.save();
      this.requestUpdate();
    });
  }

  /** A 👎 whose reason was never sent (the visitor asked on or closed the guide) is sent without one. */
  private flushFeedback() {
    for (const message of this.messages) if (message.from === 'guide' && message.feedback === 'reason') this.sendFeedback(message);
  }

  /** A tapped question: the button disappears with the re-render, so focus goes to the textarea. */
  private tap(text: string) {
    this.send(text);
    this.focusInput();
  }

  private push(message: Message) {
    this.messages = [...this.messages, message];
    this.scrollPending = true;
    this.save();
    this.requestUpdate();
  }

  /** Saves the open state and the transcript for the next page, once the visitor has opened the guide. */
  private save() {
    if (!this.opened) return;
    this.savedOpen = this.open;
    const messages = this.messages.filter((message) => message.from !== 'error').slice(-SAVED_MESSAGES);
    this.host.save({ open: this.open, messages });
  }

  /** Every part rendered so far, exported through <nara-guide> so that `nara-guide::part(…)` reaches it. */
  private exportParts() {
    const parts = new Set(this.getAttribute('exportparts')?.split(','));
    for (const element of this.renderRoot.querySelectorAll('[part]')) for (const part of element.part) parts.add(part);
    const value = [...parts].join();
    if (value !== this.getAttribute('exportparts')) this.setAttribute('exportparts', value);
  }

  /** Makes the page outside the guide inert while the panel is modal, and gives it back afterwards. */
  private setPageInert(inert: boolean) {
    if (inert === this.pageInert) return;
    this.pageInert = inert;
    if (!inert) {
      for (const element of this.inerted) element.inert = false;
      this.inerted = [];
      return;
    }
    for (let node: Element = this.host.element; node.parentElement && node !== document.body; node = node.parentElement) {
      for (const sibling of node.parentElement.children) {
        if (sibling !== node && sibling instanceof HTMLElement && !sibling.inert) {
          sibling.inert = true;
          this.inerted.push(sibling);
        }
      }
    }
  }

  private readonly onScreenChange = () => this.requestUpdate();

  /** Inline, there is no opening: the visitor reaching into the guide is what starts the session. */
  private readonly onInlineFocus = () => this.start();

  private readonly submit = (event: Event) => {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLTextAreaElement>('#input');
    if (input && this.send(input.value)) input.value = '';
  };

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) this.submit(event);
  };
}

if (!customElements.get('nara-guide-panel')) customElements.define('nara-guide-panel', NaraGuidePanel);

declare global {
  interface HTMLElementTagNameMap {
    'nara-guide-panel': NaraGuidePanel;
  }
}
