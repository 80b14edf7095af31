/**
 * The e-mail messages behind runs: for each run of an e-mail message, when the runs of its PDFs were
 * started (once, even across a restart) and, for a message received by SMTP, what an answer by e-mail
 * needs (address, subject, message id, language) and when it was sent (once).
 */
import type { Lang } from '../../engine/model/finding.js';
import type { Db } from './database.js';
import { type Sql, toSql } from './sql.js';

/** One message as stored. */
export interface MailMessageRecord {
  readonly runId: string;
  readonly invitationId?: string;
  /** Where the answer goes (the SMTP envelope sender); absent for an uploaded `.eml`: no answer by e-mail. */
  readonly replyTo?: string;
  /** The message's `Message-ID`, for the answer's `In-Reply-To`. */
  readonly inReplyTo?: string;
  readonly subject?: string;
  /** The invitation token the message was sent to (its address's local part), for the answer's link to the supplier's page. */
  readonly replyToken?: string;
  readonly language: Lang;
  readonly childrenStartedAt?: string;
  readonly repliedAt?: string;
  readonly createdAt: string;
}

interface Row {
  run_id: string;
  invitation_id: string | null;
  reply_to: string | null;
  in_reply_to: string | null;
  subject: string | null;
  reply_token: string | null;
  language: Lang;
  children_started_at: string | null;
  replied_at: string | null;
  created_at: string;
}

const fromRow = (row: Row): MailMessageRecord => ({
  runId: row.run_id,
  ...(row.invitation_id !== null && { invitationId: row.invitation_id }),
  ...(row.reply_to !== null && { replyTo: row.reply_to }),
  ...(row.in_reply_to !== null && { inReplyTo: row.in_reply_to }),
  ...(row.subject !== null && { subject: row.subject }),
  ...(row.reply_token !== null && { replyToken: row.reply_token }),
  language: row.language,
  ...(row.children_started_at !== null && { childrenStartedAt: row.children_started_at }),
  ...(row.replied_at !== null && { repliedAt: row.replied_at }),
  createdAt: row.created_at,
});

/** Data access for `mail_messages`, on SQLite or PostgreSQL. */
export class MailMessageStore {
  private readonly sql: Sql;

  constructor(handle: Db | Sql) {
    this.sql = toSql(handle);
  }

  /** Records a message (once: a second call for the same run keeps the first). */
  async insert(message: Omit<MailMessageRecord, 'childrenStartedAt' | 'repliedAt'>): Promise<void> {
    // The primary key (run_id) decides: a second insert does nothing, on both backends.
    await this.sql.run(
      `INSERT INTO mail_messages (run_id, invitation_id, reply_to, in_reply_to, subject, reply_token, language, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT DO NOTHING`,
      [
        message.runId,
        message.invitationId ?? null,
        message.replyTo ?? null,
        message.inReplyTo ?? null,
        message.subject ?? null,
        message.replyToken ?? null,
        message.language,
        message.createdAt,
      ],
    );
  }

  async get(runId: string): Promise<MailMessageRecord | undefined> {
    const row = await this.sql.get<Row>('SELECT * FROM mail_messages WHERE run_id = ?', [runId]);
    return row && fromRow(row);
  }

  /** Marks the PDFs' runs started; false when they were marked before (someone else started them). */
  async markChildrenStarted(runId: string, now: string): Promise<boolean> {
    // One conditional UPDATE: of concurrent callers exactly one changes the row.
    const result = await this.sql.run(
      'UPDATE mail_messages SET children_started_at = ? WHERE run_id = ? AND children_started_at IS NULL',
      [now, runId],
    );
    return result.changes === 1;
  }

  /** Marks the answer sent; false when it was marked before (it is sent once). */
  async markReplied(runId: string, now: string): Promise<boolean> {
    // One conditional UPDATE: of concurrent callers exactly one changes the row.
    const result = await this.sql.run(
      'UPDATE mail_messages SET replied_at = ? WHERE run_id = ? AND replied_at IS NULL',
      [now, runId],
    );
    return result.changes === 1;
  }

  /** Finished message runs whose PDFs' runs were never started (the process stopped in between). */
  async waitingForChildren(): Promise<string[]> {
    const rows = await this.sql.all<{ id: string }>(
      `SELECT r.id FROM runs r LEFT JOIN mail_messages m ON m.run_id = r.id
       WHERE r.file_kind = 'email' AND r.parent_run_id IS NULL AND r.erased_at IS NULL
         AND r.status IN ('completed', 'failed', 'timed_out') AND m.children_started_at IS NULL
       ORDER BY r.created_at, r.rowid LIMIT 100`,
    );
    return rows.map((row) => row.id);
  }
}
