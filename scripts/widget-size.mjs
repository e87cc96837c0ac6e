// The weight of the widget a host page loads, from the build output (run `npm run build` first):
//
//   node scripts/widget-size.mjs [dist/widget] [--json]
//
// Follows the imports of dist/widget/widget.js: its static imports are what the closed launcher costs;
// the chunks it imports dynamically (the panel, the connection), with their own imports, are what the page
// adds up to and including the first answer; chunks those import dynamically in turn (the handoff form) load
// only when a reply needs them and are listed as `on demand`. Sizes are raw and gzip -9 per file, as each file is its own
// response. Exits with 1 when the total through the first answer is over the budget (20 KB gzip, Lit included).
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The budget for all JavaScript up to and including the first answer, gzip, in bytes (20 KB, read as 20 000). */
export const BUDGET = 20_000;

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

/** The relative imports of an ES module's source, static and dynamic. */
export const importsOf = (source) => ({
  static: [...source.matchAll(STATIC_IMPORT)].map((m) => m[1]),
  dynamic: [...source.matchAll(DYNAMIC_IMPORT)].map((m) => m[1]),
});

/**
 * Measures the widget in `dir`: every file reachable from widget.js, with the stage that loads it:
 * `launcher` (static imports: loaded with the page), `answer` (behind a dynamic import: loaded when the
 * visitor reaches for the guide, before the first answer can show) or `on demand` (behind a dynamic import
 * of an `answer` chunk: loaded only when a reply needs it, e.g. the handoff form).
 */
export const measureWidget = (dir = 'dist/widget') => {
  const entry = resolve(dir, 'widget.js');
  const files = new Map();
  const visit = (file, stage) => {
    if (files.has(file)) return;
    const source = readFileSync(file);
    const { static: statics, dynamic } = importsOf(source.toString('utf8'));
    files.set(file, { file: relative(resolve(dir), file), stage, raw: source.length, gzip: gzipSync(source, { level: 9 }).length, dynamic: dynamic.map((d) => resolve(dirname(file), d)) });
    for (const target of statics) visit(resolve(dirname(file), target), stage);
  };
  visit(entry, 'launcher');
  // Everything behind a dynamic import, breadth first, so a chunk shared with an earlier stage keeps its stage.
  for (const [from, to] of [['launcher', 'answer'], ['answer', 'on demand'], ['on demand', 'on demand']]) {
    for (let grew = true; grew; ) {
      grew = false;
      for (const { dynamic, stage } of [...files.values()]) {
        if (stage !== from) continue;
        for (const target of dynamic) {
          if (!files.has(target)) {
            visit(target, to);
            grew = true;
          }
        }
      }
    }
  }
  const list = [...files.values()].map(({ dynamic: _dynamic, ...rest }) => rest);
  const sum = (stages) => {
    const chosen = list.filter((f) => stages.includes(f.stage));
    return { raw: chosen.reduce((n, f) => n + f.raw, 0), gzip: chosen.reduce((n, f) => n + f.gzip, 0) };
  };
  return { files: list, launcher: sum(['launcher']), firstAnswer: sum(['launcher', 'answer']), onDemand: sum(['on demand']), budget: BUDGET };
};

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`.padStart(9);

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? 'dist/widget';
  let result;
  try {
    result = measureWidget(dir);
  } catch (error) {
    console.error(`widget-size: cannot read ${dir}/widget.js (${error.code ?? error.message}); run npm run build first.`);
    process.exit(2);
  }
  if (args.includes('--json')) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    console.log(`${'file'.padEnd(36)} ${'stage'.padEnd(9)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)}`);
    for (const f of result.files) console.log(`${f.file.padEnd(36)} ${f.stage.padEnd(9)} ${kb(f.raw)} ${kb(f.gzip)}`);
    console.log(`${'closed launcher'.padEnd(46)} ${kb(result.launcher.raw)} ${kb(result.launcher.gzip)}`);
    console.log(`${'through the first answer'.padEnd(46)} ${kb(result.firstAnswer.raw)} ${kb(result.firstAnswer.gzip)}   budget ${kb(BUDGET).trim()} gzip`);
    if (result.onDemand.raw) console.log(`${'on demand (e.g. the handoff form)'.padEnd(46)} ${kb(result.onDemand.raw)} ${kb(result.onDemand.gzip)}`);
  }
  if (result.firstAnswer.gzip > BUDGET) {
    console.error(`widget-size: ${result.firstAnswer.gzip} bytes gzip through the first answer, over the budget of ${BUDGET}.`);
    process.exit(1);
  }
}
