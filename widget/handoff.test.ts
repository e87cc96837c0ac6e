// "Skicka frågan till oss" in Chromium against the real server, whose strangnas tenant hands questions to a
// contact centre's webhook started by web-test-runner.config.mjs (the other tenants take no handoffs).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { NaraGuide } from './nara-guide.js';
import { $, askAndWait, executeServerCommand, expectNoViolations, guide, openGuide, server, focused } from './test-helpers.js';

type Received = { idempotencyKey: string; body: Record<string, unknown> };
const received = async () => (await executeServerCommand('nara-handoffs')) as Received[];

const OUT_OF_SCOPE = 'Vad kostar parkering vid lasarettet?';

/** Puts every POST /api/v1/handoff the page makes through `gate`, which may hold or replace the server's answer. */
const interceptHandoffs = (gate: (real: () => Promise<Response>, body: Record<string, unknown>) => Promise<Response>) => {
  const real = window.fetch;
  const bodies: Record<string, unknown>[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (!String(input instanceof Request ? input.url : input).endsWith('/api/v1/handoff')) return real(input, init);
    const body = JSON.parse(String(init?.body));
    bodies.push(body);
    return gate(() => real(input, init), body);
  };
  return { bodies, restore: () => (window.fetch = real) };
};

const shadowFocus = (el: NaraGuide) => focused(el);

/** The offer under a reply: it shows once the handoff's chunk has loaded. */
const offerIn = async (reply: HTMLElement) => {
  await waitUntil(() => reply.querySelector('[part~="handoff-button"]'), 'no "Skicka frågan till oss" under the reply', { timeout: 5000 });
  return reply.querySelector<HTMLButtonElement>('[part~="handoff-button"]')!;
};

