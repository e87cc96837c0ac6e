// Builds everything `npm start`, the scripts and the browser tests run: the widget for browsers
// (minified ES modules, split so the closed launcher loads the least), and the server and scripts for Node.
import { build } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';
import { litCssPlugin } from './widget-css.mjs';

const node = [
  'server/main.ts', 'server/start.ts', 'scripts/kb-check.ts', 'scripts/eval.ts', 'scripts/triage-eval.ts', 'scripts/triage-train.ts', 'scripts/report.ts', 'scripts/editors.ts', 'scripts/custom-elements.ts',
  // The benchmark and the processes it forks: load generator, our server, the bare ws server; and its profile reader.
  'scripts/bench.ts', 'scripts/bench/load-client.ts', 'scripts/bench/server-child.ts', 'scripts/bench/bare-ws-server.ts', 'scripts/bench/profile-summary.ts',
]
  .filter((file) => existsSync(file));

rmSync('dist', { recursive: true, force: true });

await Promise.all([
  build({
    entryPoints: { widget: 'widget/embed.ts' },
    outdir: 'dist/widget',
    bundle: true,
    format: 'esm',
    splitting: true,
    minify: true,
    target: 'es2022',
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'none',
    charset: 'utf8',
    plugins: [litCssPlugin],
    logLevel: 'warning',
    metafile: true,
  }),
  build({
    entryPoints: node,
    outdir: 'dist',
    outbase: '.',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  }),
]);
