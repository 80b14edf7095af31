/** The runs table: a run is written before it is processed, so a restart loses nothing. */
import type { FileKind } from '../../checks/model/document.js';
import type { Verdict } from '../../checks/model/finding.js';
import type { AcceptanceProfile } from '../../checks/model/profile.js';
import type { Incomplete, Report } from '../../checks/model/report.js';
import type { Db } from './database.js';

/** Where a run is: kept apart from the verdict, which only a completed run has for sure. */
export type RunStatus = 'queued' | 'running' | 'completed' | 'failed' | 'timed_out';

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
});

/** Data access for runs. All statements are prepared once. */
export class RunStore {
  private readonly statements;

  constructor(private readonly db: Db) {
    this.statements = {
      insert: db.prepare(
        `INSERT INTO runs (id, status, profile_id, profile_version, profile_json, buyer_id, file_sha256, file_name, file_bytes, file_kind, created_at)
         VALUES (@id, 'queued', @profileId, @profileVersion, @profileJson, @buyerId, @sha256, @name, @bytes, @kind, @createdAt)`,
      ),
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
         WHERE id = @id`,
      ),
      requeueRunning: db.prepare(
        `UPDATE runs SET status = 'queued' WHERE status = 'running' AND attempts < @maxAttempts`,
      ),
      countQueued: db.prepare(`SELECT COUNT(*) AS n FROM runs WHERE status = 'queued'`),
      runningOverAttempts: db.prepare(
        `SELECT id FROM runs WHERE status = 'running' AND attempts >= @maxAttempts`,
      ),
    };
  }

  /** Stores a new queued run. */
  insert(run: {
    id: string;
    profile: AcceptanceProfile;
    buyerId?: string;
    file: RunRecord['file'];
    createdAt: string;
  }): void {
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
    });
  }

  /** A run by id. */
  get(id: string): RunRecord | undefined {
    const row = this.statements.get.get(id) as Row | undefined;
    return row && fromRow(row);
  }

  /** Takes the oldest queued run and marks it running, atomically; undefined when none is queued. */
  claimNext(now: string): RunRecord | undefined {
    return this.db.transaction(() => {
      const next = this.statements.nextQueued.get() as { id: string } | undefined;
      if (!next) return undefined;
      this.statements.claim.run({ id: next.id, now });
      return this.get(next.id);
    })();
  }

  /** Ends a run. */
  finish(
    id: string,
    outcome: { status: RunStatus; verdict?: Verdict; report?: Report; error?: Incomplete },
    now: string,
  ): void {
    this.statements.finish.run({
      id,
      status: outcome.status,
      verdict: outcome.verdict ?? null,
      report: outcome.report ? JSON.stringify(outcome.report) : null,
      error: outcome.error ? JSON.stringify(outcome.error) : null,
      now,
    });
  }

  /**
   * After a restart: runs that were running are queued again, unless they already had `maxAttempts`
   * (a file that kills the process must not do so forever); those are returned to be failed.
   */
  recoverInterrupted(maxAttempts: number): string[] {
    return this.db.transaction(() => {
      const givenUp = (this.statements.runningOverAttempts.all({ maxAttempts }) as { id: string }[]).map(
        (r) => r.id,
      );
      this.statements.requeueRunning.run({ maxAttempts });
      return givenUp;
    })();
  }

  /** Number of queued runs (uses the status index; called on every upload). */
  queuedCount(): number {
    return (this.statements.countQueued.get() as { n: number }).n;
  }
}
