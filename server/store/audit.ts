/**
 * The append-only audit log: who (a user's e-mail, an API key's first characters, the command line)
 * did what (an action on an entity: a run's review, a waiver, a profile, an API key, a user), when and
 * why (the reason or comment given). The table refuses UPDATE and DELETE (triggers of migration 10),
 * so an entry once written stays as written. Entries are written in the same transaction as the change
 * they record (`transaction`).
 */
import type { Db } from './database.js';
import { type Sql, toSql } from './sql.js';

/** What an entry is about. */
export const AUDIT_ENTITY_TYPES = ['run', 'waiver', 'profile', 'api_key', 'user'] as const;
/** What an entry is about. */
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** What happened. */
export const AUDIT_ACTIONS = [
  'review.approved',
  'review.rejected',
  'review.override',
  'waiver.created',
  'waiver.removed',
  'profile.created',
  'profile.updated',
  'profile.archived',
  'api_key.created',
  'api_key.revoked',
  'api_key.scopes_changed',
  'user.created',
  'user.disabled',
  'user.password_changed',
] as const;
/** What happened. */
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One entry of the audit log. */
export interface AuditEntry {
  /** Increasing with each entry written. */
  readonly id: number;
  readonly buyerId: string;
  /** When (ISO moment). */
  readonly at: string;
  /** Who: a user's e-mail, `API key pfk_…`, or `command line (…)`. */
  readonly actor: string;
  readonly action: AuditAction;
  readonly entityType: AuditEntityType;
  readonly entityId: string;
  /** Why: the reason or comment given, if any. */
  readonly reason?: string;
  /** Facts of the change (the decision's run, a waiver's check, a profile's version, a key's scopes). */
  readonly data?: Readonly<Record<string, string | number | boolean | null | readonly string[]>>;
}

/** A new entry (the store numbers it). */
export type NewAuditEntry = Omit<AuditEntry, 'id'>;

/** Filters and position of a page of the log (newest first). */
export interface AuditQuery {
  readonly entityType?: AuditEntityType;
  readonly entityId?: string;
  readonly action?: AuditAction;
  /** Entries at or after this moment. */
  readonly from?: string;
  /** Entries before this moment. */
  readonly to?: string;
  /** Entries older than this one (the cursor). */
  readonly beforeId?: number;
  readonly limit: number;
}

interface AuditRow {
  id: number;
  buyer_id: string;
  at: string;
  actor: string;
  action: AuditAction;
  entity_type: AuditEntityType;
  entity_id: string;
  reason: string | null;
  data_json: string | null;
}

const fromRow = (row: AuditRow): AuditEntry => ({
  id: row.id,
  buyerId: row.buyer_id,
  at: row.at,
  actor: row.actor,
  action: row.action,
  entityType: row.entity_type,
  entityId: row.entity_id,
  ...(row.reason !== null && { reason: row.reason }),
  ...(row.data_json !== null && { data: JSON.parse(row.data_json) as AuditEntry['data'] }),
});

/** Data access for the audit log: append and read, nothing else. */
export class AuditStore {
  private readonly sql: Sql;

  constructor(handle: Db | Sql) {
    this.sql = toSql(handle);
  }

  /**
   * Appends an entry; returns it as stored. On PostgreSQL it first takes an advisory lock on the buyer,
   * held until the surrounding transaction ends: a buyer's entries get their ids in the order they are
   * committed, so a reader never sees a later entry while an earlier one is still uncommitted (an id is
   * drawn at insert; without the lock a reader paging by id could pass one that commits late). SQLite
   * runs one write transaction at a time already.
   */
  append(entry: NewAuditEntry): Promise<AuditEntry> {
    return this.sql.transaction(async () => {
      if (this.sql.dialect === 'postgres')
        await this.sql.run('SELECT pg_advisory_xact_lock(7407245, hashtext(?))', [entry.buyerId]);
      return this.insert(entry);
    });
  }

  private async insert(entry: NewAuditEntry): Promise<AuditEntry> {
    const row = await this.sql.get<AuditRow>(
      `INSERT INTO audit_log (buyer_id, at, actor, action, entity_type, entity_id, reason, data_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
      [
        entry.buyerId,
        entry.at,
        entry.actor,
        entry.action,
        entry.entityType,
        entry.entityId,
        entry.reason ?? null,
        entry.data === undefined ? null : JSON.stringify(entry.data),
      ],
    );
    return fromRow(row!);
  }

  /**
   * Runs `change` and the entries it appends in one transaction: both are stored or neither (a nested
   * call joins the outer transaction).
   */
  transaction<T>(change: () => Promise<T>): Promise<T> {
    return this.sql.transaction(change);
  }

  /** A page of a buyer's log, newest first. */
  async list(buyerId: string, query: AuditQuery): Promise<AuditEntry[]> {
    const where = ['buyer_id = ?'];
    const params: unknown[] = [buyerId];
    const filter = (condition: string, value: unknown): void => {
      if (value === undefined) return;
      where.push(condition);
      params.push(value);
    };
    filter('entity_type = ?', query.entityType);
    filter('entity_id = ?', query.entityId);
    filter('action = ?', query.action);
    filter('at >= ?', query.from);
    filter('at < ?', query.to);
    filter('id < ?', query.beforeId);
    params.push(query.limit);
    const rows = await this.sql.all<AuditRow>(
      `SELECT * FROM audit_log WHERE ${where.join(' AND ')} ORDER BY id DESC LIMIT ?`,
      params,
    );
    return rows.map(fromRow);
  }
}
