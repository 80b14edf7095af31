/**
 * The SQL executor behaves the same on SQLite and on a real PostgreSQL (started for the test; skipped
 * where PostgreSQL is not installed, `.ci/run` installs it).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import Database from 'better-sqlite3';
import {
  isUniqueViolation,
  numberedPlaceholders,
  PgSql,
  type Sql,
  SqliteSql,
} from '../../../server/store/sql.js';
import { postgresBinaries, startPostgres, type TestPostgres } from '../../support/postgres.js';

const withPostgres = postgresBinaries() !== undefined;
let cluster: TestPostgres | undefined;
const opened: Sql[] = [];

beforeAll(async () => {
  if (withPostgres) cluster = await startPostgres();
}, 60_000);
afterAll(async () => {
  for (const sql of opened) await sql.close().catch(() => undefined);
  await cluster?.stop();
});

const backends: [string, () => Promise<Sql>][] = [
  ['SQLite', async () => new SqliteSql(new Database(':memory:'))],
  ...(withPostgres
    ? ([
        [
          'PostgreSQL',
          async () => new PgSql(await cluster!.createDatabase(`sql_${randomBytes(4).toString('hex')}`)),
        ],
      ] as [string, () => Promise<Sql>][])
    : []),
];

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe.each(backends)('on %s', (_name, open) => {
  let sql: Sql;
  beforeAll(async () => {
    sql = await open();
    opened.push(sql);
    await sql.exec('CREATE TABLE items (id TEXT PRIMARY KEY, n INTEGER NOT NULL, note TEXT)');
  });
  const ids = async (): Promise<string[]> =>
    (await sql.all<{ id: string }>('SELECT id FROM items ORDER BY id')).map((row) => row.id);
  const clear = (): Promise<unknown> => sql.run('DELETE FROM items');

  test('reads and writes with ? placeholders; a ? inside a string literal stays a character', async () => {
    await clear();
    expect(await sql.run('INSERT INTO items (id, n, note) VALUES (?, ?, ?)', ['a', 1, 'what?'])).toEqual({
      changes: 1,
    });
    await sql.run('INSERT INTO items (id, n) VALUES (?, ?)', ['b', 2]);
    expect(await sql.get("SELECT note, 'x?y' AS literal FROM items WHERE id = ?", ['a'])).toEqual({
      note: 'what?',
      literal: 'x?y',
    });
    expect(await sql.get('SELECT id FROM items WHERE id = ?', ['zzz'])).toBeUndefined();
    expect(await sql.run('UPDATE items SET n = n + 1 WHERE n >= ?', [1])).toEqual({ changes: 2 });
    expect(await sql.get('SELECT COUNT(*) AS count, SUM(n) AS total FROM items')).toEqual({
      count: 2,
      total: 5,
    });
  });

  test('refuses a duplicate key with an error both dialects recognise', async () => {
    await clear();
    await sql.run('INSERT INTO items (id, n) VALUES (?, ?)', ['a', 1]);
    const error = await sql.run('INSERT INTO items (id, n) VALUES (?, ?)', ['a', 2]).catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(new Error('other'))).toBe(false);
  });

  test('a transaction that throws after awaits stores nothing; one that returns stores everything', async () => {
    await clear();
    await expect(
      sql.transaction(async () => {
        await sql.run('INSERT INTO items (id, n) VALUES (?, ?)', ['a', 1]);
        await tick();
        await sql.run('INSERT INTO items (id, n) VALUES (?, ?)', ['b', 2]);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await ids()).toEqual([]);
    const result = await sql.transaction(async () => {
      await sql.run('INSERT INTO items (id, n) VALUES (?, ?)', ['a', 1]);
      await sql.transaction(() => sql.run('INSERT INTO items (id, n) VALUES (?, ?)', ['b', 2]));
      return 'stored';
    });
    expect(result).toBe('stored');
    expect(await ids()).toEqual(['a', 'b']);
  });

  test('a reader outside an open transaction never sees its uncommitted rows, and a write from outside survives its rollback', async () => {
    await clear();
    let release = (): void => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const writer = sql.transaction(async () => {
      await sql.run('INSERT INTO items (id, n) VALUES (?, ?)', ['a', 1]);
      await held;
      await sql.run('INSERT INTO items (id, n) VALUES (?, ?)', ['b', 2]);
      throw new Error('rolled back');
    });
    await tick();
    const reading = ids();
    const writing = sql.run('INSERT INTO items (id, n) VALUES (?, ?)', ['c', 3]);
    await tick();
    release();
    await expect(writer).rejects.toThrow('rolled back');
    const seen = await reading;
    await writing;
    // Never a row of the uncommitted transaction: SQLite makes the reader wait for its end, PostgreSQL
    // reads committed rows on another connection meanwhile.
    expect(seen.filter((id) => id !== 'c')).toEqual([]);
    expect(await ids()).toEqual(['c']);
  });

  test('bytes round-trip unchanged', async () => {
    await sql.exec(
      `CREATE TABLE blobs (sha TEXT PRIMARY KEY, bytes ${sql.dialect === 'postgres' ? 'BYTEA' : 'BLOB'})`,
    );
    const bytes = randomBytes(70_000);
    await sql.run('INSERT INTO blobs (sha, bytes) VALUES (?, ?)', ['x', bytes]);
    const row = await sql.get<{ bytes: Uint8Array }>('SELECT bytes FROM blobs WHERE sha = ?', ['x']);
    expect(Buffer.compare(Buffer.from(row!.bytes), bytes)).toBe(0);
  });
});

describe('numbered placeholders for PostgreSQL', () => {
  test('numbers ? in order and leaves literals, quoted names and comments alone', () => {
    expect(numberedPlaceholders(`SELECT '?' AS "a?", x -- why?\nFROM t WHERE a = ? AND b = ?`)).toBe(
      `SELECT '?' AS "a?", x -- why?\nFROM t WHERE a = $1 AND b = $2`,
    );
  });
});

test('PostgreSQL is installed where the tests run in CI', () => {
  if (process.env.CI) expect(withPostgres).toBe(true);
});