/** Whether the server offered a handoff with the element's last reply. */
const offered = (el: NaraGuide) => (el as unknown as { panel: { messages: { reply?: { handoff?: boolean } }[] } }).panel.messages.at(-1)!.reply!.handoff === true;
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('handoff', () => {
  let intercept: ReturnType<typeof interceptHandoffs> | undefined;
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    intercept?.restore();
  });

  it('after a fallback: shows what will be sent, takes contact details, gives the receipt only once stored, and the contact centre gets it once', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    intercept = interceptHandoffs(async (real) => {
      await held;
      return real();
    });
    const el = await guide('strangnas');
    await openGuide(el);
    const fallback = await askAndWait(el, OUT_OF_SCOPE);
    expect(fallback.dataset.kind).to.equal('fallback');
    const offer = await offerIn(fallback);
    expect(offer.textContent!.trim()).to.equal('Skicka frågan till oss');

    offer.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const form = fallback.querySelector<HTMLFormElement>('[part~="handoff-form"]')!;
    const question = form.querySelector<HTMLTextAreaElement>('textarea')!;
    expect(shadowFocus(el)).to.equal(question);
    expect(question.value).to.equal(OUT_OF_SCOPE);
    expect(form.querySelector(`label[for="${question.id}"]`)!.textContent).to.equal('Din fråga');
    expect(form.querySelector('legend')!.textContent).to.contain('frivilligt');
    await expectNoViolations(el);

    // The visitor adds a detail to the question and an e-mail address, and confirms by keyboard.
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' Jag har rullstol.' });
    form.querySelector<HTMLInputElement>('input[type="email"]')!.focus();
    await sendKeys({ type: 'anna@example.se' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => intercept!.bodies.length === 1, 'no handoff was posted');
    await el.updateComplete;
    const confirm = form.querySelector<HTMLButtonElement>('[part~="handoff-confirm"]')!;
    expect(confirm.textContent).to.equal('Skickar…');
    expect(confirm.getAttribute('aria-disabled')).to.equal('true');
    confirm.click(); // a second press while sending sends nothing more
    await el.updateComplete;
    expect(fallback.querySelector('[part~="handoff-receipt"]'), 'a receipt before the server stored it').to.equal(null);

    const replyId = (el as unknown as { panel: { messages: { reply?: { replyId: string } }[] } }).panel.messages.at(-1)!.reply!.replyId;
    expect(intercept.bodies).to.deep.equal([{
      tenant: 'strangnas', conversationId: intercept.bodies[0]!.conversationId, replyId,
      question: `${OUT_OF_SCOPE} Jag har rullstol.`, email: 'anna@example.se',
    }]);

    release();
    await waitUntil(() => fallback.querySelector('[part~="handoff-receipt"]'), 'no receipt after the server stored it');
    const receipt = fallback.querySelector<HTMLElement>('[part~="handoff-receipt"]')!;
    const handoffId = receipt.querySelector('strong')!.textContent!;
    expect(receipt.textContent).to.contain('Tack! Vi har tagit emot din fråga');
    expect(handoffId).to.match(/^[A-Z3-9]{4}-[A-Z3-9]{4}-[A-Z3-9]{4}$/); // read aloud on the phone: short, no look-alikes
    expect(fallback.querySelector('[part~="handoff-form"]')).to.equal(null);
    await el.updateComplete;
    expect(shadowFocus(el)).to.equal(receipt);

    await waitUntil(async () => (await received()).some((r) => r.body.id === handoffId), 'the contact centre got nothing', { timeout: 5000 });
    await settle(); // a retry would have come by now (HANDOFF_RETRY_MS 50)
    const delivered = (await received()).filter((r) => r.body.id === handoffId);
    expect(delivered).to.have.length(1);
    expect(delivered[0]!.idempotencyKey).to.equal(handoffId);
    expect(delivered[0]!.body).to.include({ tenant: 'strangnas', question: `${OUT_OF_SCOPE} Jag har rullstol.`, email: 'anna@example.se' });
    expect(delivered[0]!.body).not.to.have.property('phone');

    // On the site's next page the receipt is still there, and nothing is offered again.
    const next = await fixture<NaraGuide>(html`<nara-guide tenant="strangnas" server=${server}></nara-guide>`);
    await waitUntil(() => $(next, '[part~="handoff-receipt"]'), 'the receipt was not kept for the next page', { timeout: 5000 });
    expect($(next, '[part~="handoff-receipt"] strong')!.textContent).to.equal(handoffId);
    expect($(next, '[part~="handoff-button"]')).to.equal(null);
  });

  it('when the server does not store it: no receipt, an error, what the visitor wrote is kept, and trying again sends it', async () => {
    let refuse = true;
    intercept = interceptHandoffs(async (real) => {
      if (!refuse) return real();
      return new Response(JSON.stringify({ error: { code: 'internal', message: 'Database locked.' } }), { status: 503, headers: { 'Content-Type': 'application/json' } });
    });
    const el = await guide('strangnas');
    await openGuide(el);
    const reply = await askAndWait(el, 'Jag vill prata med en människa');
    expect(reply.dataset.kind).to.equal('escalate');
    (await offerIn(reply)).click();
    await el.updateComplete;
    const form = reply.querySelector<HTMLFormElement>('[part~="handoff-form"]')!;
    form.querySelector<HTMLTextAreaElement>('textarea')!.value = 'Hur listar jag mig på en vårdcentral?';
    form.querySelector<HTMLInputElement>('input[type="tel"]')!.value = '070-123 45 67';
    form.querySelector<HTMLButtonElement>('[part~="handoff-confirm"]')!.click();
    await waitUntil(() => reply.querySelector('[part~="handoff-error"]'), 'no error shown');
    expect(reply.querySelector('[part~="handoff-error"]')!.getAttribute('role')).to.equal('alert');
    expect(reply.querySelector('[part~="handoff-error"]')!.textContent).to.contain('kunde inte skickas');
    expect(reply.querySelector('[part~="handoff-receipt"]')).to.equal(null);
    expect(form.querySelector<HTMLTextAreaElement>('textarea')!.value).to.equal('Hur listar jag mig på en vårdcentral?');
    expect(form.querySelector<HTMLInputElement>('input[type="tel"]')!.value).to.equal('070-123 45 67');

    refuse = false;
    form.querySelector<HTMLButtonElement>('[part~="handoff-confirm"]')!.click();
    await waitUntil(() => reply.querySelector('[part~="handoff-receipt"]'), 'no receipt after trying again');
    expect(reply.querySelector('[part~="handoff-error"]')).to.equal(null);
    const handoffId = reply.querySelector('[part~="handoff-receipt"] strong')!.textContent;
    await waitUntil(async () => (await received()).some((r) => r.body.id === handoffId), 'the contact centre got nothing', { timeout: 5000 });
    expect((await received()).find((r) => r.body.id === handoffId)!.body).to.include({ question: 'Hur listar jag mig på en vårdcentral?', phone: '070-123 45 67' });
    expect(intercept.bodies).to.have.length(2);
    expect(intercept.bodies[0]!.replyId).to.equal(intercept.bodies[1]!.replyId);
  });

  it('Avbryt closes the form, sends nothing and gives the focus back to the offer', async () => {
    intercept = interceptHandoffs((real) => real());
    const el = await guide('strangnas');
    await openGuide(el);
    const fallback = await askAndWait(el, OUT_OF_SCOPE);
    (await offerIn(fallback)).click();
    await el.updateComplete;
    fallback.querySelector<HTMLButtonElement>('[part~="handoff-cancel"]')!.click();
    await el.updateComplete;
    expect(fallback.querySelector('[part~="handoff-form"]')).to.equal(null);
    expect(shadowFocus(el)).to.equal(fallback.querySelector('[part~="handoff-button"]'));
    expect(intercept.bodies).to.have.length(0);
  });

  it('after "Prata med en människa" offers to send the question the guide could not answer, not the request (issue 15.6)', async () => {
    const el = await guide('strangnas');
    await openGuide(el);
    await askAndWait(el, OUT_OF_SCOPE);
    const escalate = await askAndWait(el, 'Prata med en människa');
    expect(escalate.dataset.kind).to.equal('escalate');
    (await offerIn(escalate)).click();
    await el.updateComplete;
    const question = escalate.querySelector<HTMLTextAreaElement>('[part~="handoff-form"] textarea')!;
    expect(question.value).to.equal(OUT_OF_SCOPE);

    // Asked for a person first thing: nothing to offer, the visitor writes the question.
    sessionStorage.clear();
    const fresh = await guide('strangnas');
    await openGuide(fresh);
    const first = await askAndWait(fresh, 'Prata med en människa');
    (await offerIn(first)).click();
    await fresh.updateComplete;
    expect(first.querySelector<HTMLTextAreaElement>('[part~="handoff-form"] textarea')!.value).to.equal('');
  });

  it('is offered only after a fallback or escalation, and only by a tenant with a handoff target', async () => {
    const strangnas = await guide('strangnas');
    await openGuide(strangnas);
    const answer = await askAndWait(strangnas, 'Vad är nära vård?');
    expect(answer.dataset.kind).to.equal('answer');
    expect(offered(strangnas)).to.equal(false);
    const fallback = await askAndWait(strangnas, OUT_OF_SCOPE);
    await offerIn(fallback);
    expect(answer.querySelector('[part~="handoff-button"]')).to.equal(null);

    const norrbotten = await guide('norrbotten');
    await openGuide(norrbotten);
    const elsewhere = await askAndWait(norrbotten, OUT_OF_SCOPE);
    expect(elsewhere.dataset.kind).to.equal('fallback');
    expect(offered(norrbotten)).to.equal(false);
    await settle();
    expect(elsewhere.querySelector('[part~="contacts"]')).not.to.equal(null);
    expect(elsewhere.querySelector('[part~="handoff-button"]')).to.equal(null);
  });
});
