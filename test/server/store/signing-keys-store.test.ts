/**
 * The signing-key store on both backends (SQLite and PostgreSQL): the first key is made on first
 * use (once, also when asked for at once), rotation, revocation, the published key set, encryption.
 */
import { sign, verify } from 'node:crypto';
import { beforeEach, describe, expect, test } from '@jest/globals';
import { SigningKeySecretError, SigningKeyStore } from '../../../server/store/signing-keys.js';
import type { Sql } from '../../../server/store/sql.js';
import { storeBackends } from '../../support/backends.js';

const backends = storeBackends();

describe.each(backends.list)('signing-key store on %s', (_name, open) => {
  let sql: Sql;
  let clock: number;
  const now = (): Date => {
    clock += 1000;
    return new Date(clock);
  };
  beforeEach(async () => {
    sql = await open();
    clock = Date.parse('2026-01-01T00:00:00.000Z');
  });

  test('makes the first key on first use, once, also when two stores ask at once', async () => {
    const store = new SigningKeyStore(sql, { now });
    expect(await store.list()).toEqual([]);
    const [a, b, c] = await Promise.all([
      store.active(),
      new SigningKeyStore(sql, { now }).active(),
      new SigningKeyStore(sql, { now }).active(),
    ]);
    expect(b.kid).toBe(a.kid);
    expect(c.kid).toBe(a.kid);
    const keys = await store.list();
    expect(keys.map((k) => k.kid)).toEqual([a.kid]);
    expect(keys[0]).toMatchObject({
      encrypted: false,
      publicJwk: { kty: 'OKP', crv: 'Ed25519', kid: a.kid },
    });
    expect((await store.active()).kid).toBe(a.kid);
    const signature = sign(null, Buffer.from('x'), a.privateKey);
    expect(verify(null, Buffer.from('x'), a.privateKey, signature)).toBe(true);
  });

  test('rotation retires the current key (it still verifies); revocation takes it out of the key set', async () => {
    const store = new SigningKeyStore(sql, { now });
    const first = await store.active();
    const second = await store.rotate();
    expect(second.kid).not.toBe(first.kid);
    expect((await store.active()).kid).toBe(second.kid);
    const old = await store.get(first.kid);
    expect(old?.retiredAt).toEqual(expect.any(String));
    expect((await store.get(second.kid))?.retiredAt).toBeUndefined();
    expect(await store.get('nope')).toBeUndefined();
    expect((await store.list()).map((k) => k.kid)).toEqual([first.kid, second.kid]);
    expect((await store.jwks()).keys.map((k) => k.kid)).toEqual([first.kid, second.kid]);

    expect(await store.revoke(first.kid)).toBe(true);
    expect(await store.revoke(first.kid)).toBe(false);
    expect(await store.revoke('nope')).toBe(false);
    const jwks = await store.jwks();
    expect(jwks.keys.map((k) => k.kid)).toEqual([second.kid]);
    expect(jwks.revoked).toEqual([{ kid: first.kid, revokedAt: expect.any(String) }]);
    // Revoking the current key: the next use makes a new one.
    await store.revoke(second.kid);
    const third = await store.active();
    expect([first.kid, second.kid]).not.toContain(third.kid);
  });

  test('two rotations at once leave exactly one current key', async () => {
    const store = new SigningKeyStore(sql, { now });
    await store.active();
    await Promise.all([store.rotate(), new SigningKeyStore(sql, { now }).rotate()]);
    const current = (await store.list()).filter((k) => !k.retiredAt && !k.revokedAt);
    expect(current).toHaveLength(1);
    expect((await store.active()).kid).toBe(current[0]!.kid);
  });

  test('an encrypted key opens only with its secret', async () => {
    const store = new SigningKeyStore(sql, { secret: 'right', now });
    const key = await store.active();
    expect((await store.get(key.kid))?.encrypted).toBe(true);
    const stored = await sql.get<{ private_key: string }>(
      'SELECT private_key FROM signing_keys WHERE kid = ?',
      [key.kid],
    );
    expect(stored?.private_key).not.toContain('PRIVATE KEY');
    expect((await new SigningKeyStore(sql, { secret: 'right' }).active()).kid).toBe(key.kid);
    await expect(new SigningKeyStore(sql).active()).rejects.toThrow(SigningKeySecretError);
    await expect(new SigningKeyStore(sql, { secret: 'wrong' }).active()).rejects.toThrow(/cannot be opened/);
  });
});
