/**
 * Whether this process should be sent traffic (`GET /ready`): the database answers a trivial query,
 * its schema is at the version this code migrates to, the pipeline pool has workers, and the process
 * is not shutting down. The queue's depth is reported but does not make the process unready: a full
 * queue refuses new uploads (503 `queue_full`), while reports and pages are still served.
 */
import { type Db, LATEST_SCHEMA_VERSION, schemaVersion } from '../store/database.js';
import { PG_LATEST_VERSION, postgresSchemaVersion } from '../store/pg-schema.js';
import { PgSql } from '../store/sql.js';
import type { RunService } from './runs.js';

/** The answer of `GET /ready`: each check with `ok`, and `status` from all of them. */
export interface ReadinessReport {
  readonly status: 'ready' | 'not_ready';
  readonly checks: {
    /** The database answers `SELECT 1`. */
    readonly database: { readonly ok: boolean; readonly error?: 'unreachable' };
    /** The schema version equals the code's latest migration. */
    readonly migrations: { readonly ok: boolean; readonly version?: number; readonly expected: number };
    /** Runs waiting, and the queue's capacity (informational: never makes the process unready). */
    readonly queue: {
      readonly ok: boolean;
      readonly queued?: number;
      readonly capacity: number;
      readonly full?: boolean;
    };
    /** The pipeline pool: its worker threads and the runs being processed. */
    readonly workers: { readonly ok: boolean; readonly workers: number; readonly running: number };
    /** The process is not shutting down (after SIGTERM it answers 503 so no new traffic comes). */
    readonly shutdown: { readonly ok: boolean };
  };
}

/** Checks readiness on demand; cheap enough for a probe every few seconds. */
export class Readiness {
  private stopping = false;

  constructor(
    /** SQLite's handle, or PostgreSQL's pool (`DATABASE_URL`). */
    private readonly db: Db | PgSql,
    private readonly runs: RunService,
    private readonly options: { maxQueuedRuns: number; latestSchemaVersion?: number },
  ) {}

  /** From now on the process answers "not ready" (called when shutdown starts). */
  markStopping(): void {
    this.stopping = true;
  }

  /** The checks, run now. */
  async check(): Promise<ReadinessReport> {
    const pg = this.db instanceof PgSql ? this.db : undefined;
    const expected = this.options.latestSchemaVersion ?? (pg ? PG_LATEST_VERSION : LATEST_SCHEMA_VERSION);
    let database: ReadinessReport['checks']['database'];
    let migrations: ReadinessReport['checks']['migrations'];
    let queue: ReadinessReport['checks']['queue'];
    try {
      let version: number;
      if (pg) {
        await pg.get('SELECT 1');
        version = await postgresSchemaVersion(pg);
      } else {
        (this.db as Db).prepare('SELECT 1').get();
        version = schemaVersion(this.db as Db);
      }
      database = { ok: true };
      migrations = { ok: version === expected, version, expected };
    } catch {
      // No error text in the answer (it is public): the database is reachable or it is not.
      database = { ok: false, error: 'unreachable' };
      migrations = { ok: false, expected };
    }
    try {
      const { queued } = await this.runs.stats();
      queue = {
        ok: true,
        queued,
        capacity: this.options.maxQueuedRuns,
        full: queued >= this.options.maxQueuedRuns,
      };
    } catch {
      queue = { ok: false, capacity: this.options.maxQueuedRuns };
    }
    const activity = this.runs.activity();
    const workers = { ok: activity.workers > 0, ...activity };
    const shutdown = { ok: !this.stopping };
    const ready = database.ok && migrations.ok && workers.ok && shutdown.ok;
    return {
      status: ready ? 'ready' : 'not_ready',
      checks: { database, migrations, queue, workers, shutdown },
    };
  }
}
