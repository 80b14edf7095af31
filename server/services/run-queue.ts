/**
 * The run queue when several processes share PostgreSQL (`DATABASE_URL`): pg-boss, on the same
 * database. A run's job is sent in the transaction that writes the run (nothing half-written); a
 * worker process takes jobs; a job whose worker died (killed, machine lost) expires after its lease
 * (`QUEUE_LEASE_SECONDS`) and is taken again, with back-off; after its attempts it goes to the
 * dead-letter queue, and the run ends `failed` (`run_interrupted`) with a report that says why.
 *
 * pg-boss may hand the same run out twice (a lease that expired while its worker still lived, or a
 * job sent again at shutdown). A session-level advisory lock per run, held on one connection of this
 * process while the run is processed, lets only one process work on a run at a time: a process that
 * dies loses its connection and with it its locks.
 *
 * The one-machine default (SQLite) does not use this: its queue is the runs table itself
 * (`RunStore.claimNext`, `RunService`).
 */

import pg from 'pg';
import PgBoss from 'pg-boss';
import type { PgSql } from '../store/sql.js';

/** The queue of runs to check, and where jobs go after their last attempt. */
export const RUN_QUEUE = 'runs';
export const DEAD_RUN_QUEUE = 'runs-dead';

/** A key space for the advisory locks of runs (the other half of the key is a hash of the run id). */
const RUN_LOCK_SPACE = 7_407_242;

export interface RunQueueOptions {
  readonly url: string;
  /** Seconds a worker may hold a run's job before it is handed to another worker. */
  readonly leaseSeconds: number;
  /** Seconds between looks for expired leases (pg-boss maintenance). */
  readonly maintenanceSeconds: number;
  /** Seconds before a failed job is tried again (doubled each time). */
  readonly retryDelaySeconds: number;
  /** Deliveries after the first before a job goes to the dead-letter queue. */
  readonly retryLimit: number;
  /** Errors of the queue's own connections and timers. */
  readonly log: (error: unknown, what: string) => void;
}

/** What a worker does with a run: resolves when the run is done or handed back. */
export type RunHandler = (runId: string) => Promise<void>;

/** pg-boss for runs, plus the per-run locks; see the module comment. */
export class RunQueue {
  private readonly boss: PgBoss;
  private locks: pg.Client | undefined;
  private locking: Promise<pg.Client> | undefined;
  private working = false;

  constructor(
    private readonly sql: PgSql,
    private readonly options: RunQueueOptions,
  ) {
    this.boss = new PgBoss({
      connectionString: options.url,
      application_name: 'proeffactuur-queue',
      max: 4,
      schedule: false,
      supervise: true,
      maintenanceIntervalSeconds: options.maintenanceSeconds,
      // Jobs are not the record of a run (the runs table is): finished ones go after a day.
      archiveCompletedAfterSeconds: 3600,
      deleteAfterDays: 1,
    });
    this.boss.on('error', (error) => options.log(error, 'run queue'));
  }

  /** Connects, creates pg-boss's schema (once across processes) and the two queues. */
  async start(): Promise<void> {
    await this.boss.start();
    await this.boss.createQueue(DEAD_RUN_QUEUE);
    const settings = {
      name: RUN_QUEUE,
      retryLimit: this.options.retryLimit,
      retryDelay: this.options.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: this.options.leaseSeconds,
      deadLetter: DEAD_RUN_QUEUE,
    };
    await this.boss.createQueue(RUN_QUEUE, settings);
    // A queue created by an earlier version keeps its settings otherwise.
    await this.boss.updateQueue(RUN_QUEUE, settings);
  }

  /**
   * Sends a run's job, in the caller's transaction on `sql` when there is one (so the job exists
   * exactly when the run does).
   */
  async enqueue(runId: string): Promise<void> {
    await this.boss.send(
      RUN_QUEUE,
      { runId },
      { db: { executeSql: (text, values) => this.sql.raw(text, values) } },
    );
  }

