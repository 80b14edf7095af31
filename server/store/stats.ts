/**
 * The reads behind the onboarding analytics (`server/services/stats.ts`): a buyer's invitations a page
 * at a time, the runs made through them with each run's judged verdict and last review, and the ids of
 * the checks with an error finding in given runs. Reports are never loaded into the process: SQLite
 * reads the findings out of `report_json` itself (`json_each`), and only `(run, check id)` pairs come
 * back (PostgreSQL: `jsonb_array_elements`). Every statement is bounded by the page it is given. A finished run's findings do not change, so
 * the service keeps what it read (`StatsService`).
 */
import type { Verdict } from '../../engine/model/finding.js';
import type { Db } from './database.js';
import type { RunStatus } from './runs.js';
import { type Sql, toSql } from './sql.js';

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

/** Data access for the analytics. */
export class StatsStore {
  private readonly sql: Sql;
  /** How many invitation pages were read (tests see that the reads are paged). */
  pagesRead = 0;
  /** How many runs' findings were read (tests see what is read again and what is not). */
  reportsRead = 0;

  constructor(handle: Db | Sql) {
    this.sql = toSql(handle);
  }

  /** The elements of a JSON array of strings given as one parameter, as a one-column `SELECT`. */
  private idsFromParameter(): string {
    return this.sql.dialect === 'postgres'
      ? 'SELECT jsonb_array_elements_text(CAST(? AS JSONB))'
      : 'SELECT value FROM json_each(?)';
  }

  /** One page of the buyer's invitations, newest first, after `after` (the last of the previous page). */
  async invitations(
    filter: StatsFilter,
    after: { createdAt: string; id: string } | undefined,
    limit = STATS_PAGE,
  ): Promise<StatsInvitation[]> {
    this.pagesRead += 1;
    const profileId = filter.profileId ?? null;
    const invitedFrom = filter.invitedFrom ?? null;
    const invitedTo = filter.invitedTo ?? null;
    const afterCreatedAt = after?.createdAt ?? null;
    return this.sql.all<StatsInvitation>(
      `SELECT id, profile_id AS "profileId", supplier_name AS "supplierName", supplier_email AS "supplierEmail",
              created_at AS "createdAt", expires_at AS "expiresAt", revoked_at AS "revokedAt", opened_at AS "openedAt"
       FROM invitations
       WHERE buyer_id = ?
         AND (CAST(? AS TEXT) IS NULL OR profile_id = ?)
         AND (CAST(? AS TEXT) IS NULL OR created_at >= ?)
         AND (CAST(? AS TEXT) IS NULL OR created_at < ?)
         AND (CAST(? AS TEXT) IS NULL OR (created_at, id) < (CAST(? AS TEXT), CAST(? AS TEXT)))
       ORDER BY created_at DESC, id DESC
       LIMIT ?`,
      [
        filter.buyerId,
        profileId,
        profileId,
        invitedFrom,
        invitedFrom,
        invitedTo,
        invitedTo,
        afterCreatedAt,
        afterCreatedAt,
        after?.id ?? null,
        limit,
      ],
    );
  }

  /** The judged runs of these invitations, grouped by invitation, newest first within each. */
  async runsOf(invitationIds: readonly string[]): Promise<StatsRun[]> {
    if (invitationIds.length === 0) return [];
    // Columns stored after `report_json` (finished_at, parent_run_id) are read only where needed: on
    // SQLite reading them walks the report's overflow pages. The runs of an e-mail's PDFs are found
    // through the partial index on parent_run_id instead.
    return this.sql.all<StatsRun>(
      `SELECT ir.invitation_id AS "invitationId", ir.run_id AS "runId", ir.created_at AS "createdAt",
              r.status, r.file_sha256 AS sha256,
              CASE WHEN r.verdict = 'accepted' THEN r.finished_at END AS "finishedAt",
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
              lr.decision AS review, lr.created_at AS "reviewedAt"
       FROM invitation_runs ir
       LEFT JOIN runs r ON r.id = ir.run_id
       LEFT JOIN run_reviews lr ON lr.id = (
         SELECT MAX(rv.id) FROM run_reviews rv WHERE rv.run_id = ir.run_id AND rv.invitation_id = ir.invitation_id)
       WHERE ir.invitation_id IN (${this.idsFromParameter()})
         AND ir.run_id NOT IN (SELECT id FROM runs WHERE parent_run_id IS NOT NULL)
       ORDER BY ir.invitation_id, ir.created_at DESC, ir.rowid DESC`,
      [JSON.stringify(invitationIds)],
    );
  }

  /** `(run, check id)` for each check with an error finding in these runs (an e-mail's: with its PDFs'). */
  async errorChecksOf(runIds: readonly string[]): Promise<{ runId: string; checkId: string }[]> {
    if (runIds.length === 0) return [];
    this.reportsRead += runIds.length;
    // The checks with an error finding in each given run or in the runs of its e-mail's PDFs.
    const findings =
      this.sql.dialect === 'postgres'
        ? `SELECT DISTINCT judged.run AS "runId", f.value ->> 'checkId' AS "checkId"
           FROM judged, jsonb_array_elements(CAST(judged.report AS JSONB) -> 'findings') AS f(value)
           WHERE judged.report IS NOT NULL
             AND f.value ->> 'severity' = 'error'`
        : `SELECT DISTINCT judged.run AS "runId", json_extract(f.value, '$.checkId') AS "checkId"
           FROM judged, json_each(judged.report, '$.findings') f
           WHERE judged.report IS NOT NULL
             AND json_extract(f.value, '$.severity') = 'error'`;
    return this.sql.all<{ runId: string; checkId: string }>(
      `WITH given(run) AS (${this.idsFromParameter()}),
            judged(run, report) AS (
              SELECT r.id, r.report_json FROM runs r JOIN given g ON r.id = g.run
              UNION ALL
              SELECT c.parent_run_id, c.report_json FROM runs c JOIN given g ON c.parent_run_id = g.run)
       ${findings}`,
      [JSON.stringify(runIds)],
    );
  }
}
