/** The runs table: a run is written before it is processed, so a restart loses nothing. */
import type { FileKind } from '../../engine/model/document.js';
import type { ExpectedSeller } from '../../engine/model/expected-seller.js';
import type { Verdict } from '../../engine/model/finding.js';
import type { AcceptanceProfile } from '../../engine/model/profile.js';
import type { Incomplete, Report } from '../../engine/model/report.js';
import type { Db } from './database.js';
import { type Sql, toSql } from './sql.js';

/** Where a run is: kept apart from the verdict, which only a completed run has for sure. */
export const RUN_STATUSES = ['queued', 'running', 'completed', 'failed', 'timed_out'] as const;

/** Where a run is: kept apart from the verdict, which only a completed run has for sure. */
export type RunStatus = (typeof RUN_STATUSES)[number];

/** Statuses a run does not leave. */
export const FINAL_STATUSES: ReadonlySet<RunStatus> = new Set(['completed', 'failed', 'timed_out']);

/** One run as stored. */
export interface RunRecord {
  readonly id: string;
  readonly status: RunStatus;
  /** The exact profile version the run checks against (a snapshot, so later edits do not change it). */
  readonly profile: AcceptanceProfile;
  /** The buyer whose stored profile the run uses; absent for a run against a preset. */
  readonly buyerId?: string;
  readonly file: {
    readonly sha256: string;
    readonly name?: string;
    readonly bytes: number;
    readonly kind: FileKind;
  };
  readonly verdict?: Verdict;
  readonly report?: Report;
  /** Why a run that did not complete stopped. */
  readonly error?: Incomplete;
  readonly attempts: number;
  readonly createdAt: string;
  readonly startedAt?: string;
  readonly finishedAt?: string;
  /** The submitter's own reference for the supplier (free text, ≤ 200 characters). */
  readonly supplierReference?: string;
  /** Where the run's events are also sent (signed with `callbackSecret`). */
  readonly callbackUrl?: string;
  /** Secret that signs the callbacks of this run (returned to the submitter once). */
  readonly callbackSecret?: string;
  /**
   * When the uploaded file, page images and report were erased (on DELETE or after the retention
   * period). An erased run keeps only its id, status, times, verdict, owner and profile id and version.
   */
  readonly erasedAt?: string;
  /** For the run of a PDF taken from an e-mail message: the message's run. */
  readonly parentRunId?: string;
  /** For the run of an e-mail message: the runs of its PDFs, in message order. */
  readonly childRunIds?: readonly string[];
  /**
   * What the buyer's vendor master held for the supplier when the run was made (a run through an
   * invitation with master data): `fields.seller-matches` compares the invoice with it.
   */
  readonly expectedSeller?: ExpectedSeller;
}

/** Filters and cursor of a buyer's run list. */
export interface RunListQuery {
  readonly buyerId: string;
  readonly profileId?: string;
  readonly verdict?: Verdict;
  readonly status?: RunStatus;
  /** Runs created at or after this moment (ISO 8601). */
  readonly createdFrom?: string;
  /** Runs created before this moment (ISO 8601). */
  readonly createdTo?: string;
  /** Continue after this run (newest first): the last `createdAt` and id of the previous page. */
  readonly after?: { readonly createdAt: string; readonly id: string };
  readonly limit: number;
}

interface Row {
  id: string;
  status: RunStatus;
  profile_json: string;
  buyer_id: string | null;
  file_sha256: string;
  file_name: string | null;
  file_bytes: number;
  file_kind: FileKind;
  verdict: Verdict | null;
  report_json: string | null;
  error_json: string | null;
  attempts: number;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  supplier_reference: string | null;
  callback_url: string | null;
  callback_secret: string | null;
  erased_at: string | null;
  parent_run_id: string | null;
  expected_seller_json: string | null;
}

