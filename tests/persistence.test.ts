import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { kill9, post, receiver, ServerProcesses } from './support/server-process';

// The server and the report as `npm start` and `npm run report` run them, killed with SIGKILL mid-flight.
const processes = new ServerProcesses();
const dirs: string[] = [];

beforeAll(() => processes.build());
afterEach(() => processes.killAll());
afterAll(() => {
  processes.remove();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const tmp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'nara-persist-'));
  dirs.push(dir);
  return dir;
};

const startMain = (env: Record<string, string>) => processes.start(env);

const report = async (dataDir: string, tenant: string) => {
  const { stdout } = await promisify(execFile)(process.execPath, [join(processes.out, 'scripts/report.js'), '--tenant', tenant, '--json'], { env: { ...process.env, DATA_DIR: dataDir } });
  return JSON.parse(stdout);
};

const freePort = async () => {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as net.AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
};

const waitFor = async (check: () => boolean, ms = 10_000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('after kill -9', () => {
  it('an unanswered question with a phone number is in the report, masked', async () => {
    const dataDir = tmp();
    const { url, child } = await startMain({ DATA_DIR: dataDir });
    const res = await post(`${url}/api/v1/ask`, { tenant: 'strangnas', text: 'Var kan jag parkera min båt? Ring mig på 070-123 45 67' });
    expect((await res.json()).kind).toMatch(/fallback|escalate|clarify/);
    await new Promise((r) => setTimeout(r, 1000));
    await kill9(child);
    const json = await report(dataDir, 'strangnas');
    expect(json.unanswered.total).toBe(1);
    expect(json.unanswered.groups[0].example).toBe('Var kan jag parkera min båt? Ring mig på [telefon]');
    expect(JSON.stringify(json)).not.toMatch(/070-123|123 45 67/);
    // It is still there after a restart on the same database.
    const again = await startMain({ DATA_DIR: dataDir });
    await kill9(again.child);
    expect((await report(dataDir, 'strangnas')).unanswered.total).toBe(1);
  });

  it('a handoff receipted just before the kill is delivered exactly once after the restart', async () => {
    const dataDir = tmp();
    const port = await freePort(); // the contact centre is down at first
    const env = { DATA_DIR: dataDir, HANDOFF_TARGETS: `strangnas=http://127.0.0.1:${port}/hook`, HANDOFF_RETRY_MS: '100' };
    const first = await startMain(env);
    const asked = await (await post(`${first.url}/api/v1/ask`, { tenant: 'strangnas', text: 'Var kan jag parkera min båt vid hamnen?' })).json();
    expect(asked.handoff).toBe(true);
    const handoff = { tenant: 'strangnas', conversationId: asked.conversationId, replyId: asked.replyId, question: 'Var kan jag parkera min båt vid hamnen?', name: 'Anna', phone: '070-123 45 67' };
    const res = await post(`${first.url}/api/v1/handoff`, handoff);
    expect(res.status).toBe(202);
    const receipt = await res.json();
    expect(receipt).toMatchObject({ status: 'stored', handoffId: expect.any(String) });
    // Killed between two attempts (the next one waits for the outbox's next poll, a second away), so no lease
    // is held. Killed mid-attempt, the lease (60 s) would hold the handoff back that long: the wait allows it.
    await waitFor(() => first.events.some((e) => e.event === 'handoff.retry'));
    await kill9(first.child);

    const centre = await receiver(port);
    const second = await startMain(env);
    await waitFor(() => centre.received.length === 1, 75_000);
    // Sent again by the visitor (a double click, a retry): the same receipt, nothing new to send.
    const resent = await post(`${second.url}/api/v1/handoff`, handoff);
    expect(await resent.json()).toEqual(receipt);
    await new Promise((r) => setTimeout(r, 1500));
    await kill9(second.child);
    const third = await startMain(env);
    await new Promise((r) => setTimeout(r, 1500));
    await kill9(third.child);
    await centre.close();
    expect(centre.received).toEqual([{
      key: receipt.handoffId,
      body: expect.objectContaining({ id: receipt.handoffId, tenant: 'strangnas', question: handoff.question, name: 'Anna', phone: '070-123 45 67' }),
    }]);
  }, 150_000);
});
