/**
 * Buyers and their API keys. A key is a long random secret shown once; only its SHA-256 is stored
 * (a 256-bit random secret needs no slow hash: there is nothing to guess), so a stolen database does
 * not give working keys. Keys can be revoked; a revoked key never works again.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from './database.js';
import { type Sql, toSql } from './sql.js';

/** A buyer account. */
export interface Buyer {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
}

/** What a key may do. Every valid key may read its buyer's runs, profiles and webhooks. */
export type Scope = 'read' | 'runs:write' | 'profiles:write' | 'webhooks:write';

/** All scopes, in order; a key without `--scope` gets all of them. */
export const SCOPES: readonly Scope[] = ['read', 'runs:write', 'profiles:write', 'webhooks:write'];

/** Parses scopes given as a comma- or space-separated list; `read` is always included. */
export function parseScopes(raw: string): Scope[] {
  const given = raw
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const unknown = given.filter((s) => !(SCOPES as readonly string[]).includes(s));
  if (unknown.length > 0 || given.length === 0)
    throw new RangeError(`Unknown scope "${unknown[0] ?? raw}"; scopes are ${SCOPES.join(', ')}.`);
  return SCOPES.filter((s) => s === 'read' || given.includes(s));
}

/** Per-buyer limits; absent means the server's default. */
export interface BuyerLimits {
  /** Largest upload in bytes. */
  readonly maxUploadBytes?: number;
  /** Queued plus running runs at one time. */
  readonly maxActiveRuns?: number;
}

/** Who a valid key belongs to and what it may do. */
export interface Principal {
  readonly buyer: Buyer;
  readonly keyId: string;
  readonly scopes: readonly Scope[];
  readonly limits: BuyerLimits;
  /** When the key stops working; absent for a key that does not expire. */
  readonly expiresAt?: string;
}

/** Why a key does not work. */
export type KeyRefusal = 'invalid' | 'expired';

/** An API key as listed (never the secret itself). */
export interface ApiKeyInfo {
  readonly id: string;
  readonly buyerId: string;
  /** The first characters of the key, to recognise it. */
  readonly prefix: string;
  readonly createdAt: string;
  readonly revokedAt?: string;
  readonly lastUsedAt?: string;
  readonly scopes: readonly Scope[];
  readonly expiresAt?: string;
}

/** Prefix of every API key, so a leaked one is recognisable (e.g. by secret scanners). */
export const API_KEY_PREFIX = 'pfk_';
/** Shape of an API key: the prefix and 43 base64url characters (256 random bits). */
export const API_KEY = /^pfk_[A-Za-z0-9_-]{43}$/;

const random = (bytes: number): string => randomBytes(bytes).toString('base64url');
const hashKey = (key: string): string => createHash('sha256').update(key).digest('hex');

interface KeyRow {
  id: string;
  buyer_id: string;
  prefix: string;
  created_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
  scopes: string;
  expires_at: string | null;
}

const keyFromRow = (row: KeyRow): ApiKeyInfo => ({
  id: row.id,
  buyerId: row.buyer_id,
  prefix: row.prefix,
  createdAt: row.created_at,
  ...(row.revoked_at !== null && { revokedAt: row.revoked_at }),
  ...(row.last_used_at !== null && { lastUsedAt: row.last_used_at }),
  scopes: row.scopes.split(' ') as Scope[],
  ...(row.expires_at !== null && { expiresAt: row.expires_at }),
});

interface PrincipalRow extends KeyRow {
  buyer_name: string;
  buyer_created_at: string;
  max_upload_bytes: number | null;
  max_active_runs: number | null;
}

const limitsFromRow = (row: {
  max_upload_bytes: number | null;
  max_active_runs: number | null;
}): BuyerLimits => ({
  ...(row.max_upload_bytes != null && { maxUploadBytes: Number(row.max_upload_bytes) }),
  ...(row.max_active_runs != null && { maxActiveRuns: Number(row.max_active_runs) }),
});

