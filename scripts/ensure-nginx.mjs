// tests/nginx.test.ts runs the guide behind a real nginx, with docs/operations/nginx.conf. When none is installed,
// install Debian's (the test command must work on a fresh machine) — as a program only: the package's own service
// (nginx on port 80) is not started, and not enabled where systemd runs; the test starts its own on free ports.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
if (existsSync(path)) process.exit(0);

const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
const run = (script) => execFileSync(sudo[0] ?? 'sh', [...(sudo.length ? ['sh'] : []), '-c', script], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

console.log(`ensure-nginx: ${path} not found, installing Debian's nginx…`);
try {
  run('apt-get update -qq');
  // `nginx` (http, TLS, proxy) exists from bullseye on; where it does not, `nginx-light` does.
  const hasCandidate = (name) => /Candidate: (?!\(none\))/.test(run(`apt-cache policy ${name}`));
  const pkg = hasCandidate('nginx') ? 'nginx' : 'nginx-light';
  run([
    'set -e',
    // Debian starts a package's service at install unless /usr/sbin/policy-rc.d answers 101 (containers ship one).
    'guard=',
    'if [ ! -e /usr/sbin/policy-rc.d ]; then printf "#!/bin/sh\\nexit 101\\n" > /usr/sbin/policy-rc.d; chmod 755 /usr/sbin/policy-rc.d; guard=1; fi',
    'trap \'if [ -n "$guard" ]; then rm -f /usr/sbin/policy-rc.d; fi\' EXIT',
    `DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg} >&2`,
    'if [ -d /run/systemd/system ]; then systemctl disable --quiet nginx >&2 || true; fi',
  ].join('\n'));
} catch {
  console.error('ensure-nginx: could not install nginx. Install it (apt-get install nginx) or set NGINX_PATH.');
  process.exit(1);
}
if (!existsSync(path)) {
  console.error(`ensure-nginx: nginx installed but ${path} is missing; set NGINX_PATH.`);
  process.exit(1);
}
