// Browser tests of the widget (widget/**/*.test.ts) in headless Chromium, against the REAL server:
// `npm run build` first; this config starts dist/server/start.js on a free port, hands its URL to the
// test pages as window.__NARA_SERVER__, and closes it when the run ends. The test pages come from
// web-test-runner's own origin (http://localhost:8000 unless that port is taken), so every request
// to the server is cross-origin, as on a municipality's site.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const userDataDir = mkdtempSync(join(tmpdir(), 'wtr-chromium-'));
const dataDir = mkdtempSync(join(tmpdir(), 'wtr-data-'));
process.on('exit', () => {
  for (const dir of [userDataDir, dataDir]) rmSync(dir, { recursive: true, force: true });
});

/** The tenant whose handoffs go to the contact centre's webhook below; the others take none. */
const HANDOFF_TENANT = 'strangnas';
/** What the contact centre's webhook received, in order. */
const handoffs = [];
/** A contact centre's system: takes the server's handoff webhooks. */
const receiver = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    handoffs.push({ idempotencyKey: req.headers['idempotency-key'], body: JSON.parse(body) });
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
  });
});

/** @type {{ url: string, close(): Promise<void> } | undefined} */
let naraServer;

/** Starts the real server before the tests are served and stops it after the run. */
const naraServerPlugin = {
  name: 'nara-server',
  async serverStart() {
    const entry = new URL('./dist/server/start.js', import.meta.url);
    if (!existsSync(entry)) throw new Error('web-test-runner.config.mjs: dist/server/start.js is missing; run `npm run build` first.');
    const { startServer } = await import(entry.href);
    await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    naraServer = await startServer({
      port: 0, host: '127.0.0.1', quiet: true, watch: false,
      config: {
        DATA_DIR: dataDir,
        HANDOFF_TARGETS: `${HANDOFF_TENANT}=http://127.0.0.1:${receiver.address().port}/handoffs`,
        HANDOFF_RETRY_MS: 50,
        // Every test page asks from this one address; the limit itself is tested in server/routes/handoff.test.ts.
        HANDOFF_PER_ADDRESS_PER_HOUR: 0,
      },
    });
  },
  async serverStop() {
    await naraServer?.close();
    receiver.close();
  },
};

/**
 * Commands the widget tests need beyond @web/test-runner-commands, through the page's puppeteer handle:
 * - `nara-media`: any media features, e.g. `[{ name: 'forced-colors', value: 'active' }]` (the stock
 *   emulateMedia command only knows colour scheme and reduced motion under puppeteer); `[]` resets;
 * - `nara-font-size`: the browser's default font size in px, as a visitor's text-size setting changes it
 *   (16 is the default; 32 is 200 % text).
 */
const naraCommandsPlugin = {
  name: 'nara-commands',
  // `nara-handoffs`: what the contact centre's webhook has received so far.
  /** One DevTools session per page, kept open: its overrides end when it detaches. */
  sessions: new WeakMap(),
  async executeCommand({ command, payload, session }) {
    if (command === 'nara-handoffs') return handoffs;
    if (command !== 'nara-media' && command !== 'nara-font-size') return undefined;
    const page = session.browser.getPage(session.id);
    if (!this.sessions.has(page)) this.sessions.set(page, await page.createCDPSession());
    const cdp = this.sessions.get(page);
    if (command === 'nara-media') await cdp.send('Emulation.setEmulatedMedia', { features: payload });
    else await cdp.send('Page.setFontSizes', { fontSizes: { standard: payload, fixed: Math.round((payload * 13) / 16) } });
    return true;
  },
};

export default {
  files: 'widget/**/*.test.ts',
  nodeResolve: true,
  testsFinishTimeout: 120_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [naraServerPlugin, naraCommandsPlugin, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="sv">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>nara-guide tests</title></head>
  <body>
    <script>window.__NARA_SERVER__ = ${JSON.stringify(naraServer?.url ?? '')};</script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
          '--disable-background-networking', '--disable-component-update', '--disable-sync',
          `--user-data-dir=${userDataDir}`,
        ],
      },
    }),
  ],
};
