/**
 * The outbox: every e-mail the server sends (verdict replies, invitations, reminders, notices), with
 * its delivery state. With a relay (`SMTP_RELAY_URL`) a message is `pending` until it is sent, retried
 * with back-off, and `failed` (with its error) when it is given up; without one it is `held`: kept here
 * for the buyer's outbox page, so the default start needs no mail server. Also the notices that go out
 * once per subject (`mail_notices`), so a reminder or a run's notice is never sent twice, also not
 * after a restart.
 */
import { randomBytes } from 'node:crypto';
import { LANGS, type Lang } from '../../engine/model/finding.js';
import type { Db } from './database.js';
import { type Sql, toSql } from './sql.js';

/** Where a message stands: `held` (no relay: shown in the outbox), `pending`, `sent`, `failed`. */
export type OutboxStatus = 'held' | 'pending' | 'sent' | 'failed';

/** What a message is about. */
export type MailKind =
  | 'verdict-reply'
  | 'invitation'
  | 'invitation-reminder'
  | 'invitation-approved'
  | 'invitation-rejected'
  | 'buyer-sample-passed'
  | 'buyer-sample-awaiting'
  | (string & {});

/** A message as stored. */
export interface OutboxMessage {
  readonly id: string;
  /** The buyer on whose behalf it is sent (whose outbox shows it); absent for a run without a buyer. */
  readonly buyerId?: string;
  readonly kind: MailKind;
  readonly to: string;
  readonly from: string;
  readonly subject: string;
  /** The plain-text body. */
  readonly text: string;
  /** The `Message-ID` header (with its angle brackets), fixed when the message is made, kept across retries. */
  readonly messageId: string;
  readonly inReplyTo?: string;
  /** The `References` header. */
  readonly references?: string;
  readonly language: Lang;
  readonly status: OutboxStatus;
  /** Delivery attempts so far. */
  readonly attempts: number;
  /** When a pending message is tried (again). */
  readonly nextAttemptAt?: string;
  /** The last attempt's error (also on a pending message that waits for its retry). */
  readonly lastError?: string;
  readonly createdAt: string;
  readonly sentAt?: string;
}

/** A message to store. */
export type NewOutboxMessage = Omit<
  OutboxMessage,
  'id' | 'attempts' | 'sentAt' | 'status' | 'nextAttemptAt' | 'lastError'
> & {
  readonly status: OutboxStatus;
  readonly nextAttemptAt?: string;
  readonly lastError?: string;
};

/** Shape of outbox message ids. */
export const OUTBOX_ID = /^msg_[A-Za-z0-9_-]{16}$/;

interface Row {
  id: string;
  buyer_id: string | null;
  kind: string;
  to_address: string;
  from_address: string;
  subject: string;
  text_body: string;
  message_id: string;
  in_reply_to: string | null;
  refs: string | null;
  language: string;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

const fromRow = (row: Row): OutboxMessage => ({
  id: row.id,
  ...(row.buyer_id !== null && { buyerId: row.buyer_id }),
  kind: row.kind,
  to: row.to_address,
  from: row.from_address,
  subject: row.subject,
  text: row.text_body,
  messageId: row.message_id,
  ...(row.in_reply_to !== null && { inReplyTo: row.in_reply_to }),
  ...(row.refs !== null && { references: row.refs }),
  language: (LANGS as readonly string[]).includes(row.language) ? (row.language as Lang) : 'nl',
  status: row.status,
  attempts: row.attempts,
  ...(row.next_attempt_at !== null && { nextAttemptAt: row.next_attempt_at }),
  ...(row.last_error !== null && { lastError: row.last_error }),
  createdAt: row.created_at,
  ...(row.sent_at !== null && { sentAt: row.sent_at }),
});

/** An invitation that is due for its reminder. */
export interface DueReminder {
  readonly invitationId: string;
  readonly buyerId: string;
}

/** Data access for the outbox and the once-only notices. */
export class OutboxStore {
  private readonly sql: Sql;

