// The open panel in Chromium against the real server: feedback, hostile text, the modal on small screens,
// the session across pages, the inline form.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { NaraGuide } from './nara-guide.js';
import { $, $$, askAndWait, expectNoViolations, guide, launcher, openGuide, panelOf, reply, server, stubNextReply, focused } from './test-helpers.js';

/** Every frame the page's WebSockets send, while the returned stop function is not called. */
const recordFrames = () => {
  const frames: { type: string; [key: string]: unknown }[] = [];
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (this: WebSocket, data: string) {
    frames.push(JSON.parse(data));
    send.call(this, data);
  };
  return { frames, stop: () => (WebSocket.prototype.send = send) };
};

const pwned = () => (window as unknown as { __pwned?: unknown }).__pwned;

describe('panel', () => {
  beforeEach(() => sessionStorage.clear());

  describe('feedback', () => {
    let recorder: ReturnType<typeof recordFrames>;
    beforeEach(() => {
      recorder = recordFrames();
    });
    afterEach(() => {
      recorder.stop();
    });

    it('👍 sends helpful feedback on that reply once, and thanks the visitor', async () => {
      const el = await guide();
      await openGuide(el);
      const answer = await askAndWait(el, 'Vad är nära vård?');
      const replyId = (panelOf(el)!.messages.at(-1) as { reply: { replyId: string } }).reply.replyId;
      const up = answer.querySelector<HTMLButtonElement>('[id^="vote-up-"]')!;
      expect(answer.querySelector('[part~="feedback"]')!.getAttribute('role')).to.equal('group');
      expect(up.getAttribute('aria-pressed')).to.equal('false');
      up.click();
      await waitUntil(() => answer.textContent!.includes('Tack för din återkoppling!'), 'no thanks');
      expect(up.getAttribute('aria-pressed')).to.equal('true');
      expect(up.getAttribute('aria-disabled')).to.equal('true');
      up.click();
      answer.querySelector<HTMLButtonElement>('[id^="vote-down-"]')!.click();
      await el.updateComplete;
      const feedback = recorder.frames.filter((f) => f.type === 'feedback');
      expect(feedback).to.have.length(1);
      expect(feedback[0]).to.include({ replyId, helpful: true });
      expect(feedback[0]).not.to.have.property('comment');
    });

    it('👎 asks for an optional reason, sends it with Enter and gives the focus back to 👎', async () => {
      const el = await guide();
      await openGuide(el);
      const answer = await askAndWait(el, 'Vad är nära vård?');
      const down = answer.querySelector<HTMLButtonElement>('[id^="vote-down-"]')!;
      down.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const input = answer.querySelector<HTMLInputElement>('[part~="feedback-input"]')!;
      expect(focused(el)).to.equal(input);
      expect(answer.querySelector(`label[for="${input.id}"]`)!.textContent).to.contain('frivilligt');
      expect(recorder.frames.filter((f) => f.type === 'feedback')).to.have.length(0);
      await sendKeys({ type: 'Svaret var för allmänt' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => answer.textContent!.includes('Tack för din återkoppling!'), 'no thanks');
      expect(answer.querySelector('[part~="feedback-input"]')).to.equal(null);
      expect(focused(el)).to.equal(down);
      expect(down.getAttribute('aria-pressed')).to.equal('true');
      const feedback = recorder.frames.filter((f) => f.type === 'feedback');
      expect(feedback).to.have.length(1);
      expect(feedback[0]).to.include({ helpful: false, comment: 'Svaret var för allmänt' });
      // Enter in the reason field did not send a question.
      expect($$(el, '[part~="message-visitor"]')).to.have.length(1);
    });

    it('a 👎 left without a reason is sent without one when the visitor asks on', async () => {
      const el = await guide();
      await openGuide(el);
      const answer = await askAndWait(el, 'Vad är nära vård?');
      answer.querySelector<HTMLButtonElement>('[id^="vote-down-"]')!.click();
      await el.updateComplete;
      await askAndWait(el, 'Vad är en fast vårdkontakt?');
      await waitUntil(() => recorder.frames.some((f) => f.type === 'feedback'), 'no feedback was sent');
      const feedback = recorder.frames.filter((f) => f.type === 'feedback');
      expect(feedback).to.have.length(1);
      expect(feedback[0]).to.include({ helpful: false });
      expect(feedback[0]).not.to.have.property('comment');
    });

    it('small talk has no 👍/👎', async () => {
      const el = await guide();
      await openGuide(el);
      stubNextReply(el, reply({ kind: 'smalltalk', sources: [], contacts: [], suggestions: [] }));
      const smalltalk = await askAndWait(el, 'Hej');
      expect(smalltalk.querySelector('[part~="feedback"]')).to.equal(null);
    });
  });

  describe('contact paths', () => {
    it('shows what a way is for, a tap-to-call number, opening hours, e-mail and a contact form (issue 15.3)', async () => {
      const el = await guide();
      await openGuide(el);
      stubNextReply(el, reply({
        kind: 'fallback', sources: [], suggestions: [],
        contacts: [{ label: 'Kommunens kontaktcenter', about: 'Frågor om hemtjänst och äldreomsorg', phone: '0152-291 00', hours: 'vardagar 8–16', email: 'kommunen@example.se', form: 'https://www.example.se/kontakt' }],
      }));
      const shown = await askAndWait(el, 'Vad kostar parkeringen?');
      const contact = shown.querySelector('[part~="contact"]')!;
      expect(contact.querySelector('.about')!.textContent).to.equal('Frågor om hemtjänst och äldreomsorg');
      expect(contact.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:015229100');
      expect(contact.textContent).to.contain('Öppet: vardagar 8–16');
      expect(contact.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!.getAttribute('href')).to.equal('mailto:kommunen@example.se');
      const form = [...contact.querySelectorAll<HTMLAnchorElement>('a')].find((a) => a.textContent!.startsWith('Kontaktformulär'))!;
      expect(form.getAttribute('href')).to.equal('https://www.example.se/kontakt');
      await expectNoViolations(el);
    });
  });

  describe('text from questions and replies is text', () => {
    afterEach(() => {
      delete (window as unknown as { __pwned?: unknown }).__pwned;
    });

    it('shows a typed script payload as the characters it is', async () => {
      const el = await guide();
      await openGuide(el);
      const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
      $<HTMLTextAreaElement>(el, '#input')!.value = payload;
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '[part~="message-visitor"]'), 'the question was not shown');
      await askAndWait(el, 'Vad är nära vård?');
      expect($(el, '[part~="message-visitor"]')!.textContent).to.contain(payload);
      expect($$(el, 'img, script')).to.have.length(0);
      expect(pwned()).to.equal(undefined);
    });

    it('shows script payloads in every field of a reply as text, and links only http(s), tel: and mailto:', async () => {
      const el = await guide();
      await openGuide(el);
      const text =
        'Före <script>window.__pwned="text"</script> **fet <img src=x onerror="window.__pwned=1">** ' +
        '[klicka](javascript:window.__pwned="link") och [data](data:text/html,<script>1</script>)\n\n- <iframe src="javascript:parent.__pwned=1"></iframe>';
      stubNextReply(el, reply({
        text,
        sources: [{ title: '<img src=x onerror="window.__pwned=\'source\'">', url: 'javascript:window.__pwned="url"' }],
        suggestions: ['<svg onload="window.__pwned=\'chip\'"></svg>'],
        contacts: [{ label: '<b onmouseover="window.__pwned=1">Namn</b>', phone: '+46 <script>1</script>', url: 'javascript:alert(1)', hours: '<i>8–17</i>' }],
      }));
      const shown = await askAndWait(el, 'Vad är nära vård?');
      expect(shown.textContent).to.contain('<script>window.__pwned="text"</script>');
      expect(shown.querySelector('strong')!.textContent).to.equal('fet <img src=x onerror="window.__pwned=1">');
      expect(shown.textContent).to.contain('[klicka](javascript:window.__pwned="link")');
      expect(shown.querySelector('[part~="sources"]')!.textContent).to.contain('<img src=x');
      expect(shown.querySelector('[part~="suggestions"] button')!.textContent).to.equal('<svg onload="window.__pwned=\'chip\'"></svg>');
      expect(shown.querySelector('[part~="contact"] strong')!.textContent).to.equal('<b onmouseover="window.__pwned=1">Namn</b>');
      expect($$(el, 'script, img, iframe, b, i, object, embed')).to.have.length(0);
      expect($$(el, 'svg').every((svg) => svg.getAttribute('aria-hidden') === 'true')).to.equal(true);
      const withHandlers = $$(el, '*').filter((node) => [...node.attributes].some((a) => a.name.startsWith('on')));
      expect(withHandlers).to.have.length(0);
      for (const a of $$<HTMLAnchorElement>(el, 'a[href]')) expect(a.href).to.match(/^(https?:|tel:\+?\d+$|mailto:)/);
      expect(shown.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+461');
      await new Promise((r) => setTimeout(r, 100));
      expect(pwned()).to.equal(undefined);
    });
  });

  describe('on a small screen', () => {
    beforeEach(() => setViewport({ width: 320, height: 568 }));
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('is a modal dialog with the page behind it inert, and gives the page back on close', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <button id="before">Sidans knapp</button>
        <nara-guide tenant="norrbotten" server=${server}></nara-guide>
        <p id="after">Sidans text</p>
      </div>`);
      const el = page.querySelector('nara-guide')!;
      const already = document.createElement('div');
      already.inert = true; // inert before the guide opened: must stay inert after
      document.body.append(already);
      try {
        await waitUntil(() => launcher(el), 'no launcher');
        await openGuide(el);
        const dialog = $(el, '[role="dialog"]')!;
        expect(dialog.getAttribute('aria-modal')).to.equal('true');
        expect(page.querySelector<HTMLElement>('#before')!.inert).to.equal(true);
        expect(page.querySelector<HTMLElement>('#after')!.inert).to.equal(true);
        expect(el.inert).to.equal(false);
        expect(page.inert).to.equal(false); // an ancestor of the guide: its siblings are inert instead
        // The launcher under the full-screen panel leaves the focus order.
        expect(getComputedStyle(launcher(el)!).display).to.equal('none');
        await expectNoViolations(el);
        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        expect(page.querySelector<HTMLElement>('#before')!.inert).to.equal(false);
        expect(page.querySelector<HTMLElement>('#after')!.inert).to.equal(false);
        expect(already.inert).to.equal(true);
        expect(focused(el)).to.equal(launcher(el));
      } finally {
        already.remove();
      }
    });

    it('gives the page back when the viewport grows and the panel stops covering it', async () => {
      const page = await fixture<HTMLElement>(html`<div><button id="before">Sidans knapp</button><nara-guide tenant="norrbotten" server=${server}></nara-guide></div>`);
      const el = page.querySelector('nara-guide')!;
      await waitUntil(() => launcher(el));
      await openGuide(el);
      expect(page.querySelector<HTMLElement>('#before')!.inert).to.equal(true);
      await setViewport({ width: 1024, height: 768 });
      await waitUntil(() => $(el, '[role="dialog"]')!.getAttribute('aria-modal') === 'false', 'still modal');
      expect(page.querySelector<HTMLElement>('#before')!.inert).to.equal(false);
    });
  });

  it('on a large screen is a non-modal dialog and leaves the page alone', async () => {
    const page = await fixture<HTMLElement>(html`<div><button id="before">Sidans knapp</button><nara-guide tenant="norrbotten" server=${server}></nara-guide></div>`);
    const el = page.querySelector('nara-guide')!;
    await waitUntil(() => launcher(el));
    await openGuide(el);
    expect($(el, '[role="dialog"]')!.getAttribute('aria-modal')).to.equal('false');
    expect(page.querySelector<HTMLElement>('#before')!.inert).to.equal(false);
  });

  describe('across pages of the same site', () => {
    it('stores nothing until the visitor opens the guide', async () => {
      const el = await guide();
      launcher(el)!.focus(); // prefetches the panel: still not an opening
      await waitUntil(() => panelOf(el), 'the panel was not prefetched');
      await new Promise((r) => setTimeout(r, 200));
      expect(sessionStorage.length).to.equal(0);
      expect(document.cookie).to.equal('');
      expect(localStorage.length).to.equal(0);
    });

    it('reopens on the next page with the conversation, without taking the focus', async () => {
      const first = await guide();
      await openGuide(first);
      await askAndWait(first, 'Vad är nära vård?');
      const conversationId = panelOf(first)!.connection.conversationId;
      expect(conversationId).to.be.a('string');
      first.remove(); // the visitor follows a link: this page's guide is gone

      const next = await guide();
      await waitUntil(() => $(next, '[part~="message-visitor"]'), 'the conversation was not restored');
      expect(next.open).to.equal(true);
      expect($(next, '[part~="message-visitor"]')!.textContent).to.contain('Vad är nära vård?');
      expect($$(next, '[part~="message-guide"][data-kind="answer"]')).to.have.length(1);
      expect(focused(next)).to.equal(null);
      await waitUntil(() => panelOf(next)!.connection.state === 'open', 'no connection');
      expect(panelOf(next)!.connection.conversationId).to.equal(conversationId);
      const followUp = await askAndWait(next, 'Vad är en fast vårdkontakt?');
      expect(followUp).to.exist;
      expect(panelOf(next)!.connection.conversationId).to.equal(conversationId);
      expect(document.cookie).to.equal('');
      expect(localStorage.length).to.equal(0);
    });

    it('stays closed on the next page when the visitor closed it, and still has the conversation', async () => {
      const first = await guide();
      await openGuide(first);
      await askAndWait(first, 'Vad är nära vård?');
      first.close();
      await first.updateComplete;
      first.remove();
      const next = await guide();
      await new Promise((r) => setTimeout(r, 100));
      expect(next.open).to.equal(false);
      await openGuide(next);
      expect($(next, '[part~="message-visitor"]')!.textContent).to.contain('Vad är nära vård?');
    });

    it('ignores a damaged saved conversation', async () => {
      sessionStorage.setItem('nara-guide:norrbotten:transcript', JSON.stringify({ open: true, messages: [{ from: 'guide', reply: { text: 1 } }, null, { from: 'visitor' }] }));
      const el = await guide();
      await waitUntil(() => $(el, '[role="dialog"]'), 'did not reopen');
      expect($$(el, '[part~="message-visitor"], [part~="message-guide"][data-kind]')).to.have.length(0);
    });
  });

  describe('parts', () => {
    it('renders only documented parts, and a page styles each through nara-guide::part()', async () => {
      const manifest = (await (await fetch('/widget/custom-elements.json')).json()) as {
        modules: { declarations: { tagName?: string; cssParts?: { name: string }[] }[] }[];
      };
      const documented = new Set(manifest.modules.flatMap((m) => m.declarations).flatMap((d) => d.cssParts ?? []).map((p) => p.name));
      const style = document.createElement('style');
      style.textContent = 'nara-guide::part(log), nara-guide::part(chip), nara-guide::part(handoff-form) { outline: 5px solid rgb(1, 2, 3); }';
      document.head.append(style);
      try {
        const el = await guide('strangnas');
        await openGuide(el);
        stubNextReply(el, reply({ kind: 'fallback', handoff: true, text: 'Det vet jag tyvärr inte.\n\n- Ring oss\n- Skriv till oss' }));
        const fallback = await askAndWait(el, 'Var kan jag parkera?');
        await waitUntil(() => fallback.querySelector('[part~="handoff-button"]'), 'no handoff offer', { timeout: 5000 });
        fallback.querySelector<HTMLButtonElement>('[part~="handoff-button"]')!.click();
        fallback.querySelector<HTMLButtonElement>('[id^="vote-down-"]')!.click();
        await waitUntil(() => fallback.querySelector('[part~="handoff-form"]') && fallback.querySelector('[part~="feedback-form"]'), 'no forms');
        const panel = panelOf(el)!;
        const rendered = new Set($$(el, '[part]').flatMap((node) => [...node.part]));
        for (const part of ['launcher', 'log', 'md-paragraph', 'md-list', 'sources', 'contact', 'suggestions', 'chip', 'feedback-input', 'handoff-form', 'handoff-confirm']) {
          expect(rendered.has(part), part).to.equal(true);
        }
        expect([...rendered].filter((part) => !documented.has(part))).to.deep.equal([]);
        const exported = new Set(panel.getAttribute('exportparts')!.split(',').map((part) => part.trim()));
        const inPanel = [...panel.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => [...node.part]);
        expect(inPanel.filter((part) => !exported.has(part))).to.deep.equal([]);
        for (const selector of ['[part~="log"]', '[part~="chip"]', '[part~="handoff-form"]']) {
          expect(getComputedStyle($(el, selector)!).outlineColor, selector).to.equal('rgb(1, 2, 3)');
        }
      } finally {
        style.remove();
      }
    });
  });

  describe('inline', () => {
    it('stands open in the page as a region, without launcher or close button, and starts only when used', async () => {
      const el = await fixture<NaraGuide>(html`<nara-guide tenant="strangnas" position="inline" server=${server}></nara-guide>`);
      await waitUntil(() => $(el, '#input'), 'the inline panel did not render', { timeout: 5000 });
      expect(launcher(el)).to.equal(null);
      expect($(el, '[part~="close-button"]')).to.equal(null);
      const region = $(el, '[part~="panel"]')!;
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('aria-labelledby')).to.equal('title');
      expect(getComputedStyle($(el, '.root')!).position).to.equal('relative');
      expect(region.getBoundingClientRect().height).to.be.greaterThan(300);
      await new Promise((r) => setTimeout(r, 200));
      expect(panelOf(el)!.connection.state).to.equal('idle');
      expect(sessionStorage.length).to.equal(0);
      $(el, '#input')!.focus();
      await sendKeys({ type: 'Vad är nära vård?' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '[part~="message-guide"][data-kind]'), 'no reply', { timeout: 10_000 });
      expect(sessionStorage.getItem('nara-guide:strangnas:conversation')).to.be.a('string');
      await sendKeys({ press: 'Escape' });
      expect(el.open).to.equal(true);
      await expectNoViolations(el);
    });
  });
});
