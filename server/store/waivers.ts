/**
 * Waivers: a buyer waives one check for one supplier (invitation), with a reason and an optional
 * expiry. Removing a waiver keeps its row (when and by whom), so the history stays readable.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from './database.js';
import { type Sql, toSql } from './sql.js';

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
  private readonly sql: Sql;

  constructor(handle: Db | Sql) {
    this.sql = toSql(handle);
  }

  /** Stores a new waiver. */
  async create(input: Omit<Waiver, 'id' | 'removedAt' | 'removedBy'>): Promise<Waiver> {
    const id = `wvr_${randomBytes(12).toString('base64url')}`;
    const row = await this.sql.get<WaiverRow>(
      `INSERT INTO waivers (id, buyer_id, invitation_id, check_id, reason, until, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
      [
        id,
        input.buyerId,
        input.invitationId,
        input.checkId,
        input.reason,
        input.until ?? null,
        input.createdBy,
        input.createdAt,
      ],
    );
    return fromRow(row!);
  }

  /** A buyer's waiver by id; another buyer's is undefined. */
  async get(buyerId: string, id: string): Promise<Waiver | undefined> {
    if (!WAIVER_ID.test(id)) return undefined;
    const row = await this.sql.get<WaiverRow>('SELECT * FROM waivers WHERE id = ? AND buyer_id = ?', [
      id,
      buyerId,
    ]);
    return row && fromRow(row);
  }

  /** Every waiver of an invitation, removed ones too, oldest first. */
  async ofInvitation(invitationId: string): Promise<Waiver[]> {
    const rows = await this.sql.all<WaiverRow>(
      'SELECT * FROM waivers WHERE invitation_id = ? ORDER BY created_at, rowid',
      [invitationId],
    );
    return rows.map(fromRow);
  }

  /** The waivers of an invitation not removed (expired ones included: the caller decides). */
  async current(invitationId: string): Promise<Waiver[]> {
    const rows = await this.sql.all<WaiverRow>(
      'SELECT * FROM waivers WHERE invitation_id = ? AND removed_at IS NULL ORDER BY created_at, rowid',
      [invitationId],
    );
    return rows.map(fromRow);
  }

  /** Marks a waiver removed; false when it was already removed or is not the buyer's. */
  async remove(buyerId: string, id: string, at: string, by: string): Promise<boolean> {
    // One conditional UPDATE: of two concurrent removals exactly one matches `removed_at IS NULL`.
    const { changes } = await this.sql.run(
      'UPDATE waivers SET removed_at = ?, removed_by = ? WHERE id = ? AND buyer_id = ? AND removed_at IS NULL',
      [at, by, id, buyerId],
    );
    return changes === 1;
  }
}
