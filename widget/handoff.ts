/**
 * "Skicka frågan till oss": after a fallback or an escalation, when the server says the tenant takes
 * handoffs (`handoff: true` on the reply), the visitor may send the question on to a person. The visitor
 * sees the question that will be sent and may change it, may add contact details, and confirms; the
 * receipt shows only once the server answered 202, i.e. stored the handoff for delivery.
 *
 * Loaded with `import()` by the panel the first time a reply offers it, so a page whose guide answers
 * (or whose tenant takes no handoffs) never downloads it. Its strings live here for the same reason.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Connection } from './connection.js';
import type { GuideMessage } from './nara-guide-panel.js';

const STRINGS = {
  sv: {
    offer: 'Skicka frågan till oss',
    intro: 'En medarbetare läser din fråga och svarar dig. Det här skickas, och du kan ändra det innan du skickar:',
    question: 'Din fråga',
    contact: 'Hur når vi dig? (frivilligt, men utan kontaktuppgift kan vi inte svara dig)',
    name: 'Namn',
    email: 'E-post',
    phone: 'Telefon',
    privacy: 'Skriv inte personnummer eller uppgifter om din hälsa.',
    confirm: 'Skicka frågan',
    cancel: 'Avbryt',
    sending: 'Skickar…',
    sent: 'Tack! Vi har tagit emot din fråga och skickar den vidare.',
    reference: 'Ärendenummer',
    failed: 'Frågan kunde inte skickas. Försök igen, eller kontakta oss på något av sätten ovan.',
    unavailable: 'Det går inte att skicka frågor härifrån just nu. Kontakta oss på något av sätten ovan.',
  },
  en: {
    offer: 'Send the question to us',
    intro: 'A member of staff reads your question and answers you. This is what will be sent, and you can change it before sending:',
    question: 'Your question',
    contact: 'How can we reach you? (optional, but without contact details we cannot answer you)',
    name: 'Name',
    email: 'E-mail',
    phone: 'Phone',
    privacy: 'Do not write your personal identity number or anything about your health.',
    confirm: 'Send the question',
    cancel: 'Cancel',
    sending: 'Sending…',
    sent: 'Thank you! We have received your question and will pass it on.',
    reference: 'Reference',
    failed: 'The question could not be sent. Try again, or contact us in one of the ways above.',
    unavailable: 'Questions cannot be sent from here right now. Contact us in one of the ways above.',
  },
};

/** What the handoff needs of the panel. */
export type HandoffHost = {
  connection: Connection;
  /** The longest question the server takes. */
  maxQuestionLength: number;
  /** The visitor's language. */
  lang(): 'sv' | 'en';
  /** Re-renders, then focuses the element the selector names, if any. */
  update(focus?: string): void;
  /** Keeps the transcript (with the receipt) for the session's next pages. */
  save(): void;
  emit(name: string, detail?: unknown): boolean;
};

export class Handoff {
  constructor(private readonly panel: HandoffHost) {}

  /** The offer, the form, or the receipt, under the reply the message holds. */
  render(message: GuideMessage, index: number): TemplateResult {
    const t = STRINGS[this.panel.lang()];
    const { handoff } = message;
    const id = (name: string) => `handoff-${name}-${index}`;
    if (handoff === 'sent') {
      return html`<p part="handoff-receipt" class="receipt" id=${id('receipt')} tabindex="-1">
        ${t.sent} <span class="nowrap">${t.reference}: <strong>${message.handoffId}</strong></span>
      </p>`;
    }
    if (!handoff) {
      return html`<button part="handoff-button" class="chip handoff" type="button" id=${id('offer')} @click=${() => this.open(message, index)}>${t.offer}</button>`;
    }
    const sending = handoff === 'sending';
    const field = (name: 'name' | 'email' | 'phone', type: string, autocomplete: string, maxlength: number) => html`
      <label for=${id(name)}>${t[name]}</label>
      <input id=${id(name)} name=${name} type=${type} autocomplete=${autocomplete} maxlength=${maxlength} />`;
    return html`<form part="handoff-form" class="handoff-form" aria-labelledby=${id('title')} @submit=${(event: Event) => this.send(event, message, index)}>
      <h3 id=${id('title')}>${t.offer}</h3>
      <p>${t.intro}</p>
      <label for=${id('question')}>${t.question}</label>
      <textarea id=${id('question')} name="question" rows="3" required maxlength=${this.panel.maxQuestionLength} .value=${message.question ?? ''}></textarea>
      <fieldset>
        <legend>${t.contact}</legend>
        ${field('name', 'text', 'name', 200)}
        ${field('email', 'email', 'email', 254)}
        ${field('phone', 'tel', 'tel', 40)}
      </fieldset>
      <p class="hint">${t.privacy}</p>
      ${handoff === 'failed' || handoff === 'unavailable'
        ? html`<p part="handoff-error" class="handoff-error" role="alert">${t[handoff]}</p>`
        : nothing}
      <div class="actions">
        <button part="handoff-confirm" class="send" type="submit" aria-disabled=${sending ? 'true' : 'false'}>${sending ? t.sending : t.confirm}</button>
        <button part="handoff-cancel" class="vote" type="button" @click=${() => this.cancel(message, index)}>${t.cancel}</button>
      </div>
    </form>`;
  }

  private open(message: GuideMessage, index: number) {
    message.handoff = 'form';
    this.panel.update(`#handoff-question-${index}`);
  }

  private cancel(message: GuideMessage, index: number) {
    if (message.handoff === 'sending') return;
    message.handoff = undefined;
    this.panel.update(`#handoff-offer-${index}`);
  }

  private send(event: Event, message: GuideMessage, index: number) {
    event.preventDefault();
    if (message.handoff === 'sending' || message.handoff === 'sent') return;
    const form = new FormData(event.target as HTMLFormElement);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    const question = value('question');
    if (!question) return;
    const contact = Object.fromEntries(['name', 'email', 'phone'].map((name) => [name, value(name)]).filter(([, v]) => v));
    message.question = question;
    message.handoff = 'sending';
    this.panel.update();
    const { conversationId, replyId } = message.reply;
    let focus: string | undefined;
    this.panel.connection.handoff({ conversationId, replyId, question, ...contact }).then(
      (receipt) => {
        message.handoff = 'sent';
        message.handoffId = receipt.handoffId;
        focus = `#handoff-receipt-${index}`;
        this.panel.emit('nara-handoff', { handoffId: receipt.handoffId });
      },
      (error: unknown) => {
        // A ConnectionError (not imported: that would tie this chunk to the connection's).
        message.handoff = (error as { code?: string } | null)?.code === 'handoff_unavailable' ? 'unavailable' : 'failed';
      },
    ).finally(() => {
      this.panel.save();
      this.panel.update(focus);
    });
  }
}
