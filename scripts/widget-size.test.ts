import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUDGET, importsOf, measureWidget } from './widget-size.mjs';

describe('widget-size', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'widget-size-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('reads static and dynamic imports from minified output', () => {
    expect(importsOf('import{a as b}from"./chunks/c-1.js";import"./side.js";x=()=>import("./chunks/p-2.js")')).toEqual({
      static: ['./chunks/c-1.js', './side.js'],
      dynamic: ['./chunks/p-2.js'],
    });
  });

  it('splits a build into what the launcher loads and what the first answer adds', () => {
    mkdirSync(join(tmp, 'chunks'));
    writeFileSync(join(tmp, 'widget.js'), 'import{a}from"./chunks/lit.js";const p=()=>import("./chunks/panel.js");');
    writeFileSync(join(tmp, 'chunks/lit.js'), 'export const a=1;'.repeat(50));
    writeFileSync(join(tmp, 'chunks/panel.js'), 'import{a}from"./lit.js";import{b}from"./extra.js";export const c=a+b;const h=()=>import("./handoff.js");');
    writeFileSync(join(tmp, 'chunks/handoff.js'), 'import{a}from"./lit.js";import{b}from"./extra.js";import{d}from"./form.js";const p=()=>import("./panel.js");');
    writeFileSync(join(tmp, 'chunks/form.js'), 'export const d=4;');
    writeFileSync(join(tmp, 'chunks/extra.js'), 'export const b=2;');
    writeFileSync(join(tmp, 'chunks/unused.js'), 'export const never=0;');
    const result = measureWidget(tmp);
    const stages = Object.fromEntries(result.files.map((f) => [f.file.replace(/\\/g, '/'), f.stage]));
    expect(stages).toEqual({
      'widget.js': 'launcher', 'chunks/lit.js': 'launcher', 'chunks/panel.js': 'answer', 'chunks/extra.js': 'answer',
      'chunks/handoff.js': 'on demand', 'chunks/form.js': 'on demand',
    });
    const total = (stage: string) => result.files.filter((f) => f.stage === stage).reduce((n, f) => n + f.raw, 0);
    expect(result.launcher.raw).toBe(total('launcher'));
    expect(result.firstAnswer.raw).toBe(total('launcher') + total('answer'));
    expect(result.onDemand.raw).toBe(total('on demand'));
  });

  // Not a timing test: the size of the built files, the budget of the issue (≤ 20 KB gzip, Lit included).
  it('keeps the built widget within the budget through the first answer', () => {
    if (!existsSync('dist/widget/widget.js')) throw new Error('dist/widget/widget.js is missing: run `npm run build` first (npm test does).');
    const result = measureWidget('dist/widget');
    expect(result.files.some((f) => f.stage === 'answer'), 'the panel is lazy-loaded').toBe(true);
    expect(result.launcher.gzip).toBeLessThan(result.firstAnswer.gzip);
    expect(result.firstAnswer.gzip).toBeLessThanOrEqual(BUDGET);
  });
});
