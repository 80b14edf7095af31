/**
 * IdempotencyStore contract on SQLite and PostgreSQL (skipped where PostgreSQL is not installed):
 * a key is found for 24 hours per scope, recording it again replaces it, purge forgets old keys.
 */
import { beforeEach, describe, expect, test } from '@jest/globals';
import type { AcceptanceProfile } from '../../../engine/model/profile.js';
import { IDEMPOTENCY_TTL_MS, IdempotencyStore } from '../../../server/store/idempotency.js';
import { RunStore } from '../../../server/store/runs.js';
import type { Sql } from '../../../server/store/sql.js';
import { storeBackends } from '../../support/backends.js';

const backends = storeBackends();

describe.each(backends.list)('IdempotencyStore on %s', (_name, open) => {
  let store: IdempotencyStore;
  beforeEach(async () => {
    const sql: Sql = await open();
    store = new IdempotencyStore(sql);
    const runs = new RunStore(sql);
    for (const id of ['run1', 'run2'])
      await runs.insert({
        id,
        profile: { id: 'p', version: 1 } as unknown as AcceptanceProfile,
        file: { sha256: 'a'.repeat(64), bytes: 1, kind: 'xml' },
        createdAt: '2026-01-01T00:00:00.000Z',
      });
  });

  const t0 = new Date('2026-01-01T12:00:00.000Z');
  const later = (ms: number): Date => new Date(t0.getTime() + ms);

  test('find: the recorded key within 24 hours, per scope and key', async () => {
    expect(await store.find('buyer:b1', 'k1', t0)).toBeUndefined();
    await store.record('buyer:b1', 'k1', 'fp1', 'run1', t0);
    const record = { fingerprint: 'fp1', runId: 'run1', createdAt: t0.toISOString() };
    expect(await store.find('buyer:b1', 'k1', t0)).toEqual(record);
    expect(await store.find('buyer:b1', 'k1', later(IDEMPOTENCY_TTL_MS))).toEqual(record);
    expect(await store.find('buyer:b1', 'k1', later(IDEMPOTENCY_TTL_MS + 1))).toBeUndefined();
    expect(await store.find('buyer:b2', 'k1', t0)).toBeUndefined();
    expect(await store.find('buyer:b1', 'k2', t0)).toBeUndefined();
  });

  test('record again replaces the entry (an expired key is reused)', async () => {
    await store.record('s', 'k', 'fp1', 'run1', t0);
    const next = later(IDEMPOTENCY_TTL_MS + 5);
    await store.record('s', 'k', 'fp2', 'run2', next);
    expect(await store.find('s', 'k', next)).toEqual({
      fingerprint: 'fp2',
      runId: 'run2',
      createdAt: next.toISOString(),
    });
  });

  test('concurrent records of one key leave exactly one entry', async () => {
    await Promise.all([
      store.record('s', 'k', 'fp1', 'run1', t0),
      store.record('s', 'k', 'fp2', 'run2', t0),
      store.record('s', 'k', 'fp1', 'run1', t0),
    ]);
    expect(['run1', 'run2']).toContain((await store.find('s', 'k', t0))?.runId);
    expect(await store.purge(later(10 * IDEMPOTENCY_TTL_MS))).toBe(1);
  });

  test('purge forgets keys older than 24 hours and counts them', async () => {
    await store.record('s', 'old', 'fp', 'run1', t0);
    await store.record('s', 'new', 'fp', 'run2', later(2 * 60 * 60 * 1000));
    expect(await store.purge(later(IDEMPOTENCY_TTL_MS))).toBe(0);
    expect(await store.purge(later(IDEMPOTENCY_TTL_MS + 60 * 60 * 1000))).toBe(1);
    expect(await store.find('s', 'old', t0)).toBeUndefined();
    expect((await store.find('s', 'new', later(3 * 60 * 60 * 1000)))?.runId).toBe('run2');
    expect(await store.purge(later(IDEMPOTENCY_TTL_MS + 60 * 60 * 1000))).toBe(0);
  });
});
