// `npm start` and `npm run backup`: run an entry of the built dist/ as it is, without the build tools (npm ci
// builds through `prepare`, or `npm run build` does) — and, when it was never built, say so instead of a stack trace.
// The entry runs in this process, so signals (SIGTERM from systemd or Ctrl-C) reach its own handlers.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [entry] = process.argv.splice(2, 1); // what follows is the entry's own arguments
const file = new URL(`../dist/${entry}`, import.meta.url);
if (!entry || !existsSync(file)) {
  console.error(`nara-guide: ${fileURLToPath(file)} is missing: build it with \`npm run build\` (\`npm ci\` builds it too).`);
  process.exit(1);
}
await import(file.href);
