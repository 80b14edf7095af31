/**
 * The outbox: every e-mail the server sends (verdict replies, invitations, reminders, notices), with
 * its delivery state. With a relay (`SMTP_RELAY_URL`) a message is `pending` until it is sent, retried
 * with back-off, and `failed` (with its error) when it is given up; without one it is `held`: kept here
 * for the buyer's outbox page, so the default start needs no mail server. Also the notices that go out
 * once per subject (`mail_notices`), so a reminder or a run's notice is never sent twice, also not
 * after a restart.
 */
import { inTransaction, onDb } from './turns.js';
import { randomBytes } from 'node:crypto';
import { LANGS, type Lang } from '../../engine/model/finding.js';
import type { Db } from './database.js';

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
  private readonly statements;

  constructor(private readonly db: Db) {
    this.statements = {
      insert: db.prepare(
        `INSERT INTO outbox (id, buyer_id, kind, to_address, from_address, subject, text_body, message_id,
           in_reply_to, refs, language, status, next_attempt_at, last_error, created_at)
         VALUES (@id, @buyerId, @kind, @to, @from, @subject, @text, @messageId, @inReplyTo, @references,
           @language, @status, @nextAttemptAt, @lastError, @createdAt)`,
      ),
      byId: db.prepare('SELECT * FROM outbox WHERE id = ?'),
      pendingCount: db.prepare("SELECT COUNT(*) AS n FROM outbox WHERE status = 'pending'"),
      due: db.prepare(
        `SELECT * FROM outbox WHERE status = 'pending' AND next_attempt_at <= ?
         ORDER BY next_attempt_at, rowid LIMIT ?`,
      ),
      nextDue: db.prepare("SELECT MIN(next_attempt_at) AS at FROM outbox WHERE status = 'pending'"),
      sent: db.prepare(
        "UPDATE outbox SET status = 'sent', attempts = attempts + 1, sent_at = ?, next_attempt_at = NULL, last_error = NULL WHERE id = ?",
      ),
      retry: db.prepare(
        'UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?',
      ),
      failed: db.prepare(
        "UPDATE outbox SET status = 'failed', attempts = attempts + 1, next_attempt_at = NULL, last_error = ? WHERE id = ?",
      ),
      list: db.prepare(
        `SELECT * FROM outbox WHERE buyer_id = @buyerId
           AND (@status IS NULL OR status = @status)
           AND (@afterCreatedAt IS NULL OR (created_at, id) < (@afterCreatedAt, @afterId))
         ORDER BY created_at DESC, id DESC LIMIT @limit`,
      ),
      claimNotice: db.prepare(
        'INSERT OR IGNORE INTO mail_notices (kind, subject_id, language, data, created_at) VALUES (?, ?, ?, ?, ?)',
      ),
      notice: db.prepare('SELECT language, data FROM mail_notices WHERE kind = ? AND subject_id = ?'),
      dueReminders: db.prepare(
        `SELECT i.id AS invitationId, i.buyer_id AS buyerId FROM invitations i
         WHERE i.created_at <= @createdBefore AND i.revoked_at IS NULL AND i.expires_at > @now
           AND EXISTS (SELECT 1 FROM mail_notices n WHERE n.kind = 'invitation' AND n.subject_id = i.id)
           AND NOT EXISTS (SELECT 1 FROM invitation_runs r WHERE r.invitation_id = i.id)
           AND NOT EXISTS (SELECT 1 FROM mail_notices n
                           WHERE n.kind = 'invitation-reminder' AND n.subject_id = i.id)
         ORDER BY i.created_at LIMIT @limit`,
      ),
      forgetTokens: db.prepare(
        `UPDATE mail_notices SET data = NULL WHERE kind = 'invitation' AND data IS NOT NULL
           AND subject_id IN (SELECT id FROM invitations WHERE revoked_at IS NOT NULL OR expires_at <= ?)`,
      ),
    };
  }

  /** Stores a message; returns it with its id. */
  async insert(message: NewOutboxMessage): Promise<OutboxMessage> {
    return onDb(this.db, () => {
      const id = `msg_${randomBytes(12).toString('base64url')}`;
      this.statements.insert.run({
        id,
        buyerId: message.buyerId ?? null,
        kind: message.kind,
        to: message.to,
        from: message.from,
        subject: message.subject,
        text: message.text,
        messageId: message.messageId,
        inReplyTo: message.inReplyTo ?? null,
        references: message.references ?? null,
        language: message.language,
        status: message.status,
        nextAttemptAt: message.nextAttemptAt ?? null,
        lastError: message.lastError ?? null,
        createdAt: message.createdAt,
      });
      return this.byIdSync(id)!;
    });
  }

  /** A message by id, whoever it belongs to (for the sender). */
  async byId(id: string): Promise<OutboxMessage | undefined> {
    return onDb(this.db, () => this.byIdSync(id));
  }

  private byIdSync(id: string): OutboxMessage | undefined {
    const row = this.statements.byId.get(id) as Row | undefined;
    return row && fromRow(row);
  }

  /** A buyer's message; another buyer's is undefined. */
  async get(buyerId: string, id: string): Promise<OutboxMessage | undefined> {
    return onDb(this.db, () => {
      if (!OUTBOX_ID.test(id)) return undefined;
      const message = this.byIdSync(id);
      return message?.buyerId === buyerId ? message : undefined;
    });
  }

  /** Messages waiting to be sent (the queue's length). */
  async pendingCount(): Promise<number> {
    return onDb(this.db, () => {
      return (this.statements.pendingCount.get() as { n: number }).n;
    });
  }

  /** Pending messages whose time has come, oldest first. */
  async due(now: string, limit: number): Promise<OutboxMessage[]> {
    return onDb(this.db, () => {
      return (this.statements.due.all(now, limit) as Row[]).map(fromRow);
    });
  }

  /** When the next pending message is due, if any. */
  async nextDueAt(): Promise<string | undefined> {
    return onDb(this.db, () => {
      return (this.statements.nextDue.get() as { at: string | null }).at ?? undefined;
    });
  }

  /** Records a delivered message. */
  async markSent(id: string, at: string): Promise<void> {
    return onDb(this.db, () => {
      this.statements.sent.run(at, id);
    });
  }

  /** Records a failed attempt that will be retried at `nextAttemptAt`. */
  async markRetry(id: string, nextAttemptAt: string, error: string): Promise<void> {
    return onDb(this.db, () => {
      this.statements.retry.run(nextAttemptAt, error, id);
    });
  }

  /** Records that a message was given up. */
  async markFailed(id: string, error: string): Promise<void> {
    return onDb(this.db, () => {
      this.statements.failed.run(error, id);
    });
  }

  /** A buyer's messages, newest first, after a cursor position. */
  async list(query: {
    buyerId: string;
    status?: OutboxStatus;
    after?: { createdAt: string; id: string };
    limit: number;
  }): Promise<OutboxMessage[]> {
    return onDb(this.db, () => {
      return (
        this.statements.list.all({
          buyerId: query.buyerId,
          status: query.status ?? null,
          afterCreatedAt: query.after?.createdAt ?? null,
          afterId: query.after?.id ?? null,
          limit: query.limit,
        }) as Row[]
      ).map(fromRow);
    });
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
    return onDb(this.db, () => {
      return (
        this.statements.claimNotice.run(kind, subjectId, extra.language ?? null, extra.data ?? null, now)
          .changes === 1
      );
    });
  }

  /** Whether a notice was claimed, with the language and data it was recorded with. */
  async notice(kind: string, subjectId: string): Promise<{ language?: Lang; data?: string } | undefined> {
    return onDb(this.db, () => {
      const row = this.statements.notice.get(kind, subjectId) as
        | { language: string | null; data: string | null }
        | undefined;
      if (!row) return undefined;
      return {
        ...((LANGS as readonly unknown[]).includes(row.language) && { language: row.language as Lang }),
        ...(row.data !== null && { data: row.data }),
      };
    });
  }

  /**
   * Live invitations created at or before `createdBefore` whose invitation went out by e-mail, through
   * which nothing was tested, and whose reminder has not been sent.
   */
  async dueReminders(createdBefore: string, now: string, limit = 100): Promise<DueReminder[]> {
    return onDb(this.db, () => {
      return this.statements.dueReminders.all({ createdBefore, now, limit }) as DueReminder[];
    });
  }

  /**
   * Forgets the link tokens kept for reminders and notices of invitations that were revoked or have
   * expired (a token is only kept while its link works). Returns how many were forgotten.
   */
  async forgetDeadTokens(now: string): Promise<number> {
    return onDb(this.db, () => {
      return this.statements.forgetTokens.run(now).changes;
    });
  }

  /** Runs `fn` in one transaction. */
  transaction<T>(fn: () => Promise<T>): Promise<T> {
    return inTransaction(this.db, fn);
  }
}
