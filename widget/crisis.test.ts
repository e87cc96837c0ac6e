// A person in crisis, in Chromium against the real server: the numbers to call come first, as tap-to-call
// links, and stay at the top of every later reply in the conversation.
import { expect } from '@open-wc/testing';
import type { NaraGuide } from './nara-guide.js';
import { $$, askAndWait, expectNoViolations, guide, openGuide } from './test-helpers.js';

/** The parts of a reply bubble in the order they stand, and its tel: links. */
const layout = (bubble: Element) => ({
  order: [...bubble.children].map((child) => child.getAttribute('part') ?? child.className).filter((name) => name === 'contacts' || name === 'body'),
  calls: [...bubble.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((a) => a.getAttribute('href')),
});

describe('a crisis in the widget', () => {
  beforeEach(() => sessionStorage.clear());

  it('shows the safety reply with its numbers first, as tap-to-call links, and keeps them at the top afterwards', async () => {
    const el: NaraGuide = await guide('strangnas');
    await openGuide(el);
    const numbersFirst = (bubble: Element, kind: string) => {
      expect(bubble.getAttribute('data-kind')).to.equal(kind);
      expect(bubble.hasAttribute('data-crisis')).to.equal(true);
      const { order, calls } = layout(bubble);
      expect(order).to.deep.equal(['contacts', 'body']);
      expect(calls.slice(0, 2)).to.deep.equal(['tel:90101', 'tel:112']);
    };
    const safety = await askAndWait(el, 'orkar inte mer, vill bara försvinna');
    numbersFirst(safety, 'safety');
    expect(safety.textContent).to.contain('Mind Självmordslinjen');
    numbersFirst(await askAndWait(el, 'Vad är nära vård?'), 'answer');
    await expectNoViolations(el);
  });

  it('keeps an ordinary conversation\'s contacts under the text', async () => {
    const el: NaraGuide = await guide('norrbotten');
    await openGuide(el);
    const fallback = await askAndWait(el, 'qwerty zxcvb asdf');
    expect(fallback.hasAttribute('data-crisis')).to.equal(false);
    expect(layout(fallback).order).to.deep.equal(['body', 'contacts']);
    expect($$(el, '[data-crisis]').length).to.equal(0);
  });
});
