/**
 * The embedded store: one SQLite file (better-sqlite3) in the data folder, schema kept by numbered
 * migrations recorded in `PRAGMA user_version`.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** An open database handle. */
export type Db = Database.Database;

/** Migrations in order; never edit one that has shipped, add a new one. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE runs (
     id               TEXT PRIMARY KEY,
     status           TEXT NOT NULL CHECK (status IN ('queued', 'running', 'completed', 'failed', 'timed_out')),
     profile_id       TEXT NOT NULL,
     profile_version  INTEGER NOT NULL,
     profile_json     TEXT NOT NULL,
     file_sha256      TEXT NOT NULL,
     file_name        TEXT,
     file_bytes       INTEGER NOT NULL,
     file_kind        TEXT NOT NULL,
     verdict          TEXT CHECK (verdict IN ('accepted', 'rejected', 'undetermined')),
     report_json      TEXT,
     error_json       TEXT,
     attempts         INTEGER NOT NULL DEFAULT 0,
     created_at       TEXT NOT NULL,
     started_at       TEXT,
     finished_at      TEXT
   );
   CREATE INDEX runs_by_status ON runs (status, created_at);`,
];

/** Applies the migrations a database has not had yet, each in its own transaction. */
export function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  MIGRATIONS.slice(current).forEach((sql, offset) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${current + offset + 1}`);
    })();
  });
}

/** Opens (creating if needed) `store.sqlite` in `dataDir`, or an in-memory database for `:memory:`. */
export function openDatabase(dataDir: string | ':memory:'): Db {
  let file = ':memory:';
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true });
    file = path.join(dataDir, 'store.sqlite');
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}
