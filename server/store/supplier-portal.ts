/**
 * The supplier portal's data: one-time sign-in links sent by e-mail, suppliers' browser sessions, and
 * the links a signed-in supplier opens one of its invitations' pages with. Every secret (link token,
 * session id) is 256 random bits given out once; only its SHA-256 is stored, so a copy of the database
 * signs nobody in.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from './database.js';
import { type Sql, toSql } from './sql.js';

/** A supplier's browser session, as stored (never its id). */
export interface SupplierSession {
  /** The (normalised) e-mail address the supplier signed in with. */
  readonly email: string;
  /** Sent back by the page in `X-CSRF-Token` on state-changing requests. */
  readonly csrfToken: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

/** What became of a sign-in link a supplier followed. */
export type SignInRedemption =
  | { readonly email: string }
  | { readonly refused: 'unknown' | 'used' | 'expired' };

const random = (bytes: number): string => randomBytes(bytes).toString('base64url');
const hash = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** Shape of a sign-in link token and a session id: 43 base64url characters. */
export const PORTAL_SECRET = /^[A-Za-z0-9_-]{43}$/;

interface SessionRow {
  email: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

/** Data access for sign-in links, supplier sessions and access links. */
export class SupplierPortalStore {
  private readonly sql: Sql;

  constructor(handle: Db | Sql) {
    this.sql = toSql(handle);
  }

  /** Stores a new sign-in link for `email`; returns its token (shown once, in the e-mail). */
  async createSignInLink(email: string, createdAt: string, expiresAt: string): Promise<string> {
    const token = random(32);
    // Pruning expired links is housekeeping, independent of the new link: no transaction needed.
    await this.sql.run('DELETE FROM supplier_sign_in_links WHERE expires_at < ?', [createdAt]);
    await this.sql.run(
      'INSERT INTO supplier_sign_in_links (token_hash, email, created_at, expires_at) VALUES (?, ?, ?, ?)',
      [hash(token), email, createdAt, expiresAt],
    );
    return token;
  }

  /**
   * Uses a sign-in link once: the e-mail it was sent to, or why not (unknown, already used, expired).
   * The check and the marking happen in one statement, so two clicks cannot both sign in.
   */
  async redeemSignInLink(token: string, now: string): Promise<SignInRedemption> {
    if (!PORTAL_SECRET.test(token)) return { refused: 'unknown' };
    const tokenHash = hash(token);
    // One conditional UPDATE decides (on PostgreSQL a concurrent redeemer waits for the row lock and
    // then finds `used_at` set): of two clicks exactly one gets the e-mail.
    const used = await this.sql.get<{ email: string }>(
      `UPDATE supplier_sign_in_links SET used_at = ?
       WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING email`,
      [now, tokenHash, now],
    );
    if (used) return { email: used.email };
    // Refused: only the reason is read afterwards (a link once used or expired stays so).
    const row = await this.sql.get<{ expires_at: string; used_at: string | null }>(
      'SELECT expires_at, used_at FROM supplier_sign_in_links WHERE token_hash = ?',
      [tokenHash],
    );
    if (!row) return { refused: 'unknown' };
    if (row.used_at !== null) return { refused: 'used' };
    return { refused: 'expired' };
  }

  /** Opens a supplier session; returns its secret id (the cookie) and the session. */
  async openSession(
    email: string,
    createdAt: string,
    expiresAt: string,
  ): Promise<{ id: string; session: SupplierSession }> {
    const id = random(32);
    const csrfToken = random(32);
    // Pruning expired sessions is housekeeping, independent of the new session.
    await this.sql.run('DELETE FROM supplier_sessions WHERE expires_at <= ?', [createdAt]);
    await this.sql.run(
      'INSERT INTO supplier_sessions (id_hash, email, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
      [hash(id), email, csrfToken, createdAt, expiresAt],
    );
    return { id, session: { email, csrfToken, createdAt, expiresAt } };
  }

  /** The live session a cookie names. */
  async session(id: string, now: string): Promise<SupplierSession | undefined> {
    if (!PORTAL_SECRET.test(id)) return undefined;
    const row = await this.sql.get<SessionRow>(
      'SELECT * FROM supplier_sessions WHERE id_hash = ? AND expires_at > ?',
      [hash(id), now],
    );
    return (
      row && {
        email: row.email,
        csrfToken: row.csrf_token,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
      }
    );
  }

  /** Ends a session. */
  async closeSession(id: string): Promise<void> {
    await this.sql.run('DELETE FROM supplier_sessions WHERE id_hash = ?', [hash(id)]);
  }

  /**
   * A link token that opens one invitation's page (`/i/<token>`) for a signed-in supplier, until
   * `expiresAt` (the session's end). The invitation's own link is not touched.
   */
  async createAccessLink(
    invitationId: string,
    email: string,
    createdAt: string,
    expiresAt: string,
  ): Promise<string> {
    const token = random(32);
    // Pruning expired access links is housekeeping, independent of the new link.
    await this.sql.run('DELETE FROM supplier_access_links WHERE expires_at <= ?', [createdAt]);
    await this.sql.run(
      'INSERT INTO supplier_access_links (token_hash, invitation_id, email, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
      [hash(token), invitationId, email, createdAt, expiresAt],
    );
    return token;
  }
}