  /**
   * Starts taking runs: `concurrency` at a time, each through `handler` while this process holds the
   * run's lock (a run another live process holds is skipped: its job is done here). `onDead` gets the
   * runs whose job used up its attempts.
   */
  async work(concurrency: number, handler: RunHandler, onDead: RunHandler): Promise<void> {
    this.working = true;
    const take = async ([job]: PgBoss.Job<{ runId: string }>[]): Promise<void> => {
      const runId = job?.data.runId;
      if (typeof runId !== 'string') return;
      if (!(await this.lock(runId))) return;
      try {
        await handler(runId);
      } finally {
        await this.unlock(runId);
      }
    };
    for (let i = 0; i < concurrency; i++) {
      // pg-boss waits the polling interval after every fetch, also one that found a job; a slot that
      // just finished a run asks again at once (notified), so a busy queue is not held to 2 runs/s.
      let id = '';
      id = await this.boss.work<{ runId: string }>(
        RUN_QUEUE,
        { batchSize: 1, pollingIntervalSeconds: 0.5 },
        async (jobs) => {
          await take(jobs);
          if (jobs.length > 0) this.boss.notifyWorker(id);
        },
      );
    }
    await this.boss.work<{ runId: string }>(
      DEAD_RUN_QUEUE,
      { batchSize: 1, pollingIntervalSeconds: 2 },
      async ([job]) => {
        const runId = job?.data.runId;
        if (typeof runId !== 'string' || !(await this.lock(runId))) return;
        try {
          await onDead(runId);
        } finally {
          await this.unlock(runId);
        }
      },
    );
  }

  /**
   * Runs left queued without a job (moved in by `migrate-store`, or queued before a crash of an
   * older version) get one. Under a transaction-level advisory lock, so two starting workers do not
   * both send them. Returns how many were sent.
   */
  async adoptOrphans(): Promise<number> {
    return this.sql.transaction(async () => {
      await this.sql.raw('SELECT pg_advisory_xact_lock($1, 0)', [RUN_LOCK_SPACE + 1]);
      const { rows } = await this.sql.raw(
        `SELECT r.id FROM runs r
         WHERE r.status IN ('queued', 'running') AND NOT EXISTS (
           SELECT 1 FROM pgboss.job j
           WHERE j.name = $1 AND j.data->>'runId' = r.id AND j.state IN ('created', 'retry', 'active'))`,
        [RUN_QUEUE],
      );
      for (const row of rows as { id: string }[]) await this.enqueue(row.id);
      return rows.length;
    });
  }

  /** Stops taking new jobs (jobs being handled finish in their handlers). */
  async stopWorking(): Promise<void> {
    if (!this.working) return;
    this.working = false;
    await this.boss.offWork(RUN_QUEUE);
    await this.boss.offWork(DEAD_RUN_QUEUE);
  }

  /** Closes pg-boss and the lock connection. Call after the handlers have ended. */
  async close(): Promise<void> {
    await this.stopWorking();
    await this.boss
      .stop({ graceful: true, wait: true, timeout: 5000 })
      .catch((error: unknown) => this.options.log(error, 'run queue stop'));
    const locks = this.locks;
    this.locks = undefined;
    this.locking = undefined;
    await locks?.end().catch(() => undefined);
  }

  /** The connection that holds this process's run locks (opened again after it was lost). */
  private async lockClient(): Promise<pg.Client> {
    if (this.locks) return this.locks;
    this.locking ??= (async () => {
      const client = new pg.Client({
        connectionString: this.options.url,
        application_name: 'proeffactuur-locks',
      });
      client.on('error', (error) => {
        // Lost (a database restart): its locks are gone with it; the next run opens a new one.
        this.options.log(error, 'run lock connection');
        if (this.locks === client) this.locks = undefined;
        this.locking = undefined;
      });
      await client.connect();
      this.locks = client;
      return client;
    })().catch((error: unknown) => {
      this.locking = undefined;
      throw error;
    });
    return this.locking;
  }

  private async lock(runId: string): Promise<boolean> {
    const client = await this.lockClient();
    const { rows } = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked',
      [RUN_LOCK_SPACE, runId],
    );
    return rows[0]?.locked === true;
  }

  private async unlock(runId: string): Promise<void> {
    try {
      await this.locks?.query('SELECT pg_advisory_unlock($1, hashtext($2))', [RUN_LOCK_SPACE, runId]);
    } catch (error) {
      this.options.log(error, 'run unlock');
    }
  }
}
