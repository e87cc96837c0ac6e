import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../server/knowledge/load-knowledge';
import { generateKnowledge, placeName } from './generate-knowledge';
import { generateTenants } from './generate-tenants';
import { questionMix } from './questions';
import { summarize } from './stats';
import { formatNotes, formatTable, judgeGoals, type BenchResult } from './table';

describe('bench', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'bench-test-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('generates a knowledge base that passes every check, of the size asked for', async () => {
    const dir = join(tmp, 'knowledge');
    const generated = await generateKnowledge(dir, { entries: 300 });
    const { knowledge, problems } = await loadKnowledge(dir);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(knowledge?.entries.size).toBe(300);
    expect(generated.entries).toBe(300);
    // A tenth national, the rest spread over the tenants.
    const national = [...knowledge!.entries.values()].filter((e) => e.tenant === 'national' && e.body.startsWith('Det här gäller')).length;
    expect(national).toBe(Math.ceil(generated.generated / 10));
  });

  it('generates a national base with many organisations that passes every check', async () => {
    const dir = join(tmp, 'tenants');
    const generated = await generateTenants(dir, { tenants: 12, national: 60, own: 5 });
    const { knowledge, problems } = await loadKnowledge(dir);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(knowledge!.tenants.size).toBe(12);
    expect(generated.tenants).toEqual([...knowledge!.tenants.keys()].sort((a, b) => parseInt(a.slice(4)) - parseInt(b.slice(4))));
    const entries = [...knowledge!.entries.values()];
    expect(entries.filter((e) => e.tenant === 'national')).toHaveLength(60);
    for (const id of generated.tenants) expect(entries.filter((e) => e.tenant === id), id).toHaveLength(5);
  });

  it('names places without repeating for well over 10,000 entries', () => {
    const names = new Set(Array.from({ length: 5000 }, (_, i) => placeName(i)));
    expect(names.size).toBe(5000);
  });

  it('asks the same questions every run, for every tenant', async () => {
    const { knowledge } = await loadKnowledge('knowledge');
    const a = questionMix(knowledge!, 50);
    expect(Object.keys(a).sort()).toEqual([...knowledge!.tenants.keys()].sort());
    expect(a).toEqual(questionMix(knowledge!, 50));
    for (const list of Object.values(a)) expect(list).toHaveLength(50);
  });

  it('takes nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(summarize(samples)).toEqual({ count: 100, p50: 50, p99: 99, max: 100 });
    expect(summarize([]).count).toBe(0);
  });

  it('judges the goals and puts each comparison beside its figure', () => {
    const phase = (answersPerSec: number, p99: number, sockets = 200) => ({
      sockets, answers: answersPerSec * 4, answersPerSec, sentPerSec: answersPerSec,
      latency: { count: 1, p50: 1, p99, max: p99 }, errors: {}, errorCount: 0, clientCpu: 10, repeated: 0,
    });
    const connect = { open: 200, failed: 0, errors: {}, ms: 10, stoppedEarly: false };
    const result: BenchResult = {
      date: '2026-01-01', quick: false, durationSec: 1,
      machine: { node: 'v20', cpu: 'CPU', cores: 2, memoryGB: 4, platform: 'linux' },
      plan: { closed: [200], fixed: [1000], warmupMs: 0, closedMs: 1, fixedMs: 1, periodMs: 5000 },
      idleSockets: 5000,
      widget: { launcher: { raw: 30_000, gzip: 11_000 }, firstAnswer: { raw: 50_000, gzip: 18_000 }, budget: 20_000, files: 3 },
      peers: [{ pkg: 'peer', file: 'x.js', version: '1.0.0', raw: 700_000, gzip: 200_000 }],
      engine: {},
      idle: {},
      load: {
        ours: [{ mode: 'closed', sockets: 200, connect, result: phase(3000, 50), serverCpu: 99, serverRss: 1 }, { mode: 'fixed', sockets: 1000, connect, result: phase(200, 4, 1000), serverCpu: 20, serverRss: 1 }],
        bare: [{ mode: 'closed', sockets: 200, connect, result: phase(20_000, 5), serverCpu: 99, serverRss: 1 }],
      },
      goals: [],
      failures: {},
    };
    result.goals = judgeGoals(result);
    expect(result.goals.map((g) => [g.name, g.met])).toEqual([
      ['Throughput at 200 sockets', false],
      ['p99 at 1,000 sockets, fixed rate', true],
      ['Widget through the first answer', true],
      ['Reload of 10,000 entries', null],
      ['Safety triage per message, unseen text', null],
      ["Editors' report at 100,000 stored questions, longest event-loop block", null],
      ['Memory per idle socket', null],
      ['Ready, national scale', null],
      ['Resident memory at its peak, national scale', null],
      ['Unique questions p99, national scale', null],
      ['National edit served, national scale', null],
      ['Bulk edit while asking, national scale', null],
    ]);
    // The national scale and the unique questions, judged and shown beside what they compare with.
    const tenants = {
      plan: { tenants: 300, national: 5000, own: 20, sockets: 300, periodMs: 3000, phaseMs: 20_000, bulk: 100 },
      generateMs: 2000, readyMs: 14_000, rss: 900e6, peakRss: 1.6e9, heapUsed: 600e6,
      asks: phase(100, 8, 300), nationalEditMs: 900, bulkEditMs: 3000, duringBulk: { ...phase(100, 2000, 300), errorCount: 2 }, bulkLoopDelayMax: 1500,
    };
    const national = judgeGoals({ ...result, tenants });
    expect(national.slice(-5).map((g) => [g.name, g.met])).toEqual([
      ['Ready, 300 organisations × 5,000 national entries', true],
      ['Resident memory at its peak, 300 organisations × 5,000 national entries', false],
      ['Unique questions p99, 300 organisations × 5,000 national entries', true],
      ['National edit served, 300 organisations × 5,000 national entries', true],
      ['Bulk edit while asking, 300 organisations × 5,000 national entries', false],
    ]);
    const withUnique = formatTable({ ...result, tenants, goals: national, load: { ...result.load, unique: { mode: 'closed', sockets: 200, connect, result: phase(1500, 90), serverCpu: 99, serverRss: 1 } } });
    expect(withUnique).toContain('| WebSocket closed loop, 200 sockets, unique questions (no two alike) | 1,500 answers/s');
    expect(withUnique).toContain('the repeated mix above: 3,000 answers/s → unique **0.50 ×** of it');
    expect(withUnique).toContain('| Start, 300 organisations × 5,000 national entries + 20 own each | ready in 14.00 s');
    for (const line of withUnique.split('\n')) expect(line.split(/(?<!\\)\|/).length).toBe(6);
    expect(judgeGoals({ ...result, triage: { messages: 10, count: 10, p50: 0.05, p99: 0.2, max: 0.3, perSec: 12_000, meanMs: 0.08 } }).find((g) => g.name.startsWith('Safety'))).toMatchObject({ value: '0.08 ms', met: true });
    expect(judgeGoals({ ...result, triage: { messages: 10, count: 10, p50: 0.1, p99: 0.4, max: 0.5, perSec: 7_000, meanMs: 0.14 } }).find((g) => g.name.startsWith('Safety'))?.met).toBe(false);
    const table = formatTable(result);
    expect(table).toContain('| WebSocket closed loop, 200 sockets | 3,000 answers/s');
    expect(table).toContain('→ ours **0.15 ×** | ≥ 0.5 × bare ws: **missed** |');
    expect(table).toContain('peer 1.0.0 700.0 KB / 200.0 KB');
    for (const line of table.split('\n')) expect(line.split(/(?<!\\)\|/).length).toBe(6);
  });

  it('says how the alternating rounds went, under the table', () => {
    const closed = (rounds: number[]) => ({ mode: 'closed' as const, sockets: 200, connect: { open: 200, failed: 0, errors: {}, ms: 1, stoppedEarly: false }, serverCpu: 99, serverRss: 1, rounds });
    const result = {
      date: '2026-01-01', quick: false, durationSec: 1, machine: { node: 'v20', cpu: 'CPU', cores: 2, memoryGB: 4, platform: 'linux' },
      plan: { closed: [200], fixed: [], warmupMs: 0, closedMs: 3, rounds: 3, fixedMs: 1, periodMs: 5000 }, idleSockets: 0,
      engine: {}, idle: {}, load: { ours: [closed([21_000, 25_500, 23_000])], bare: [closed([40_000, 38_000, 45_000])] }, goals: [], failures: {},
    } as BenchResult;
    expect(formatNotes(result)).toContain('3 rounds per size alternating between the servers');
    expect(formatNotes(result)).toContain('ours 21,000 / 25,500 / 23,000, bare 40,000 / 38,000 / 45,000 answers/s');
  });
});
