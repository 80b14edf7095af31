/**
 * Run sets: one file checked against several profiles (a buyer or integrator, `POST /api/run-sets`)
 * or several invitations (a signed-in supplier). A set is owned by a buyer, by a supplier's e-mail
 * address, or by nobody (presets only, read by its unguessable id, like a run).
 */
import { randomBytes } from 'node:crypto';
import type { Db } from './database.js';
import { type Sql, toSql } from './sql.js';

/** One run of a set, in the order it was asked for. */
export interface RunSetEntry {
  readonly runId: string;
  /** The invitation the run was made through (supplier sets). */
  readonly invitationId?: string;
}

/** A run set as stored. */
export interface RunSet {
  readonly id: string;
  readonly buyerId?: string;
  readonly supplierEmail?: string;
  readonly fileName?: string;
  readonly fileSha256: string;
  readonly createdAt: string;
  readonly entries: readonly RunSetEntry[];
}

/** Shape of run set ids. */
export const RUN_SET_ID = /^set_[A-Za-z0-9_-]{22}$/;

interface SetRow {
  id: string;
  buyer_id: string | null;
  supplier_email: string | null;
  file_name: string | null;
  file_sha256: string;
  created_at: string;
}

/** Data access for run sets, on SQLite or PostgreSQL. */
export class RunSetStore {
  private readonly sql: Sql;

  constructor(handle: Db | Sql) {
    this.sql = toSql(handle);
  }

  /** Stores a set with its runs (in one transaction: the set is there with all its runs or not at all). */
  async create(input: Omit<RunSet, 'id'>): Promise<RunSet> {
    const id = `set_${randomBytes(16).toString('base64url')}`;
    return this.sql.transaction(async () => {
      await this.sql.run(
        `INSERT INTO run_sets (id, buyer_id, supplier_email, file_name, file_sha256, created_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
        [
          id,
          input.buyerId ?? null,
          input.supplierEmail ?? null,
          input.fileName ?? null,
          input.fileSha256,
          input.createdAt,
        ],
      );
      for (const [position, entry] of input.entries.entries())
        await this.sql.run(
          'INSERT INTO run_set_runs (set_id, position, run_id, invitation_id) VALUES (?, ?, ?, ?)',
          [id, position, entry.runId, entry.invitationId ?? null],
        );
      return (await this.get(id))!;
    });
  }

  /** A set by id. */
  async get(id: string): Promise<RunSet | undefined> {
    if (!RUN_SET_ID.test(id)) return undefined;
    const row = await this.sql.get<SetRow>('SELECT * FROM run_sets WHERE id = ?', [id]);
    if (!row) return undefined;
    const entries = (
      await this.sql.all<{ run_id: string; invitation_id: string | null }>(
        'SELECT run_id, invitation_id FROM run_set_runs WHERE set_id = ? ORDER BY position',
        [id],
      )
    ).map((e) => ({ runId: e.run_id, ...(e.invitation_id !== null && { invitationId: e.invitation_id }) }));
    return {
      id: row.id,
      ...(row.buyer_id !== null && { buyerId: row.buyer_id }),
      ...(row.supplier_email !== null && { supplierEmail: row.supplier_email }),
      ...(row.file_name !== null && { fileName: row.file_name }),
      fileSha256: row.file_sha256,
      createdAt: row.created_at,
      entries,
    };
  }
}
