// Colours, contrast and the visitor's display settings, in Chromium against the real server:
// every tenant's colours, light and dark, forced colours, reduced motion, 200 % text.
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { TenantPublicConfig } from '../server/protocol.js';
import { contrast, themeCss } from './theme.js';
import { $, $$, askAndWait, executeServerCommand, expectNoViolations, guide, launcher, openGuide, reply, server, stubNextReply, TENANTS } from './test-helpers.js';

const COLOUR_RULES = { runOnly: ['color-contrast', 'link-in-text-block'] };

const tenantConfig = async (tenant: string): Promise<TenantPublicConfig> => {
  const response = await fetch(`${server}/api/v1/tenants/${tenant}`);
  expect(response.status, tenant).to.equal(200);
  return response.json();
};

const variable = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(name).trim();

describe('theme', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await executeServerCommand('nara-media', []);
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrast('#ffffff', '#000000')).to.be.closeTo(21, 0.01);
    expect(contrast('#fff', '#fff')).to.equal(1);
    expect(contrast('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
    expect(contrast('#777777', '#ffffff')).to.be.below(4.5);
  });

  it('lets only plain hex colours into the stylesheet, and never text that fails 4.5:1 on the accent', () => {
    expect(themeCss({ accent: 'red;}*{display:none' })).to.equal('');
    expect(themeCss({ accent: '#00457c', accentText: '#ffffff' })).to.equal(':host{--nara-accent:#00457c;--nara-accent-text:#ffffff}');
    expect(themeCss({ accent: '#00457c', accentText: '#6a8aa5' })).to.contain('--nara-accent-text:#ffffff');
    expect(themeCss({ accent: '#ffcc00', accentText: 'white' })).to.contain('--nara-accent-text:#000000');
  });

  for (const tenant of TENANTS) {
    it(`${tenant}: its colours give text 4.5:1 and the launcher 3:1 against a white page, light and dark`, async () => {
      const config = await tenantConfig(tenant);
      const { accent, accentText } = config.theme;
      expect(contrast(accent, accentText), `${accent} on ${accentText}`).to.be.at.least(4.5);
      expect(contrast(accent, '#ffffff'), `launcher ${accent} on a white page`).to.be.at.least(3);
      const el = await guide(tenant);
      expect(variable(el, '--nara-accent-text').toLowerCase()).to.equal(accentText.toLowerCase());
      await openGuide(el);
      stubNextReply(el, reply());
      await askAndWait(el, 'Vem kan jag kontakta?');
      await expectNoViolations(el, COLOUR_RULES);
      await emulateMedia({ colorScheme: 'dark' });
      await expectNoViolations(el, COLOUR_RULES);
    });
  }

  it('is dark under prefers-color-scheme: dark, with no WCAG 2.1 AA violations, and the host page can still set colours', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await guide();
    expect(variable(el, '--nara-surface')).to.equal('#1b1e23');
    await openGuide(el);
    expect(getComputedStyle($(el, '[part~="panel"]')!).backgroundColor).to.equal('rgb(27, 30, 35)');
    expect(getComputedStyle($(el, '.root')!).colorScheme).to.equal('dark');
    await askAndWait(el, 'Vad är nära vård?');
    stubNextReply(el, reply());
    await askAndWait(el, 'Vem kan jag kontakta?');
    await expectNoViolations(el);
    el.style.setProperty('--nara-surface', '#000000');
    expect(getComputedStyle($(el, '[part~="panel"]')!).backgroundColor).to.equal('rgb(0, 0, 0)');
    await emulateMedia({ colorScheme: 'light' });
    el.style.removeProperty('--nara-surface');
    expect(getComputedStyle($(el, '[part~="panel"]')!).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('draws borders where forced colours remove backgrounds', async () => {
    const el = await guide();
    await openGuide(el);
    stubNextReply(el, reply());
    await askAndWait(el, 'Vem kan jag kontakta?');
    const send = $(el, '[part~="send-button"]')!;
    expect(getComputedStyle(send).borderTopStyle).to.equal('none');
    await executeServerCommand('nara-media', [{ name: 'forced-colors', value: 'active' }]);
    for (const part of ['launcher', 'panel', 'send-button', 'close-button', 'chip', 'vote', 'message-visitor']) {
      const node = $(el, `[part~="${part}"]`)!;
      const style = getComputedStyle(node);
      expect(`${part}: ${style.borderTopStyle} ${style.borderTopWidth}`).to.match(/: solid [12]px$/);
    }
  });

  it('stops the typing animation under prefers-reduced-motion', async () => {
    const el = await guide();
    await openGuide(el);
    // The indicator only shows while a reply is on its way; a copy of its markup shows what it would look like.
    const log = $(el, '[part~="log"]')!;
    const probe = document.createElement('div');
    probe.className = 'typing';
    probe.innerHTML = '<span></span>';
    log.append(probe);
    const dot = probe.querySelector('span')!;
    expect(getComputedStyle(dot).animationName).to.equal('nara-typing');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(dot).animationName).to.equal('none');
    probe.remove();
  });

  describe('the visitor\'s text size', () => {
    afterEach(async () => {
      await executeServerCommand('nara-font-size', 16);
      await setViewport({ width: 800, height: 600 });
    });

    it('is sized from the visitor\'s default text size, not the host page\'s root font size', async () => {
      const style = document.createElement('style');
      style.textContent = 'html { font-size: 10px }';
      document.head.append(style);
      try {
        const el = await guide();
        expect(getComputedStyle(el).fontSize).to.equal('10px'); // the host page's, around the guide
        expect(getComputedStyle(launcher(el)!).fontSize).to.equal('16px'); // the visitor's default
        await openGuide(el);
        expect(getComputedStyle($(el, '#input')!).fontSize).to.equal('16px');
      } finally {
        style.remove();
      }
    });

    it('at 200 % text everything still fits: nothing is cut off or scrolls sideways', async () => {
      await setViewport({ width: 1280, height: 900 });
      await executeServerCommand('nara-font-size', 32);
      const el = await guide('strangnas');
      expect(getComputedStyle(launcher(el)!).fontSize).to.equal('32px');
      await openGuide(el);
      stubNextReply(el, reply());
      await askAndWait(el, 'Vem kan jag kontakta?');
      const panel = $(el, '[part~="panel"]')!;
      expect(getComputedStyle($(el, '#input')!).fontSize).to.equal('32px');
      const box = panel.getBoundingClientRect();
      // At 32 px per em, 900 px is under 32em tall: the panel takes the whole viewport.
      expect([box.width, box.height]).to.deep.equal([1280, 900]);
      for (const node of [panel, $(el, '[part~="log"]')!, ...$$(el, '.footer, .form, .header')]) {
        expect(node.scrollWidth, node.className).to.be.at.most(node.clientWidth);
      }
      for (const node of $$(el, 'button, a, textarea')) {
        const rect = node.getBoundingClientRect();
        expect(rect.right, node.textContent ?? '').to.be.at.most(box.right + 0.5);
      }
      expect(document.documentElement.scrollWidth).to.be.at.most(1280);
    });
  });
});
