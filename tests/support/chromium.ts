import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

/** Debian's Chromium, headless, with the flags this machine needs (TOOLCHAIN.md) and a fresh profile. */
export const launchChromium = async (): Promise<Browser & { cleanup(): Promise<void> }> => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'nara-e2e-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    userDataDir,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  return Object.assign(browser, {
    cleanup: async () => {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  });
};
