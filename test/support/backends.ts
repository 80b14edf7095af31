/**
 * The two store backends for contract tests: each test file runs the same cases on a fresh SQLite
 * database (all migrations) and on a fresh database in a throw-away PostgreSQL cluster (skipped
 * where PostgreSQL is not installed; `.ci/run` installs it).
 *
 *   const backends = storeBackends();
 *   describe.each(backends.list)('on %s', (_name, open) => {
 *     let sql: Sql;
 *     beforeEach(async () => { sql = await open(); });
 *     ...
 *   });
 *
 * (`storeBackends()` registers the hooks that start and stop the cluster and close what was opened.)
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from '@jest/globals';
import { openDatabase } from '../../server/store/database.js';
import { migratePostgres } from '../../server/store/pg-schema.js';
import { PgSql, type Sql, toSql } from '../../server/store/sql.js';
import { postgresBinaries, startPostgres, type TestPostgres } from './postgres.js';

export type OpenStore = () => Promise<Sql>;

/**
 * Registers `beforeAll`/`afterAll` hooks that start (and stop) the PostgreSQL cluster of this test
 * file, and returns the backends: `[name, open]` pairs where `open()` gives a fresh, migrated database.
 */
export function storeBackends(): { readonly list: [string, OpenStore][] } {
  const withPostgres = postgresBinaries() !== undefined;
  let cluster: TestPostgres | undefined;
  const opened: Sql[] = [];
  beforeAll(async () => {
    if (withPostgres) cluster = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    for (const sql of opened.splice(0)) await sql.close().catch(() => undefined);
    await cluster?.stop();
  });
  const list: [string, OpenStore][] = [
    [
      'SQLite',
      async () => {
        const sql = toSql(openDatabase(':memory:'));
        opened.push(sql);
        return sql;
      },
    ],
  ];
  if (withPostgres)
    list.push([
      'PostgreSQL',
      async () => {
        const sql = new PgSql(await cluster!.createDatabase(`store_${randomBytes(5).toString('hex')}`), {
          maxConnections: 4,
        });
        opened.push(sql);
        await migratePostgres(sql);
        return sql;
      },
    ]);
  return { list };
}
