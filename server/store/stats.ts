/**
 * The reads behind the onboarding analytics (`server/services/stats.ts`): a buyer's invitations a page
 * at a time, the runs made through them with each run's judged verdict and last review, and the ids of
 * the checks with an error finding in given runs. Reports are never loaded into the process: SQLite
 * reads the findings out of `report_json` itself (`json_each`), and only `(run, check id)` pairs come
 * back. Every statement is bounded by the page it is given. A finished run's findings do not change, so
 * the service keeps what it read (`StatsService`).
 */
import { onDb } from './turns.js';
import type { Verdict } from '../../engine/model/finding.js';
import type { Db } from './database.js';
import type { RunStatus } from './runs.js';

/** Which invitations the figures are about. */
export interface StatsFilter {
  readonly buyerId: string;
  readonly profileId?: string;
  /** Invitations created at or after this moment (ISO 8601). */
  readonly invitedFrom?: string;
  /** Invitations created before this moment (ISO 8601). */
  readonly invitedTo?: string;
}

/** An invitation as the analytics read it (never the token). */
export interface StatsInvitation {
  readonly id: string;
  readonly profileId: string;
  readonly supplierName: string;
  readonly supplierEmail: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly revokedAt: string | null;
  readonly openedAt: string | null;
}

/**
 * A run made through an invitation, as judged for the onboarding: the run of a PDF taken from an
 * e-mail is left out (its message's run speaks for it), and a message's run passes only when it and
 * every PDF in it passed (as `mailVerdict`). `review` is the run's last review in this invitation.
 */
export interface StatsRun {
  readonly invitationId: string;
  readonly runId: string;
  readonly createdAt: string;
  /** Null when the runs table no longer has the run. */
  readonly status: RunStatus | null;
  readonly verdict: Verdict | null;
  readonly finishedAt: string | null;
  /** The uploaded file's sha256 ('' once erased). */
  readonly sha256: string | null;
  readonly review: 'approved' | 'rejected' | null;
  readonly reviewedAt: string | null;
}

/** Invitations read at a time. */
export const STATS_PAGE = 500;

/** Data access for the analytics. All statements are prepared once. */
export class StatsStore {
  private readonly statements;
  /** How many invitation pages were read (tests see that the reads are paged). */
  pagesRead = 0;
  /** How many runs' findings were read (tests see what is read again and what is not). */
  reportsRead = 0;

  constructor(private readonly db: Db) {
    this.statements = {
      invitations: db.prepare(
        `SELECT id, profile_id AS profileId, supplier_name AS supplierName, supplier_email AS supplierEmail,
                created_at AS createdAt, expires_at AS expiresAt, revoked_at AS revokedAt, opened_at AS openedAt
         FROM invitations
         WHERE buyer_id = @buyerId
           AND (@profileId IS NULL OR profile_id = @profileId)
           AND (@invitedFrom IS NULL OR created_at >= @invitedFrom)
           AND (@invitedTo IS NULL OR created_at < @invitedTo)
           AND (@afterCreatedAt IS NULL OR (created_at, id) < (@afterCreatedAt, @afterId))
         ORDER BY created_at DESC, id DESC
         LIMIT @limit`,
      ),
      // Columns stored after `report_json` (finished_at, parent_run_id) are read only where needed:
      // reading them walks the report's overflow pages. The runs of an e-mail's PDFs are found through
      // the partial index on parent_run_id instead.
      runs: db.prepare(
        `SELECT ir.invitation_id AS invitationId, ir.run_id AS runId, ir.created_at AS createdAt,
                r.status, r.file_sha256 AS sha256,
                CASE WHEN r.verdict = 'accepted' THEN r.finished_at END AS finishedAt,
                CASE
                  WHEN r.file_kind <> 'email' OR r.verdict IS NULL THEN r.verdict
                  WHEN EXISTS (SELECT 1 FROM runs c WHERE c.parent_run_id = r.id
                                 AND c.status NOT IN ('completed', 'failed', 'timed_out')) THEN NULL
                  WHEN r.verdict <> 'accepted' THEN r.verdict
                  WHEN NOT EXISTS (SELECT 1 FROM runs c WHERE c.parent_run_id = r.id) THEN 'rejected'
                  WHEN EXISTS (SELECT 1 FROM runs c WHERE c.parent_run_id = r.id AND c.verdict = 'rejected')
                    THEN 'rejected'
                  WHEN EXISTS (SELECT 1 FROM runs c WHERE c.parent_run_id = r.id
                                 AND (c.verdict IS NULL OR c.verdict <> 'accepted')) THEN 'undetermined'
                  ELSE 'accepted'
                END AS verdict,
                lr.decision AS review, lr.created_at AS reviewedAt
         FROM invitation_runs ir
         LEFT JOIN runs r ON r.id = ir.run_id
         LEFT JOIN run_reviews lr ON lr.id = (
           SELECT MAX(rv.id) FROM run_reviews rv WHERE rv.run_id = ir.run_id AND rv.invitation_id = ir.invitation_id)
         WHERE ir.invitation_id IN (SELECT value FROM json_each(@ids))
           AND ir.run_id NOT IN (SELECT id FROM runs WHERE parent_run_id IS NOT NULL)
         ORDER BY ir.invitation_id, ir.created_at DESC, ir.rowid DESC`,
      ),
      // The checks with an error finding in each given run or in the runs of its e-mail's PDFs.
      errorChecks: db.prepare(
        `WITH given(run) AS (SELECT value FROM json_each(@ids)),
              judged(run, report) AS (
                SELECT r.id, r.report_json FROM runs r JOIN given g ON r.id = g.run
                UNION ALL
                SELECT c.parent_run_id, c.report_json FROM runs c JOIN given g ON c.parent_run_id = g.run)
         SELECT DISTINCT judged.run AS runId, json_extract(f.value, '$.checkId') AS checkId
         FROM judged, json_each(judged.report, '$.findings') f
         WHERE judged.report IS NOT NULL
           AND json_extract(f.value, '$.severity') = 'error'`,
      ),
    };
  }

  /** One page of the buyer's invitations, newest first, after `after` (the last of the previous page). */
  async invitations(
    filter: StatsFilter,
    after: { createdAt: string; id: string } | undefined,
    limit = STATS_PAGE,
  ): Promise<StatsInvitation[]> {
    return onDb(this.db, () => {
      this.pagesRead += 1;
      return this.statements.invitations.all({
        buyerId: filter.buyerId,
        profileId: filter.profileId ?? null,
        invitedFrom: filter.invitedFrom ?? null,
        invitedTo: filter.invitedTo ?? null,
        afterCreatedAt: after?.createdAt ?? null,
        afterId: after?.id ?? null,
        limit,
      }) as StatsInvitation[];
    });
  }

  /** The judged runs of these invitations, grouped by invitation, newest first within each. */
  async runsOf(invitationIds: readonly string[]): Promise<StatsRun[]> {
    return onDb(this.db, () => {
      if (invitationIds.length === 0) return [];
      return this.statements.runs.all({ ids: JSON.stringify(invitationIds) }) as StatsRun[];
    });
  }

  /** `(run, check id)` for each check with an error finding in these runs (an e-mail's: with its PDFs'). */
  async errorChecksOf(runIds: readonly string[]): Promise<{ runId: string; checkId: string }[]> {
    return onDb(this.db, () => {
      if (runIds.length === 0) return [];
      this.reportsRead += runIds.length;
      return this.statements.errorChecks.all({ ids: JSON.stringify(runIds) }) as {
        runId: string;
        checkId: string;
      }[];
    });
  }
}
