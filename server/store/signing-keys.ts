/**
 * The Ed25519 keys that sign test certificates (`signing_keys`). The first certificate creates a key;
 * `proeffactuur keys rotate` retires the current one (it stays for verification) and makes a new one;
 * `keys revoke KID` revokes a key for good (what it signed no longer verifies). The private key is
 * stored as PKCS#8 PEM, encrypted with AES-256-GCM under a scrypt key when a secret
 * (`SIGNING_KEY_SECRET`) is configured; the public key as a JWK.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createPrivateKey,
  generateKeyPairSync,
  type KeyObject,
  randomBytes,
  scryptSync,
} from 'node:crypto';
import type { Db } from './database.js';
import { type Sql, toSql } from './sql.js';

/** A public key as published in the JWKS. */
export interface PublicJwk {
  readonly kty: 'OKP';
  readonly crv: 'Ed25519';
  readonly x: string;
  readonly kid: string;
  readonly alg: 'EdDSA';
  readonly use: 'sig';
}

/** One signing key, without its private part. */
export interface SigningKeyInfo {
  readonly kid: string;
  readonly publicJwk: PublicJwk;
  readonly createdAt: string;
  /** When rotation replaced it (it still verifies). */
  readonly retiredAt?: string;
  /** When it was revoked (what it signed no longer verifies). */
  readonly revokedAt?: string;
  /** Whether its private key is stored encrypted. */
  readonly encrypted: boolean;
}

/** The key that signs now. */
export interface ActiveSigningKey {
  readonly kid: string;
  readonly privateKey: KeyObject;
}

/** The stored private key cannot be opened (no secret or a wrong one). */
export class SigningKeySecretError extends Error {}

interface Row {
  kid: string;
  public_jwk: string;
  private_key: string;
  encrypted: number;
  created_at: string;
  retired_at: string | null;
  revoked_at: string | null;
}

const infoFromRow = (row: Row): SigningKeyInfo => ({
  kid: row.kid,
  publicJwk: JSON.parse(row.public_jwk) as PublicJwk,
  createdAt: row.created_at,
  ...(row.retired_at !== null && { retiredAt: row.retired_at }),
  ...(row.revoked_at !== null && { revokedAt: row.revoked_at }),
  encrypted: row.encrypted === 1,
});

/** RFC 7638 thumbprint of an Ed25519 public key: the key id. */
function thumbprint(x: string): string {
  return createHash('sha256').update(`{"crv":"Ed25519","kty":"OKP","x":"${x}"}`).digest('base64url');
}

function encrypt(pem: string, secret: string): string {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', scryptSync(secret, salt, 32), iv);
  const body = Buffer.concat([cipher.update(pem, 'utf8'), cipher.final()]);
  return ['v1', salt, iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

function decrypt(stored: string, secret: string): string {
  const [version, salt, iv, tag, body] = stored.split('.');
  if (version !== 'v1' || !salt || !iv || !tag || !body) throw new SigningKeySecretError('unreadable key');
  const decipher = createDecipheriv(
    'aes-256-gcm',
    scryptSync(secret, Buffer.from(salt, 'base64url'), 32),
    Buffer.from(iv, 'base64url'),
  );
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

/** The signing keys. */
export class SigningKeyStore {
  private readonly sql: Sql;

  constructor(
    handle: Db | Sql,
    private readonly options: { secret?: string; now?: () => Date } = {},
  ) {
    this.sql = toSql(handle);
  }

  private now(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }

  private current(): Promise<Row | undefined> {
    return this.sql.get<Row>(
      'SELECT * FROM signing_keys WHERE retired_at IS NULL AND revoked_at IS NULL ORDER BY created_at DESC, rowid DESC LIMIT 1',
    );
  }

  /**
   * Runs `work` in a transaction that holds the key-making lock: on SQLite every transaction is
   * alone; on PostgreSQL a `SHARE ROW EXCLUSIVE` lock on the table (it conflicts with itself, not
   * with readers) makes two processes that make or rotate a key at once take turns, so there is
   * never more than one current key.
   */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.sql.transaction(async () => {
      if (this.sql.dialect === 'postgres')
        await this.sql.exec('LOCK TABLE signing_keys IN SHARE ROW EXCLUSIVE MODE');
      return work();
    });
  }

  /** The key that signs now, made on first use. */
  async active(): Promise<ActiveSigningKey> {
    // The first use reads again under the lock: a key another process made meanwhile is used.
    const row =
      (await this.current()) ?? (await this.exclusive(async () => (await this.current()) ?? this.create()));
    let pem = row.private_key;
    if (row.encrypted === 1) {
      if (!this.options.secret)
        throw new SigningKeySecretError(
          `The signing key ${row.kid} is stored encrypted: set SIGNING_KEY_SECRET to the secret it was made with.`,
        );
      try {
        pem = decrypt(row.private_key, this.options.secret);
      } catch (error) {
        throw new SigningKeySecretError(
          `The signing key ${row.kid} cannot be opened with this SIGNING_KEY_SECRET (${(error as Error).message}).`,
        );
      }
    }
    return { kid: row.kid, privateKey: createPrivateKey(pem) };
  }

  /** Retires the current key (kept for verification) and makes a new one; returns the new key. */
  async rotate(): Promise<SigningKeyInfo> {
    return this.exclusive(async () => {
      await this.sql.run('UPDATE signing_keys SET retired_at = ? WHERE retired_at IS NULL', [this.now()]);
      return infoFromRow(await this.create());
    });
  }

  /** Revokes a key; false when there is no such key or it was revoked already. */
  async revoke(kid: string): Promise<boolean> {
    const { changes } = await this.sql.run(
      'UPDATE signing_keys SET revoked_at = ? WHERE kid = ? AND revoked_at IS NULL',
      [this.now(), kid],
    );
    return changes > 0;
  }

  /** Every key, oldest first. */
  async list(): Promise<SigningKeyInfo[]> {
    return (await this.sql.all<Row>('SELECT * FROM signing_keys ORDER BY created_at, rowid')).map(
      infoFromRow,
    );
  }

  /** One key by id. */
  async get(kid: string): Promise<SigningKeyInfo | undefined> {
    const row = await this.sql.get<Row>('SELECT * FROM signing_keys WHERE kid = ?', [kid]);
    return row && infoFromRow(row);
  }

  /**
   * The published key set: keys that verify (current and retired), and, as an extension member, the
   * ids of revoked keys so a verifier can say why a certificate no longer verifies.
   */
  async jwks(): Promise<{ keys: PublicJwk[]; revoked: { kid: string; revokedAt: string }[] }> {
    const all = await this.list();
    return {
      keys: all.filter((k) => !k.revokedAt).map((k) => k.publicJwk),
      revoked: all.filter((k) => k.revokedAt).map((k) => ({ kid: k.kid, revokedAt: k.revokedAt! })),
    };
  }

  private async create(): Promise<Row> {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const { x } = publicKey.export({ format: 'jwk' });
    if (typeof x !== 'string') throw new Error('Ed25519 key without x');
    const kid = thumbprint(x);
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const secret = this.options.secret;
    const row = await this.sql.get<Row>(
      `INSERT INTO signing_keys (kid, public_jwk, private_key, encrypted, created_at)
       VALUES (?, ?, ?, ?, ?) RETURNING *`,
      [
        kid,
        JSON.stringify({ kty: 'OKP', crv: 'Ed25519', x, kid, alg: 'EdDSA', use: 'sig' }),
        secret ? encrypt(pem, secret) : pem,
        secret ? 1 : 0,
        this.now(),
      ],
    );
    return row!;
  }
}
