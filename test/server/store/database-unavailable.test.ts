/**
 * A database that cannot be reached: `isDatabaseUnavailable` tells its errors from query errors,
 * `describeConnectionError` says it in one plain line (without the password), and the problem handler
 * answers `503 database_unavailable` with `Retry-After`. Against real connections: a port where
 * nothing listens, and a real PostgreSQL stopped under an open pool (skipped where PostgreSQL is not
 * installed; `.ci/run` installs it).
 */
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer as createNetServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import Database from 'better-sqlite3';
import express from 'express';
import { problemHandler } from '../../../server/core/errors.js';
import {
  describeConnectionError,
  isDatabaseUnavailable,
  PgSql,
  type Sql,
  SqliteSql,
} from '../../../server/store/sql.js';
import { postgresBinaries, startPostgres, type TestPostgres } from '../../support/postgres.js';

const withPostgres = postgresBinaries() !== undefined;

/** What `promise` rejects with (pg's errors, as they are); a promise that resolves fails the test. */
const errorOf = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => {
      throw new Error('resolved, but a rejection was expected');
    },
    (error: unknown) => error,
  );
const opened: Sql[] = [];
const open = (url: string): PgSql => {
  const sql = new PgSql(url);
  opened.push(sql);
  return sql;
};
afterAll(async () => {
  for (const sql of opened) await sql.close().catch(() => undefined);
});

/** A port on 127.0.0.1 where nothing listens (taken, then given back). */
const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.once('error', reject);
  });

const PASSWORD = 'Sup3r-s3cret';

