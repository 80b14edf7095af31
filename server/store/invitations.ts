/**
 * Invitations (a buyer asks a supplier to test a sample invoice against one profile), the runs made
 * through them, and buyers' reviews of runs.
 *
 * An invitation is reached through a private link `/i/<token>`: the token is 256 random bits shown
 * once (like an API key); only its SHA-256 is stored, so a copy of the database opens no invitation.
 * A lost link is replaced by a new one, which stops the old one. Links expire and can be revoked.
 */
import { inTransaction, onDb } from './turns.js';
import { createHash, randomBytes } from 'node:crypto';
import type { ExpectedSeller } from '../../engine/model/expected-seller.js';
import type { Lang, Verdict } from '../../engine/model/finding.js';
import type { Db } from './database.js';
import type { RunStatus } from './runs.js';

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
  private readonly statements;

  constructor(private readonly db: Db) {
    this.statements = {
      insert: db.prepare(
        `INSERT INTO invitations (id, buyer_id, profile_id, supplier_name, supplier_email, token_hash, created_at, expires_at, language, master_json)
         VALUES (@id, @buyerId, @profileId, @supplierName, @supplierEmail, @tokenHash, @createdAt, @expiresAt, @language, @masterJson)`,
      ),
      byTokenHash: db.prepare('SELECT * FROM invitations WHERE token_hash = ?'),
      // A signed-in supplier's access link (supplier portal) opens the invitation's page like its own link.
      byAccessHash: db.prepare(
        `SELECT i.* FROM supplier_access_links a JOIN invitations i ON i.id = a.invitation_id
         WHERE a.token_hash = ? AND a.expires_at > ? AND a.email = i.supplier_email`,
      ),
      bySupplierEmail: db.prepare(
        'SELECT * FROM invitations WHERE supplier_email = ? ORDER BY created_at DESC, rowid DESC',
      ),
      byId: db.prepare('SELECT * FROM invitations WHERE id = ? AND buyer_id = ?'),
      list: db.prepare('SELECT * FROM invitations WHERE buyer_id = ? ORDER BY created_at DESC, rowid DESC'),
      revoke: db.prepare(
        'UPDATE invitations SET revoked_at = ? WHERE id = ? AND buyer_id = ? AND revoked_at IS NULL',
      ),
      newToken: db.prepare(
        'UPDATE invitations SET token_hash = ?, expires_at = ?, revoked_at = NULL WHERE id = ? AND buyer_id = ?',
      ),
      opened: db.prepare('UPDATE invitations SET opened_at = ? WHERE id = ? AND opened_at IS NULL'),
      inventory: db.prepare('UPDATE invitations SET inventory_json = ? WHERE id = ?'),
      masterData: db.prepare('UPDATE invitations SET master_json = ? WHERE id = ? AND buyer_id = ?'),
      addRun: db.prepare('INSERT INTO invitation_runs (run_id, invitation_id, created_at) VALUES (?, ?, ?)'),
      runsOf: db.prepare(
        `SELECT ir.run_id AS runId, ir.created_at AS createdAt, r.status, r.verdict, r.finished_at AS finishedAt
         FROM invitation_runs ir LEFT JOIN runs r ON r.id = ir.run_id
         WHERE ir.invitation_id = ? ORDER BY ir.created_at DESC, ir.rowid DESC`,
      ),
      invitationOfRun: db.prepare('SELECT invitation_id AS id FROM invitation_runs WHERE run_id = ?'),
      addReview: db.prepare(
        `INSERT INTO run_reviews (run_id, buyer_id, invitation_id, decision, comment, reviewer, created_at, override)
         VALUES (@runId, @buyerId, @invitationId, @decision, @comment, @reviewer, @createdAt, @override)`,
      ),
      reviewById: db.prepare('SELECT * FROM run_reviews WHERE id = ?'),
      reviewsOfRun: db.prepare('SELECT * FROM run_reviews WHERE run_id = ? ORDER BY id'),
      reviewsOfInvitation: db.prepare('SELECT * FROM run_reviews WHERE invitation_id = ? ORDER BY id'),
    };
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
    return onDb(this.db, () => {
      const token = random(32);
      const id = `inv_${random(12)}`;
      const { masterData, ...fields } = input;
      this.statements.insert.run({
        language: 'nl',
        ...fields,
        id,
        tokenHash: hashToken(token),
        masterJson: masterData ? JSON.stringify(masterData) : null,
      });
      return { invitation: this.getSync(input.buyerId, id)!, token };
    });
  }

  /** The invitation a link token belongs to, whatever its state (the caller checks expiry and revocation). */
  async byToken(token: string): Promise<Invitation | undefined> {
    return onDb(this.db, () => {
      if (!INVITATION_TOKEN.test(token)) return undefined;
      const row = (this.statements.byTokenHash.get(hashToken(token)) ??
        this.statements.byAccessHash.get(hashToken(token), new Date().toISOString())) as
        | InvitationRow
        | undefined;
      return row && invitationFromRow(row);
    });
  }

  /** Every buyer's invitations addressed to one (normalised) e-mail address, newest first. */
  async bySupplierEmail(email: string): Promise<Invitation[]> {
    return onDb(this.db, () => {
      return (this.statements.bySupplierEmail.all(email) as InvitationRow[]).map(invitationFromRow);
    });
  }

  /** A buyer's invitation by id; another buyer's is undefined. */
  async get(buyerId: string, id: string): Promise<Invitation | undefined> {
    return onDb(this.db, () => this.getSync(buyerId, id));
  }

  private getSync(buyerId: string, id: string): Invitation | undefined {
    if (!INVITATION_ID.test(id)) return undefined;
    const row = this.statements.byId.get(id, buyerId) as InvitationRow | undefined;
    return row && invitationFromRow(row);
  }

  /** A buyer's invitations, newest first. */
  async list(buyerId: string): Promise<Invitation[]> {
    return onDb(this.db, () => {
      return (this.statements.list.all(buyerId) as InvitationRow[]).map(invitationFromRow);
    });
  }

  /** Revokes an invitation's link (the first revocation time is kept). False when there is no such invitation. */
  async revoke(buyerId: string, id: string, now: string): Promise<boolean> {
    return onDb(this.db, () => {
      if (!this.getSync(buyerId, id)) return false;
      this.statements.revoke.run(now, id, buyerId);
      return true;
    });
  }

  /** Replaces an invitation's link with a new one (the old one stops working) and sets its expiry. */
  async newToken(buyerId: string, id: string, expiresAt: string): Promise<string | undefined> {
    return onDb(this.db, () => {
      const token = random(32);
      const changed = this.statements.newToken.run(hashToken(token), expiresAt, id, buyerId).changes;
      return changed === 1 ? token : undefined;
    });
  }

  /** Records the first time the supplier opened the link. */
  async markOpened(id: string, now: string): Promise<void> {
    return onDb(this.db, () => {
      this.statements.opened.run(now, id);
    });
  }

  /** Stores the supplier's answers. */
  async setInventory(id: string, inventory: Inventory): Promise<void> {
    return onDb(this.db, () => {
      this.statements.inventory.run(JSON.stringify(inventory), id);
    });
  }

  /** Runs `work` in one transaction (a bulk import writes its rows in batches: one commit per batch). */
  inTransaction<T>(work: () => Promise<T>): Promise<T> {
    return inTransaction(this.db, work);
  }

  /** Sets (or, with undefined, clears) the supplier's master data. False when there is no such invitation. */
  async setMasterData(buyerId: string, id: string, masterData: ExpectedSeller | undefined): Promise<boolean> {
    return onDb(this.db, () => {
      const json = masterData ? JSON.stringify(masterData) : null;
      return this.statements.masterData.run(json, id, buyerId).changes === 1;
    });
  }

  /** Records that a run was made through an invitation. */
  async addRun(invitationId: string, runId: string, createdAt: string): Promise<void> {
    return onDb(this.db, () => {
      this.statements.addRun.run(runId, invitationId, createdAt);
    });
  }

  /** The runs made through an invitation, newest first. */
  async runsOf(invitationId: string): Promise<InvitationRun[]> {
    return onDb(this.db, () => {
      return (
        this.statements.runsOf.all(invitationId) as {
          runId: string;
          createdAt: string;
          status: RunStatus | null;
          verdict: Verdict | null;
          finishedAt: string | null;
        }[]
      ).map((row) => ({
        runId: row.runId,
        createdAt: row.createdAt,
        ...(row.status !== null && { status: row.status }),
        ...(row.verdict !== null && { verdict: row.verdict }),
        ...(row.finishedAt !== null && { finishedAt: row.finishedAt }),
      }));
    });
  }

  /** The id of the invitation a run was made through. */
  async invitationOfRun(runId: string): Promise<string | undefined> {
    return onDb(this.db, () => {
      return (this.statements.invitationOfRun.get(runId) as { id: string } | undefined)?.id;
    });
  }

  /** Stores a review. */
  async addReview(review: Omit<Review, 'id'>): Promise<Review> {
    return onDb(this.db, () => {
      const { lastInsertRowid } = this.statements.addReview.run({
        runId: review.runId,
        buyerId: review.buyerId,
        invitationId: review.invitationId ?? null,
        decision: review.decision,
        comment: review.comment ?? null,
        reviewer: review.reviewer,
        createdAt: review.createdAt,
        override: review.override ? 1 : 0,
      });
      return reviewFromRow(this.statements.reviewById.get(lastInsertRowid) as ReviewRow);
    });
  }

  /** A run's reviews, oldest first (the last one counts). */
  async reviewsOfRun(runId: string): Promise<Review[]> {
    return onDb(this.db, () => {
      return (this.statements.reviewsOfRun.all(runId) as ReviewRow[]).map(reviewFromRow);
    });
  }

  /** The reviews of an invitation's runs, oldest first. */
  async reviewsOfInvitation(invitationId: string): Promise<Review[]> {
    return onDb(this.db, () => {
      return (this.statements.reviewsOfInvitation.all(invitationId) as ReviewRow[]).map(reviewFromRow);
    });
  }
}