const fromRow = (row: Row): RunRecord => ({
  id: row.id,
  status: row.status,
  profile: JSON.parse(row.profile_json) as AcceptanceProfile,
  ...(row.buyer_id !== null && { buyerId: row.buyer_id }),
  file: {
    sha256: row.file_sha256,
    bytes: row.file_bytes,
    kind: row.file_kind,
    ...(row.file_name !== null && { name: row.file_name }),
  },
  ...(row.verdict !== null && { verdict: row.verdict }),
  ...(row.report_json !== null && { report: JSON.parse(row.report_json) as Report }),
  ...(row.error_json !== null && { error: JSON.parse(row.error_json) as Incomplete }),
  attempts: row.attempts,
  createdAt: row.created_at,
  ...(row.started_at !== null && { startedAt: row.started_at }),
  ...(row.finished_at !== null && { finishedAt: row.finished_at }),
  ...(row.supplier_reference !== null && { supplierReference: row.supplier_reference }),
  ...(row.callback_url !== null && { callbackUrl: row.callback_url }),
  ...(row.callback_secret !== null && { callbackSecret: row.callback_secret }),
  ...(row.erased_at !== null && { erasedAt: row.erased_at }),
  ...(row.parent_run_id !== null && { parentRunId: row.parent_run_id }),
  ...(row.expected_seller_json != null && {
    expectedSeller: JSON.parse(row.expected_seller_json) as ExpectedSeller,
  }),
});

/** Data access for runs, on SQLite or PostgreSQL. */
export class RunStore {
  private readonly sql: Sql;

  constructor(handle: Db | Sql) {
    this.sql = toSql(handle);
  }

  /**
   * Runs `work` in one transaction on the runs' database (a nested call joins): for check-then-insert
   * logic that must not interleave with another caller's. On SQLite other callers wait for it; on
   * PostgreSQL (READ COMMITTED) it makes the writes all-or-nothing, but a check that must not race
   * with another process needs a lock or a unique constraint.
   */
  transaction<T>(work: () => Promise<T>): Promise<T> {
    return this.sql.transaction(work);
  }

