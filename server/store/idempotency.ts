/**
 * Idempotency keys of `POST /api/runs`: a client that retries a submission with the same
 * `Idempotency-Key` gets the run it already created instead of a second one. A key is remembered for
 * 24 hours per scope (the buyer, or one shared scope for requests without a key), together with a
 * fingerprint of what was submitted, so the same key with other content is refused.
 */
import { onDb } from './turns.js';
import type { Db } from './database.js';

/** How long a key is remembered. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** A remembered key. */
export interface IdempotencyRecord {
  readonly fingerprint: string;
  readonly runId: string;
  readonly createdAt: string;
}

/** Data access for idempotency keys. */
export class IdempotencyStore {
  private readonly statements;

  constructor(private readonly db: Db) {
    this.statements = {
      find: db.prepare(
        `SELECT fingerprint, run_id AS runId, created_at AS createdAt FROM idempotency_keys
         WHERE scope = ? AND key = ? AND created_at >= ?`,
      ),
      upsert: db.prepare(
        `INSERT INTO idempotency_keys (scope, key, fingerprint, run_id, created_at)
         VALUES (@scope, @key, @fingerprint, @runId, @now)
         ON CONFLICT (scope, key) DO UPDATE SET fingerprint = excluded.fingerprint,
           run_id = excluded.run_id, created_at = excluded.created_at`,
      ),
      purge: db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?'),
    };
  }

  /** The run a key created within the last 24 hours before `now`. */
  async find(scope: string, key: string, now: Date): Promise<IdempotencyRecord | undefined> {
    return onDb(this.db, () => {
      const since = new Date(now.getTime() - IDEMPOTENCY_TTL_MS).toISOString();
      return this.statements.find.get(scope, key, since) as IdempotencyRecord | undefined;
    });
  }

  /** Remembers a key (an expired entry with the same key is replaced). */
  async record(scope: string, key: string, fingerprint: string, runId: string, now: Date): Promise<void> {
    return onDb(this.db, () => {
      this.statements.upsert.run({ scope, key, fingerprint, runId, now: now.toISOString() });
    });
  }

  /** Forgets keys older than 24 hours; returns how many. */
  async purge(now: Date): Promise<number> {
    return onDb(this.db, () => {
      return this.statements.purge.run(new Date(now.getTime() - IDEMPOTENCY_TTL_MS).toISOString()).changes;
    });
  }
}
