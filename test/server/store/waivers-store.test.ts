/** The waiver store on SQLite and PostgreSQL. */
import { beforeEach, describe, expect, test } from '@jest/globals';
import type { Sql } from '../../../server/store/sql.js';
import { WAIVER_ID, WaiverStore } from '../../../server/store/waivers.js';
import { storeBackends } from '../../support/backends.js';

const backends = storeBackends();
const T0 = '2026-01-01T00:00:00.000Z';

async function seed(sql: Sql): Promise<void> {
  for (const buyer of ['b1', 'b2']) {
    await sql.run('INSERT INTO buyers (id, name, created_at) VALUES (?, ?, ?)', [buyer, buyer, T0]);
    await sql.run(
      'INSERT INTO profiles (id, buyer_id, latest_version, created_at, updated_at) VALUES (?, ?, 1, ?, ?)',
      [`p-${buyer}`, buyer, T0, T0],
    );
    for (const n of [1, 2])
      await sql.run(
        `INSERT INTO invitations (id, buyer_id, profile_id, supplier_name, supplier_email, token_hash, created_at, expires_at)
         VALUES (?, ?, ?, 'L', 'l@example.nl', ?, ?, ?)`,
        [`inv-${buyer}-${n}`, buyer, `p-${buyer}`, `hash-${buyer}-${n}`, T0, T0],
      );
  }
}

describe.each(backends.list)('on %s', (_name, open) => {
  let store: WaiverStore;
  const create = (checkId: string, createdAt = T0, invitationId = 'inv-b1-1', until?: string) =>
    store.create({
      buyerId: 'b1',
      invitationId,
      checkId,
      reason: `waived ${checkId}`,
      ...(until !== undefined && { until }),
      createdBy: 'jan@acme.nl',
      createdAt,
    });

  beforeEach(async () => {
    const sql = await open();
    await seed(sql);
    store = new WaiverStore(sql);
  });

  test('create stores a waiver (with or without an expiry) and get finds it for its buyer only', async () => {
    const waiver = await create('fields.iban', T0, 'inv-b1-1', '2026-06-01T00:00:00.000Z');
    expect(waiver.id).toMatch(WAIVER_ID);
    expect(waiver).toEqual({
      id: waiver.id,
      buyerId: 'b1',
      invitationId: 'inv-b1-1',
      checkId: 'fields.iban',
      reason: 'waived fields.iban',
      until: '2026-06-01T00:00:00.000Z',
      createdBy: 'jan@acme.nl',
      createdAt: T0,
    });
    const open = await create('fields.vat');
    expect(open.until).toBeUndefined();
    expect(await store.get('b1', waiver.id)).toEqual(waiver);
    expect(await store.get('b2', waiver.id)).toBeUndefined();
    expect(await store.get('b1', 'wvr_doesnotexist0000')).toBeUndefined();
    expect(await store.get('b1', 'bad')).toBeUndefined();
  });

  test('ofInvitation lists all (removed too) oldest first; current leaves out removed ones', async () => {
    const a = await create('a', '2026-01-02T00:00:00.000Z');
    const b = await create('b', T0);
    const c = await create('c', '2026-01-02T00:00:00.000Z');
    await create('other', T0, 'inv-b1-2');
    expect(await store.remove('b1', c.id, '2026-01-03T00:00:00.000Z', 'piet@acme.nl')).toBe(true);
    const removed = await store.get('b1', c.id);
    expect(removed?.removedAt).toBe('2026-01-03T00:00:00.000Z');
    expect(removed?.removedBy).toBe('piet@acme.nl');
    expect((await store.ofInvitation('inv-b1-1')).map((w) => w.id)).toEqual([b.id, a.id, c.id]);
    expect((await store.current('inv-b1-1')).map((w) => w.id)).toEqual([b.id, a.id]);
    expect(await store.ofInvitation('inv-b2-1')).toEqual([]);
  });

  test('remove: false for another buyer or a second removal; the first removal is kept', async () => {
    const waiver = await create('a');
    expect(await store.remove('b2', waiver.id, T0, 'x')).toBe(false);
    expect(await store.remove('b1', waiver.id, '2026-01-03T00:00:00.000Z', 'piet@acme.nl')).toBe(true);
    expect(await store.remove('b1', waiver.id, '2026-01-04T00:00:00.000Z', 'kees@acme.nl')).toBe(false);
    expect((await store.get('b1', waiver.id))?.removedBy).toBe('piet@acme.nl');
    expect(await store.remove('b1', 'wvr_doesnotexist0000', T0, 'x')).toBe(false);
  });

  test('two concurrent removals: exactly one wins', async () => {
    const waiver = await create('a');
    const results = await Promise.all([
      store.remove('b1', waiver.id, '2026-01-03T00:00:00.000Z', 'piet@acme.nl'),
      store.remove('b1', waiver.id, '2026-01-04T00:00:00.000Z', 'kees@acme.nl'),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = results[0] ? 'piet@acme.nl' : 'kees@acme.nl';
    expect((await store.get('b1', waiver.id))?.removedBy).toBe(winner);
  });
});