const BUYER = 'SELECT id, name, created_at AS "createdAt" FROM buyers';
// A key with its buyer and the buyer's limits, read in one statement (one consistent snapshot).
const PRINCIPAL = `SELECT k.*, b.name AS buyer_name, b.created_at AS buyer_created_at,
         b.max_upload_bytes, b.max_active_runs
  FROM api_keys k JOIN buyers b ON b.id = k.buyer_id`;

/** Data access for buyers and keys. */
export class BuyerStore {
  private readonly sql: Sql;

  constructor(
    handle: Db | Sql,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {
    this.sql = toSql(handle);
  }

  /** Creates a buyer with its first API key; the key is returned once and never stored. */
  async createBuyer(
    name: string,
    keyOptions: { scopes?: readonly Scope[]; expiresAt?: string } = {},
  ): Promise<{ buyer: Buyer; apiKey: string; keyId: string }> {
    const trimmed = name.trim();
    if (trimmed === '' || trimmed.length > 200) throw new RangeError('A buyer name has 1 to 200 characters.');
    // The buyer and its first key in one transaction: never a buyer without a key.
    return this.sql.transaction(async () => {
      const buyer = { id: `buyer_${random(12)}`, name: trimmed, createdAt: this.now() };
      await this.sql.run('INSERT INTO buyers (id, name, created_at) VALUES (?, ?, ?)', [
        buyer.id,
        buyer.name,
        buyer.createdAt,
      ]);
      const { apiKey, keyId } = await this.createKey(buyer.id, keyOptions);
      return { buyer, apiKey, keyId };
    });
  }

  /** A buyer by id. */
  async getBuyer(id: string): Promise<Buyer | undefined> {
    return this.sql.get<Buyer>(`${BUYER} WHERE id = ?`, [id]);
  }

  /** Every buyer. */
  async listBuyers(): Promise<Buyer[]> {
    return this.sql.all<Buyer>(`${BUYER} ORDER BY created_at, rowid`);
  }

  /**
   * A new API key for a buyer; the secret is returned once. Without `scopes` the key may do everything;
   * with `expiresAt` it stops working at that moment.
   */
  async createKey(
    buyerId: string,
    options: { scopes?: readonly Scope[]; expiresAt?: string } = {},
  ): Promise<{ apiKey: string; keyId: string; scopes: Scope[]; expiresAt?: string }> {
    const scopes = SCOPES.filter((s) => s === 'read' || (options.scopes ?? SCOPES).includes(s));
    const apiKey = `${API_KEY_PREFIX}${random(32)}`;
    const keyId = `key_${random(12)}`;
    // One statement: the key is inserted only if the buyer exists (no check-then-insert).
    const { changes } = await this.sql.run(
      `INSERT INTO api_keys (id, buyer_id, key_hash, prefix, created_at, scopes, expires_at)
       SELECT CAST(? AS TEXT), id, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT),
              CAST(? AS TEXT)
       FROM buyers WHERE id = ?`,
      [
        keyId,
        hashKey(apiKey),
        apiKey.slice(0, 12),
        this.now(),
        scopes.join(' '),
        options.expiresAt ?? null,
        buyerId,
      ],
    );
    if (changes === 0) throw new RangeError(`There is no buyer ${buyerId}.`);
    return {
      apiKey,
      keyId,
      scopes,
      ...(options.expiresAt !== undefined && { expiresAt: options.expiresAt }),
    };
  }

  /** A buyer's own limits (absent ones fall back to the server's defaults). */
  async limitsOf(buyerId: string): Promise<BuyerLimits> {
    const row = await this.sql.get<{ max_upload_bytes: number | null; max_active_runs: number | null }>(
      'SELECT max_upload_bytes, max_active_runs FROM buyers WHERE id = ?',
      [buyerId],
    );
    return row ? limitsFromRow(row) : {};
  }

  /** Sets (or with `null` clears) a buyer's limits; false when there is no such buyer. */
  async setLimits(
    buyerId: string,
    limits: { maxUploadBytes?: number | null; maxActiveRuns?: number | null },
  ): Promise<boolean> {
    // One UPDATE of only the given columns: the others keep their value whatever happens meanwhile.
    const sets: string[] = [];
    const params: unknown[] = [];
    if (limits.maxUploadBytes !== undefined) {
      sets.push('max_upload_bytes = ?');
      params.push(limits.maxUploadBytes);
    }
    if (limits.maxActiveRuns !== undefined) {
      sets.push('max_active_runs = ?');
      params.push(limits.maxActiveRuns);
    }
    if (sets.length === 0) return (await this.getBuyer(buyerId)) !== undefined;
    const { changes } = await this.sql.run(`UPDATE buyers SET ${sets.join(', ')} WHERE id = ?`, [
      ...params,
      buyerId,
    ]);
    return changes > 0;
  }

  /** The keys of a buyer, without secrets. */
  async keysOf(buyerId: string): Promise<ApiKeyInfo[]> {
    return (
      await this.sql.all<KeyRow>('SELECT * FROM api_keys WHERE buyer_id = ? ORDER BY created_at, rowid', [
        buyerId,
      ])
    ).map(keyFromRow);
  }

  /**
   * Revokes a key given by its id (`key_…`) or by the key itself. Returns the key's info, or undefined
   * when there is no such key. Revoking twice keeps the first revocation time.
   */
  async revokeKey(idOrKey: string): Promise<ApiKeyInfo | undefined> {
    // One statement: COALESCE keeps the first revocation time, RETURNING gives the row as revoked.
    const row = await this.sql.get<KeyRow>(
      `UPDATE api_keys SET revoked_at = COALESCE(revoked_at, ?)
       WHERE ${idOrKey.startsWith(API_KEY_PREFIX) ? 'key_hash' : 'id'} = ? RETURNING *`,
      [this.now(), idOrKey.startsWith(API_KEY_PREFIX) ? hashKey(idOrKey) : idOrKey],
    );
    return row && keyFromRow(row);
  }

  /** The buyer a valid, unrevoked, unexpired key belongs to; undefined for anything else. */
  async authenticate(apiKey: string): Promise<Buyer | undefined> {
    const result = await this.principal(apiKey);
    return 'buyer' in result ? result.buyer : undefined;
  }

  /**
   * Who a key belongs to, with its scopes and the buyer's limits; or why it does not work. An unknown
   * and a revoked key are both `invalid` (which of the two is not told); an expired key says so, since
   * only its holder can present it.
   */
  async principal(apiKey: string): Promise<Principal | { refused: KeyRefusal }> {
    if (!API_KEY.test(apiKey)) return { refused: 'invalid' };
    return this.principalOfRow(
      await this.sql.get<PrincipalRow>(`${PRINCIPAL} WHERE k.key_hash = ?`, [hashKey(apiKey)]),
    );
  }

  /**
   * The same as {@link principal} for a key given by its id (`key_…`): what a browser session opened
   * with that key may do, decided by the same rules at the same moment as the key itself, so a session
   * never has more scopes, or a longer life, than its key.
   */
  async principalOfKey(keyId: string): Promise<Principal | { refused: KeyRefusal }> {
    return this.principalOfRow(await this.sql.get<PrincipalRow>(`${PRINCIPAL} WHERE k.id = ?`, [keyId]));
  }

  private async principalOfRow(row: PrincipalRow | undefined): Promise<Principal | { refused: KeyRefusal }> {
    if (!row || row.revoked_at !== null) return { refused: 'invalid' };
    const now = this.now();
    if (row.expires_at !== null && Date.parse(row.expires_at) <= Date.parse(now))
      return { refused: 'expired' };
    // Recorded at most once a minute, so reading with a key is not a write every time.
    if (row.last_used_at === null || Date.parse(now) - Date.parse(row.last_used_at) > 60_000)
      await this.sql.run('UPDATE api_keys SET last_used_at = ? WHERE id = ?', [now, row.id]);
    return {
      buyer: { id: row.buyer_id, name: row.buyer_name, createdAt: row.buyer_created_at },
      keyId: row.id,
      scopes: row.scopes.split(' ') as Scope[],
      limits: limitsFromRow(row),
      ...(row.expires_at !== null && { expiresAt: row.expires_at }),
    };
  }
}
