/**
 * The open guide: header, conversation, question form. Loaded with `import()` when the visitor first
 * reaches for the launcher, so a page where nobody opens the guide never downloads it.
 *
 * A ReactiveController of the <nara-guide> element: it keeps the conversation and the connection, and the
 * element calls `render()` inside its own template.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { Contact, Reply, Source } from '../server/protocol.js';
import { Connection, ConnectionError } from './connection.js';
import { httpUrl, renderMarkdown } from './markdown.js';
import type { NaraGuide } from './nara-guide.js';

export { default as panelStyles } from './panel.styles.js';

/** MAX_QUESTION_LENGTH in server/protocol.ts; not imported from there because that module brings zod. */
const MAX_QUESTION_LENGTH = 500;

type Message =
  | { from: 'visitor'; text: string }
  | { from: 'guide'; reply: Reply }
  | { from: 'error'; text: string; retry: string };

export class Panel implements ReactiveController {
  readonly connection: Connection;
  messages: readonly Message[] = [];
  private readonly host: NaraGuide;
  /** Bumped by reset(), so that answers to a forgotten conversation are dropped. */
  private generation = 0;
  private scrollPending = false;

  constructor(host: NaraGuide) {
    this.host = host;
    host.addController(this);
    this.connection = new Connection(host, {
      server: () => host.base,
      tenant: () => host.tenant,
      lang: () => host.lang,
    });
  }

  /** The visitor opened the guide: connect, and from now on keep the conversation id for this session. */
  start(): void {
    this.connection.start();
  }

  /** Forgets the conversation (the tenant or the server changed). */
  reset(): void {
    this.generation++;
    this.messages = [];
    this.connection.reset();
    this.host.requestUpdate();
  }

  focusInput(): void {
    this.host.renderRoot.querySelector<HTMLTextAreaElement>('textarea')?.focus();
  }

  /** Sends a question and shows it; false if it was empty or a `nara-ask` listener cancelled it. */
  send(text: string): boolean {
    const question = text.trim();
    if (!question || !this.host.emit('nara-ask', { text: question })) return false;
    const { t } = this.host;
    const generation = this.generation;
    this.push({ from: 'visitor', text: question });
    if (question.length > MAX_QUESTION_LENGTH) {
      this.push({ from: 'error', text: t.errorTooLong, retry: '' });
      return true;
    }
    this.connection.ask(question).then(
      (reply) => {
        if (generation !== this.generation) return;
        this.push({ from: 'guide', reply });
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

  hostUpdated(): void {
    if (!this.scrollPending) return;
    this.scrollPending = false;
    const log = this.host.renderRoot.querySelector<HTMLElement>('.log');
    const last = [...(log?.querySelectorAll<HTMLElement>('.message') ?? [])].at(-1);
    if (!log || !last) return;
    // Show a long reply from its start, anything shorter down to the bottom.
    log.scrollTop = Math.min(log.scrollHeight - log.clientHeight, last.offsetTop - 8);
  }

  render(): TemplateResult {
    const { t, config, configState } = this.host;
    const { busy, queued } = this.connection;
    return html`
      <div part="panel" class="panel" role="dialog" aria-labelledby="title" aria-describedby="disclaimer" lang=${this.host.lang}>
        <header part="header" class="header">
          <div>
            <h2 id="title" part="title" lang=${config ? config.lang : nothing}>${config?.name ?? t.title}</h2>
            <p id="disclaimer" part="disclaimer">${t.disclaimer}</p>
          </div>
          <button part="close-button" class="close" type="button" aria-label=${t.close} @click=${() => this.host.close()}>
            <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><path d="M5 5l14 14M19 5L5 19" /></svg>
          </button>
        </header>
        <div part="log" class="log" role="log" aria-label=${t.log} tabindex="0">
          <div part="message message-guide" class="message guide" lang=${config ? config.lang : nothing}>
            <p>${configState === 'unavailable' ? t.unavailable : (config?.greeting ?? t.greeting)}</p>
          </div>
          ${this.messages.length === 0 && config?.starters.length ? this.renderChips('starters', t.starters, config.starters, config.lang) : nothing}
          ${this.messages.map((message, i) => this.renderMessage(message, i === this.messages.length - 1))}
          ${busy && !queued ? html`<div class="typing" aria-hidden="true"><span></span><span></span><span></span></div>` : nothing}
        </div>
        <p part="status" class="status" role="status">${!busy ? '' : queued ? (this.connection.state === 'offline' ? t.offline : t.connecting) : t.typing}</p>
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

  private renderMessage(message: Message, last: boolean): TemplateResult {
    const { t } = this.host;
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
    return html`<div part="message message-guide" class="message guide" data-kind=${reply.kind}>
      <span class="visually-hidden">${t.guide} </span>
      <div class="body" lang=${lang}>${renderMarkdown(reply.text, { newTabHint: t.newTab })}</div>
      ${reply.sources.length ? this.renderSources(reply.sources) : nothing}
      ${reply.contacts.length ? this.renderContacts(reply.contacts) : nothing}
      ${last && reply.suggestions.length ? this.renderChips('suggestions', t.suggestions, reply.suggestions, lang) : nothing}
    </div>`;
  }

  private renderSources(sources: Source[]): TemplateResult {
    const { t } = this.host;
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
    const { t } = this.host;
    return html`<div part="contacts" class="contacts">
      <p class="meta">${t.contacts}</p>
      <ul>
        ${contacts.map((contact) => {
          const url = contact.url ? httpUrl(contact.url) : undefined;
          return html`<li part="contact" class="contact">
            <strong>${contact.label}</strong>
            ${contact.phone ? html`<a part="link" href=${`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>${t.call} ${contact.phone}</a>` : nothing}
            ${url ? html`<a part="link" href=${url} target="_blank" rel="noopener noreferrer">${new URL(url).host.replace(/^www\./, '')}<span class="visually-hidden"> ${t.newTab}</span></a>` : nothing}
            ${contact.email ? html`<a part="link" href=${`mailto:${contact.email}`}>${t.email}: ${contact.email}</a>` : nothing}
            ${contact.hours ? html`<span>${t.hours}: ${contact.hours}</span>` : nothing}
          </li>`;
        })}
      </ul>
    </div>`;
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

  /** A tapped question: the button disappears with the re-render, so focus goes to the textarea. */
  private tap(text: string) {
    this.send(text);
    this.focusInput();
  }

  private push(message: Message) {
    this.messages = [...this.messages, message];
    this.scrollPending = true;
    this.host.requestUpdate();
  }

  private readonly submit = (event: Event) => {
    event.preventDefault();
    const input = this.host.renderRoot.querySelector<HTMLTextAreaElement>('textarea');
    if (input && this.send(input.value)) input.value = '';
  };

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) this.submit(event);
  };
}
