// An esbuild plugin for the widget build: minifies the CSS inside Lit's css`…` templates of
// widget/*.styles.ts (esbuild minifies the JavaScript around them but leaves template text as written).
// Deliberately conservative: it drops comments and whitespace that CSS never needs, and nothing else.
import { readFile } from 'node:fs/promises';

/** Minifies a stylesheet without `${}` expressions. */
export const minifyCss = (css) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':') // "a: b" only; a space before ":" is a descendant combinator and stays
    .replace(/;}/g, '}')
    .trim();

export const litCssPlugin = {
  name: 'lit-css-minify',
  setup(build) {
    build.onLoad({ filter: /[\\/]widget[\\/][^\\/]+\.styles\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const contents = source.replace(/css`([^`$]*)`/g, (_, css) => `css\`${minifyCss(css)}\``);
      return { contents, loader: 'ts' };
    });
  },
};
