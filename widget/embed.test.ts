// The built /widget.js as a host page loads it: one cross-origin module script tag, from the real server.
import { expect, waitUntil } from '@open-wc/testing';

const server = window.__NARA_SERVER__ ?? '';

describe('/widget.js', () => {
  it('adds <nara-guide> from its own script tag\'s data- attributes, with the server it came from', async () => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = `${server}/widget.js`;
    Object.assign(script.dataset, { tenant: 'vasterbotten', lang: 'en', position: 'left', accent: '#7a1f5c' });
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
    });
    document.head.append(script);
    await loaded;
    await waitUntil(() => document.querySelector('nara-guide'), 'no <nara-guide> was added', { timeout: 5000 });
    const el = document.querySelector('nara-guide')!;
    expect(el.parentElement).to.equal(document.body);
    expect(el.tenant).to.equal('vasterbotten');
    expect(el.lang).to.equal('en');
    expect(el.position).to.equal('left');
    expect(el.server).to.equal(`${server}/`);
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="launcher"]'), 'the launcher did not appear', { timeout: 5000 });
    expect(getComputedStyle(el).getPropertyValue('--nara-accent').trim()).to.equal('#7a1f5c');
    // The panel is a separate chunk, loaded when the guide opens.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="launcher"]')!.click();
    // The panel is its own element, defined by that chunk; the focus goes to its question field.
    const panelFocus = () => el.shadowRoot!.querySelector('nara-guide-panel')?.shadowRoot?.activeElement;
    await waitUntil(() => panelFocus()?.tagName === 'TEXTAREA', 'the panel did not load', { timeout: 5000 });
  });
});
