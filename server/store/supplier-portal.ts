/**
 * The supplier portal's data: one-time sign-in links sent by e-mail, suppliers' browser sessions, and
 * the links a signed-in supplier opens one of its invitations' pages with. Every secret (link token,
 * session id) is 256 random bits given out once; only its SHA-256 is stored, so a copy of the database
 * signs nobody in.
 */
import { onDb } from './turns.js';
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from './database.js';

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
  private readonly statements;

  constructor(private readonly db: Db) {
    this.statements = {
      insertLink: db.prepare(
        'INSERT INTO supplier_sign_in_links (token_hash, email, created_at, expires_at) VALUES (?, ?, ?, ?)',
      ),
      link: db.prepare('SELECT * FROM supplier_sign_in_links WHERE token_hash = ?'),
      useLink: db.prepare(
        'UPDATE supplier_sign_in_links SET used_at = ? WHERE token_hash = ? AND used_at IS NULL',
      ),
      pruneLinks: db.prepare('DELETE FROM supplier_sign_in_links WHERE expires_at < ?'),
      insertSession: db.prepare(
        'INSERT INTO supplier_sessions (id_hash, email, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
      ),
      session: db.prepare('SELECT * FROM supplier_sessions WHERE id_hash = ? AND expires_at > ?'),
      closeSession: db.prepare('DELETE FROM supplier_sessions WHERE id_hash = ?'),
      pruneSessions: db.prepare('DELETE FROM supplier_sessions WHERE expires_at <= ?'),
      insertAccess: db.prepare(
        'INSERT INTO supplier_access_links (token_hash, invitation_id, email, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
      ),
      pruneAccess: db.prepare('DELETE FROM supplier_access_links WHERE expires_at <= ?'),
    };
  }

  /** Stores a new sign-in link for `email`; returns its token (shown once, in the e-mail). */
  async createSignInLink(email: string, createdAt: string, expiresAt: string): Promise<string> {
    return onDb(this.db, () => {
      const token = random(32);
      this.statements.pruneLinks.run(createdAt);
      this.statements.insertLink.run(hash(token), email, createdAt, expiresAt);
      return token;
    });
  }

  /**
   * Uses a sign-in link once: the e-mail it was sent to, or why not (unknown, already used, expired).
   * The check and the marking happen in one statement, so two clicks cannot both sign in.
   */
  async redeemSignInLink(token: string, now: string): Promise<SignInRedemption> {
    return onDb(this.db, () => {
      if (!PORTAL_SECRET.test(token)) return { refused: 'unknown' };
      const tokenHash = hash(token);
      return this.db.transaction((): SignInRedemption => {
        const row = this.statements.link.get(tokenHash) as
          | { email: string; expires_at: string; used_at: string | null }
          | undefined;
        if (!row) return { refused: 'unknown' };
        if (row.used_at !== null) return { refused: 'used' };
        if (row.expires_at <= now) return { refused: 'expired' };
        if (this.statements.useLink.run(now, tokenHash).changes !== 1) return { refused: 'used' };
        return { email: row.email };
      })();
    });
  }

  /** Opens a supplier session; returns its secret id (the cookie) and the session. */
  async openSession(
    email: string,
    createdAt: string,
    expiresAt: string,
  ): Promise<{ id: string; session: SupplierSession }> {
    return onDb(this.db, () => {
      const id = random(32);
      const csrfToken = random(32);
      this.statements.pruneSessions.run(createdAt);
      this.statements.insertSession.run(hash(id), email, csrfToken, createdAt, expiresAt);
      return { id, session: { email, csrfToken, createdAt, expiresAt } };
    });
  }

  /** The live session a cookie names. */
  async session(id: string, now: string): Promise<SupplierSession | undefined> {
    return onDb(this.db, () => {
      if (!PORTAL_SECRET.test(id)) return undefined;
      const row = this.statements.session.get(hash(id), now) as SessionRow | undefined;
      return (
        row && {
          email: row.email,
          csrfToken: row.csrf_token,
          createdAt: row.created_at,
          expiresAt: row.expires_at,
        }
      );
    });
  }

  /** Ends a session. */
  async closeSession(id: string): Promise<void> {
    return onDb(this.db, () => {
      this.statements.closeSession.run(hash(id));
    });
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
    return onDb(this.db, () => {
      const token = random(32);
      this.statements.pruneAccess.run(createdAt);
      this.statements.insertAccess.run(hash(token), invitationId, email, createdAt, expiresAt);
      return token;
    });
  }
}
