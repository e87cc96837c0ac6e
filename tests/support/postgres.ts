import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * The PostgreSQL the tests use: the development and CI machines run one on 127.0.0.1:5432 (user postgres, trust
 * authentication, database `test`). Each test makes a schema of its own and drops it, so files run side by side.
 */
export const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const reachable = async (): Promise<string | undefined> => {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.end().catch(() => {});
  }
};

const problem = await reachable();
if (problem && process.env.REQUIRE_POSTGRES === '1') {
  // CI: a PostgreSQL that is not there is a failure, not a skip.
  throw new Error(`REQUIRE_POSTGRES=1 but PostgreSQL at ${POSTGRES_URL} cannot be reached: ${problem}`);
}
if (problem) console.warn(`PostgreSQL at ${POSTGRES_URL} cannot be reached (${problem}): its tests are skipped. Set TEST_DATABASE_URL, or REQUIRE_POSTGRES=1 to fail instead.`);

/** Whether the PostgreSQL tests run here (for `describe.skipIf(!withPostgres)`). */
export const withPostgres = !problem;

/** A new, empty schema and a DATABASE_URL that works in it; `drop` removes it with everything in it. */
export const freshSchema = async (): Promise<{ url: string; schema: string; drop(): Promise<void> }> => {
  const schema = `nara_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    schema,
    drop: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
};
