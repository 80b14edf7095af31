/**
 * The PostgreSQL schema has the same tables and columns as the SQLite one, migrates once when
 * several processes start together, and keeps the append-only rules.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { LATEST_SCHEMA_VERSION, openDatabase } from '../../../server/store/database.js';
import {
  migratePostgres,
  PG_BASE_VERSION,
  PG_LATEST_VERSION,
  PG_MIGRATIONS_AFTER_BASE,
  PG_ONLY_TABLES,
  postgresSchemaVersion,
} from '../../../server/store/pg-schema.js';
import { PgSql } from '../../../server/store/sql.js';
import { postgresBinaries, startPostgres, type TestPostgres } from '../../support/postgres.js';

const withPostgres = postgresBinaries() !== undefined;
let cluster: TestPostgres | undefined;
beforeAll(async () => {
  if (withPostgres) cluster = await startPostgres();
}, 60_000);
afterAll(async () => {
  await cluster?.stop();
});

test('every SQLite migration after the PostgreSQL base has its PostgreSQL twin with the same number', () => {
  expect(PG_BASE_VERSION + PG_MIGRATIONS_AFTER_BASE.length).toBe(LATEST_SCHEMA_VERSION);
  expect(PG_LATEST_VERSION).toBe(LATEST_SCHEMA_VERSION);
});

(withPostgres ? describe : describe.skip)('on a real PostgreSQL', () => {
  let sql: PgSql;
  beforeAll(async () => {
    sql = new PgSql(await cluster!.createDatabase('schema'));
  });
  afterAll(async () => {
    await sql?.close();
  });

  test('four processes migrating at once create the schema once, at the latest version', async () => {
    const url = await cluster!.createDatabase('racing');
    const processes = [1, 2, 3, 4].map(() => new PgSql(url, { maxConnections: 2 }));
    try {
      await Promise.all(processes.map((p) => migratePostgres(p)));
      expect(await postgresSchemaVersion(processes[0]!)).toBe(PG_LATEST_VERSION);
      expect(await processes[0]!.get('SELECT COUNT(*) AS n FROM schema_version')).toEqual({ n: 1 });
    } finally {
      for (const p of processes) await p.close();
    }
  });

  test('has every table and column of the SQLite schema, NOT NULL where SQLite says so', async () => {
    expect(await postgresSchemaVersion(sql)).toBe(0);
    await migratePostgres(sql);
    await migratePostgres(sql); // a second start changes nothing
    const db = openDatabase(':memory:');
    const sqlite = new Map<string, Map<string, boolean>>();
    for (const { name } of db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string }[]) {
      const columns = db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string; notnull: number }[];
      sqlite.set(name, new Map(columns.map((c) => [c.name, c.notnull === 1])));
    }
    db.close();
    const rows = await sql.all<{ table_name: string; column_name: string; is_nullable: string }>(
      "SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'",
    );
    const postgres = new Map<string, Map<string, boolean>>();
    for (const row of rows) {
      if (PG_ONLY_TABLES.includes(row.table_name) || row.column_name === 'rowid') continue;
      if (!postgres.has(row.table_name)) postgres.set(row.table_name, new Map());
      postgres.get(row.table_name)!.set(row.column_name, row.is_nullable === 'NO');
    }
    expect([...postgres.keys()].sort()).toEqual([...sqlite.keys()].sort());
    for (const [table, columns] of sqlite) {
      expect([table, [...postgres.get(table)!.keys()].sort()]).toEqual([table, [...columns.keys()].sort()]);
      for (const [column, notNull] of columns)
        if (notNull) expect([table, column, postgres.get(table)!.get(column)]).toEqual([table, column, true]);
    }
  });

  test('refuses to change or delete an audit log entry or a profile version', async () => {
    await migratePostgres(sql);
    await sql.run(
      "INSERT INTO audit_log (buyer_id, at, actor, action, entity_type, entity_id) VALUES ('b', 'now', 'me', 'x', 'y', 'z')",
    );
    await expect(sql.run("UPDATE audit_log SET reason = 'edited'")).rejects.toThrow('append-only');
    await expect(sql.run('DELETE FROM audit_log')).rejects.toThrow('append-only');
    expect(await sql.get('SELECT COUNT(*) AS n FROM audit_log')).toEqual({ n: 1 });
    await sql.run("INSERT INTO buyers (id, name, created_at) VALUES ('b', 'Buyer', 'now')");
    await sql.run(
      "INSERT INTO profiles (id, buyer_id, latest_version, created_at, updated_at) VALUES ('p', 'b', 1, 'now', 'now')",
    );
    await sql.run(
      "INSERT INTO profile_versions (profile_id, version, profile_json, created_at) VALUES ('p', 1, '{}', 'now')",
    );
    await expect(sql.run("UPDATE profile_versions SET profile_json = '[]'")).rejects.toThrow('immutable');
    await expect(sql.run('DELETE FROM profile_versions')).rejects.toThrow('kept');
  });
});
