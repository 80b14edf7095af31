/** The invitation store on SQLite and PostgreSQL: invitations, their links, runs and reviews. */
import { beforeEach, describe, expect, test } from '@jest/globals';
import { INVITATION_ID, INVITATION_TOKEN, InvitationStore } from '../../../server/store/invitations.js';
import type { Sql } from '../../../server/store/sql.js';
import { SupplierPortalStore } from '../../../server/store/supplier-portal.js';
import { storeBackends } from '../../support/backends.js';
import { rejectionOf } from '../../support/rejection.js';

const backends = storeBackends();

const T0 = '2026-01-01T00:00:00.000Z';
const LATER = '2099-01-01T00:00:00.000Z';

async function seed(sql: Sql): Promise<void> {
  for (const buyer of ['b1', 'b2']) {
    await sql.run('INSERT INTO buyers (id, name, created_at) VALUES (?, ?, ?)', [buyer, buyer, T0]);
    await sql.run(
      'INSERT INTO profiles (id, buyer_id, latest_version, created_at, updated_at) VALUES (?, ?, 1, ?, ?)',
      [`p-${buyer}`, buyer, T0, T0],
    );
  }
}

describe.each(backends.list)('on %s', (_name, open) => {
  let sql: Sql;
  let store: InvitationStore;
  const create = (buyerId: string, createdAt = T0, supplierEmail = 'lev@example.nl') =>
    store.create({
      buyerId,
      profileId: `p-${buyerId}`,
      supplierName: 'Leverancier BV',
      supplierEmail,
      createdAt,
      expiresAt: LATER,
    });

  beforeEach(async () => {
    sql = await open();
    await seed(sql);
    store = new InvitationStore(sql);
  });

  test('create stores an invitation (language nl by default, master data kept) and returns a one-time token', async () => {
    const { invitation, token } = await create('b1');
    expect(invitation.id).toMatch(INVITATION_ID);
    expect(token).toMatch(INVITATION_TOKEN);
    expect(invitation).toEqual({
      id: invitation.id,
      buyerId: 'b1',
      profileId: 'p-b1',
      supplierName: 'Leverancier BV',
      supplierEmail: 'lev@example.nl',
      createdAt: T0,
      expiresAt: LATER,
      language: 'nl',
    });
    const stored = await sql.all<{ token_hash: string }>('SELECT token_hash FROM invitations');
    expect(JSON.stringify(stored)).not.toContain(token);
    const master = { name: 'Leverancier BV', vatId: 'NL123456789B01' };
    const second = await store.create({
      buyerId: 'b1',
      profileId: 'p-b1',
      supplierName: 'X',
      supplierEmail: 'x@example.nl',
      createdAt: T0,
      expiresAt: LATER,
      language: 'en',
      masterData: master as never,
    });
    expect(second.invitation.language).toBe('en');
    expect(second.invitation.masterData).toEqual(master);
  });

  test('byToken finds the invitation by its link, not by a wrong or malformed token', async () => {
    const { invitation, token } = await create('b1');
    expect(await store.byToken(token)).toEqual(invitation);
    expect(await store.byToken('x'.repeat(43))).toBeUndefined();
    expect(await store.byToken('not a token')).toBeUndefined();
  });

  test('byToken opens an invitation through a live supplier access link for its own e-mail only', async () => {
    const { invitation } = await create('b1');
    const portal = new SupplierPortalStore(sql);
    const access = await portal.createAccessLink(invitation.id, 'lev@example.nl', T0, LATER);
    expect((await store.byToken(access))?.id).toBe(invitation.id);
    const other = await portal.createAccessLink(invitation.id, 'ander@example.nl', T0, LATER);
    expect(await store.byToken(other)).toBeUndefined();
    const expired = await portal.createAccessLink(
      invitation.id,
      'lev@example.nl',
      T0,
      '2026-01-02T00:00:00.000Z',
    );
    expect(await store.byToken(expired)).toBeUndefined();
  });

  test('get, list and bySupplierEmail: per buyer, newest first (ties in insertion order reversed)', async () => {
    const a = (await create('b1', T0)).invitation;
    const b = (await create('b1', T0)).invitation;
    const c = (await create('b1', '2026-02-01T00:00:00.000Z', 'ander@example.nl')).invitation;
    const d = (await create('b2', T0)).invitation;
    expect(await store.get('b1', a.id)).toEqual(a);
    expect(await store.get('b2', a.id)).toBeUndefined();
    expect(await store.get('b1', 'inv_doesnotexist0000')).toBeUndefined();
    expect(await store.get('b1', 'bad id')).toBeUndefined();
    expect((await store.list('b1')).map((i) => i.id)).toEqual([c.id, b.id, a.id]);
    expect((await store.list('b2')).map((i) => i.id)).toEqual([d.id]);
    expect(await store.list('nobody')).toEqual([]);
    expect((await store.bySupplierEmail('lev@example.nl')).map((i) => i.id)).toEqual([d.id, b.id, a.id]);
    expect(await store.bySupplierEmail('LEV@example.nl')).toEqual([]);
  });

  test('revoke keeps the first revocation time; another buyer or an unknown id gives false', async () => {
    const { invitation } = await create('b1');
    expect(await store.revoke('b2', invitation.id, '2026-01-02T00:00:00.000Z')).toBe(false);
    expect(await store.revoke('b1', 'inv_doesnotexist0000', '2026-01-02T00:00:00.000Z')).toBe(false);
    expect(await store.revoke('b1', invitation.id, '2026-01-02T00:00:00.000Z')).toBe(true);
    expect(await store.revoke('b1', invitation.id, '2026-01-03T00:00:00.000Z')).toBe(true);
    expect((await store.get('b1', invitation.id))?.revokedAt).toBe('2026-01-02T00:00:00.000Z');
  });

  test('newToken replaces the link (the old one stops), sets the expiry and lifts a revocation', async () => {
    const { invitation, token } = await create('b1');
    await store.revoke('b1', invitation.id, '2026-01-02T00:00:00.000Z');
    expect(await store.newToken('b2', invitation.id, '2030-01-01T00:00:00.000Z')).toBeUndefined();
    const fresh = await store.newToken('b1', invitation.id, '2030-01-01T00:00:00.000Z');
    expect(fresh).toMatch(INVITATION_TOKEN);
    expect(await store.byToken(token)).toBeUndefined();
    const now = await store.byToken(fresh!);
    expect(now?.id).toBe(invitation.id);
    expect(now?.expiresAt).toBe('2030-01-01T00:00:00.000Z');
    expect(now?.revokedAt).toBeUndefined();
  });

  test('markOpened keeps the first time; setInventory and setMasterData store and clear', async () => {
    const { invitation } = await create('b1');
    await store.markOpened(invitation.id, '2026-01-02T00:00:00.000Z');
    await store.markOpened(invitation.id, '2026-01-03T00:00:00.000Z');
    expect((await store.get('b1', invitation.id))?.openedAt).toBe('2026-01-02T00:00:00.000Z');
    const inventory = { software: 'other', softwareOther: 'Excel', handmade: 'yes', updatedAt: T0 } as const;
    await store.setInventory(invitation.id, inventory);
    expect((await store.get('b1', invitation.id))?.inventory).toEqual(inventory);
    const master = { name: 'Leverancier BV' };
    expect(await store.setMasterData('b2', invitation.id, master as never)).toBe(false);
    expect(await store.setMasterData('b1', invitation.id, master as never)).toBe(true);
    expect((await store.get('b1', invitation.id))?.masterData).toEqual(master);
    expect(await store.setMasterData('b1', invitation.id, undefined)).toBe(true);
    expect((await store.get('b1', invitation.id))?.masterData).toBeUndefined();
  });

  test('inTransaction commits together, or rolls back together when the work fails', async () => {
    const { invitation } = await create('b1');
    await store.inTransaction(async () => {
      await store.markOpened(invitation.id, '2026-01-02T00:00:00.000Z');
      await store.addRun(invitation.id, 'run-1', T0);
    });
    expect((await store.get('b1', invitation.id))?.openedAt).toBeDefined();
    await expect(
      store.inTransaction(async () => {
        await store.addRun(invitation.id, 'run-2', T0);
        throw new Error('fails');
      }),
    ).rejects.toThrow('fails');
    expect((await store.runsOf(invitation.id)).map((r) => r.runId)).toEqual(['run-1']);
  });

  test('addRun, runsOf (newest first, with the run when it still exists) and invitationOfRun', async () => {
    const { invitation } = await create('b1');
    await sql.run(
      `INSERT INTO runs (id, status, profile_id, profile_version, profile_json, file_sha256, file_bytes, file_kind,
         verdict, created_at, finished_at, buyer_id)
       VALUES ('run-a', 'completed', 'p-b1', 1, '{}', 'abc', 10, 'pdf', 'accepted', ?, ?, 'b1')`,
      [T0, '2026-01-01T00:01:00.000Z'],
    );
    await store.addRun(invitation.id, 'run-a', T0);
    await store.addRun(invitation.id, 'run-gone', T0);
    await store.addRun(invitation.id, 'run-b', '2026-01-05T00:00:00.000Z');
    expect(await store.runsOf(invitation.id)).toEqual([
      { runId: 'run-b', createdAt: '2026-01-05T00:00:00.000Z' },
      { runId: 'run-gone', createdAt: T0 },
      {
        runId: 'run-a',
        createdAt: T0,
        status: 'completed',
        verdict: 'accepted',
        finishedAt: '2026-01-01T00:01:00.000Z',
      },
    ]);
    expect(await store.runsOf('inv_nothing')).toEqual([]);
    expect(await store.invitationOfRun('run-a')).toBe(invitation.id);
    expect(await store.invitationOfRun('run-x')).toBeUndefined();
    expect(await rejectionOf(store.addRun(invitation.id, 'run-a', T0))).toMatch(/UNIQUE|unique/);
  });

  test('addReview numbers reviews; reviewsOfRun and reviewsOfInvitation list them oldest first', async () => {
    const { invitation } = await create('b1');
    const first = await store.addReview({
      runId: 'run-a',
      buyerId: 'b1',
      invitationId: invitation.id,
      decision: 'rejected',
      comment: 'bedrag klopt niet',
      reviewer: 'jan@acme.nl',
      createdAt: T0,
    });
    expect(first).toEqual({
      id: first.id,
      runId: 'run-a',
      buyerId: 'b1',
      invitationId: invitation.id,
      decision: 'rejected',
      comment: 'bedrag klopt niet',
      reviewer: 'jan@acme.nl',
      createdAt: T0,
    });
    expect(typeof first.id).toBe('number');
    const second = await store.addReview({
      runId: 'run-a',
      buyerId: 'b1',
      invitationId: invitation.id,
      decision: 'approved',
      comment: 'toch goed',
      reviewer: 'jan@acme.nl',
      createdAt: T0,
      override: true,
    });
    expect(second.id).toBeGreaterThan(first.id);
    expect(second.override).toBe(true);
    const loose = await store.addReview({
      runId: 'run-b',
      buyerId: 'b1',
      decision: 'approved',
      reviewer: 'pfk_abc',
      createdAt: T0,
    });
    expect(loose).toEqual({
      id: loose.id,
      runId: 'run-b',
      buyerId: 'b1',
      decision: 'approved',
      reviewer: 'pfk_abc',
      createdAt: T0,
    });
    expect(await store.reviewsOfRun('run-a')).toEqual([first, second]);
    expect(await store.reviewsOfInvitation(invitation.id)).toEqual([first, second]);
    expect(await store.reviewsOfRun('run-x')).toEqual([]);
  });

  test('two concurrent revocations both find the invitation and keep one revocation time', async () => {
    const { invitation } = await create('b1');
    const results = await Promise.all([
      store.revoke('b1', invitation.id, '2026-01-02T00:00:00.000Z'),
      store.revoke('b1', invitation.id, '2026-01-03T00:00:00.000Z'),
    ]);
    expect(results).toEqual([true, true]);
    expect(['2026-01-02T00:00:00.000Z', '2026-01-03T00:00:00.000Z']).toContain(
      (await store.get('b1', invitation.id))?.revokedAt,
    );
  });
});
