// The element end to end in Chromium, against the real server started by web-test-runner.config.mjs.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { NaraGuide } from './nara-guide.js';
import { $, $$, askAndWait, expectNoViolations, guide, lastReply, launcher, openGuide, reply, server, stubNextReply, focused } from './test-helpers.js';

describe('<nara-guide>', () => {
  beforeEach(() => sessionStorage.clear());

  it('knows the server', () => {
    expect(server, 'window.__NARA_SERVER__').to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('renders a closed launcher with the tenant theme', async () => {
    const el = await guide();
    const button = launcher(el)!;
    expect(button.tagName).to.equal('BUTTON');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal('panel');
    expect($(el, '#panel')!.hidden).to.equal(true);
    expect(el.config?.name).to.be.a('string').and.not.equal('');
    expect(getComputedStyle(el).getPropertyValue('--nara-accent').trim().toLowerCase()).to.equal(el.config!.theme.accent.toLowerCase());
    // Nothing is stored and no conversation exists before the visitor opens the guide.
    expect(sessionStorage.length).to.equal(0);
  });

  it('makes the launcher the close button while open, and gives the conversation the room there is (issue 15.5)', async () => {
    await setViewport({ width: 1280, height: 800 });
    try {
      const el = await guide();
      expect(launcher(el)!.textContent!.trim()).to.equal('Frågor om nära vård');
      await openGuide(el);
      await el.updateComplete;
      expect(launcher(el)!.textContent!.trim()).to.equal('Stäng guiden');
      const log = $(el, '[part~="log"]')!;
      // On a desktop the conversation has room: the panel is as tall as fits (up to 46em), not 330 px.
      expect(log.getBoundingClientRect().height).to.be.at.least(400);
      launcher(el)!.click();
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(launcher(el)!.textContent!.trim()).to.equal('Frågor om nära vård');

      // On a phone the open guide takes what is visible, and follows it (a keyboard takes its part).
      await setViewport({ width: 360, height: 640 });
      await openGuide(el);
      await el.updateComplete;
      const frame = $(el, '.panel-frame')!.getBoundingClientRect();
      expect(Math.round(frame.height)).to.equal(Math.round(window.visualViewport!.height));
      expect(frame.top).to.equal(0);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('opens with focus in the labelled textarea, and shows header, greeting, starters and safety lines', async () => {
    const el = await guide();
    await openGuide(el);
    expect(el.open).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    expect(launcher(el)!.getAttribute('aria-expanded')).to.equal('true');
    const panel = $(el, '[role="dialog"]')!;
    expect(panel.getAttribute('lang')).to.equal('sv');
    expect($(el, '[part~="title"]')!.textContent).to.equal(el.config!.name);
    expect(panel.textContent).to.contain('Automatiserad guide – inte medicinsk rådgivning');
    expect(panel.textContent).to.contain('Vid fara för liv: ring 112');
    expect(panel.textContent).to.contain('Skriv inga personuppgifter.');
    expect($(el, '[part~="human-button"]')!.textContent).to.equal('Prata med en människa');
    expect(panel.textContent).to.contain(el.config!.greeting);
    const starters = $$(el, '[part~="starters"] button').map((b) => b.textContent);
    expect(starters).to.deep.equal(el.config!.starters);
    const textarea = $<HTMLTextAreaElement>(el, 'textarea')!;
    expect($(el, `label[for="${textarea.id}"]`)!.textContent).to.equal('Din fråga');
    expect($(el, '[role="log"]')).to.exist;
    expect($(el, '[role="status"]')).to.exist;
  });

  it('answers a typed question from the knowledge base, with a source link', async () => {
    const el = await guide();
    await openGuide(el);
    const replied = oneEvent(el, 'nara-reply');
    await sendKeys({ type: 'Vad är nära vård?' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part~="message-visitor"]'), 'the question was not shown');
    expect($(el, '[part~="message-visitor"]')!.textContent).to.contain('Vad är nära vård?');
    expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('');
    const { detail } = await replied;
    expect(detail.reply.kind).to.equal('answer');
    await waitUntil(() => lastReply(el), 'the reply was not shown');
    const reply = lastReply(el)!;
    expect(reply.dataset.kind).to.equal('answer');
    const source = reply.querySelector<HTMLAnchorElement>('[part~="sources"] a')!;
    expect(source.href).to.match(/^https?:\/\//);
    expect(source.target).to.equal('_blank');
    // The conversation survives page loads in this tab, now that the visitor has opened the guide.
    expect(sessionStorage.getItem('nara-guide:norrbotten:conversation')).to.equal(detail.reply.conversationId);
    expect(document.cookie).to.equal('');
  });

  it('shows the typing indicator and its status while a reply is on its way, and appends the reply whole', async () => {
    const el = await guide();
    await openGuide(el);
    await waitUntil(() => $(el, '[role="status"]')!.textContent === '', 'still connecting');
    const send = WebSocket.prototype.send;
    WebSocket.prototype.send = function (this: WebSocket, data: string) {
      setTimeout(() => send.call(this, data), 400); // a slow network
    };
    try {
      const log = $(el, '[role="log"]')!;
      const added: Node[] = [];
      const changedInside: Node[] = [];
      const observer = new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'childList' && r.target === log) added.push(...r.addedNodes);
          else if ((r.type === 'characterData' || r.type === 'childList') && (r.target as Element).closest?.('[data-kind]')) changedInside.push(r.target);
        }
      });
      observer.observe(log, { childList: true, subtree: true, characterData: true });
      await sendKeys({ type: 'Vad är nära vård?' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '.typing'), 'no typing indicator');
      expect($(el, '[role="status"]')!.textContent).to.equal('Guiden skriver…');
      expect($(el, '.typing')!.getAttribute('aria-hidden')).to.equal('true');
      await waitUntil(() => lastReply(el), 'no reply', { timeout: 5000 });
      await el.updateComplete;
      observer.disconnect();
      expect($(el, '.typing')).to.equal(null);
      expect($(el, '[role="status"]')!.textContent).to.equal('');
      // The reply arrived as one element with its whole text, not filled in afterwards.
      const reply = lastReply(el)!;
      expect(added.filter((n) => n === reply)).to.have.length(1);
      expect(changedInside).to.have.length(0);
      expect(reply.closest('[role="log"]')).to.equal(log);
    } finally {
      WebSocket.prototype.send = send;
    }
  });

  it('shows a visible focus ring on every control reached by keyboard', async () => {
    const el = await guide();
    launcher(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el) === $(el, '#input'), 'the field did not get the focus');
    await askAndWait(el, 'Vad är nära vård?');
    $(el, '[part~="close-button"]')!.focus();
    const seen = new Set<Element>();
    for (let i = 0; i < 40; i++) {
      const active = focused(el);
      if (!active || seen.has(active)) break;
      seen.add(active);
      const style = getComputedStyle(active);
      const ring = style.outlineStyle === 'solid' && parseFloat(style.outlineWidth) >= 2;
      expect(ring, `${active.tagName} ${active.getAttribute('part') ?? ''} has no focus ring`).to.equal(true);
      await sendKeys({ press: 'Tab' });
    }
    const parts = [...seen].map((e) => e.getAttribute('part') ?? e.tagName.toLowerCase());
    for (const part of ['close-button', 'log', 'link', 'chip', 'vote', 'input', 'send-button', 'human-button']) expect(parts).to.include(part);
  });

  it('Shift+Enter breaks the line instead of sending', async () => {
    const el = await guide();
    await openGuide(el);
    await sendKeys({ type: 'rad ett' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ type: 'rad två' });
    expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('rad ett\nrad två');
    expect($(el, '[part~="message-visitor"]')).to.equal(null);
  });

  it('sends a tapped starter or suggestion as it is written', async () => {
    const el = await guide();
    await openGuide(el);
    const starter = $<HTMLButtonElement>(el, '[part~="starters"] button')!;
    const text = starter.textContent!;
    const asked = oneEvent(el, 'nara-ask');
    starter.click();
    expect((await asked).detail.text).to.equal(text);
    await waitUntil(() => lastReply(el), 'no reply to the starter');
    expect(focused(el)).to.equal($(el, 'textarea'));
  });

  it('"Prata med en människa" asks for a person and shows contact cards', async () => {
    const el = await guide();
    await openGuide(el);
    $<HTMLButtonElement>(el, '[part~="human-button"]')!.click();
    await waitUntil(() => lastReply(el), 'no reply');
    const reply = lastReply(el)!;
    expect(['escalate', 'fallback']).to.include(reply.dataset.kind);
    const contact = reply.querySelector('[part~="contact"]')!;
    expect(contact).to.exist;
    const tel = contact.parentElement!.querySelector<HTMLAnchorElement>('a[href^="tel:"]');
    if (tel) expect(tel.getAttribute('href')).to.match(/^tel:\+?\d+$/);
  });

  it('Escape closes and returns focus to the launcher', async () => {
    const el = await guide();
    await openGuide(el);
    const closing = oneEvent(el, 'nara-close');
    await sendKeys({ press: 'Escape' });
    await closing;
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect($(el, '#panel')!.hidden).to.equal(true);
    expect(launcher(el)!.getAttribute('aria-expanded')).to.equal('false');
    expect(focused(el)).to.equal(launcher(el));
  });

  it('the close button closes and returns focus to the launcher', async () => {
    const el = await guide();
    await openGuide(el);
    $<HTMLButtonElement>(el, '[part~="close-button"]')!.click();
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(focused(el)).to.equal(launcher(el));
  });

  it('a cancelled nara-open keeps the guide closed', async () => {
    const el = await guide();
    el.addEventListener('nara-open', (event) => event.preventDefault());
    launcher(el)!.click();
    await el.updateComplete;
    expect(el.open).to.equal(false);
  });

  it('speaks English with lang="en"', async () => {
    const el = await fixture<NaraGuide>(html`<nara-guide tenant="varmland" lang="en" server=${server}></nara-guide>`);
    await waitUntil(() => launcher(el));
    await openGuide(el);
    expect($(el, '[role="dialog"]')!.getAttribute('lang')).to.equal('en');
    expect($(el, '[part~="human-button"]')!.textContent).to.equal('Talk to a person');
    // The tenant's own texts keep their language.
    expect($(el, '[part~="title"]')!.getAttribute('lang')).to.equal('sv');
  });

  it('renders nothing for a tenant the server does not know', async () => {
    const el = await fixture<NaraGuide>(html`<nara-guide tenant="finns-inte" server=${server}></nara-guide>`);
    await waitUntil(() => el.configState === 'unknown', 'the 404 was not seen');
    await el.updateComplete;
    expect(launcher(el)).to.equal(null);
  });

  it('says plainly on a page outside its tenant\'s origins that it is not switched on, and names the origin in the console (issue 15.7)', async () => {
    // The server's 403 for a page it does not know, as a staging site gets it (this test page's origin is allowed).
    const real = window.fetch;
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => { warnings.push(args.join(' ')); };
    window.fetch = (input, init) => String(input instanceof Request ? input.url : input).includes('/api/v1/tenants/')
      ? Promise.resolve(new Response(JSON.stringify({ error: { code: 'origin_not_allowed', message: 'x' } }), { status: 403, headers: { 'Content-Type': 'application/json' } }))
      : real(input, init);
    try {
      const el = await fixture<NaraGuide>(html`<nara-guide tenant="strangnas" server=${server}></nara-guide>`);
      await waitUntil(() => el.configState === 'not-allowed', 'the 403 was not seen');
      await waitUntil(() => launcher(el), 'no launcher');
      await openGuide(el);
      expect($(el, '[part~="log"]')!.textContent).to.contain('Guiden är inte påslagen för den här webbplatsen.');
      expect(warnings.join('\n')).to.contain(`${location.origin} is not among the origins of tenant "strangnas"`);
      expect(warnings.join('\n')).to.contain('knowledge/tenants/strangnas/tenant.yaml');
    } finally {
      window.fetch = real;
      console.warn = warn;
    }
  });

  it('uses the theme of data-accent, and the host page can override it', async () => {
    const el = await guide();
    el.accent = '#ffcc00';
    await el.updateComplete;
    const style = getComputedStyle(el);
    expect(style.getPropertyValue('--nara-accent').trim()).to.equal('#ffcc00');
    // Yellow needs dark text: a configured colour that fails 4.5:1 is replaced.
    expect(style.getPropertyValue('--nara-accent-text').trim()).to.equal('#000000');
    el.style.setProperty('--nara-accent', '#123456');
    expect(getComputedStyle(el).getPropertyValue('--nara-accent').trim()).to.equal('#123456');
  });

  it('has no WCAG 2.1 AA violations closed, or open with a reply shown', async () => {
    const el = await guide();
    await expectNoViolations(el);
    await openGuide(el);
    await el.ask('Vad är nära vård?');
    await waitUntil(() => lastReply(el), 'no reply');
    await el.updateComplete;
    await expectNoViolations(el);
  });

  it('has no WCAG 2.1 AA violations with contact cards and suggestions', async () => {
    const el = await guide('strangnas');
    await openGuide(el);
    await el.ask('Prata med en människa');
    await waitUntil(() => lastReply(el), 'no reply');
    await el.updateComplete;
    await expectNoViolations(el);
  });

  it('has no WCAG 2.1 AA violations with one reply holding sources, contacts and suggestions, and the 👎 reason open', async () => {
    const el = await guide('varmland');
    await openGuide(el);
    await askAndWait(el, 'Vad är nära vård?');
    stubNextReply(el, reply());
    const full = await askAndWait(el, 'Vem kan jag kontakta?');
    expect(full.querySelectorAll('[part~="sources"] a')).to.have.length(1);
    expect(full.querySelectorAll('[part~="contact"]')).to.have.length(1);
    expect(full.querySelectorAll('[part~="suggestions"] button')).to.have.length(2);
    full.querySelector<HTMLButtonElement>('[id^="vote-down-"]')!.click();
    await el.updateComplete;
    expect(full.querySelector('[part~="feedback-input"]')).to.exist;
    await expectNoViolations(el);
  });

  it('reflows at 320 CSS pixels: the open panel fills the viewport and nothing scrolls sideways', async () => {
    await setViewport({ width: 320, height: 568 });
    try {
      const el = await guide();
      await openGuide(el);
      await el.ask('Vad är nära vård?');
      await waitUntil(() => lastReply(el), 'no reply');
      const panel = $(el, '[part~="panel"]')!;
      const box = panel.getBoundingClientRect();
      expect([box.left, box.top, box.width, box.height]).to.deep.equal([0, 0, 320, 568]);
      for (const node of [panel, $(el, '[part~="log"]')!]) expect(node.scrollWidth).to.be.at.most(node.clientWidth);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
