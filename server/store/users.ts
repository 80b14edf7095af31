/**
 * Buyer user accounts (e-mail and password) and browser sessions.
 *
 * Passwords are hashed with scrypt (node:crypto) at OWASP's minimum cost (N=2^15, r=8, p=3: 32 MiB,
 * a few hundred ms), the parameters kept in the hash so they can be raised later. A session id is a
 * 256-bit random secret held in an HttpOnly cookie; only its SHA-256 is stored, with the CSRF token
 * the session's forms must send back. A session made with an API key ends when that key is revoked
 * or expires (it never outlives its key); one made by a user ends when the user is disabled.
 */
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { Db } from './database.js';
import { type Sql, toSql } from './sql.js';

/** A buyer's user account (never the password hash). */
export interface User {
  readonly id: string;
  readonly buyerId: string;
  readonly email: string;
  readonly createdAt: string;
  readonly disabledAt?: string;
  readonly lastSignInAt?: string;
}

/** A signed-in browser session. */
export interface Session {
  readonly buyerId: string;
  /** The user who signed in; absent when the session was opened with an API key. */
  readonly userId?: string;
  /** The API key the session was opened with; absent for a user session. */
  readonly keyId?: string;
  /** Sent back by the page in `X-CSRF-Token` on every state-changing request. */
  readonly csrfToken: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

/** Shortest accepted password. */
export const MIN_PASSWORD_LENGTH = 12;
/** Longest accepted password (scrypt takes any length; this bounds the work per attempt). */
export const MAX_PASSWORD_LENGTH = 1024;
/** How long a session lasts, in ms (12 hours: a working day, then sign in again). */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

const SCRYPT = { N: 2 ** 15, r: 8, p: 3, keyLength: 32, maxmem: 64 * 1024 * 1024 };

const random = (bytes: number): string => randomBytes(bytes).toString('base64url');
const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

let scryptComputations = 0;

/**
 * How many scrypt computations this process has started (hashes and verifications, the dummy ones
 * for unknown e-mails included): what the sign-in limits bound, counted so tests need no clock.
 */
export const passwordHashCount = (): number => scryptComputations;

let scryptRunning = 0;
let scryptPeak = 0;

/** The most scrypt computations that ran at once since {@link resetPasswordHashPeak} (for tests). */
export const passwordHashPeak = (): number => scryptPeak;

/** Starts a new high-water mark of concurrent scrypt computations (from those running now). */
export const resetPasswordHashPeak = (): void => {
  scryptPeak = scryptRunning;
};

function scryptAsync(
  password: string,
  salt: Buffer,
  params: { N: number; r: number; p: number; keyLength: number },
): Promise<Buffer> {
  scryptComputations++;
  scryptRunning++;
  scryptPeak = Math.max(scryptPeak, scryptRunning);
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFC'),
      salt,
      params.keyLength,
      { N: params.N, r: params.r, p: params.p, maxmem: SCRYPT.maxmem },
      (error, key) => {
        scryptRunning--;
        if (error) reject(error);
        else resolve(key);
      },
    );
  });
}

/** `scrypt$N$r$p$salt$hash` (base64url), for a password. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, SCRYPT);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  );
}

/** Whether a password matches a stored hash (constant-time comparison). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scryptAsync(password, Buffer.from(salt, 'base64url'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    keyLength: expected.length,
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

// Compared against when the e-mail is unknown, so a wrong e-mail takes as long as a wrong password:
// a well-formed hash with the current parameters and random bytes (no password hashes to it), made
// without computing a hash.
const DUMMY_HASH = ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, random(16), random(SCRYPT.keyLength)].join('$');

/**
 * What the server takes for an e-mail address (after trimming): something, `@`, a domain with a dot,
 * no spaces. The OpenAPI document's e-mail members carry the same pattern, so both say one rule.
 */
export const EMAIL_PATTERN = '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$';
/** Longest e-mail address (RFC 5321 path limit). */
export const MAX_EMAIL_LENGTH = 254;

/** A well-formed e-mail address, lower-cased; undefined when it is not one. */
export function normaliseEmail(email: string): string | undefined {
  const trimmed = email.trim().toLowerCase();
  return trimmed.length <= MAX_EMAIL_LENGTH && new RegExp(EMAIL_PATTERN).test(trimmed) ? trimmed : undefined;
}

