/**
 * Invitations (a buyer asks a supplier to test a sample invoice against one profile), the runs made
 * through them, and buyers' reviews of runs.
 *
 * An invitation is reached through a private link `/i/<token>`: the token is 256 random bits shown
 * once (like an API key); only its SHA-256 is stored, so a copy of the database opens no invitation.
 * A lost link is replaced by a new one, which stops the old one. Links expire and can be revoked.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { ExpectedSeller } from '../../engine/model/expected-seller.js';
import type { Lang, Verdict } from '../../engine/model/finding.js';
import type { Db } from './database.js';
import type { RunStatus } from './runs.js';
import { type Sql, toSql } from './sql.js';

/** What the supplier told about how they invoice. */
export interface Inventory {
  /** Id from the invoicing-software list, or `other`. */
  readonly software: string;
  /** The software's name when `software` is `other`. */
  readonly softwareOther?: string;
  /** Whether the supplier makes (some) invoice PDFs by hand, e.g. in a word processor. */
  readonly handmade: 'yes' | 'no';
  readonly updatedAt: string;
}

/** An invitation as stored (never the token). */
export interface Invitation {
  readonly id: string;
  readonly buyerId: string;
  readonly profileId: string;
  readonly supplierName: string;
  readonly supplierEmail: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly revokedAt?: string;
  /** When the supplier first opened the link. */
  readonly openedAt?: string;
  readonly inventory?: Inventory;
  /** The language the buyer chose for the invitation: the supplier's page starts in it. */
  readonly language: Lang;
  /**
   * What the buyer's vendor master holds for this supplier (name, VAT id, KvK, IBANs), when the buyer
   * entered it: each run through the invitation carries a copy (`fields.seller-matches`).
   */
  readonly masterData?: ExpectedSeller;
}

/** A run made through an invitation, as far as the runs table still has it. */
export interface InvitationRun {
  readonly runId: string;
  readonly createdAt: string;
  /** Absent when the run has since been erased. */
  readonly status?: RunStatus;
  readonly verdict?: Verdict;
  readonly finishedAt?: string;
}

/** A buyer's decision on a run. */
export interface Review {
  readonly id: number;
  readonly runId: string;
  readonly buyerId: string;
  readonly invitationId?: string;
  readonly decision: 'approved' | 'rejected';
  readonly comment?: string;
  /** Who decided: a user's e-mail or an API key's first characters. */
  readonly reviewer: string;
  readonly createdAt: string;
  /** An approval of a sample that did not pass (the comment says why). */
  readonly override?: true;
}

/** Shape of an invitation link token: 43 base64url characters (256 random bits). */
export const INVITATION_TOKEN = /^[A-Za-z0-9_-]{43}$/;
/** Shape of invitation ids. */
export const INVITATION_ID = /^inv_[A-Za-z0-9_-]{16}$/;

const random = (bytes: number): string => randomBytes(bytes).toString('base64url');
const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

interface InvitationRow {
  id: string;
  buyer_id: string;
  profile_id: string;
  supplier_name: string;
  supplier_email: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  opened_at: string | null;
  inventory_json: string | null;
  language: Lang;
  master_json: string | null;
}

const invitationFromRow = (row: InvitationRow): Invitation => ({
  id: row.id,
  buyerId: row.buyer_id,
  profileId: row.profile_id,
  supplierName: row.supplier_name,
  supplierEmail: row.supplier_email,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  ...(row.revoked_at !== null && { revokedAt: row.revoked_at }),
  ...(row.opened_at !== null && { openedAt: row.opened_at }),
  ...(row.inventory_json !== null && { inventory: JSON.parse(row.inventory_json) as Inventory }),
  language: row.language,
  ...(row.master_json != null && { masterData: JSON.parse(row.master_json) as ExpectedSeller }),
});

interface ReviewRow {
  id: number;
  run_id: string;
  buyer_id: string;
  invitation_id: string | null;
  decision: 'approved' | 'rejected';
  comment: string | null;
  reviewer: string;
  created_at: string;
  override?: number;
}

const reviewFromRow = (row: ReviewRow): Review => ({
  id: row.id,
  runId: row.run_id,
  buyerId: row.buyer_id,
  ...(row.invitation_id !== null && { invitationId: row.invitation_id }),
  decision: row.decision,
  ...(row.comment !== null && { comment: row.comment }),
  reviewer: row.reviewer,
  createdAt: row.created_at,
  ...(row.override === 1 && { override: true as const }),
});

