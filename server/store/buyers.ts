/**
 * Buyers and their API keys. A key is a long random secret shown once; only its SHA-256 is stored
 * (a 256-bit random secret needs no slow hash: there is nothing to guess), so a stolen database does
 * not give working keys. Keys can be revoked; a revoked key never works again.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from './database.js';

/** A buyer account. */
export interface Buyer {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
}

/** An API key as listed (never the secret itself). */
export interface ApiKeyInfo {
  readonly id: string;
  readonly buyerId: string;
  /** The first characters of the key, to recognise it. */
  readonly prefix: string;
  readonly createdAt: string;
  readonly revokedAt?: string;
  readonly lastUsedAt?: string;
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
}

const keyFromRow = (row: KeyRow): ApiKeyInfo => ({
  id: row.id,
  buyerId: row.buyer_id,
  prefix: row.prefix,
  createdAt: row.created_at,
  ...(row.revoked_at !== null && { revokedAt: row.revoked_at }),
  ...(row.last_used_at !== null && { lastUsedAt: row.last_used_at }),
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
        'INSERT INTO api_keys (id, buyer_id, key_hash, prefix, created_at) VALUES (?, ?, ?, ?, ?)',
      ),
      keyByHash: db.prepare('SELECT * FROM api_keys WHERE key_hash = ?'),
      keyById: db.prepare('SELECT * FROM api_keys WHERE id = ?'),
      keysOf: db.prepare('SELECT * FROM api_keys WHERE buyer_id = ? ORDER BY created_at, rowid'),
      revoke: db.prepare('UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
      touch: db.prepare('UPDATE api_keys SET last_used_at = ? WHERE id = ?'),
    };
  }

  /** Creates a buyer with its first API key; the key is returned once and never stored. */
  createBuyer(name: string): { buyer: Buyer; apiKey: string; keyId: string } {
    const trimmed = name.trim();
    if (trimmed === '' || trimmed.length > 200) throw new RangeError('A buyer name has 1 to 200 characters.');
    return this.db.transaction(() => {
      const buyer = { id: `buyer_${random(12)}`, name: trimmed, createdAt: this.now() };
      this.statements.insertBuyer.run(buyer.id, buyer.name, buyer.createdAt);
      const { apiKey, keyId } = this.createKey(buyer.id);
      return { buyer, apiKey, keyId };
    })();
  }

  /** A buyer by id. */
  getBuyer(id: string): Buyer | undefined {
    return this.statements.getBuyer.get(id) as Buyer | undefined;
  }

  /** Every buyer. */
  listBuyers(): Buyer[] {
    return this.statements.listBuyers.all() as Buyer[];
  }

  /** A new API key for a buyer; the secret is returned once. */
  createKey(buyerId: string): { apiKey: string; keyId: string } {
    if (!this.getBuyer(buyerId)) throw new RangeError(`There is no buyer ${buyerId}.`);
    const apiKey = `${API_KEY_PREFIX}${random(32)}`;
    const keyId = `key_${random(12)}`;
    this.statements.insertKey.run(keyId, buyerId, hashKey(apiKey), apiKey.slice(0, 12), this.now());
    return { apiKey, keyId };
  }

  /** The keys of a buyer, without secrets. */
  keysOf(buyerId: string): ApiKeyInfo[] {
    return (this.statements.keysOf.all(buyerId) as KeyRow[]).map(keyFromRow);
  }

  /**
   * Revokes a key given by its id (`key_…`) or by the key itself. Returns the key's info, or undefined
   * when there is no such key. Revoking twice keeps the first revocation time.
   */
  revokeKey(idOrKey: string): ApiKeyInfo | undefined {
    const row = (
      idOrKey.startsWith(API_KEY_PREFIX)
        ? this.statements.keyByHash.get(hashKey(idOrKey))
        : this.statements.keyById.get(idOrKey)
    ) as KeyRow | undefined;
    if (!row) return undefined;
    this.statements.revoke.run(this.now(), row.id);
    return keyFromRow(this.statements.keyById.get(row.id) as KeyRow);
  }

  /** The buyer a valid, unrevoked key belongs to; undefined for anything else. */
  authenticate(apiKey: string): Buyer | undefined {
    if (!API_KEY.test(apiKey)) return undefined;
    const row = this.statements.keyByHash.get(hashKey(apiKey)) as KeyRow | undefined;
    if (!row || row.revoked_at !== null) return undefined;
    const now = this.now();
    // Recorded at most once a minute, so reading with a key is not a write every time.
    if (row.last_used_at === null || Date.parse(now) - Date.parse(row.last_used_at) > 60_000)
      this.statements.touch.run(now, row.id);
    return this.getBuyer(row.buyer_id);
  }
}
