/**
 * Buyers and their API keys. A key is a long random secret shown once; only its SHA-256 is stored
 * (a 256-bit random secret needs no slow hash: there is nothing to guess), so a stolen database does
 * not give working keys. Keys can be revoked; a revoked key never works again.
 */
import { onDb } from './turns.js';
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from './database.js';

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

/** Data access for buyers and keys. */
export class BuyerStore {
  private readonly statements;

  constructor(
    private readonly db: Db,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {
    this.statements = {
      insertBuyer: db.prepare('INSERT INTO buyers (id, name, created_at) VALUES (?, ?, ?)'),
      getBuyer: db.prepare('SELECT id, name, created_at AS createdAt FROM buyers WHERE id = ?'),
      listBuyers: db.prepare(
        'SELECT id, name, created_at AS createdAt FROM buyers ORDER BY created_at, rowid',
      ),
      insertKey: db.prepare(
        `INSERT INTO api_keys (id, buyer_id, key_hash, prefix, created_at, scopes, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      limits: db.prepare('SELECT max_upload_bytes, max_active_runs FROM buyers WHERE id = ?'),
      setLimits: db.prepare(
        'UPDATE buyers SET max_upload_bytes = @maxUploadBytes, max_active_runs = @maxActiveRuns WHERE id = @id',
      ),
      keyByHash: db.prepare('SELECT * FROM api_keys WHERE key_hash = ?'),
      keyById: db.prepare('SELECT * FROM api_keys WHERE id = ?'),
      keysOf: db.prepare('SELECT * FROM api_keys WHERE buyer_id = ? ORDER BY created_at, rowid'),
      revoke: db.prepare('UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
      touch: db.prepare('UPDATE api_keys SET last_used_at = ? WHERE id = ?'),
    };
  }

  /** Creates a buyer with its first API key; the key is returned once and never stored. */
  async createBuyer(
    name: string,
    keyOptions: { scopes?: readonly Scope[]; expiresAt?: string } = {},
  ): Promise<{ buyer: Buyer; apiKey: string; keyId: string }> {
    return onDb(this.db, () => {
      const trimmed = name.trim();
      if (trimmed === '' || trimmed.length > 200)
        throw new RangeError('A buyer name has 1 to 200 characters.');
      return this.db.transaction(() => {
        const buyer = { id: `buyer_${random(12)}`, name: trimmed, createdAt: this.now() };
        this.statements.insertBuyer.run(buyer.id, buyer.name, buyer.createdAt);
        const { apiKey, keyId } = this.createKeySync(buyer.id, keyOptions);
        return { buyer, apiKey, keyId };
      })();
    });
  }

  /** A buyer by id. */
  async getBuyer(id: string): Promise<Buyer | undefined> {
    return onDb(this.db, () => this.getBuyerSync(id));
  }

  private getBuyerSync(id: string): Buyer | undefined {
    return this.statements.getBuyer.get(id) as Buyer | undefined;
  }

  /** Every buyer. */
  async listBuyers(): Promise<Buyer[]> {
    return onDb(this.db, () => {
      return this.statements.listBuyers.all() as Buyer[];
    });
  }

  /**
   * A new API key for a buyer; the secret is returned once. Without `scopes` the key may do everything;
   * with `expiresAt` it stops working at that moment.
   */
  async createKey(
    buyerId: string,
    options: { scopes?: readonly Scope[]; expiresAt?: string } = {},
  ): Promise<{ apiKey: string; keyId: string; scopes: Scope[]; expiresAt?: string }> {
    return onDb(this.db, () => this.createKeySync(buyerId, options));
  }

  private createKeySync(
    buyerId: string,
    options: { scopes?: readonly Scope[]; expiresAt?: string } = {},
  ): { apiKey: string; keyId: string; scopes: Scope[]; expiresAt?: string } {
    if (!this.getBuyerSync(buyerId)) throw new RangeError(`There is no buyer ${buyerId}.`);
    const scopes = SCOPES.filter((s) => s === 'read' || (options.scopes ?? SCOPES).includes(s));
    const apiKey = `${API_KEY_PREFIX}${random(32)}`;
    const keyId = `key_${random(12)}`;
    this.statements.insertKey.run(
      keyId,
      buyerId,
      hashKey(apiKey),
      apiKey.slice(0, 12),
      this.now(),
      scopes.join(' '),
      options.expiresAt ?? null,
    );
    return {
      apiKey,
      keyId,
      scopes,
      ...(options.expiresAt !== undefined && { expiresAt: options.expiresAt }),
    };
  }

  /** A buyer's own limits (absent ones fall back to the server's defaults). */
  async limitsOf(buyerId: string): Promise<BuyerLimits> {
    return onDb(this.db, () => this.limitsOfSync(buyerId));
  }

  private limitsOfSync(buyerId: string): BuyerLimits {
    const row = this.statements.limits.get(buyerId) as
      | { max_upload_bytes: number | null; max_active_runs: number | null }
      | undefined;
    return {
      ...(row?.max_upload_bytes != null && { maxUploadBytes: row.max_upload_bytes }),
      ...(row?.max_active_runs != null && { maxActiveRuns: row.max_active_runs }),
    };
  }

  /** Sets (or with `null` clears) a buyer's limits; false when there is no such buyer. */
  async setLimits(
    buyerId: string,
    limits: { maxUploadBytes?: number | null; maxActiveRuns?: number | null },
  ): Promise<boolean> {
    return onDb(this.db, () => {
      if (!this.getBuyerSync(buyerId)) return false;
      const current = this.limitsOfSync(buyerId);
      this.statements.setLimits.run({
        id: buyerId,
        maxUploadBytes:
          limits.maxUploadBytes === undefined ? (current.maxUploadBytes ?? null) : limits.maxUploadBytes,
        maxActiveRuns:
          limits.maxActiveRuns === undefined ? (current.maxActiveRuns ?? null) : limits.maxActiveRuns,
      });
      return true;
    });
  }

  /** The keys of a buyer, without secrets. */
  async keysOf(buyerId: string): Promise<ApiKeyInfo[]> {
    return onDb(this.db, () => {
      return (this.statements.keysOf.all(buyerId) as KeyRow[]).map(keyFromRow);
    });
  }

  /**
   * Revokes a key given by its id (`key_…`) or by the key itself. Returns the key's info, or undefined
   * when there is no such key. Revoking twice keeps the first revocation time.
   */
  async revokeKey(idOrKey: string): Promise<ApiKeyInfo | undefined> {
    return onDb(this.db, () => {
      const row = (
        idOrKey.startsWith(API_KEY_PREFIX)
          ? this.statements.keyByHash.get(hashKey(idOrKey))
          : this.statements.keyById.get(idOrKey)
      ) as KeyRow | undefined;
      if (!row) return undefined;
      this.statements.revoke.run(this.now(), row.id);
      return keyFromRow(this.statements.keyById.get(row.id) as KeyRow);
    });
  }

  /** The buyer a valid, unrevoked, unexpired key belongs to; undefined for anything else. */
  async authenticate(apiKey: string): Promise<Buyer | undefined> {
    return onDb(this.db, () => {
      const result = this.principalSync(apiKey);
      return 'buyer' in result ? result.buyer : undefined;
    });
  }

  /**
   * Who a key belongs to, with its scopes and the buyer's limits; or why it does not work. An unknown
   * and a revoked key are both `invalid` (which of the two is not told); an expired key says so, since
   * only its holder can present it.
   */
  async principal(apiKey: string): Promise<Principal | { refused: KeyRefusal }> {
    return onDb(this.db, () => this.principalSync(apiKey));
  }

  private principalSync(apiKey: string): Principal | { refused: KeyRefusal } {
    if (!API_KEY.test(apiKey)) return { refused: 'invalid' };
    return this.principalOfRow(this.statements.keyByHash.get(hashKey(apiKey)) as KeyRow | undefined);
  }

  /**
   * The same as {@link principal} for a key given by its id (`key_…`): what a browser session opened
   * with that key may do, decided by the same rules at the same moment as the key itself, so a session
   * never has more scopes, or a longer life, than its key.
   */
  async principalOfKey(keyId: string): Promise<Principal | { refused: KeyRefusal }> {
    return onDb(this.db, () => {
      return this.principalOfRow(this.statements.keyById.get(keyId) as KeyRow | undefined);
    });
  }

  private principalOfRow(row: KeyRow | undefined): Principal | { refused: KeyRefusal } {
    if (!row || row.revoked_at !== null) return { refused: 'invalid' };
    const now = this.now();
    if (row.expires_at !== null && Date.parse(row.expires_at) <= Date.parse(now))
      return { refused: 'expired' };
    // Recorded at most once a minute, so reading with a key is not a write every time.
    if (row.last_used_at === null || Date.parse(now) - Date.parse(row.last_used_at) > 60_000)
      this.statements.touch.run(now, row.id);
    const buyer = this.getBuyerSync(row.buyer_id);
    if (!buyer) return { refused: 'invalid' };
    return {
      buyer,
      keyId: row.id,
      scopes: row.scopes.split(' ') as Scope[],
      limits: this.limitsOfSync(buyer.id),
      ...(row.expires_at !== null && { expiresAt: row.expires_at }),
    };
  }
}