describe('a port where nothing listens', () => {
  let port: number;
  let url: string;
  beforeAll(async () => {
    port = await freePort();
    url = `postgres://proef:${PASSWORD}@127.0.0.1:${port}/proeffactuur`;
  });

  test('a query is refused with ECONNREFUSED, which counts as the database being unavailable', async () => {
    const error = await errorOf(open(url).get('SELECT 1'));
    expect((error as { code?: string }).code).toBe('ECONNREFUSED');
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  test('describeConnectionError says where and why in one line, without the password', async () => {
    const error = await errorOf(open(url).get('SELECT 1'));
    const line = describeConnectionError(error, url);
    expect(line).toBe(
      `cannot reach PostgreSQL at 127.0.0.1:${port} (ECONNREFUSED): check DATABASE_URL and that the database server runs`,
    );
  });

  test('a host name with several addresses (localhost) is refused the same way', async () => {
    const local = `postgres://proef:${PASSWORD}@localhost:${port}/proeffactuur`;
    const error = await errorOf(open(local).get('SELECT 1'));
    expect(isDatabaseUnavailable(error)).toBe(true);
    const line = describeConnectionError(error, local);
    expect(line).toBe(
      `cannot reach PostgreSQL at localhost:${port} (ECONNREFUSED): check DATABASE_URL and that the database server runs`,
    );
    expect(line).not.toContain(PASSWORD);
  });

  test('the problem handler answers 503 database_unavailable with Retry-After, in the client language', async () => {
    const sql = open(url);
    const sqlite = new SqliteSql(new Database(':memory:'));
    opened.push(sqlite);
    await sqlite.exec('CREATE TABLE t (id TEXT PRIMARY KEY)');
    const logged: unknown[] = [];
    const app = express();
    app.get('/down', async (_req, res) => {
      res.json(await sql.get('SELECT 1 AS one'));
    });
    app.get('/duplicate', async (_req, res) => {
      await sqlite.run("INSERT INTO t (id) VALUES ('a')");
      await sqlite.run("INSERT INTO t (id) VALUES ('a')");
      res.json({});
    });
    app.use(problemHandler({ log: (error) => logged.push(error) }));
    const server: Server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const en = await fetch(`${base}/down`);
      expect(en.status).toBe(503);
      expect(en.headers.get('retry-after')).toBe('10');
      expect(en.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await en.json()).toEqual({
        type: 'urn:proeffactuur:problem:database_unavailable',
        title: 'Service Unavailable',
        status: 503,
        code: 'database_unavailable',
        detail:
          'The service is briefly unavailable. What you sent was not stored. Please try again in a few seconds.',
        retryAfterSeconds: 10,
      });
      const nl = await fetch(`${base}/down`, { headers: { 'Accept-Language': 'nl' } });
      expect(nl.status).toBe(503);
      expect(((await nl.json()) as { detail: string }).detail).toBe(
        'De dienst is even niet beschikbaar. Wat u stuurde is niet opgeslagen. Probeer het over een paar seconden opnieuw.',
      );
      // The outage is logged for the operator.
      expect(logged.map((error) => (error as { code?: string }).code)).toEqual([
        'ECONNREFUSED',
        'ECONNREFUSED',
      ]);

      // A query error is no outage: still a 500.
      const duplicate = await fetch(`${base}/duplicate`);
      expect(duplicate.status).toBe(500);
      expect(duplicate.headers.get('retry-after')).toBeNull();
      expect(((await duplicate.json()) as { code: string }).code).toBe('internal_error');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('describeConnectionError', () => {
  test('a connection string that is no URL: no echo of it', () => {
    const url = `postgres://proef:${PASSWORD}@[::1:5432/db`;
    let error: unknown;
    try {
      new PgSql(url);
    } catch (thrown) {
      error = thrown;
    }
    // pg may refuse it at once or only when it connects; either way the line hides the password.
    const line = describeConnectionError(error ?? new TypeError('Invalid URL'), url);
    expect(line).not.toContain(PASSWORD);
    expect(line.split('\n')).toHaveLength(1);
  });

  test("an error's own words quoting the connection string are blanked", () => {
    const url = `postgres://proef:${PASSWORD}@db.internal:6543/proeffactuur`;
    const line = describeConnectionError(new Error(`bad thing with ${url} and ${PASSWORD}`), url);
    expect(line).toBe(
      "cannot use PostgreSQL at db.internal:6543 (bad thing with DATABASE_URL and ***): check DATABASE_URL and the database server's log",
    );
  });
});

describe.each(withPostgres ? [['PostgreSQL']] : [])('%s stopped under an open pool', () => {
  let cluster: TestPostgres;
  let url: string;
  beforeAll(async () => {
    cluster = await startPostgres();
    url = await cluster.createDatabase(`faults_${randomBytes(4).toString('hex')}`);
  }, 60_000);
  afterAll(async () => {
    await cluster?.stop();
  });

  test('query errors are not outages: unique violation, bad SQL, unknown table', async () => {
    const sql = open(url);
    await sql.exec('CREATE TABLE items (id TEXT PRIMARY KEY)');
    await sql.run('INSERT INTO items (id) VALUES (?)', ['a']);
    const errors = [
      await errorOf(sql.run('INSERT INTO items (id) VALUES (?)', ['a'])),
      await errorOf(sql.get('SELEC 1')),
      await errorOf(sql.get('SELECT * FROM nowhere')),
      await errorOf(sql.get('SELECT 1 / 0')),
    ];
    expect(errors.map((error) => (error as { code?: string }).code)).toEqual([
      '23505',
      '42601',
      '42P01',
      '22012',
    ]);
    for (const error of errors) expect(isDatabaseUnavailable(error)).toBe(false);
  });

  test('a database that does not exist is named in the start-up line', async () => {
    const missing = url.replace(/\/[^/]+$/, '/no_such_db');
    const error = await errorOf(open(missing).get('SELECT 1'));
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(describeConnectionError(error, missing)).toBe(
      `PostgreSQL at 127.0.0.1:${cluster.port} has no database "no_such_db" (3D000): create it or fix the database name in DATABASE_URL`,
    );
  });

  test('in-flight queries, open transactions and new queries fail as unavailable; after a restart the pool reconnects', async () => {
    const sql = open(url);
    await sql.exec('CREATE TABLE IF NOT EXISTS marks (id TEXT PRIMARY KEY)');
    // Warm the pool: idle connections the server will drop.
    await Promise.all([sql.get('SELECT 1'), sql.get('SELECT 2'), sql.get('SELECT 3')]);

    // A query running while the server stops.
    const inFlight = errorOf(sql.get('SELECT pg_sleep(60)'));
    // A transaction holding its connection, between two statements, while the server stops.
    let started!: () => void;
    const begun = new Promise<void>((resolve) => {
      started = resolve;
    });
    let proceed!: () => void;
    const gate = new Promise<void>((resolve) => {
      proceed = resolve;
    });
    const inTransaction = errorOf(
      sql.transaction(async () => {
        await sql.run('INSERT INTO marks (id) VALUES (?)', ['half-written']);
        started();
        await gate;
        await sql.run('INSERT INTO marks (id) VALUES (?)', ['second']);
      }),
    );
    await begun;
    // The sleeping query must be running on the server before it stops.
    const probe = open(url);
    for (;;) {
      const row = await probe.get<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep%'",
      );
      if (row?.n) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    await cluster.pause();
    proceed();
    const running = await inFlight;
    expect(isDatabaseUnavailable(running)).toBe(true);
    const transaction = await inTransaction;
    expect(isDatabaseUnavailable(transaction)).toBe(true);
    const fresh = await errorOf(sql.get('SELECT 1'));
    expect((fresh as { code?: string }).code).toBe('ECONNREFUSED');
    expect(isDatabaseUnavailable(fresh)).toBe(true);

    await cluster.resume();
    expect(await sql.get<{ one: number }>('SELECT 1 AS one')).toEqual({ one: 1 });
    // Nothing of the broken transaction was kept.
    expect(await sql.all('SELECT id FROM marks')).toEqual([]);
  }, 60_000);
});
