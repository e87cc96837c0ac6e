import { execFileSync, execSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Runs the real command an editor runs, on the fixture base and on broken copies of it.
const FIXTURE = 'tests/fixtures/kb-valid';
const ENTRY = 'national/vad-ar-nara-vard.md';
const TENANT = 'tenants/norrbotten/tenant.yaml';

const run = (dir: string) => {
  try {
    return { code: 0, out: execFileSync('node', ['dist/scripts/kb-check.js', dir], { encoding: 'utf8' }) };
  } catch (e) {
    const err = e as { status: number; stdout: string };
    return { code: err.status, out: err.stdout };
  }
};

const dirs: string[] = [];
const brokenCopy = (file: string, edit: (text: string) => string) => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-'));
  dirs.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(existsSync(path) ? readFileSync(path, 'utf8') : ''));
  return dir;
};

describe('npm run kb:check', () => {
  beforeAll(() => {
    if (!existsSync('dist/scripts/kb-check.js')) execSync('node scripts/build.mjs');
  });
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('passes the shipped knowledge base', () => {
    const { code, out } = run('knowledge');
    expect(out).toContain('Kunskapsbasen är i ordning');
    expect(code).toBe(0);
  });

  it('passes the valid fixture', () => {
    expect(run(FIXTURE).code).toBe(0);
  });

  const cases: [string, string, (t: string) => string, RegExp][] = [
    ['missing front matter', ENTRY, (t) => t.replace(/^---\n[\s\S]*?\n---\n/, ''), /vad-ar-nara-vard\.md:1: inledningen \(front matter\) saknas — /],
    ['broken YAML', ENTRY, (t) => t.replace('questions:\n', 'questions: [\n'), /vad-ar-nara-vard\.md:\d+: YAML-fel/],
    ['a missing required field', ENTRY, (t) => t.replace(/^owner:.*\n/m, ''), /vad-ar-nara-vard\.md:\d+: fältet "owner" saknas — /],
    ['a missing source url', ENTRY, (t) => t.replace(/^  url:.*\n/m, ''), /vad-ar-nara-vard\.md:(9|10): fältet "source\.url" saknas — /],
    ['a source that is not https', ENTRY, (t) => t.replace('url: https://www.norrbotten.se', 'url: http://www.norrbotten.se'), /vad-ar-nara-vard\.md:11: fältet "source\.url" ska börja med https:\/\//],
    ['an unknown tenant', 'tenants/norrbotten/malbild.md', (t) => t.replace('tenant: norrbotten', 'tenant: lappland'), /malbild\.md:3: fältet "tenant" är "lappland" men filen ligger i tenants\/norrbotten\//],
    ['a tenant with no folder', 'national/annan.md', () => readFileSync(join(FIXTURE, ENTRY), 'utf8').replace('id: vad-ar-nara-vard', 'id: annan').replace('tenant: national', 'tenant: lappland').replace(/ {2}- .*\n/g, '  - En helt annan fråga?\n'), /annan\.md:3: fältet "tenant" är "lappland" men filen ligger i national\//],
    ['a duplicate id', 'national/kopia.md', () => readFileSync(join(FIXTURE, ENTRY), 'utf8').replace(/ {2}- .*\n/g, '  - Något annat?\n'), /(kopia\.md:2: id "vad-ar-nara-vard" används redan i .*vad-ar-nara-vard\.md|vad-ar-nara-vard\.md:2: id "vad-ar-nara-vard" används redan i .*kopia\.md)/],
    ['the same question in two entries of one tenant', 'tenants/norrbotten/malbild.md', (t) => t.replace('  - Målbild Norrbotten', '  - vad är nära vård'), /malbild\.md:\d+: frågan "vad är nära vård" finns redan i .*vad-ar-nara-vard\.md/],
    // The engine reads "nära\u00ADvård" (a soft hyphen pasted from a web page) as "näravård": so does kb:check.
    ['the same question with an invisible soft hyphen', 'tenants/norrbotten/malbild.md', (t) => t.replace('  - Målbild Norrbotten', '  - Vad är nä\u00ADra vård?'), /malbild\.md:\d+: frågan "Vad är nä\u00ADra vård\?" finns redan i .*vad-ar-nara-vard\.md/],
    // Issue 14.9: an answer is shown on other organisations' pages; it holds no markup and links nowhere but the web, e-mail or phone.
    ['raw HTML in an answer', ENTRY, (t) => t.replace('Nära vård är en', 'Nära <img src=x onerror=alert(1)> vård är en'), /vad-ar-nara-vard\.md:\d+: svaret innehåller HTML \("<img src=x onerror=alert\(1\)>/],
    ['a javascript: link in an answer', ENTRY, (t) => t.replace('Nära vård är en', 'Nära [vård](javascript:alert(1)) är en'), /vad-ar-nara-vard\.md:\d+: länken "javascript:alert\(1" är inte tillåten — /],
    ['a data: link in an answer', ENTRY, (t) => t.replace('Nära vård är en', 'Nära [vård](data:text/html,hej) är en'), /vad-ar-nara-vard\.md:\d+: länken "data:text\/html,hej" är inte tillåten — /],
    // An organisation's own words on a national answer: `extends` from its own entry to a national one.
    ['extends on a national entry', ENTRY, (t) => t.replace('related: []', 'related: []\nextends: vad-ar-nara-vard'), /vad-ar-nara-vard\.md:15: fältet "extends" hör bara hemma i en organisations egna poster/],
    ['extends pointing nowhere', 'tenants/norrbotten/malbild.md', (t) => t.replace(/^related: (.*)$/m, 'related: $1\nextends: finns-inte'), /malbild\.md:\d+: fältet "extends" pekar på "finns-inte" som inte finns/],
    ['related pointing nowhere', ENTRY, (t) => t.replace('related: []', 'related: [finns-inte]'), /vad-ar-nara-vard\.md:14: fältet "related" pekar på "finns-inte" som inte finns/],
    ['a national entry related to one tenant\'s entry', ENTRY, (t) => t.replace('related: []', 'related: [malbild]'), /vad-ar-nara-vard\.md:14: fältet "related" pekar på "malbild" som hör till norrbotten/],
    ['an answer far too long', ENTRY, (t) => t.replace('Nära vård är en omställning', `${'ord '.repeat(260)}Nära vård är en omställning`), /vad-ar-nara-vard\.md:16: svaret är alldeles för långt \(\d+ ord\) — /],
    ['an empty question list', ENTRY, (t) => t.replace(/questions:\n( {2}- .*\n)+/, 'questions: []\n'), /vad-ar-nara-vard\.md:4: fältet "questions" ska lista huvudfrågan/],
    ['a bad review date', ENTRY, (t) => t.replace('reviewed: 2026-11-01', 'reviewed: igår'), /vad-ar-nara-vard\.md:13: fältet "reviewed" ska vara ett datum/],
    ['a contact form that is not https', TENANT, (t) => t.replace('    url: https://www.norrbotten.se', '    url: https://www.norrbotten.se\n    form: http://www.norrbotten.se/kontakt\n    about: Frågor om nära vård'), /tenant\.yaml:\d+: fältet "contacts\.0\.form" ska börja med https:\/\//],
    ['a tenant file without a website', TENANT, (t) => t.replace(/^website:.*\n/m, ''), /tenant\.yaml:\d+: fältet "website" saknas — /],
    ['theme colours with too little contrast', TENANT, (t) => t.replace('accentText: "#ffffff"', 'accentText: "#6a8fb5"'), /tenant\.yaml:18: färgerna #00529b och #6a8fb5 har kontrasten/],
  ];

  it.each(cases)('fails on %s, naming the file, line and field in Swedish', (_name, file, edit, expected) => {
    const { code, out } = run(brokenCopy(file, edit));
    expect(out).toMatch(expected);
    expect(code).toBe(1);
  });

  it('only warns when an entry was reviewed more than 12 months ago', () => {
    const { code, out } = run(brokenCopy(ENTRY, (t) => t.replace('reviewed: 2026-11-01', 'reviewed: 2020-01-01')));
    expect(out).toMatch(/vad-ar-nara-vard\.md:13: varning: texten granskades senast 2020-01-01/);
    expect(code).toBe(0);
  });
});