  /** Stores a new queued run. */
  async insert(run: {
    id: string;
    profile: AcceptanceProfile;
    buyerId?: string;
    file: RunRecord['file'];
    createdAt: string;
    supplierReference?: string;
    callbackUrl?: string;
    callbackSecret?: string;
    parentRunId?: string;
    expectedSeller?: ExpectedSeller;
    /** Who uploaded it, as admission counts it (`AdmissionService`): 'buyer:<id>' or 'address:<…>'. */
    clientKey?: string;
  }): Promise<void> {
    await this.sql.run(
      `INSERT INTO runs (id, status, profile_id, profile_version, profile_json, buyer_id, file_sha256, file_name, file_bytes, file_kind, created_at,
                         supplier_reference, callback_url, callback_secret, parent_run_id, expected_seller_json, client_key)
       VALUES (?, 'queued', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        run.id,
        run.profile.id,
        run.profile.version,
        JSON.stringify(run.profile),
        run.buyerId ?? null,
        run.file.sha256,
        run.file.name ?? null,
        run.file.bytes,
        run.file.kind,
        run.createdAt,
        run.supplierReference ?? null,
        run.callbackUrl ?? null,
        run.callbackSecret ?? null,
        run.parentRunId ?? null,
        run.expectedSeller ? JSON.stringify(run.expectedSeller) : null,
        run.clientKey ?? null,
      ],
    );
  }

  /** A run by id. */
  async get(id: string): Promise<RunRecord | undefined> {
    const row = await this.sql.get<Row>('SELECT * FROM runs WHERE id = ?', [id]);
    return row && this.withChildren(row);
  }

  /** The record of a row; an e-mail message's run with the runs of its PDFs. */
  private async withChildren(row: Row): Promise<RunRecord> {
    const run = fromRow(row);
    return run.file.kind === 'email' && run.parentRunId === undefined
      ? { ...run, childRunIds: await this.childrenOf(run.id) }
      : run;
  }

  /** The runs of the PDFs of an e-mail message's run, in the order they were started. */
  async childrenOf(id: string): Promise<string[]> {
    const rows = await this.sql.all<{ id: string }>(
      'SELECT id FROM runs WHERE parent_run_id = ? ORDER BY created_at, rowid',
      [id],
    );
    return rows.map((row) => row.id);
  }

  /** Takes the oldest queued run and marks it running, atomically; undefined when none is queued. */
  async claimNext(now: string): Promise<RunRecord | undefined> {
    // One statement: the run is picked and marked in one go, and `status = 'queued'` is checked again
    // on the row itself, so two callers never both claim a run. On PostgreSQL the pick locks its row
    // and skips rows another claim has locked: a concurrent claim takes the next queued run instead
    // of finding its pick gone (SQLite runs one statement at a time).
    const lock = this.sql.dialect === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : '';
    const row = await this.sql.get<Row>(
      `UPDATE runs SET status = 'running', attempts = attempts + 1, started_at = ?
       WHERE id = (SELECT id FROM runs WHERE status = 'queued' ORDER BY created_at, rowid LIMIT 1${lock})
         AND status = 'queued'
       RETURNING *`,
      [now],
    );
    return row && this.withChildren(row);
  }

  /**
   * Takes one given run (the queue on PostgreSQL hands out run ids): `queued` or `running` (its
   * previous worker died) becomes `running` with one more attempt. Undefined when the run is final,
   * erased or unknown (nothing left to do).
   */
  async claim(id: string, now: string): Promise<RunRecord | undefined> {
    const row = await this.sql.get<Row>(
      `UPDATE runs SET status = 'running', attempts = attempts + 1, started_at = ?
       WHERE id = ? AND status IN ('queued', 'running') AND erased_at IS NULL
       RETURNING *`,
      [now, id],
    );
    return row && this.withChildren(row);
  }

  /** Ends a run. */
  async finish(
    id: string,
    outcome: { status: RunStatus; verdict?: Verdict; report?: Report; error?: Incomplete },
    now: string,
  ): Promise<void> {
    await this.sql.run(
      `UPDATE runs SET status = ?, verdict = ?, report_json = ?, error_json = ?, finished_at = ?
       WHERE id = ? AND erased_at IS NULL`,
      [
        outcome.status,
        outcome.verdict ?? null,
        outcome.report ? JSON.stringify(outcome.report) : null,
        outcome.error ? JSON.stringify(outcome.error) : null,
        now,
        id,
      ],
    );
  }

  /**
   * Hands a running run back to the queue without counting the attempt (the process is stopping, or
   * its result could not be stored). Returns whether the run was running.
   */
  async release(id: string): Promise<boolean> {
    const result = await this.sql.run(
      `UPDATE runs SET status = 'queued', attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END,
                       started_at = NULL
       WHERE id = ? AND status = 'running'`,
      [id],
    );
    return result.changes > 0;
  }

  /**
   * After a restart: runs that were running are queued again, unless they already had `maxAttempts`
   * (a file that kills the process must not do so forever); those are returned to be failed.
   */
  async recoverInterrupted(maxAttempts: number): Promise<string[]> {
    // One transaction: the two statements touch disjoint rows (attempts at or over the limit, and
    // under it), and `attempts` of a running run changes only through claim (queued runs) and
    // release (which leaves `running`), so nothing moves a run from one set to the other between them.
    return this.sql.transaction(async () => {
      const givenUp = await this.sql.all<{ id: string }>(
        `SELECT id FROM runs WHERE status = 'running' AND attempts >= ?`,
        [maxAttempts],
      );
      await this.sql.run(`UPDATE runs SET status = 'queued' WHERE status = 'running' AND attempts < ?`, [
        maxAttempts,
      ]);
      return givenUp.map((r) => r.id);
    });
  }

  /** Number of queued runs (uses the status index; called on every upload). */
  async queuedCount(): Promise<number> {
    const row = await this.sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM runs WHERE status = 'queued'`);
    return Number(row!.n);
  }

  /**
   * In a transaction: makes other transactions that count this buyer's active runs wait until it
   * ends, so two processes cannot both pass the same last free place (PostgreSQL's advisory lock;
   * SQLite runs one write transaction at a time already).
   */
  async lockBuyer(buyerId: string): Promise<void> {
    if (this.sql.dialect === 'postgres')
      await this.sql.run('SELECT pg_advisory_xact_lock(7407243, hashtext(?))', [buyerId]);
  }

  /** As {@link lockBuyer}, for one client of admission (its key, as stored in `client_key`). */
  async lockClient(clientKey: string): Promise<void> {
    if (this.sql.dialect === 'postgres')
      await this.sql.run('SELECT pg_advisory_xact_lock(7407244, hashtext(?))', [clientKey]);
  }

