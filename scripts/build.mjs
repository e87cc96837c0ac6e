// Builds everything `npm start`, the scripts and the browser tests run: the widget for browsers
// (minified ES modules, split so the closed launcher loads the least), and the server and scripts for Node.
// `npm ci` runs it (`prepare`), so a checkout is built once, at install; `npm start` never builds.
import { existsSync, rmSync } from 'node:fs';
import { litCssPlugin } from './widget-css.mjs';

let build;
try {
  ({ build } = await import('esbuild'));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  // `npm ci --omit=dev` runs `prepare` too, without esbuild: a deploy that brought its dist/ keeps it.
  if (existsSync('dist/server/main.js')) {
    console.log('build: esbuild is not installed (npm ci --omit=dev?): keeping the dist/ that is here.');
    process.exit(0);
  }
  console.error('build: esbuild is not installed and there is no dist/ to keep: run `npm ci` with the dev dependencies to build, or bring a dist/ built by `npm run build` elsewhere.');
  process.exit(1);
}

const node = [
  'server/main.ts', 'server/start.ts', 'scripts/kb-check.ts', 'scripts/eval.ts', 'scripts/triage-eval.ts', 'scripts/triage-train.ts', 'scripts/report.ts', 'scripts/editors.ts', 'scripts/backup.ts', 'scripts/custom-elements.ts',
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
