/** The supplier portal store on SQLite and PostgreSQL: sign-in links, sessions, access links. */
import { beforeEach, describe, expect, test } from '@jest/globals';
import type { Sql } from '../../../server/store/sql.js';
import { PORTAL_SECRET, SupplierPortalStore } from '../../../server/store/supplier-portal.js';
import { storeBackends } from '../../support/backends.js';
import { rejectionOf } from '../../support/rejection.js';

const backends = storeBackends();

const T0 = '2026-01-01T00:00:00.000Z';
const T1 = '2026-01-01T00:15:00.000Z';
const T2 = '2026-01-01T01:00:00.000Z';

describe.each(backends.list)('on %s', (_name, open) => {
  let sql: Sql;
  let store: SupplierPortalStore;
  beforeEach(async () => {
    sql = await open();
    store = new SupplierPortalStore(sql);
  });

  test('a sign-in link is stored as a hash and redeems once, before it expires', async () => {
    const token = await store.createSignInLink('lev@example.nl', T0, T1);
    expect(token).toMatch(PORTAL_SECRET);
    expect(JSON.stringify(await sql.all('SELECT * FROM supplier_sign_in_links'))).not.toContain(token);
    expect(await store.redeemSignInLink(token, T0)).toEqual({ email: 'lev@example.nl' });
    expect(await store.redeemSignInLink(token, T0)).toEqual({ refused: 'used' });
    expect(await store.redeemSignInLink('x'.repeat(43), T0)).toEqual({ refused: 'unknown' });
    expect(await store.redeemSignInLink('not a token', T0)).toEqual({ refused: 'unknown' });
    const late = await store.createSignInLink('lev@example.nl', T0, T1);
    expect(await store.redeemSignInLink(late, T1)).toEqual({ refused: 'expired' });
    // Used and expired: used.
    expect(await store.redeemSignInLink(token, T2)).toEqual({ refused: 'used' });
  });

  test('two concurrent redemptions of one link: exactly one signs in', async () => {
    const token = await store.createSignInLink('lev@example.nl', T0, T1);
    const results = await Promise.all([
      store.redeemSignInLink(token, T0),
      store.redeemSignInLink(token, T0),
      store.redeemSignInLink(token, T0),
    ]);
    expect(results.filter((r) => 'email' in r)).toEqual([{ email: 'lev@example.nl' }]);
    expect(results.filter((r) => 'refused' in r)).toEqual([{ refused: 'used' }, { refused: 'used' }]);
  });

  test('creating a sign-in link prunes expired ones', async () => {
    const old = await store.createSignInLink('a@example.nl', T0, T1);
    await store.createSignInLink('b@example.nl', T2, '2026-01-01T02:00:00.000Z');
    expect(await store.redeemSignInLink(old, T2)).toEqual({ refused: 'unknown' });
    expect(await sql.all('SELECT email FROM supplier_sign_in_links')).toEqual([{ email: 'b@example.nl' }]);
  });

  test('sessions: opened with a csrf token, live until they expire, closed, expired ones pruned', async () => {
    const { id, session } = await store.openSession('lev@example.nl', T0, T1);
    expect(id).toMatch(PORTAL_SECRET);
    expect(session).toEqual({
      email: 'lev@example.nl',
      csrfToken: session.csrfToken,
      createdAt: T0,
      expiresAt: T1,
    });
    expect(session.csrfToken).toMatch(PORTAL_SECRET);
    expect(JSON.stringify(await sql.all('SELECT * FROM supplier_sessions'))).not.toContain(id);
    expect(await store.session(id, T0)).toEqual(session);
    expect(await store.session(id, T1)).toBeUndefined();
    expect(await store.session('x'.repeat(43), T0)).toBeUndefined();
    expect(await store.session('bad', T0)).toBeUndefined();
    const other = await store.openSession('ander@example.nl', T0, T2);
    await store.closeSession(other.id);
    expect(await store.session(other.id, T0)).toBeUndefined();
    await store.closeSession(other.id);
    await store.openSession('derde@example.nl', T1, T2);
    expect(await sql.all('SELECT email FROM supplier_sessions')).toEqual([{ email: 'derde@example.nl' }]);
  });

  test('access links are stored as hashes; expired ones are pruned when a new one is made', async () => {
    await sql.run("INSERT INTO buyers (id, name, created_at) VALUES ('b1', 'B', ?)", [T0]);
    await sql.run(
      "INSERT INTO profiles (id, buyer_id, latest_version, created_at, updated_at) VALUES ('p1', 'b1', 1, ?, ?)",
      [T0, T0],
    );
    await sql.run(
      `INSERT INTO invitations (id, buyer_id, profile_id, supplier_name, supplier_email, token_hash, created_at, expires_at)
       VALUES ('inv-1', 'b1', 'p1', 'L', 'lev@example.nl', 'h', ?, ?)`,
      [T0, T2],
    );
    const first = await store.createAccessLink('inv-1', 'lev@example.nl', T0, T1);
    expect(first).toMatch(PORTAL_SECRET);
    expect(JSON.stringify(await sql.all('SELECT * FROM supplier_access_links'))).not.toContain(first);
    await store.createAccessLink('inv-1', 'lev@example.nl', T1, T2);
    expect(await sql.all('SELECT expires_at FROM supplier_access_links')).toEqual([{ expires_at: T2 }]);
    expect(await rejectionOf(store.createAccessLink('inv-unknown', 'lev@example.nl', T1, T2))).toMatch(
      /FOREIGN KEY|foreign key/,
    );
  });
});
