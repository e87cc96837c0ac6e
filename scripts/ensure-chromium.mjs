// The browser tests need a real Chromium. When none is installed, install Debian's (the test command
// must work on a fresh machine); a browser downloaded by a test tool cannot be fetched here.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

console.log(`ensure-chromium: ${path} not found, installing Debian's chromium…`);
const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
try {
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, { stdio: 'inherit' });
} catch {
  console.error('ensure-chromium: could not install chromium. Install it (apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}
if (!existsSync(path)) {
  console.error(`ensure-chromium: chromium installed but ${path} is missing; set CHROME_PATH.`);
  process.exit(1);
}
