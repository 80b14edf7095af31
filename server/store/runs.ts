/** The runs table: a run is written before it is processed, so a restart loses nothing. */

import type { FileKind } from '../../engine/model/document.js';
import type { ExpectedSeller } from '../../engine/model/expected-seller.js';
import type { Verdict } from '../../engine/model/finding.js';
import type { AcceptanceProfile } from '../../engine/model/profile.js';
import type { Incomplete, Report } from '../../engine/model/report.js';
import type { Db } from './database.js';
import { inTransaction, onDb } from './turns.js';

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

/** Data access for runs. All statements are prepared once. */
export class RunStore {
  private readonly statements;

  constructor(private readonly db: Db) {
    this.statements = {
      insert: db.prepare(
        `INSERT INTO runs (id, status, profile_id, profile_version, profile_json, buyer_id, file_sha256, file_name, file_bytes, file_kind, created_at,
                           supplier_reference, callback_url, callback_secret, parent_run_id, expected_seller_json)
         VALUES (@id, 'queued', @profileId, @profileVersion, @profileJson, @buyerId, @sha256, @name, @bytes, @kind, @createdAt,
                 @supplierReference, @callbackUrl, @callbackSecret, @parentRunId, @expectedSellerJson)`,
      ),
      children: db.prepare('SELECT id FROM runs WHERE parent_run_id = ? ORDER BY created_at, rowid'),
      get: db.prepare('SELECT * FROM runs WHERE id = ?'),
      nextQueued: db.prepare(
        `SELECT id FROM runs WHERE status = 'queued' ORDER BY created_at, rowid LIMIT 1`,
      ),
      claim: db.prepare(
        `UPDATE runs SET status = 'running', attempts = attempts + 1, started_at = @now
         WHERE id = @id AND status = 'queued'`,
      ),
      finish: db.prepare(
        `UPDATE runs SET status = @status, verdict = @verdict, report_json = @report, error_json = @error,
                         finished_at = @now
         WHERE id = @id AND erased_at IS NULL`,
      ),
      release: db.prepare(
        `UPDATE runs SET status = 'queued', attempts = MAX(attempts - 1, 0), started_at = NULL
         WHERE id = @id AND status = 'running'`,
      ),
      requeueRunning: db.prepare(
        `UPDATE runs SET status = 'queued' WHERE status = 'running' AND attempts < @maxAttempts`,
      ),
      countQueued: db.prepare(`SELECT COUNT(*) AS n FROM runs WHERE status = 'queued'`),
      runningOverAttempts: db.prepare(
        `SELECT id FROM runs WHERE status = 'running' AND attempts >= @maxAttempts`,
      ),
      countActiveOfBuyer: db.prepare(
        `SELECT COUNT(*) AS n FROM runs WHERE buyer_id = ? AND status IN ('queued', 'running')`,
      ),
      fileInUse: db.prepare('SELECT 1 FROM runs WHERE file_sha256 = ? AND erased_at IS NULL LIMIT 1'),
      erase: db.prepare(
        `UPDATE runs SET erased_at = @now, file_sha256 = '', file_name = NULL, file_bytes = 0,
                         report_json = NULL, error_json = NULL, supplier_reference = NULL,
                         callback_url = NULL, callback_secret = NULL, expected_seller_json = NULL,
                         profile_json = json_object('id', profile_id, 'version', profile_version)
         WHERE id = @id AND erased_at IS NULL`,
      ),
      toErase: db.prepare(
        `SELECT id FROM runs WHERE erased_at IS NULL AND created_at < @before
           AND status IN ('completed', 'failed', 'timed_out')
         ORDER BY created_at LIMIT @limit`,
      ),
      list: db.prepare(
        `SELECT * FROM runs
         WHERE buyer_id = @buyerId
           AND (@profileId IS NULL OR profile_id = @profileId)
           AND (@verdict IS NULL OR verdict = @verdict)
           AND (@status IS NULL OR status = @status)
           AND (@createdFrom IS NULL OR created_at >= @createdFrom)
           AND (@createdTo IS NULL OR created_at < @createdTo)
           AND (@afterCreatedAt IS NULL OR (created_at, id) < (@afterCreatedAt, @afterId))
         ORDER BY created_at DESC, id DESC
         LIMIT @limit`,
      ),
    };
  }

