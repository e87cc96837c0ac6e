// The peers' widgets, measured the way ours is: the one file a host page loads, raw and gzip -9, from
// the package as published on npm. Downloaded with `npm pack` into a temporary folder, unpacked with
// the system tar, and deleted afterwards; nothing is installed and nothing is committed.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';

const run = promisify(execFile);

export type Peer = { pkg: string; file: string; note?: string };

/** Each peer's browser bundle: the file its documentation has a page load. */
export const PEERS: Peer[] = [
  { pkg: 'rasa-webchat', file: 'lib/index.js' },
  // The published ESM build is not minified; the UMD build is, and is what a page would load. React is not in it.
  { pkg: '@botpress/webchat', file: 'dist/index.umd.cjs', note: 'React not included' },
  { pkg: '@typebot.io/js', file: 'dist/web.js' },
  { pkg: 'botframework-webchat', file: 'dist/webchat-minimal.js' },
];

export type PeerFigures = Peer & { version?: string; raw?: number; gzip?: number; error?: string };

type PackResult = { name: string; version: string; filename: string }[];

export const measurePeers = async (peers: Peer[] = PEERS, { timeoutMs = 120_000 } = {}): Promise<PeerFigures[]> => {
  const dir = mkdtempSync(join(tmpdir(), 'nara-bench-peers-'));
  try {
    let packed: PackResult;
    try {
      const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
      const { stdout } = await run(npm, ['pack', ...peers.map((p) => p.pkg), '--json', '--silent', '--pack-destination', dir], { cwd: dir, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
      packed = JSON.parse(stdout.slice(stdout.indexOf('['))) as PackResult;
    } catch (error) {
      const message = `npm pack failed: ${((error as Error).message.split('\n')[0] ?? '').slice(0, 120)}`;
      return peers.map((p) => ({ ...p, error: message }));
    }
    return await Promise.all(peers.map(async (peer): Promise<PeerFigures> => {
      const pack = packed.find((p) => p.name === peer.pkg);
      if (!pack) return { ...peer, error: 'not in npm pack output' };
      try {
        const into = join(dir, pack.filename.replace(/\.tgz$/, ''));
        mkdirSync(into);
        await run('tar', ['-xzf', join(dir, pack.filename), '-C', into, `package/${peer.file}`], { timeout: timeoutMs });
        const source = readFileSync(join(into, 'package', peer.file));
        return { ...peer, version: pack.version, raw: source.length, gzip: gzipSync(source, { level: 9 }).length };
      } catch (error) {
        return { ...peer, version: pack.version, error: ((error as Error).message.split('\n')[0] ?? '').slice(0, 120) };
      }
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