  /** Queued plus running runs of one client of admission (uses the client index). */
  async activeCountOfClient(clientKey: string): Promise<number> {
    const row = await this.sql.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM runs WHERE client_key = ? AND status IN ('queued', 'running')`,
      [clientKey],
    );
    return Number(row!.n);
  }

  /** Bytes of the runs one client of admission started since `since` (ISO time; the client index). */
  async bytesOfClientSince(clientKey: string, since: string): Promise<number> {
    const row = await this.sql.get<{ n: number | string | null }>(
      'SELECT SUM(file_bytes) AS n FROM runs WHERE client_key = ? AND created_at >= ?',
      [clientKey, since],
    );
    return Number(row?.n ?? 0);
  }

  /**
   * Forgets which address uploaded the finished runs created before `before` (admission no longer
   * counts them: their day is over); buyers' keys stay. Returns how many runs it changed.
   */
  async forgetAddresses(before: string): Promise<number> {
    const result = await this.sql.run(
      `UPDATE runs SET client_key = NULL
       WHERE client_key LIKE 'address:%' AND created_at < ? AND status IN ('completed', 'failed', 'timed_out')`,
      [before],
    );
    return result.changes;
  }

  /** Queued plus running runs of one buyer. */
  async activeCountOf(buyerId: string): Promise<number> {
    const row = await this.sql.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM runs WHERE buyer_id = ? AND status IN ('queued', 'running')`,
      [buyerId],
    );
    return Number(row!.n);
  }

  /** Whether a run that is not erased still uses the file with this sha256. */
  async fileInUse(sha256: string): Promise<boolean> {
    const row = await this.sql.get(
      'SELECT 1 AS found FROM runs WHERE file_sha256 = ? AND erased_at IS NULL LIMIT 1',
      [sha256],
    );
    return row !== undefined;
  }

  /**
   * Erases a run's personal data: file reference and name, report, error, supplier reference and
   * callback; the profile snapshot shrinks to its id and version. False when it was already erased.
   */
  async erase(id: string, now: string): Promise<boolean> {
    const profileJson =
      this.sql.dialect === 'postgres'
        ? `jsonb_build_object('id', profile_id, 'version', profile_version)::text`
        : `json_object('id', profile_id, 'version', profile_version)`;
    const result = await this.sql.run(
      `UPDATE runs SET erased_at = ?, file_sha256 = '', file_name = NULL, file_bytes = 0,
                       report_json = NULL, error_json = NULL, supplier_reference = NULL,
                       callback_url = NULL, callback_secret = NULL, expected_seller_json = NULL,
                       profile_json = ${profileJson}
       WHERE id = ? AND erased_at IS NULL`,
      [now, id],
    );
    return result.changes > 0;
  }

  /** Finished runs created before `before` that still hold data, oldest first. */
  async toErase(before: string, limit: number): Promise<string[]> {
    const rows = await this.sql.all<{ id: string }>(
      `SELECT id FROM runs WHERE erased_at IS NULL AND created_at < ?
         AND status IN ('completed', 'failed', 'timed_out')
       ORDER BY created_at, rowid LIMIT ?`,
      [before, limit],
    );
    return rows.map((r) => r.id);
  }

  /** A page of a buyer's runs, newest first. */
  async list(query: RunListQuery): Promise<RunRecord[]> {
    const profileId = query.profileId ?? null;
    const verdict = query.verdict ?? null;
    const status = query.status ?? null;
    const createdFrom = query.createdFrom ?? null;
    const createdTo = query.createdTo ?? null;
    const afterCreatedAt = query.after?.createdAt ?? null;
    const afterId = query.after?.id ?? null;
    const rows = await this.sql.all<Row>(
      `SELECT * FROM runs
       WHERE buyer_id = ?
         AND (CAST(? AS TEXT) IS NULL OR profile_id = ?)
         AND (CAST(? AS TEXT) IS NULL OR verdict = ?)
         AND (CAST(? AS TEXT) IS NULL OR status = ?)
         AND (CAST(? AS TEXT) IS NULL OR created_at >= ?)
         AND (CAST(? AS TEXT) IS NULL OR created_at < ?)
         AND (CAST(? AS TEXT) IS NULL OR (created_at, id) < (CAST(? AS TEXT), CAST(? AS TEXT)))
       ORDER BY created_at DESC, id DESC
       LIMIT ?`,
      [
        query.buyerId,
        profileId,
        profileId,
        verdict,
        verdict,
        status,
        status,
        createdFrom,
        createdFrom,
        createdTo,
        createdTo,
        afterCreatedAt,
        afterCreatedAt,
        afterId,
        query.limit,
      ],
    );
    return rows.map(fromRow);
  }
}
