import type { Config } from '../config';
import { PgStore } from './pg-store';
import { SqliteStore } from './sqlite-store';
import type { SharedStore, Store } from './store';

/** The store the configuration names: PostgreSQL when DATABASE_URL is set (several instances), else SQLite in DATA_DIR. */
export const openStore = async (config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR'>): Promise<Store> =>
  config.DATABASE_URL ? PgStore.open({ url: config.DATABASE_URL }) : new SqliteStore({ dataDir: config.DATA_DIR });

/** Whether the store is shared by several instances (and so carries conversations and revisions between them). */
export const isShared = (store: Store): store is SharedStore => store instanceof PgStore;