interface UserRow {
  id: string;
  buyer_id: string;
  email: string;
  password_hash: string;
  created_at: string;
  disabled_at: string | null;
  last_sign_in_at: string | null;
}

const userFromRow = (row: UserRow): User => ({
  id: row.id,
  buyerId: row.buyer_id,
  email: row.email,
  createdAt: row.created_at,
  ...(row.disabled_at !== null && { disabledAt: row.disabled_at }),
  ...(row.last_sign_in_at !== null && { lastSignInAt: row.last_sign_in_at }),
});

interface SessionRow {
  id_hash: string;
  buyer_id: string;
  user_id: string | null;
  key_id: string | null;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  user_disabled: string | null;
  key_revoked: string | null;
  key_expires: string | null;
}

/** Data access for users and sessions. */
export class UserStore {
  private readonly sql: Sql;

  constructor(
    handle: Db | Sql,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.sql = toSql(handle);
  }

  /** Creates a user for a buyer. Throws RangeError for a bad e-mail or password, or a taken e-mail. */
  async createUser(buyerId: string, email: string, password: string): Promise<User> {
    const normalised = normaliseEmail(email);
    if (!normalised) throw new RangeError(`"${email}" is not an e-mail address.`);
    checkPassword(password);
    const taken = (): RangeError => new RangeError(`There is already a user ${normalised}.`);
    // Checked first so a taken e-mail costs no scrypt; the unique e-mail column decides a race.
    if (await this.row(normalised)) throw taken();
    const hash = await hashPassword(password);
    const row = await this.sql.get<UserRow>(
      `INSERT INTO users (id, buyer_id, email, password_hash, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (email) DO NOTHING RETURNING *`,
      [`user_${random(12)}`, buyerId, normalised, hash, this.now().toISOString()],
    );
    if (!row) throw taken();
    return userFromRow(row);
  }

  /** Sets a new password (and re-enables a disabled user); every session of the user ends. */
  async setPassword(email: string, password: string): Promise<User | undefined> {
    const normalised = normaliseEmail(email);
    if (!normalised || !(await this.row(normalised))) return undefined;
    checkPassword(password);
    const hash = await hashPassword(password);
    // The new password and the end of the old sessions in one transaction.
    return this.sql.transaction(async () => {
      const row = await this.sql.get<UserRow>(
        'UPDATE users SET password_hash = ?, disabled_at = NULL WHERE email = ? RETURNING *',
        [hash, normalised],
      );
      if (!row) return undefined;
      await this.sql.run('DELETE FROM sessions WHERE user_id = ?', [row.id]);
      return userFromRow(row);
    });
  }

  /** Disables a user for good (until a new password is set); every session of the user ends. */
  async disableUser(email: string): Promise<User | undefined> {
    const normalised = normaliseEmail(email);
    if (!normalised) return undefined;
    // One UPDATE (COALESCE keeps the first time) and the end of the sessions, in one transaction.
    return this.sql.transaction(async () => {
      const row = await this.sql.get<UserRow>(
        'UPDATE users SET disabled_at = COALESCE(disabled_at, ?) WHERE email = ? RETURNING *',
        [this.now().toISOString(), normalised],
      );
      if (!row) return undefined;
      await this.sql.run('DELETE FROM sessions WHERE user_id = ?', [row.id]);
      return userFromRow(row);
    });
  }

  /** A buyer's users. */
  async usersOf(buyerId: string): Promise<User[]> {
    return (
      await this.sql.all<UserRow>('SELECT * FROM users WHERE buyer_id = ? ORDER BY created_at, rowid', [
        buyerId,
      ])
    ).map(userFromRow);
  }

  /** The user with this e-mail and password, if enabled; undefined otherwise (same time either way). */
  async authenticate(email: string, password: string): Promise<User | undefined> {
    const normalised = normaliseEmail(email);
    const row = normalised ? await this.row(normalised) : undefined;
    if (!row || password.length > MAX_PASSWORD_LENGTH) {
      await verifyPassword(password.slice(0, MAX_PASSWORD_LENGTH), DUMMY_HASH);
      return undefined;
    }
    if (!(await verifyPassword(password, row.password_hash)) || row.disabled_at !== null) return undefined;
    // Recorded only while the user is still enabled with the password just checked: a user disabled
    // (or given a new password) during the check is not signed in.
    const { changes } = await this.sql.run(
      'UPDATE users SET last_sign_in_at = ? WHERE id = ? AND password_hash = ? AND disabled_at IS NULL',
      [this.now().toISOString(), row.id, row.password_hash],
    );
    return changes > 0 ? userFromRow(row) : undefined;
  }

