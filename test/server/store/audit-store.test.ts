/** The audit log store on SQLite and PostgreSQL: append, read in pages, and nothing else. */
import { beforeEach, describe, expect, test } from '@jest/globals';
import { AuditStore, type NewAuditEntry } from '../../../server/store/audit.js';
import type { Sql } from '../../../server/store/sql.js';
import { storeBackends } from '../../support/backends.js';
import { rejectionOf } from '../../support/rejection.js';

const backends = storeBackends();

const entry = (overrides: Partial<NewAuditEntry> = {}): NewAuditEntry => ({
  buyerId: 'b1',
  at: '2026-01-01T00:00:00.000Z',
  actor: 'jan@acme.nl',
  action: 'waiver.created',
  entityType: 'waiver',
  entityId: 'wvr_1',
  ...overrides,
});

describe.each(backends.list)('on %s', (_name, open) => {
  let sql: Sql;
  let store: AuditStore;
  beforeEach(async () => {
    sql = await open();
    store = new AuditStore(sql);
  });

  test('append numbers entries increasingly and returns them as stored (reason and data optional)', async () => {
    const first = await store.append(entry());
    expect(first).toEqual({ id: first.id, ...entry() });
    expect(typeof first.id).toBe('number');
    const data = {
      check: 'fields.iban',
      version: 3,
      final: true,
      none: null,
      scopes: ['runs:read', 'runs:write'],
    };
    const second = await store.append(entry({ reason: 'bekende afwijking', data }));
    expect(second.id).toBeGreaterThan(first.id);
    expect(second.reason).toBe('bekende afwijking');
    expect(second.data).toEqual(data);
    expect(await store.list('b1', { limit: 10 })).toEqual([second, first]);
  });

  test('list filters by entity, action and time, pages with beforeId and limit, per buyer', async () => {
    const a = await store.append(entry({ at: '2026-01-01T00:00:00.000Z' }));
    const b = await store.append(entry({ at: '2026-01-02T00:00:00.000Z', action: 'waiver.removed' }));
    const c = await store.append(
      entry({
        at: '2026-01-03T00:00:00.000Z',
        entityType: 'run',
        entityId: 'run-1',
        action: 'review.approved',
      }),
    );
    const d = await store.append(entry({ at: '2026-01-04T00:00:00.000Z', entityId: 'wvr_2' }));
    await store.append(entry({ buyerId: 'b2' }));
    const ids = async (query: Parameters<AuditStore['list']>[1]) =>
      (await store.list('b1', query)).map((e) => e.id);
    expect(await ids({ limit: 50 })).toEqual([d.id, c.id, b.id, a.id]);
    expect(await ids({ limit: 2 })).toEqual([d.id, c.id]);
    expect(await ids({ limit: 2, beforeId: c.id })).toEqual([b.id, a.id]);
    expect(await ids({ limit: 50, entityType: 'waiver' })).toEqual([d.id, b.id, a.id]);
    expect(await ids({ limit: 50, entityType: 'waiver', entityId: 'wvr_1' })).toEqual([b.id, a.id]);
    expect(await ids({ limit: 50, action: 'waiver.removed' })).toEqual([b.id]);
    expect(
      await ids({ limit: 50, from: '2026-01-02T00:00:00.000Z', to: '2026-01-04T00:00:00.000Z' }),
    ).toEqual([c.id, b.id]);
    expect(await store.list('nobody', { limit: 50 })).toEqual([]);
  });

  test('entries cannot be changed or deleted', async () => {
    await store.append(entry());
    expect(await rejectionOf(sql.run("UPDATE audit_log SET actor = 'x'"))).toMatch(/append-only/);
    expect(await rejectionOf(sql.run('DELETE FROM audit_log'))).toMatch(/append-only/);
    expect(await store.list('b1', { limit: 10 })).toHaveLength(1);
  });

  test('transaction stores the change and its entries together, or neither', async () => {
    await store.transaction(async () => {
      await store.append(entry({ entityId: 'kept' }));
      await store.append(entry({ entityId: 'kept too' }));
    });
    await expect(
      store.transaction(async () => {
        await store.append(entry({ entityId: 'rolled back' }));
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    expect((await store.list('b1', { limit: 10 })).map((e) => e.entityId)).toEqual(['kept too', 'kept']);
  });

  test('concurrent appends each get their own id', async () => {
    const entries = await Promise.all(
      Array.from({ length: 8 }, (_, i) => store.append(entry({ entityId: `wvr_${i}` }))),
    );
    expect(new Set(entries.map((e) => e.id)).size).toBe(8);
    expect(await store.list('b1', { limit: 100 })).toHaveLength(8);
  });

  test("a reader never sees a buyer's entry while an earlier one of it is still uncommitted", async () => {
    let commitFirst = (): void => {};
    const held = new Promise<void>((resolve) => {
      commitFirst = resolve;
    });
    const pause = (ms: number) => new Promise<'waits'>((resolve) => setTimeout(() => resolve('waits'), ms));
    // The first entry has its id, but its transaction is still open.
    const first = store.transaction(async () => {
      const appended = await store.append(entry({ entityId: 'wvr_first' }));
      await held;
      return appended;
    });
    let seen: string[] | 'waits';
    let reading: Promise<string[]>;
    let second: Promise<unknown>;
    try {
      await pause(50);
      second = store.append(entry({ entityId: 'wvr_second' }));
      await pause(200);
      // What a reader gets now (or that it waits, as on SQLite): never the second without the first.
      reading = store.list('b1', { limit: 10 }).then((entries) => entries.map((e) => e.entityId));
      seen = await Promise.race([reading, pause(200)]);
    } finally {
      commitFirst(); // also when it failed: an open transaction would hold the database
    }
    expect(seen === 'waits' || seen.length === 0 ? 'nothing' : seen).toBe('nothing');
    const [a, b] = (await Promise.all([first, second])) as [{ id: number }, { id: number }];
    expect(b.id).toBeGreaterThan(a.id);
    await reading;
    expect((await store.list('b1', { limit: 10 })).map((e) => e.entityId)).toEqual([
      'wvr_second',
      'wvr_first',
    ]);
  });
});
