import { createApp } from '../../server/app';
import { configSchema, type Config } from '../../server/config';
import { Engine } from '../../server/engine/engine';
import { loadKnowledge } from '../../server/knowledge/load-knowledge';
import { createLogger } from '../../server/log/logger';

/** An app over the shipped knowledge base, as `npm start` serves it, for `app.request()` tests. */
export const createTestApp = async (overrides: Partial<Config> = {}, knowledgeDir = 'knowledge') => {
  const { knowledge, problems } = await loadKnowledge(knowledgeDir);
  if (!knowledge) throw new Error(`test knowledge did not load:\n${problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n')}`);
  const engine = new Engine();
  engine.load(knowledge);
  const lines: string[] = [];
  const config = configSchema.parse({ ...overrides });
  const app = createApp({
    engine, config,
    log: createLogger({ level: 'debug', write: (line) => lines.push(line) }),
    knowledgeStatus: () => ({ loadedAt: knowledge.loadedAt.toISOString(), entries: knowledge.entries.size, tenants: knowledge.tenants.size, problems, heldBack: [], lastAttemptFailed: false }),
  });
  const ask = (body: unknown) => app.request('/api/v1/ask', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { app, engine, ask, logLines: lines };
};
