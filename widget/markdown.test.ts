import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { httpUrl, parseBlocks, renderMarkdown } from './markdown.js';

const show = (source: string): HTMLElement => {
  const container = document.createElement('div');
  render(renderMarkdown(source, { newTabHint: '(ny flik)' }), container);
  return container;
};

describe('renderMarkdown', () => {
  it('shows HTML in a reply as text, never as markup', () => {
    const source = '<script>alert(1)</script> och <img src=x onerror="alert(2)">\n\n- <b>fet</b>';
    const container = show(source);
    expect(container.querySelector('script, img, b')).to.equal(null);
    expect(container.textContent).to.contain('<script>alert(1)</script>');
    expect(container.textContent).to.contain('<img src=x onerror="alert(2)">');
    expect(container.querySelector('li')!.textContent).to.equal('<b>fet</b>');
  });

  it('renders paragraphs, line breaks, lists and bold', () => {
    const container = show('Första stycket\nfortsätter.\n\nAndra:\n- ett **viktigt** ord\n- två\n  fortsatt\n\nSlut.');
    const paragraphs = container.querySelectorAll('p');
    expect(paragraphs).to.have.length(3);
    expect(paragraphs[0]!.querySelectorAll('br')).to.have.length(1);
    expect(paragraphs[1]!.textContent).to.equal('Andra:');
    const items = [...container.querySelectorAll('ul > li')].map((li) => li.textContent);
    expect(items).to.deep.equal(['ett viktigt ord', 'två fortsatt']);
    expect(container.querySelector('li strong')!.textContent).to.equal('viktigt');
  });

  it('links http(s) URLs only, in a new tab without an opener', () => {
    const container = show('Läs [1177](https://www.1177.se/) eller [här](javascript:alert(1)) eller [mejl](mailto:a@b.se).');
    const links = container.querySelectorAll('a');
    expect(links).to.have.length(1);
    expect(links[0]!.getAttribute('href')).to.equal('https://www.1177.se/');
    expect(links[0]!.getAttribute('target')).to.equal('_blank');
    expect(links[0]!.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(links[0]!.textContent).to.equal('1177 (ny flik)');
    expect(container.textContent).to.contain('[här](javascript:alert(1))');
    expect(container.textContent).to.contain('[mejl](mailto:a@b.se)');
  });

  it('keeps stray markers as text', () => {
    const container = show('2 * 3 ** 4 och [utan länk] och **inte stängd');
    expect(container.querySelector('strong, a')).to.equal(null);
    expect(container.textContent).to.equal('2 * 3 ** 4 och [utan länk] och **inte stängd');
  });

  it('parses blocks without rendering', () => {
    expect(parseBlocks('a\r\nb\n\n\n- c')).to.deep.equal([{ list: false, lines: ['a', 'b'] }, { list: true, items: ['c'] }]);
    expect(httpUrl('HTTPS://Example.se/a b')).to.equal('https://example.se/a%20b');
    expect(httpUrl('//example.se')).to.equal(undefined);
    expect(httpUrl('data:text/html,x')).to.equal(undefined);
  });
});