  /**
   * Runs `work` in one transaction on the runs' database (other callers wait; a nested call joins):
   * for check-then-insert logic that must not interleave with another caller's.
   */
  transaction<T>(work: () => Promise<T>): Promise<T> {
    return inTransaction(this.db, work);
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
  }): Promise<void> {
    return onDb(this.db, () => {
      this.statements.insert.run({
        id: run.id,
        profileId: run.profile.id,
        profileVersion: run.profile.version,
        profileJson: JSON.stringify(run.profile),
        buyerId: run.buyerId ?? null,
        sha256: run.file.sha256,
        name: run.file.name ?? null,
        bytes: run.file.bytes,
        kind: run.file.kind,
        createdAt: run.createdAt,
        supplierReference: run.supplierReference ?? null,
        callbackUrl: run.callbackUrl ?? null,
        callbackSecret: run.callbackSecret ?? null,
        parentRunId: run.parentRunId ?? null,
        expectedSellerJson: run.expectedSeller ? JSON.stringify(run.expectedSeller) : null,
      });
    });
  }

  /** A run by id. */
  async get(id: string): Promise<RunRecord | undefined> {
    return onDb(this.db, () => this.getSync(id));
  }

  private getSync(id: string): RunRecord | undefined {
    const row = this.statements.get.get(id) as Row | undefined;
    if (!row) return undefined;
    const run = fromRow(row);
    return run.file.kind === 'email' && run.parentRunId === undefined
      ? { ...run, childRunIds: this.childrenOfSync(id) }
      : run;
  }

  /** The runs of the PDFs of an e-mail message's run, in the order they were started. */
  async childrenOf(id: string): Promise<string[]> {
    return onDb(this.db, () => this.childrenOfSync(id));
  }

  private childrenOfSync(id: string): string[] {
    return (this.statements.children.all(id) as { id: string }[]).map((row) => row.id);
  }

  /** Takes the oldest queued run and marks it running, atomically; undefined when none is queued. */
  async claimNext(now: string): Promise<RunRecord | undefined> {
    return onDb(this.db, () => {
      return this.db.transaction(() => {
        const next = this.statements.nextQueued.get() as { id: string } | undefined;
        if (!next) return undefined;
        this.statements.claim.run({ id: next.id, now });
        return this.getSync(next.id);
      })();
    });
  }

  /** Ends a run. */
  async finish(
    id: string,
    outcome: { status: RunStatus; verdict?: Verdict; report?: Report; error?: Incomplete },
    now: string,
  ): Promise<void> {
    return onDb(this.db, () => {
      this.statements.finish.run({
        id,
        status: outcome.status,
        verdict: outcome.verdict ?? null,
        report: outcome.report ? JSON.stringify(outcome.report) : null,
        error: outcome.error ? JSON.stringify(outcome.error) : null,
        now,
      });
    });
  }

  /**
   * Hands a running run back to the queue without counting the attempt (the process is stopping, or
   * its result could not be stored). Returns whether the run was running.
   */
  async release(id: string): Promise<boolean> {
    return onDb(this.db, () => {
      return this.statements.release.run({ id }).changes > 0;
    });
  }

  /**
   * After a restart: runs that were running are queued again, unless they already had `maxAttempts`
   * (a file that kills the process must not do so forever); those are returned to be failed.
   */
  async recoverInterrupted(maxAttempts: number): Promise<string[]> {
    return onDb(this.db, () => {
      return this.db.transaction(() => {
        const givenUp = (this.statements.runningOverAttempts.all({ maxAttempts }) as { id: string }[]).map(
          (r) => r.id,
        );
        this.statements.requeueRunning.run({ maxAttempts });
        return givenUp;
      })();
    });
  }

  /** Number of queued runs (uses the status index; called on every upload). */
  async queuedCount(): Promise<number> {
    return onDb(this.db, () => {
      return (this.statements.countQueued.get() as { n: number }).n;
    });
  }

  /** Queued plus running runs of one buyer. */
  async activeCountOf(buyerId: string): Promise<number> {
    return onDb(this.db, () => {
      return (this.statements.countActiveOfBuyer.get(buyerId) as { n: number }).n;
    });
  }

  /** Whether a run that is not erased still uses the file with this sha256. */
  async fileInUse(sha256: string): Promise<boolean> {
    return onDb(this.db, () => {
      return this.statements.fileInUse.get(sha256) !== undefined;
    });
  }

  /**
   * Erases a run's personal data: file reference and name, report, error, supplier reference and
   * callback; the profile snapshot shrinks to its id and version. False when it was already erased.
   */
  async erase(id: string, now: string): Promise<boolean> {
    return onDb(this.db, () => {
      return this.statements.erase.run({ id, now }).changes > 0;
    });
  }

  /** Finished runs created before `before` that still hold data, oldest first. */
  async toErase(before: string, limit: number): Promise<string[]> {
    return onDb(this.db, () => {
      return (this.statements.toErase.all({ before, limit }) as { id: string }[]).map((r) => r.id);
    });
  }

  /** A page of a buyer's runs, newest first. */
  async list(query: RunListQuery): Promise<RunRecord[]> {
    return onDb(this.db, () => {
      return (
        this.statements.list.all({
          buyerId: query.buyerId,
          profileId: query.profileId ?? null,
          verdict: query.verdict ?? null,
          status: query.status ?? null,
          createdFrom: query.createdFrom ?? null,
          createdTo: query.createdTo ?? null,
          afterCreatedAt: query.after?.createdAt ?? null,
          afterId: query.after?.id ?? null,
          limit: query.limit,
        }) as Row[]
      ).map(fromRow);
    });
  }
}
