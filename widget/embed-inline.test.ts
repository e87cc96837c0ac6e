// The built /widget.js with data-position="inline": the guide goes where the tag stands (issue 15.2).
import { expect, waitUntil } from '@open-wc/testing';

const server = window.__NARA_SERVER__ ?? '';

describe('/widget.js inline', () => {
  it('puts the guide where its script tag stands in the page, not at the end of <body>', async () => {
    const main = document.createElement('main');
    const before = document.createElement('p');
    before.textContent = 'Kommunens text före guiden.';
    const after = document.createElement('footer');
    after.textContent = 'Sidfot';
    const script = document.createElement('script');
    script.type = 'module';
    script.src = `${server}/widget.js`;
    Object.assign(script.dataset, { tenant: 'strangnas', position: 'inline' });
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
    });
    main.append(before, script);
    document.body.append(main, after);
    await loaded;
    await waitUntil(() => document.querySelector('nara-guide'), 'no <nara-guide> was added', { timeout: 5000 });
    const el = document.querySelector('nara-guide')!;
    expect(el.parentElement).to.equal(main);
    expect(el.previousElementSibling).to.equal(script);
    expect(el.position).to.equal('inline');
    // Above the footer, in the page's flow.
    await waitUntil(() => el.shadowRoot?.querySelector('nara-guide-panel')?.shadowRoot?.querySelector('#input'), 'the inline guide did not render', { timeout: 5000 });
    expect(el.getBoundingClientRect().bottom).to.be.at.most(after.getBoundingClientRect().top + 1);
  });
});