  /**
   * Opens a session; returns the secret session id (for the cookie) and the session. It lasts
   * {@link SESSION_TTL_MS}, or until `expiresAt` (its key's expiry) when that comes first.
   */
  async openSession(who: { buyerId: string; userId?: string; keyId?: string; expiresAt?: string }): Promise<{
    id: string;
    session: Session;
  }> {
    const now = this.now();
    const ends = Math.min(
      now.getTime() + SESSION_TTL_MS,
      who.expiresAt === undefined ? Number.POSITIVE_INFINITY : Date.parse(who.expiresAt),
    );
    // Housekeeping, independent of the new session (no transaction needed).
    await this.sql.run('DELETE FROM sessions WHERE expires_at <= ?', [now.toISOString()]);
    const id = random(32);
    const session: Session = {
      buyerId: who.buyerId,
      ...(who.userId !== undefined && { userId: who.userId }),
      ...(who.keyId !== undefined && { keyId: who.keyId }),
      csrfToken: random(32),
      createdAt: now.toISOString(),
      expiresAt: new Date(ends).toISOString(),
    };
    await this.sql.run(
      `INSERT INTO sessions (id_hash, buyer_id, user_id, key_id, csrf_token, created_at, expires_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [
        sha256(id),
        session.buyerId,
        session.userId ?? null,
        session.keyId ?? null,
        session.csrfToken,
        session.createdAt,
        session.expiresAt,
      ],
    );
    return { id, session };
  }

  /** The live session for a session id: not expired, its user enabled, its key neither revoked nor expired. */
  async session(id: string): Promise<Session | undefined> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(id)) return undefined;
    // One read of the session with its user and key (one snapshot); deleting a dead one is idempotent.
    const row = await this.sql.get<SessionRow>(
      `SELECT s.*, u.disabled_at AS user_disabled, k.revoked_at AS key_revoked,
              k.expires_at AS key_expires FROM sessions s
       LEFT JOIN users u ON u.id = s.user_id LEFT JOIN api_keys k ON k.id = s.key_id
       WHERE s.id_hash = ?`,
      [sha256(id)],
    );
    if (!row) return undefined;
    const now = this.now().getTime();
    const keyExpired = row.key_expires !== null && Date.parse(row.key_expires) <= now;
    if (Date.parse(row.expires_at) <= now || row.user_disabled !== null || row.key_revoked || keyExpired) {
      await this.sql.run('DELETE FROM sessions WHERE id_hash = ?', [row.id_hash]);
      return undefined;
    }
    return {
      buyerId: row.buyer_id,
      ...(row.user_id !== null && { userId: row.user_id }),
      ...(row.key_id !== null && { keyId: row.key_id }),
      csrfToken: row.csrf_token,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
    };
  }

  /** Ends a session (signing out). */
  async closeSession(id: string): Promise<void> {
    await this.sql.run('DELETE FROM sessions WHERE id_hash = ?', [sha256(id)]);
  }

  /** The id of the (unrevoked) API key with this secret; the key itself is checked by BuyerStore. */
  async keyIdOf(apiKey: string): Promise<string | undefined> {
    return (
      await this.sql.get<{ id: string }>(
        'SELECT id FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL',
        [sha256(apiKey)],
      )
    )?.id;
  }

  /** A user by id. */
  async user(id: string): Promise<User | undefined> {
    const row = await this.sql.get<UserRow>('SELECT * FROM users WHERE id = ?', [id]);
    return row && userFromRow(row);
  }

  /** The user with a normalised e-mail. */
  private row(normalised: string): Promise<UserRow | undefined> {
    return this.sql.get<UserRow>('SELECT * FROM users WHERE email = ?', [normalised]);
  }
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new RangeError(`A password has at least ${MIN_PASSWORD_LENGTH} characters.`);
  if (password.length > MAX_PASSWORD_LENGTH)
    throw new RangeError(`A password has at most ${MAX_PASSWORD_LENGTH} characters.`);
}
