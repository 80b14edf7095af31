/** Buyers, API keys, scopes and limits as stored, on SQLite and on PostgreSQL. */
import { beforeEach, describe, expect, test } from '@jest/globals';
import { BuyerStore, SCOPES } from '../../../server/store/buyers.js';
import type { Sql } from '../../../server/store/sql.js';
import { storeBackends } from '../../support/backends.js';

const backends = storeBackends();

describe.each(backends.list)('on %s', (_name, open) => {
  let db: Sql;
  let now: string;
  let buyers: BuyerStore;
  beforeEach(async () => {
    db = await open();
    now = '2026-01-12T09:00:00.000Z';
    buyers = new BuyerStore(db, () => now);
  });

  test('buyers are listed oldest first and found by id; a bad name is refused', async () => {
    const a = (await buyers.createBuyer('A')).buyer;
    now = '2026-01-12T09:00:01.000Z';
    const b = (await buyers.createBuyer('B')).buyer;
    now = '2026-01-12T09:00:00.000Z';
    const c = (await buyers.createBuyer('C')).buyer;
    expect(await buyers.listBuyers()).toEqual([a, c, b]);
    expect(await buyers.getBuyer(b.id)).toEqual({
      id: b.id,
      name: 'B',
      createdAt: '2026-01-12T09:00:01.000Z',
    });
    expect(await buyers.getBuyer('buyer_nope')).toBeUndefined();
    await expect(buyers.createBuyer('   ')).rejects.toThrow(RangeError);
    await expect(buyers.createBuyer('x'.repeat(201))).rejects.toThrow(RangeError);
    expect(await buyers.listBuyers()).toHaveLength(3);
  });

  test('keys carry their scopes and expiry; a key for an unknown buyer is refused', async () => {
    const { buyer, apiKey, keyId } = await buyers.createBuyer('ACME', { scopes: ['runs:write'] });
    const second = await buyers.createKey(buyer.id, {
      scopes: ['webhooks:write', 'read'],
      expiresAt: '2026-01-12T10:00:00.000Z',
    });
    expect(second.scopes).toEqual(['read', 'webhooks:write']);
    const third = await buyers.createKey(buyer.id);
    expect(third.scopes).toEqual(SCOPES);
    expect(third.expiresAt).toBeUndefined();
    await expect(buyers.createKey('buyer_nope')).rejects.toThrow(/no buyer buyer_nope/);
    const keys = await buyers.keysOf(buyer.id);
    expect(keys.map((k) => k.id)).toEqual([keyId, second.keyId, third.keyId]);
    expect(keys[0]).toEqual({
      id: keyId,
      buyerId: buyer.id,
      prefix: apiKey.slice(0, 12),
      createdAt: now,
      scopes: ['read', 'runs:write'],
    });
    expect(keys[1]?.expiresAt).toBe('2026-01-12T10:00:00.000Z');
    expect(await buyers.keysOf('buyer_nope')).toEqual([]);
  });

  test('a principal: buyer, scopes, limits; expired and revoked keys are refused', async () => {
    const { buyer, apiKey, keyId } = await buyers.createBuyer('ACME', { scopes: ['profiles:write'] });
    const expiring = await buyers.createKey(buyer.id, { expiresAt: '2026-01-12T10:00:00.000Z' });
    expect(await buyers.principal(apiKey)).toEqual({
      buyer,
      keyId,
      scopes: ['read', 'profiles:write'],
      limits: {},
    });
    expect(await buyers.principalOfKey(expiring.keyId)).toMatchObject({
      buyer,
      keyId: expiring.keyId,
      expiresAt: '2026-01-12T10:00:00.000Z',
    });
    now = '2026-01-12T10:00:00.000Z';
    expect(await buyers.principal(expiring.apiKey)).toEqual({ refused: 'expired' });
    expect(await buyers.principalOfKey(expiring.keyId)).toEqual({ refused: 'expired' });
    expect(await buyers.authenticate(expiring.apiKey)).toBeUndefined();
    expect(await buyers.principal('pfk_short')).toEqual({ refused: 'invalid' });
    expect(await buyers.principalOfKey('key_nope')).toEqual({ refused: 'invalid' });
    await buyers.revokeKey(keyId);
    expect(await buyers.principal(apiKey)).toEqual({ refused: 'invalid' });
    expect(await buyers.principalOfKey(keyId)).toEqual({ refused: 'invalid' });
  });

  test('use is recorded at most once a minute', async () => {
    const { buyer, apiKey } = await buyers.createBuyer('ACME');
    const lastUsed = async () => (await buyers.keysOf(buyer.id))[0]?.lastUsedAt;
    expect(await lastUsed()).toBeUndefined();
    await buyers.authenticate(apiKey);
    expect(await lastUsed()).toBe('2026-01-12T09:00:00.000Z');
    now = '2026-01-12T09:00:59.000Z';
    await buyers.authenticate(apiKey);
    expect(await lastUsed()).toBe('2026-01-12T09:00:00.000Z');
    now = '2026-01-12T09:01:01.000Z';
    await buyers.authenticate(apiKey);
    expect(await lastUsed()).toBe('2026-01-12T09:01:01.000Z');
  });

  test('limits are set, kept when not given, cleared with null, and reach the principal', async () => {
    const { buyer, apiKey } = await buyers.createBuyer('ACME');
    expect(await buyers.limitsOf(buyer.id)).toEqual({});
    expect(await buyers.setLimits(buyer.id, { maxUploadBytes: 5_000_000_000 })).toBe(true);
    expect(await buyers.setLimits(buyer.id, { maxActiveRuns: 3 })).toBe(true);
    expect(await buyers.limitsOf(buyer.id)).toEqual({ maxUploadBytes: 5_000_000_000, maxActiveRuns: 3 });
    expect(await buyers.principal(apiKey)).toMatchObject({
      limits: { maxUploadBytes: 5_000_000_000, maxActiveRuns: 3 },
    });
    expect(await buyers.setLimits(buyer.id, {})).toBe(true);
    expect(await buyers.setLimits(buyer.id, { maxUploadBytes: null })).toBe(true);
    expect(await buyers.limitsOf(buyer.id)).toEqual({ maxActiveRuns: 3 });
    expect(await buyers.setLimits('buyer_nope', { maxActiveRuns: 1 })).toBe(false);
    expect(await buyers.setLimits('buyer_nope', {})).toBe(false);
    expect(await buyers.limitsOf('buyer_nope')).toEqual({});
  });

  test('revoking twice, or twice at once, keeps the first revocation time', async () => {
    const { apiKey, keyId } = await buyers.createBuyer('ACME');
    const first = (await buyers.revokeKey(keyId))!;
    expect(first.revokedAt).toBe('2026-01-12T09:00:00.000Z');
    now = '2026-01-12T11:00:00.000Z';
    expect((await buyers.revokeKey(apiKey))?.revokedAt).toBe('2026-01-12T09:00:00.000Z');
    const other = await buyers.createKey(first.buyerId);
    const both = await Promise.all([buyers.revokeKey(other.keyId), buyers.revokeKey(other.apiKey)]);
    expect(both.map((k) => k?.revokedAt)).toEqual([now, now]);
    expect(await buyers.revokeKey('key_nope')).toBeUndefined();
    expect(await buyers.revokeKey(`pfk_${'A'.repeat(43)}`)).toBeUndefined();
  });
});