  constructor(handle: Db | Sql) {
    this.sql = toSql(handle);
  }

  /** Stores a message; returns it with its id. */
  async insert(message: NewOutboxMessage): Promise<OutboxMessage> {
    const id = `msg_${randomBytes(12).toString('base64url')}`;
    const row = await this.sql.get<Row>(
      `INSERT INTO outbox (id, buyer_id, kind, to_address, from_address, subject, text_body, message_id,
         in_reply_to, refs, language, status, next_attempt_at, last_error, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
      [
        id,
        message.buyerId ?? null,
        message.kind,
        message.to,
        message.from,
        message.subject,
        message.text,
        message.messageId,
        message.inReplyTo ?? null,
        message.references ?? null,
        message.language,
        message.status,
        message.nextAttemptAt ?? null,
        message.lastError ?? null,
        message.createdAt,
      ],
    );
    return fromRow(row!);
  }

  /** A message by id, whoever it belongs to (for the sender). */
  async byId(id: string): Promise<OutboxMessage | undefined> {
    const row = await this.sql.get<Row>('SELECT * FROM outbox WHERE id = ?', [id]);
    return row && fromRow(row);
  }

  /** A buyer's message; another buyer's is undefined. */
  async get(buyerId: string, id: string): Promise<OutboxMessage | undefined> {
    if (!OUTBOX_ID.test(id)) return undefined;
    const message = await this.byId(id);
    return message?.buyerId === buyerId ? message : undefined;
  }

  /** Messages waiting to be sent (the queue's length). */
  async pendingCount(): Promise<number> {
    const row = await this.sql.get<{ n: number }>(
      "SELECT COUNT(*) AS n FROM outbox WHERE status = 'pending'",
    );
    return Number(row?.n ?? 0);
  }

  /** Pending messages whose time has come, oldest first. */
  async due(now: string, limit: number): Promise<OutboxMessage[]> {
    return (
      await this.sql.all<Row>(
        `SELECT * FROM outbox WHERE status = 'pending' AND next_attempt_at <= ?
         ORDER BY next_attempt_at, rowid LIMIT ?`,
        [now, limit],
      )
    ).map(fromRow);
  }

  /** When the next pending message is due, if any. */
  async nextDueAt(): Promise<string | undefined> {
    const row = await this.sql.get<{ at: string | null }>(
      "SELECT MIN(next_attempt_at) AS at FROM outbox WHERE status = 'pending'",
    );
    return row?.at ?? undefined;
  }

  /**
   * Takes a due message for one sending attempt: a compare-and-set on the `next_attempt_at` that was
   * read, moved to `leaseUntil`, so of several processes that read it exactly one sends it (and a
   * sender that dies leaves it due again at `leaseUntil`).
   */
  async lease(id: string, seenNextAttemptAt: string, leaseUntil: string): Promise<boolean> {
    const { changes } = await this.sql.run(
      `UPDATE outbox SET next_attempt_at = ? WHERE id = ? AND status = 'pending' AND next_attempt_at = ?`,
      [leaseUntil, id, seenNextAttemptAt],
    );
    return changes > 0;
  }

  /** Records a delivered message. */
  async markSent(id: string, at: string): Promise<void> {
    await this.sql.run(
      "UPDATE outbox SET status = 'sent', attempts = attempts + 1, sent_at = ?, next_attempt_at = NULL, last_error = NULL WHERE id = ?",
      [at, id],
    );
  }

  /** Records a failed attempt that will be retried at `nextAttemptAt`. */
  async markRetry(id: string, nextAttemptAt: string, error: string): Promise<void> {
    await this.sql.run(
      'UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?',
      [nextAttemptAt, error, id],
    );
  }

  /** Records that a message was given up. */
  async markFailed(id: string, error: string): Promise<void> {
    await this.sql.run(
      "UPDATE outbox SET status = 'failed', attempts = attempts + 1, next_attempt_at = NULL, last_error = ? WHERE id = ?",
      [error, id],
    );
  }

  /** A buyer's messages, newest first, after a cursor position. */
  async list(query: {
    buyerId: string;
    status?: OutboxStatus;
    after?: { createdAt: string; id: string };
    limit: number;
  }): Promise<OutboxMessage[]> {
    const status = query.status ?? null;
    const afterCreatedAt = query.after?.createdAt ?? null;
    const afterId = query.after?.id ?? null;
    return (
      await this.sql.all<Row>(
        `SELECT * FROM outbox WHERE buyer_id = ?
           AND (CAST(? AS TEXT) IS NULL OR status = ?)
           AND (CAST(? AS TEXT) IS NULL OR (created_at, id) < (CAST(? AS TEXT), CAST(? AS TEXT)))
         ORDER BY created_at DESC, id DESC LIMIT ?`,
        [query.buyerId, status, status, afterCreatedAt, afterCreatedAt, afterId, query.limit],
      )
    ).map(fromRow);
  }

  /**
   * Claims a once-only notice (`kind` about `subjectId`): true the first time, false ever after. Run
   * it in {@link transaction} with the message it stands for, so the two are stored together or not at all.
   */
  async claimNotice(
    kind: string,
    subjectId: string,
    now: string,
    extra: { language?: Lang; data?: string } = {},
  ): Promise<boolean> {
    // The primary key (kind, subject_id) decides: of two concurrent claims exactly one inserts (on
    // PostgreSQL the second waits for the first's transaction and then does nothing).
    const { changes } = await this.sql.run(
      `INSERT INTO mail_notices (kind, subject_id, language, data, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT DO NOTHING`,
      [kind, subjectId, extra.language ?? null, extra.data ?? null, now],
    );
    return changes === 1;
  }

  /** Whether a notice was claimed, with the language and data it was recorded with. */
  async notice(kind: string, subjectId: string): Promise<{ language?: Lang; data?: string } | undefined> {
    const row = await this.sql.get<{ language: string | null; data: string | null }>(
      'SELECT language, data FROM mail_notices WHERE kind = ? AND subject_id = ?',
      [kind, subjectId],
    );
    if (!row) return undefined;
    return {
      ...((LANGS as readonly unknown[]).includes(row.language) && { language: row.language as Lang }),
      ...(row.data !== null && { data: row.data }),
    };
  }

  /**
   * Live invitations created at or before `createdBefore` whose invitation went out by e-mail, through
   * which nothing was tested, and whose reminder has not been sent.
   */
  async dueReminders(createdBefore: string, now: string, limit = 100): Promise<DueReminder[]> {
    return this.sql.all<DueReminder>(
      `SELECT i.id AS "invitationId", i.buyer_id AS "buyerId" FROM invitations i
       WHERE i.created_at <= ? AND i.revoked_at IS NULL AND i.expires_at > ?
         AND EXISTS (SELECT 1 FROM mail_notices n WHERE n.kind = 'invitation' AND n.subject_id = i.id)
         AND NOT EXISTS (SELECT 1 FROM invitation_runs r WHERE r.invitation_id = i.id)
         AND NOT EXISTS (SELECT 1 FROM mail_notices n
                         WHERE n.kind = 'invitation-reminder' AND n.subject_id = i.id)
       ORDER BY i.created_at, i.rowid LIMIT ?`,
      [createdBefore, now, limit],
    );
  }

  /**
   * Forgets the link tokens kept for reminders and notices of invitations that were revoked or have
   * expired (a token is only kept while its link works). Returns how many were forgotten.
   */
  async forgetDeadTokens(now: string): Promise<number> {
    return (
      await this.sql.run(
        `UPDATE mail_notices SET data = NULL WHERE kind = 'invitation' AND data IS NOT NULL
           AND subject_id IN (SELECT id FROM invitations WHERE revoked_at IS NOT NULL OR expires_at <= ?)`,
        [now],
      )
    ).changes;
  }

  /** Runs `fn` in one transaction. */
  transaction<T>(fn: () => Promise<T>): Promise<T> {
    return this.sql.transaction(fn);
  }
}
