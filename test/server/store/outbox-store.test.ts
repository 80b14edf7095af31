/**
 * The outbox store on both backends (SQLite and PostgreSQL): messages and their delivery state, a
 * buyer's outbox page, the once-only notices, reminders due and forgotten tokens.
 */
import { beforeEach, describe, expect, test } from '@jest/globals';
import { type NewOutboxMessage, OutboxStore } from '../../../server/store/outbox.js';
import type { Sql } from '../../../server/store/sql.js';
import { storeBackends } from '../../support/backends.js';

const backends = storeBackends();

const T0 = '2026-01-01T00:00:00.000Z';
const at = (minute: number): string => new Date(Date.parse(T0) + minute * 60_000).toISOString();

const message = (over: Partial<NewOutboxMessage> = {}): NewOutboxMessage => ({
  buyerId: 'buyer_a',
  kind: 'invitation',
  to: 'supplier@example.com',
  from: 'noreply@example.com',
  subject: 'Invitation',
  text: 'Hello',
  messageId: '<m1@example.com>',
  language: 'en',
  status: 'pending',
  nextAttemptAt: T0,
  createdAt: T0,
  ...over,
});

describe.each(backends.list)('outbox store on %s', (_name, open) => {
  let sql: Sql;
  let store: OutboxStore;
  beforeEach(async () => {
    sql = await open();
    for (const id of ['buyer_a', 'buyer_b'])
      await sql.run('INSERT INTO buyers (id, name, created_at) VALUES (?, ?, ?)', [id, id, T0]);
    store = new OutboxStore(sql);
  });

  test('stores a message and reads it back; another buyer does not see it', async () => {
    const stored = await store.insert(
      message({ inReplyTo: '<a@x>', references: '<a@x> <b@x>', lastError: 'earlier', status: 'held' }),
    );
    expect(stored).toEqual({
      id: expect.stringMatching(/^msg_[A-Za-z0-9_-]{16}$/),
      buyerId: 'buyer_a',
      kind: 'invitation',
      to: 'supplier@example.com',
      from: 'noreply@example.com',
      subject: 'Invitation',
      text: 'Hello',
      messageId: '<m1@example.com>',
      inReplyTo: '<a@x>',
      references: '<a@x> <b@x>',
      language: 'en',
      status: 'held',
      attempts: 0,
      nextAttemptAt: T0,
      lastError: 'earlier',
      createdAt: T0,
    });
    expect(await store.byId(stored.id)).toEqual(stored);
    expect(await store.get('buyer_a', stored.id)).toEqual(stored);
    expect(await store.get('buyer_b', stored.id)).toBeUndefined();
    expect(await store.get('buyer_a', 'msg_bad')).toBeUndefined();
    expect(await store.byId('msg_AAAAAAAAAAAAAAAA')).toBeUndefined();
    const noBuyer = await store.insert(
      message({ buyerId: undefined, nextAttemptAt: undefined, status: 'held' }),
    );
    expect(noBuyer.buyerId).toBeUndefined();
    expect(noBuyer.nextAttemptAt).toBeUndefined();
  });

  test('the queue: due oldest first, retries, sent and failed', async () => {
    const a = await store.insert(message({ nextAttemptAt: at(2) }));
    const b = await store.insert(message({ nextAttemptAt: at(1) }));
    const c = await store.insert(message({ nextAttemptAt: at(1) }));
    await store.insert(message({ status: 'held', nextAttemptAt: undefined }));
    expect(await store.pendingCount()).toBe(3);
    expect(await store.nextDueAt()).toBe(at(1));
    expect((await store.due(at(0), 10)).map((m) => m.id)).toEqual([]);
    expect((await store.due(at(5), 10)).map((m) => m.id)).toEqual([b.id, c.id, a.id]);
    expect((await store.due(at(5), 1)).map((m) => m.id)).toEqual([b.id]);

    await store.markRetry(b.id, at(10), 'connection refused');
    expect(await store.byId(b.id)).toMatchObject({
      status: 'pending',
      attempts: 1,
      nextAttemptAt: at(10),
      lastError: 'connection refused',
    });
    await store.markSent(c.id, at(3));
    const sent = await store.byId(c.id);
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, sentAt: at(3) });
    expect(sent?.nextAttemptAt).toBeUndefined();
    await store.markFailed(a.id, '550 no such user');
    expect(await store.byId(a.id)).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: '550 no such user',
    });
    expect(await store.pendingCount()).toBe(1);
    expect(await store.nextDueAt()).toBe(at(10));
    await store.markSent(b.id, at(11));
    expect(await store.pendingCount()).toBe(0);
    expect(await store.nextDueAt()).toBeUndefined();
  });

  test('lists a buyer’s messages newest first, by status, after a cursor', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++)
      ids.push((await store.insert(message({ createdAt: at(i), status: i % 2 ? 'held' : 'pending' }))).id);
    await store.insert(message({ buyerId: 'buyer_b' }));
    const first = await store.list({ buyerId: 'buyer_a', limit: 3 });
    expect(first.map((m) => m.id)).toEqual([ids[3], ids[2], ids[1]]);
    const last = first[2]!;
    expect(
      (
        await store.list({ buyerId: 'buyer_a', after: { createdAt: last.createdAt, id: last.id }, limit: 3 })
      ).map((m) => m.id),
    ).toEqual([ids[0]]);
    expect((await store.list({ buyerId: 'buyer_a', status: 'held', limit: 10 })).map((m) => m.id)).toEqual([
      ids[3],
      ids[1],
    ]);
    expect(await store.list({ buyerId: 'buyer_a', status: 'sent', limit: 10 })).toEqual([]);
  });

  test('a notice is claimed once; concurrent claims: exactly one wins', async () => {
    expect(await store.notice('invitation', 'inv_1')).toBeUndefined();
    expect(await store.claimNotice('invitation', 'inv_1', T0, { language: 'de', data: 'token' })).toBe(true);
    expect(await store.claimNotice('invitation', 'inv_1', T0)).toBe(false);
    expect(await store.notice('invitation', 'inv_1')).toEqual({ language: 'de', data: 'token' });
    expect(await store.claimNotice('invitation-reminder', 'inv_1', T0)).toBe(true);
    expect(await store.notice('invitation-reminder', 'inv_1')).toEqual({});

    const other = new OutboxStore(sql);
    const wins = await Promise.all([
      store.transaction(() => store.claimNotice('run-notice', 'run_1', T0)),
      other.transaction(() => other.claimNotice('run-notice', 'run_1', T0)),
      store.claimNotice('run-notice', 'run_1', T0),
    ]);
    expect(wins.filter(Boolean)).toHaveLength(1);
  });

  test('a transaction stores the notice and its message together or not at all', async () => {
    await expect(
      store.transaction(async () => {
        await store.claimNotice('invitation', 'inv_9', T0);
        await store.insert(message({ subject: 'lost' }));
        throw new Error('send refused');
      }),
    ).rejects.toThrow('send refused');
    expect(await store.notice('invitation', 'inv_9')).toBeUndefined();
    expect(await store.list({ buyerId: 'buyer_a', limit: 10 })).toEqual([]);
    const kept = await store.transaction(async () => {
      expect(await store.claimNotice('invitation', 'inv_9', T0)).toBe(true);
      return store.insert(message());
    });
    expect(await store.byId(kept.id)).toEqual(kept);
  });

  test('reminders are due for live e-mailed invitations without runs or a reminder; dead tokens are forgotten', async () => {
    await sql.run(
      `INSERT INTO profiles (id, buyer_id, latest_version, created_at, updated_at) VALUES ('prof_1', 'buyer_a', 1, ?, ?)`,
      [T0, T0],
    );
    const invite = (id: string, createdAt: string, expiresAt: string, revokedAt: string | null = null) =>
      sql.run(
        `INSERT INTO invitations (id, buyer_id, profile_id, supplier_name, supplier_email, token_hash, created_at,
           expires_at, revoked_at) VALUES (?, 'buyer_a', 'prof_1', 'S', 's@example.com', ?, ?, ?, ?)`,
        [id, `hash_${id}`, createdAt, expiresAt, revokedAt],
      );
    const far = '2027-01-01T00:00:00.000Z';
    await invite('inv_due2', at(2), far);
    await invite('inv_due1', at(1), far);
    await invite('inv_new', at(100), far); // too new
    await invite('inv_nomail', at(1), far); // its invitation did not go out by e-mail
    await invite('inv_tested', at(1), far);
    await invite('inv_reminded', at(1), far);
    await invite('inv_revoked', at(1), far, at(5));
    await invite('inv_expired', at(1), at(30));
    for (const id of [
      'inv_due1',
      'inv_due2',
      'inv_new',
      'inv_tested',
      'inv_reminded',
      'inv_revoked',
      'inv_expired',
    ])
      await store.claimNotice('invitation', id, T0, { data: `token_${id}` });
    await store.claimNotice('invitation-reminder', 'inv_reminded', T0);
    await sql.run(
      `INSERT INTO invitation_runs (run_id, invitation_id, created_at) VALUES ('run_x', 'inv_tested', ?)`,
      [at(3)],
    );
    expect(await store.dueReminders(at(50), at(60))).toEqual([
      { invitationId: 'inv_due1', buyerId: 'buyer_a' },
      { invitationId: 'inv_due2', buyerId: 'buyer_a' },
    ]);
    expect(await store.dueReminders(at(50), at(60), 1)).toEqual([
      { invitationId: 'inv_due1', buyerId: 'buyer_a' },
    ]);

    expect(await store.forgetDeadTokens(at(60))).toBe(2);
    expect(await store.notice('invitation', 'inv_revoked')).toEqual({});
    expect(await store.notice('invitation', 'inv_expired')).toEqual({});
    expect(await store.notice('invitation', 'inv_due1')).toEqual({ data: 'token_inv_due1' });
    expect(await store.forgetDeadTokens(at(60))).toBe(0);
  });
});
