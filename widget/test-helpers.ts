// Helpers shared by the widget's browser tests (not a test file itself: web-test-runner runs *.test.ts).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import type { Reply } from '../server/protocol.js';
import './define.js';
import type { NaraGuide } from './nara-guide.js';
import type { NaraGuidePanel } from './nara-guide-panel.js';

export const server = window.__NARA_SERVER__ ?? '';
export const TENANTS = ['norrbotten', 'vasterbotten', 'strangnas', 'varmland', 'vasternorrland'] as const;

const WCAG = { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] };
type AxeResults = { violations: { id: string; help: string; nodes: { target: unknown; failureSummary?: string }[] }[] };
const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<AxeResults> } }).axe;

/** axe-core's WCAG 2.1 A and AA rules (or the given ones) on the element, open shadow roots included. */
export const expectNoViolations = async (el: Element, options: object = WCAG) => {
  const { violations } = await axe.run(el, options);
  const summary = violations.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => [n.target, n.failureSummary]))}`);
  expect(summary).to.deep.equal([]);
};

/** The guide's shadow root and, once loaded, the panel's. */
const roots = (el: NaraGuide): ShadowRoot[] => {
  const panel = el.shadowRoot?.querySelector('nara-guide-panel');
  return [el.shadowRoot!, ...(panel?.shadowRoot ? [panel.shadowRoot] : [])];
};
export const $ = <T extends Element = HTMLElement>(el: NaraGuide, selector: string): T | null =>
  roots(el).map((root) => root.querySelector<T>(selector)).find((found) => found !== null) ?? null;
export const $$ = <T extends Element = HTMLElement>(el: NaraGuide, selector: string): T[] =>
  roots(el).flatMap((root) => [...root.querySelectorAll<T>(selector)]);
export const launcher = (el: NaraGuide) => $<HTMLButtonElement>(el, '[part~="launcher"]');
export const panelOf = (el: NaraGuide): NaraGuidePanel | undefined => el.shadowRoot?.querySelector('nara-guide-panel') ?? undefined;
/** The focused element inside the guide, through the panel's shadow root; null when the focus is elsewhere. */
export const focused = (el: NaraGuide): Element | null => {
  let active = el.shadowRoot!.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};
export const lastReply = (el: NaraGuide) => $$(el, '[part~="message-guide"][data-kind]').at(-1);

/** Renders the element and waits for the tenant's configuration (the launcher shows once it is there). */
export const guide = async (tenant = 'norrbotten', attributes: Record<string, string> = {}): Promise<NaraGuide> => {
  const el = await fixture<NaraGuide>(html`<nara-guide tenant=${tenant} server=${server}></nara-guide>`);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await waitUntil(() => launcher(el) || (el.position === 'inline' && $(el, '#input')), 'the guide did not appear', { timeout: 5000 });
  return el;
};

/** Clicks the launcher and waits for the focus to reach the question field. */
export const openGuide = async (el: NaraGuide) => {
  launcher(el)!.click();
  await waitUntil(() => {
    const textarea = $(el, 'textarea');
    return textarea !== null && focused(el) === textarea;
  }, 'focus did not move to the textarea', { timeout: 5000 });
};

/** Asks through the element's API and waits for the reply to show. */
export const askAndWait = async (el: NaraGuide, text: string) => {
  const before = $$(el, '[part~="message-guide"][data-kind]').length;
  await el.ask(text);
  await waitUntil(() => $$(el, '[part~="message-guide"][data-kind]').length > before, `no reply to "${text}"`, { timeout: 10_000 });
  await el.updateComplete;
  return lastReply(el)!;
};

/** Makes the element's next ask answer with this reply instead of the server's (for what the server never sends). */
export const stubNextReply = (el: NaraGuide, reply: Reply) => {
  const connection = panelOf(el)!.connection as { ask(text: string): Promise<Reply> };
  const real = connection.ask.bind(connection);
  connection.ask = () => {
    connection.ask = real;
    return Promise.resolve(reply);
  };
};

/** A reply as API.md describes it, with every field filled. */
export const reply = (fields: Partial<Reply> = {}): Reply => ({
  conversationId: 'test-conversation',
  replyId: 'test-reply',
  kind: 'answer',
  text: 'Nära vård är en omställning av hälso- och sjukvården.',
  sources: [{ title: 'Nära vård – Region Norrbotten', url: 'https://www.norrbotten.se/nara-vard' }],
  suggestions: ['Vad är en fast vårdkontakt?', 'Vad betyder omställningen för mig?'],
  contacts: [{ label: 'Vårdcentralen', phone: '0920-28 40 00', url: 'https://www.norrbotten.se/', email: 'info@example.se', hours: 'Vardagar 8–17' }],
  ...fields,
});

/** Runs a command of web-test-runner.config.mjs (nara-media, nara-font-size). */
export { executeServerCommand } from '@web/test-runner-commands';
