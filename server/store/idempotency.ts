/**
 * Idempotency keys of `POST /api/runs`: a client that retries a submission with the same
 * `Idempotency-Key` gets the run it already created instead of a second one. A key is remembered for
 * 24 hours per scope (the buyer, or one shared scope for requests without a key), together with a
 * fingerprint of what was submitted, so the same key with other content is refused.
 */
import type { Db } from './database.js';
import { type Sql, toSql } from './sql.js';

/** How long a key is remembered. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** A remembered key. */
export interface IdempotencyRecord {
  readonly fingerprint: string;
  readonly runId: string;
  readonly createdAt: string;
}

/** Data access for idempotency keys, on SQLite or PostgreSQL. */
export class IdempotencyStore {
  private readonly sql: Sql;

  constructor(handle: Db | Sql) {
    this.sql = toSql(handle);
  }

  /**
   * Inside the transaction of a submission, makes a second submission with the same key wait until
   * this one has ended, so it finds the key this one records. SQLite needs nothing: a transaction
   * there already makes every other caller wait. On PostgreSQL a transaction-level advisory lock on
   * the key does (released at commit or rollback).
   */
  async lock(scope: string, key: string): Promise<void> {
    if (this.sql.dialect !== 'postgres') return;
    await this.sql.get('SELECT pg_advisory_xact_lock(hashtextextended(CAST(? AS text), 0)) AS locked', [
      JSON.stringify(['idempotency', scope, key]),
    ]);
  }

  /** The run a key created within the last 24 hours before `now`. */
  async find(scope: string, key: string, now: Date): Promise<IdempotencyRecord | undefined> {
    const since = new Date(now.getTime() - IDEMPOTENCY_TTL_MS).toISOString();
    return this.sql.get<IdempotencyRecord>(
      `SELECT fingerprint, run_id AS "runId", created_at AS "createdAt" FROM idempotency_keys
       WHERE scope = ? AND key = ? AND created_at >= ?`,
      [scope, key, since],
    );
  }

  /** Remembers a key (an expired entry with the same key is replaced). */
  async record(scope: string, key: string, fingerprint: string, runId: string, now: Date): Promise<void> {
    // One statement: the primary key (scope, key) decides between insert and replace.
    await this.sql.run(
      `INSERT INTO idempotency_keys (scope, key, fingerprint, run_id, created_at)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (scope, key) DO UPDATE SET fingerprint = excluded.fingerprint,
         run_id = excluded.run_id, created_at = excluded.created_at`,
      [scope, key, fingerprint, runId, now.toISOString()],
    );
  }

  /** Forgets keys older than 24 hours; returns how many. */
  async purge(now: Date): Promise<number> {
    const result = await this.sql.run('DELETE FROM idempotency_keys WHERE created_at < ?', [
      new Date(now.getTime() - IDEMPOTENCY_TTL_MS).toISOString(),
    ]);
    return result.changes;
  }
}
