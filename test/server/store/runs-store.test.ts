/**
 * RunStore contract: the same cases on SQLite and on PostgreSQL (skipped where PostgreSQL is not
 * installed): insert and read back, claiming (oldest first, concurrent claims never share a run),
 * finishing, release, recovery after a restart, counts, erasure and the buyer's run list.
 */
import { beforeEach, describe, expect, test } from '@jest/globals';
import type { AcceptanceProfile } from '../../../engine/model/profile.js';
import { RunStore } from '../../../server/store/runs.js';
import type { Sql } from '../../../server/store/sql.js';
import { storeBackends } from '../../support/backends.js';

const backends = storeBackends();

const profile = { id: 'nl-basis', version: 3, name: 'Basis' } as unknown as AcceptanceProfile;
const file = { sha256: 'a'.repeat(64), name: 'factuur.xml', bytes: 1234, kind: 'xml' as const };

describe.each(backends.list)('RunStore on %s', (_name, open) => {
  let sql: Sql;
  let store: RunStore;
  beforeEach(async () => {
    sql = await open();
    store = new RunStore(sql);
    for (const id of ['b1', 'b2'])
      await sql.run('INSERT INTO buyers (id, name, created_at) VALUES (?, ?, ?)', [
        id,
        id,
        '2026-01-01T00:00:00.000Z',
      ]);
  });

  const insert = (id: string, createdAt: string, extra: Partial<Parameters<RunStore['insert']>[0]> = {}) =>
    store.insert({ id, profile, file, createdAt, ...extra });

  test('insert and get: every field comes back; unknown id is undefined', async () => {
    await insert('r1', '2026-01-01T10:00:00.000Z', {
      buyerId: 'b1',
      supplierReference: 'ref 7',
      callbackUrl: 'https://example.test/cb',
      callbackSecret: 'sec',
      expectedSeller: { name: 'Leverancier BV' } as never,
    });
    expect(await store.get('r1')).toEqual({
      id: 'r1',
      status: 'queued',
      profile,
      buyerId: 'b1',
      file,
      attempts: 0,
      createdAt: '2026-01-01T10:00:00.000Z',
      supplierReference: 'ref 7',
      callbackUrl: 'https://example.test/cb',
      callbackSecret: 'sec',
      expectedSeller: { name: 'Leverancier BV' },
    });
    await insert('r2', '2026-01-01T10:00:00.000Z');
    const bare = await store.get('r2');
    expect(bare).toEqual({
      id: 'r2',
      status: 'queued',
      profile,
      file,
      attempts: 0,
      createdAt: '2026-01-01T10:00:00.000Z',
    });
    expect(await store.get('nope')).toBeUndefined();
    // better-sqlite3's errors come from the realm of the first test file of a jest worker: compare
    // outcomes, not `toThrow` (which checks `instanceof Error` in this file's realm).
    expect(
      await insert('r1', '2026-01-01T10:00:00.000Z').then(
        () => 'stored',
        () => 'refused',
      ),
    ).toBe('refused');
  });

  test("an e-mail message's run lists its PDFs' runs in the order they were made", async () => {
    await insert('mail', '2026-01-01T10:00:00.000Z', { file: { ...file, kind: 'email' } });
    await insert('pdf-b', '2026-01-01T10:00:01.000Z', {
      parentRunId: 'mail',
      file: { ...file, kind: 'pdf' },
    });
    await insert('pdf-a', '2026-01-01T10:00:01.000Z', {
      parentRunId: 'mail',
      file: { ...file, kind: 'pdf' },
    });
    expect(await store.childrenOf('mail')).toEqual(['pdf-b', 'pdf-a']);
    expect((await store.get('mail'))?.childRunIds).toEqual(['pdf-b', 'pdf-a']);
    expect((await store.get('pdf-a'))?.parentRunId).toBe('mail');
    expect((await store.get('pdf-a'))?.childRunIds).toBeUndefined();
    expect(await store.childrenOf('pdf-a')).toEqual([]);
    const claimed = await store.claimNext('2026-01-01T11:00:00.000Z');
    expect(claimed).toMatchObject({ id: 'mail', childRunIds: ['pdf-b', 'pdf-a'] });
  });

  test('claimNext takes the oldest queued run (insertion order on equal times), then none', async () => {
    await insert('late', '2026-01-01T10:00:02.000Z');
    await insert('first', '2026-01-01T10:00:01.000Z');
    await insert('second', '2026-01-01T10:00:01.000Z');
    const now = '2026-01-01T11:00:00.000Z';
    expect(await store.claimNext(now)).toMatchObject({
      id: 'first',
      status: 'running',
      attempts: 1,
      startedAt: now,
    });
    expect((await store.claimNext(now))?.id).toBe('second');
    expect((await store.claimNext(now))?.id).toBe('late');
    expect(await store.claimNext(now)).toBeUndefined();
    expect(await store.get('first')).toMatchObject({ status: 'running', attempts: 1, startedAt: now });
  });

  test('concurrent claims: one queued run is claimed exactly once', async () => {
    await insert('only', '2026-01-01T10:00:00.000Z');
    const results = await Promise.all(
      Array.from({ length: 6 }, () => store.claimNext('2026-01-01T11:00:00.000Z')),
    );
    expect(results.filter((r) => r !== undefined).map((r) => r!.id)).toEqual(['only']);
    expect(await store.get('only')).toMatchObject({ status: 'running', attempts: 1 });
  });

  test('concurrent claims: every queued run goes to exactly one claimer, none is missed', async () => {
    const ids = Array.from({ length: 8 }, (_, i) => `r${i}`);
    for (const [i, id] of ids.entries()) await insert(id, `2026-01-01T10:00:0${i}.000Z`);
    const results = await Promise.all(ids.map(() => store.claimNext('2026-01-01T11:00:00.000Z')));
    expect(results.map((r) => r?.id).sort()).toEqual(ids);
    expect(await store.queuedCount()).toBe(0);
  });

  test('finish records the outcome; an erased run is not changed', async () => {
    await insert('r1', '2026-01-01T10:00:00.000Z');
    await store.claimNext('2026-01-01T10:00:01.000Z');
    const report = { verdict: 'accepted', findings: [] } as never;
    await store.finish(
      'r1',
      { status: 'completed', verdict: 'accepted', report },
      '2026-01-01T10:00:05.000Z',
    );
    expect(await store.get('r1')).toMatchObject({
      status: 'completed',
      verdict: 'accepted',
      report: { verdict: 'accepted', findings: [] },
      finishedAt: '2026-01-01T10:00:05.000Z',
    });
    await insert('r2', '2026-01-01T10:00:00.000Z');
    await store.finish(
      'r2',
      { status: 'failed', error: { reason: 'x' } as never },
      '2026-01-01T10:00:06.000Z',
    );
    expect(await store.get('r2')).toMatchObject({ status: 'failed', error: { reason: 'x' } });
    expect((await store.get('r2'))?.verdict).toBeUndefined();
    await store.erase('r2', '2026-01-02T00:00:00.000Z');
    await store.finish('r2', { status: 'completed', verdict: 'accepted' }, '2026-01-03T00:00:00.000Z');
    expect(await store.get('r2')).toMatchObject({ status: 'failed', finishedAt: '2026-01-01T10:00:06.000Z' });
  });

  test('release hands a running run back without counting the attempt; false when not running', async () => {
    await insert('r1', '2026-01-01T10:00:00.000Z');
    expect(await store.release('r1')).toBe(false);
    await store.claimNext('2026-01-01T10:00:01.000Z');
    expect(await store.release('r1')).toBe(true);
    const run = await store.get('r1');
    expect(run).toMatchObject({ status: 'queued', attempts: 0 });
    expect(run?.startedAt).toBeUndefined();
    expect(await store.release('r1')).toBe(false);
    expect(await store.release('nope')).toBe(false);
  });

  test('recoverInterrupted requeues running runs under the limit and returns those at it', async () => {
    await insert('once', '2026-01-01T10:00:00.000Z');
    await insert('twice', '2026-01-01T10:00:01.000Z');
    await insert('waiting', '2026-01-01T10:00:02.000Z');
    await store.claimNext('t1');
    await store.recoverInterrupted(3); // 'once' back to queued, attempts 1
    await store.claimNext('t2'); // 'once' again, attempts 2
    await store.claimNext('t3'); // 'twice', attempts 1
    expect(await store.recoverInterrupted(2)).toEqual(['once']);
    expect(await store.get('once')).toMatchObject({ status: 'running', attempts: 2 });
    expect(await store.get('twice')).toMatchObject({ status: 'queued', attempts: 1 });
    expect(await store.get('waiting')).toMatchObject({ status: 'queued', attempts: 0 });
    expect(await store.recoverInterrupted(5)).toEqual([]);
  });

  test('queuedCount, activeCountOf and fileInUse', async () => {
    expect(await store.queuedCount()).toBe(0);
    expect(await store.activeCountOf('b1')).toBe(0);
    await insert('r1', '2026-01-01T10:00:00.000Z', { buyerId: 'b1' });
    await insert('r2', '2026-01-01T10:00:01.000Z', { buyerId: 'b1' });
    await insert('r3', '2026-01-01T10:00:02.000Z', {
      buyerId: 'b2',
      file: { ...file, sha256: 'b'.repeat(64) },
    });
    await store.claimNext('t');
    expect(await store.queuedCount()).toBe(2);
    expect(await store.activeCountOf('b1')).toBe(2);
    await store.finish('r1', { status: 'completed', verdict: 'accepted' }, 't');
    expect(await store.activeCountOf('b1')).toBe(1);
    expect(await store.activeCountOf('b2')).toBe(1);
    expect(await store.fileInUse('a'.repeat(64))).toBe(true);
    expect(await store.fileInUse('c'.repeat(64))).toBe(false);
    await store.erase('r3', 't');
    expect(await store.fileInUse('b'.repeat(64))).toBe(false);
  });

  test('erase keeps id, status, times, verdict, owner and profile id and version; only once', async () => {
    await insert('r1', '2026-01-01T10:00:00.000Z', {
      buyerId: 'b1',
      supplierReference: 'ref',
      callbackUrl: 'https://example.test/cb',
      callbackSecret: 'sec',
      expectedSeller: { name: 'X' } as never,
    });
    await store.claimNext('2026-01-01T10:00:01.000Z');
    await store.finish(
      'r1',
      { status: 'completed', verdict: 'rejected', report: { a: 1 } as never },
      '2026-01-01T10:00:02.000Z',
    );
    expect(await store.erase('r1', '2026-02-01T00:00:00.000Z')).toBe(true);
    expect(await store.get('r1')).toEqual({
      id: 'r1',
      status: 'completed',
      profile: { id: 'nl-basis', version: 3 },
      buyerId: 'b1',
      file: { sha256: '', bytes: 0, kind: 'xml' },
      verdict: 'rejected',
      attempts: 1,
      createdAt: '2026-01-01T10:00:00.000Z',
      startedAt: '2026-01-01T10:00:01.000Z',
      finishedAt: '2026-01-01T10:00:02.000Z',
      erasedAt: '2026-02-01T00:00:00.000Z',
    });
    expect(await store.erase('r1', '2026-03-01T00:00:00.000Z')).toBe(false);
    expect(await store.erase('nope', '2026-03-01T00:00:00.000Z')).toBe(false);
  });

  test('toErase: finished, not erased, created before the moment, oldest first, limited', async () => {
    await insert('new', '2026-01-05T00:00:00.000Z');
    await insert('old2', '2026-01-02T00:00:00.000Z');
    await insert('old1', '2026-01-01T00:00:00.000Z');
    await insert('queued', '2026-01-01T12:00:00.000Z');
    await insert('gone', '2026-01-01T06:00:00.000Z');
    for (const id of ['new', 'old2', 'old1', 'gone']) await store.finish(id, { status: 'failed' }, 't');
    await store.erase('gone', 't');
    expect(await store.toErase('2026-01-04T00:00:00.000Z', 10)).toEqual(['old1', 'old2']);
    expect(await store.toErase('2026-01-04T00:00:00.000Z', 1)).toEqual(['old1']);
    expect(await store.toErase('2026-01-01T00:00:00.000Z', 10)).toEqual([]);
  });

  test("list: a buyer's runs newest first, filters, cursor and limit", async () => {
    const other = { ...profile, id: 'de-basis' } as AcceptanceProfile;
    await insert('a', '2026-01-01T10:00:00.000Z', { buyerId: 'b1' });
    await insert('b', '2026-01-02T10:00:00.000Z', { buyerId: 'b1', profile: other });
    await insert('c', '2026-01-02T10:00:00.000Z', { buyerId: 'b1' });
    await insert('d', '2026-01-03T10:00:00.000Z', { buyerId: 'b1' });
    await insert('x', '2026-01-03T10:00:00.000Z', { buyerId: 'b2' });
    await insert('y', '2026-01-03T10:00:00.000Z');
    await store.finish('a', { status: 'completed', verdict: 'accepted' }, 't');
    await store.finish('c', { status: 'completed', verdict: 'rejected' }, 't');
    const ids = async (q: Partial<Parameters<RunStore['list']>[0]>) =>
      (await store.list({ buyerId: 'b1', limit: 50, ...q })).map((r) => r.id);
    expect(await ids({})).toEqual(['d', 'c', 'b', 'a']);
    expect(await ids({ limit: 2 })).toEqual(['d', 'c']);
    expect(await ids({ after: { createdAt: '2026-01-02T10:00:00.000Z', id: 'c' } })).toEqual(['b', 'a']);
    expect(await ids({ after: { createdAt: '2026-01-02T10:00:00.000Z', id: 'c' }, limit: 1 })).toEqual(['b']);
    expect(await ids({ profileId: 'de-basis' })).toEqual(['b']);
    expect(await ids({ verdict: 'accepted' })).toEqual(['a']);
    expect(await ids({ status: 'queued' })).toEqual(['d', 'b']);
    expect(await ids({ createdFrom: '2026-01-02T10:00:00.000Z' })).toEqual(['d', 'c', 'b']);
    expect(await ids({ createdTo: '2026-01-02T10:00:00.000Z' })).toEqual(['a']);
    expect(await ids({ buyerId: 'b2' })).toEqual(['x']);
    expect((await store.list({ buyerId: 'b1', limit: 1 }))[0]).toMatchObject({
      id: 'd',
      buyerId: 'b1',
      profile,
    });
  });

  test("a client's active runs and bytes since a moment; its address forgotten once its day is over", async () => {
    const alice = 'address:192.0.2.7';
    await insert('c1', '2026-01-01T23:00:00.000Z', { clientKey: alice });
    await insert('c2', '2026-01-02T08:00:00.000Z', { clientKey: alice, file: { ...file, bytes: 100 } });
    await insert('c3', '2026-01-02T09:00:00.000Z', { clientKey: 'buyer:b1', buyerId: 'b1' });
    await insert('c4', '2026-01-02T09:30:00.000Z'); // no client (the CLI)
    expect(await store.activeCountOfClient(alice)).toBe(2);
    expect(await store.activeCountOfClient('buyer:b1')).toBe(1);
    expect(await store.activeCountOfClient('address:192.0.2.8')).toBe(0);
    expect(await store.bytesOfClientSince(alice, '2026-01-02T00:00:00.000Z')).toBe(100);
    expect(await store.bytesOfClientSince(alice, '2026-01-01T00:00:00.000Z')).toBe(1334);
    expect(await store.bytesOfClientSince('address:192.0.2.8', '2026-01-01T00:00:00.000Z')).toBe(0);
    for (const id of ['c1', 'c2', 'c3']) {
      await store.claimNext('t');
      await store.finish(id, { status: 'completed', verdict: 'accepted' }, 't');
    }
    expect(await store.activeCountOfClient(alice)).toBe(0);
    // Before the second day: only c1 (the first day's, finished); the buyer's key stays.
    expect(await store.forgetAddresses('2026-01-02T00:00:00.000Z')).toBe(1);
    expect(await store.bytesOfClientSince(alice, '2026-01-01T00:00:00.000Z')).toBe(100);
    expect(await store.forgetAddresses('2026-01-03T00:00:00.000Z')).toBe(1);
    expect(await store.forgetAddresses('2026-01-03T00:00:00.000Z')).toBe(0);
    expect(await store.bytesOfClientSince('buyer:b1', '2026-01-01T00:00:00.000Z')).toBe(1234);
  });

  test('lockClient: concurrent check-then-insert transactions of one client never pass its limit', async () => {
    // On PostgreSQL each transaction has a connection of its own (as two processes would); without the
    // lock, READ COMMITTED lets several see the same free place.
    const limit = 2;
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        store
          .transaction(async () => {
            await store.lockClient('address:198.51.100.1');
            if ((await store.activeCountOfClient('address:198.51.100.1')) >= limit) return 'refused';
            await new Promise((resolve) => setTimeout(resolve, 20)); // widen the window
            await insert(`l${i}`, '2026-01-01T10:00:00.000Z', { clientKey: 'address:198.51.100.1' });
            return 'stored';
          })
          .catch((error: unknown) => `error: ${String(error)}`),
      ),
    );
    expect(outcomes.filter((o) => o === 'stored')).toHaveLength(limit);
    expect(outcomes.filter((o) => o === 'refused')).toHaveLength(6 - limit);
    expect(await store.activeCountOfClient('address:198.51.100.1')).toBe(limit);
  });

  test('transaction: writes inside it are all kept, or none when it throws', async () => {
    await expect(
      store.transaction(async () => {
        await insert('t1', '2026-01-01T10:00:00.000Z');
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await store.get('t1')).toBeUndefined();
    expect(
      await store.transaction(async () => {
        await insert('t2', '2026-01-01T10:00:00.000Z');
        return (await store.get('t2'))?.id;
      }),
    ).toBe('t2');
    expect(await store.get('t2')).toBeDefined();
  });
});