/** Data access for invitations, their runs and reviews. */
export class InvitationStore {
  private readonly sql: Sql;

  constructor(handle: Db | Sql) {
    this.sql = toSql(handle);
  }

  /** Stores a new invitation; returns it with its link token (shown once, never stored). */
  async create(input: {
    buyerId: string;
    profileId: string;
    supplierName: string;
    supplierEmail: string;
    createdAt: string;
    expiresAt: string;
    language?: Lang;
    masterData?: ExpectedSeller;
  }): Promise<{ invitation: Invitation; token: string }> {
    const token = random(32);
    const id = `inv_${random(12)}`;
    const row = await this.sql.get<InvitationRow>(
      `INSERT INTO invitations (id, buyer_id, profile_id, supplier_name, supplier_email, token_hash, created_at, expires_at, language, master_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
      [
        id,
        input.buyerId,
        input.profileId,
        input.supplierName,
        input.supplierEmail,
        hashToken(token),
        input.createdAt,
        input.expiresAt,
        input.language ?? 'nl',
        input.masterData ? JSON.stringify(input.masterData) : null,
      ],
    );
    return { invitation: invitationFromRow(row!), token };
  }

  /** The invitation a link token belongs to, whatever its state (the caller checks expiry and revocation). */
  async byToken(token: string): Promise<Invitation | undefined> {
    if (!INVITATION_TOKEN.test(token)) return undefined;
    const tokenHash = hashToken(token);
    const row =
      (await this.sql.get<InvitationRow>('SELECT * FROM invitations WHERE token_hash = ?', [tokenHash])) ??
      // A signed-in supplier's access link (supplier portal) opens the invitation's page like its own link.
      (await this.sql.get<InvitationRow>(
        `SELECT i.* FROM supplier_access_links a JOIN invitations i ON i.id = a.invitation_id
         WHERE a.token_hash = ? AND a.expires_at > ? AND a.email = i.supplier_email`,
        [tokenHash, new Date().toISOString()],
      ));
    return row && invitationFromRow(row);
  }

  /** Every buyer's invitations addressed to one (normalised) e-mail address, newest first. */
  async bySupplierEmail(email: string): Promise<Invitation[]> {
    const rows = await this.sql.all<InvitationRow>(
      'SELECT * FROM invitations WHERE supplier_email = ? ORDER BY created_at DESC, rowid DESC',
      [email],
    );
    return rows.map(invitationFromRow);
  }

  /** A buyer's invitation by id; another buyer's is undefined. */
  async get(buyerId: string, id: string): Promise<Invitation | undefined> {
    if (!INVITATION_ID.test(id)) return undefined;
    const row = await this.sql.get<InvitationRow>('SELECT * FROM invitations WHERE id = ? AND buyer_id = ?', [
      id,
      buyerId,
    ]);
    return row && invitationFromRow(row);
  }

  /** A buyer's invitations, newest first. */
  async list(buyerId: string): Promise<Invitation[]> {
    const rows = await this.sql.all<InvitationRow>(
      'SELECT * FROM invitations WHERE buyer_id = ? ORDER BY created_at DESC, rowid DESC',
      [buyerId],
    );
    return rows.map(invitationFromRow);
  }

  /** Revokes an invitation's link (the first revocation time is kept). False when there is no such invitation. */
  async revoke(buyerId: string, id: string, now: string): Promise<boolean> {
    if (!INVITATION_ID.test(id)) return false;
    // One statement: it matches the buyer's invitation whether or not it is revoked already (so
    // `changes` says whether it exists) and keeps an earlier revocation time; no read-then-write.
    const { changes } = await this.sql.run(
      'UPDATE invitations SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ? AND buyer_id = ?',
      [now, id, buyerId],
    );
    return changes === 1;
  }

  /** Replaces an invitation's link with a new one (the old one stops working) and sets its expiry. */
  async newToken(buyerId: string, id: string, expiresAt: string): Promise<string | undefined> {
    const token = random(32);
    const { changes } = await this.sql.run(
      'UPDATE invitations SET token_hash = ?, expires_at = ?, revoked_at = NULL WHERE id = ? AND buyer_id = ?',
      [hashToken(token), expiresAt, id, buyerId],
    );
    return changes === 1 ? token : undefined;
  }

  /** Records the first time the supplier opened the link. */
  async markOpened(id: string, now: string): Promise<void> {
    await this.sql.run('UPDATE invitations SET opened_at = ? WHERE id = ? AND opened_at IS NULL', [now, id]);
  }

  /** Stores the supplier's answers. */
  async setInventory(id: string, inventory: Inventory): Promise<void> {
    await this.sql.run('UPDATE invitations SET inventory_json = ? WHERE id = ?', [
      JSON.stringify(inventory),
      id,
    ]);
  }

  /** Runs `work` in one transaction (a bulk import writes its rows in batches: one commit per batch). */
  inTransaction<T>(work: () => Promise<T>): Promise<T> {
    return this.sql.transaction(work);
  }

  /** Sets (or, with undefined, clears) the supplier's master data. False when there is no such invitation. */
  async setMasterData(buyerId: string, id: string, masterData: ExpectedSeller | undefined): Promise<boolean> {
    const json = masterData ? JSON.stringify(masterData) : null;
    const { changes } = await this.sql.run(
      'UPDATE invitations SET master_json = ? WHERE id = ? AND buyer_id = ?',
      [json, id, buyerId],
    );
    return changes === 1;
  }

  /** Records that a run was made through an invitation. */
  async addRun(invitationId: string, runId: string, createdAt: string): Promise<void> {
    await this.sql.run('INSERT INTO invitation_runs (run_id, invitation_id, created_at) VALUES (?, ?, ?)', [
      runId,
      invitationId,
      createdAt,
    ]);
  }

  /** The runs made through an invitation, newest first. */
  async runsOf(invitationId: string): Promise<InvitationRun[]> {
    // Quoted aliases: PostgreSQL folds unquoted names to lower case.
    const rows = await this.sql.all<{
      runId: string;
      createdAt: string;
      status: RunStatus | null;
      verdict: Verdict | null;
      finishedAt: string | null;
    }>(
      `SELECT ir.run_id AS "runId", ir.created_at AS "createdAt", r.status, r.verdict, r.finished_at AS "finishedAt"
       FROM invitation_runs ir LEFT JOIN runs r ON r.id = ir.run_id
       WHERE ir.invitation_id = ? ORDER BY ir.created_at DESC, ir.rowid DESC`,
      [invitationId],
    );
    return rows.map((row) => ({
      runId: row.runId,
      createdAt: row.createdAt,
      ...(row.status !== null && { status: row.status }),
      ...(row.verdict !== null && { verdict: row.verdict }),
      ...(row.finishedAt !== null && { finishedAt: row.finishedAt }),
    }));
  }

  /** The id of the invitation a run was made through. */
  async invitationOfRun(runId: string): Promise<string | undefined> {
    const row = await this.sql.get<{ id: string }>(
      'SELECT invitation_id AS id FROM invitation_runs WHERE run_id = ?',
      [runId],
    );
    return row?.id;
  }

  /** Stores a review. */
  async addReview(review: Omit<Review, 'id'>): Promise<Review> {
    // RETURNING gives the stored row (with its new id) from the insert itself.
    const row = await this.sql.get<ReviewRow>(
      `INSERT INTO run_reviews (run_id, buyer_id, invitation_id, decision, comment, reviewer, created_at, override)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
      [
        review.runId,
        review.buyerId,
        review.invitationId ?? null,
        review.decision,
        review.comment ?? null,
        review.reviewer,
        review.createdAt,
        review.override ? 1 : 0,
      ],
    );
    return reviewFromRow(row!);
  }

  /** A run's reviews, oldest first (the last one counts). */
  async reviewsOfRun(runId: string): Promise<Review[]> {
    const rows = await this.sql.all<ReviewRow>('SELECT * FROM run_reviews WHERE run_id = ? ORDER BY id', [
      runId,
    ]);
    return rows.map(reviewFromRow);
  }

  /** The reviews of an invitation's runs, oldest first. */
  async reviewsOfInvitation(invitationId: string): Promise<Review[]> {
    const rows = await this.sql.all<ReviewRow>(
      'SELECT * FROM run_reviews WHERE invitation_id = ? ORDER BY id',
      [invitationId],
    );
    return rows.map(reviewFromRow);
  }
}
