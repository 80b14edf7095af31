/**
 * Waivers: a buyer waives one check for one supplier (invitation), with a reason and an optional
 * expiry. Removing a waiver keeps its row (when and by whom), so the history stays readable.
 */
import { onDb } from './turns.js';
import { randomBytes } from 'node:crypto';
import type { Db } from './database.js';

/** A waiver as stored. */
export interface Waiver {
  readonly id: string;
  readonly buyerId: string;
  readonly invitationId: string;
  readonly checkId: string;
  readonly reason: string;
  /** When it stops applying (ISO moment); absent: until removed. */
  readonly until?: string;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly removedAt?: string;
  readonly removedBy?: string;
}

/** Shape of waiver ids. */
export const WAIVER_ID = /^wvr_[A-Za-z0-9_-]{16}$/;

interface WaiverRow {
  id: string;
  buyer_id: string;
  invitation_id: string;
  check_id: string;
  reason: string;
  until: string | null;
  created_by: string;
  created_at: string;
  removed_at: string | null;
  removed_by: string | null;
}

const fromRow = (row: WaiverRow): Waiver => ({
  id: row.id,
  buyerId: row.buyer_id,
  invitationId: row.invitation_id,
  checkId: row.check_id,
  reason: row.reason,
  ...(row.until !== null && { until: row.until }),
  createdBy: row.created_by,
  createdAt: row.created_at,
  ...(row.removed_at !== null && { removedAt: row.removed_at }),
  ...(row.removed_by !== null && { removedBy: row.removed_by }),
});

/** Data access for waivers. */
export class WaiverStore {
  private readonly statements;

  constructor(private readonly db: Db) {
    this.statements = {
      insert: db.prepare(
        `INSERT INTO waivers (id, buyer_id, invitation_id, check_id, reason, until, created_by, created_at)
         VALUES (@id, @buyerId, @invitationId, @checkId, @reason, @until, @createdBy, @createdAt)`,
      ),
      get: db.prepare('SELECT * FROM waivers WHERE id = ? AND buyer_id = ?'),
      ofInvitation: db.prepare('SELECT * FROM waivers WHERE invitation_id = ? ORDER BY created_at, rowid'),
      current: db.prepare(
        'SELECT * FROM waivers WHERE invitation_id = ? AND removed_at IS NULL ORDER BY created_at, rowid',
      ),
      remove: db.prepare(
        'UPDATE waivers SET removed_at = ?, removed_by = ? WHERE id = ? AND buyer_id = ? AND removed_at IS NULL',
      ),
    };
  }

  /** Stores a new waiver. */
  async create(input: Omit<Waiver, 'id' | 'removedAt' | 'removedBy'>): Promise<Waiver> {
    return onDb(this.db, () => {
      const id = `wvr_${randomBytes(12).toString('base64url')}`;
      this.statements.insert.run({ ...input, until: input.until ?? null, id });
      return this.getSync(input.buyerId, id)!;
    });
  }

  /** A buyer's waiver by id; another buyer's is undefined. */
  async get(buyerId: string, id: string): Promise<Waiver | undefined> {
    return onDb(this.db, () => this.getSync(buyerId, id));
  }

  private getSync(buyerId: string, id: string): Waiver | undefined {
    if (!WAIVER_ID.test(id)) return undefined;
    const row = this.statements.get.get(id, buyerId) as WaiverRow | undefined;
    return row && fromRow(row);
  }

  /** Every waiver of an invitation, removed ones too, oldest first. */
  async ofInvitation(invitationId: string): Promise<Waiver[]> {
    return onDb(this.db, () => {
      return (this.statements.ofInvitation.all(invitationId) as WaiverRow[]).map(fromRow);
    });
  }

  /** The waivers of an invitation not removed (expired ones included: the caller decides). */
  async current(invitationId: string): Promise<Waiver[]> {
    return onDb(this.db, () => {
      return (this.statements.current.all(invitationId) as WaiverRow[]).map(fromRow);
    });
  }

  /** Marks a waiver removed; false when it was already removed or is not the buyer's. */
  async remove(buyerId: string, id: string, at: string, by: string): Promise<boolean> {
    return onDb(this.db, () => {
      return this.statements.remove.run(at, by, id, buyerId).changes === 1;
    });
  }
}
