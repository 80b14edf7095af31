/**
 * RunSetStore contract on SQLite and PostgreSQL (skipped where PostgreSQL is not installed): a set
 * is stored with its runs in order, read back by id, and stored all-or-nothing.
 */
import { beforeEach, describe, expect, test } from '@jest/globals';
import { RUN_SET_ID, RunSetStore } from '../../../server/store/run-sets.js';
import type { Sql } from '../../../server/store/sql.js';
import { storeBackends } from '../../support/backends.js';

const backends = storeBackends();

describe.each(backends.list)('RunSetStore on %s', (_name, open) => {
  let sql: Sql;
  let store: RunSetStore;
  beforeEach(async () => {
    sql = await open();
    store = new RunSetStore(sql);
  });

  test('create and get: a buyer set with its runs in the order asked for', async () => {
    const set = await store.create({
      buyerId: 'b1',
      fileName: 'factuur.pdf',
      fileSha256: 'f'.repeat(64),
      createdAt: '2026-01-01T10:00:00.000Z',
      entries: [{ runId: 'run_c' }, { runId: 'run_a' }, { runId: 'run_b' }],
    });
    expect(set.id).toMatch(RUN_SET_ID);
    expect(set).toEqual({
      id: set.id,
      buyerId: 'b1',
      fileName: 'factuur.pdf',
      fileSha256: 'f'.repeat(64),
      createdAt: '2026-01-01T10:00:00.000Z',
      entries: [{ runId: 'run_c' }, { runId: 'run_a' }, { runId: 'run_b' }],
    });
    expect(await store.get(set.id)).toEqual(set);
  });

  test('a supplier set keeps the invitation of each run; a preset set has no owner', async () => {
    const supplier = await store.create({
      supplierEmail: 'lev@example.test',
      fileSha256: 'e'.repeat(64),
      createdAt: '2026-01-01T10:00:00.000Z',
      entries: [
        { runId: 'r1', invitationId: 'inv1' },
        { runId: 'r2', invitationId: 'inv2' },
      ],
    });
    expect(await store.get(supplier.id)).toEqual({
      id: supplier.id,
      supplierEmail: 'lev@example.test',
      fileSha256: 'e'.repeat(64),
      createdAt: '2026-01-01T10:00:00.000Z',
      entries: [
        { runId: 'r1', invitationId: 'inv1' },
        { runId: 'r2', invitationId: 'inv2' },
      ],
    });
    const preset = await store.create({ fileSha256: 'd'.repeat(64), createdAt: 't', entries: [] });
    expect(await store.get(preset.id)).toEqual({
      id: preset.id,
      fileSha256: 'd'.repeat(64),
      createdAt: 't',
      entries: [],
    });
    expect(supplier.id).not.toBe(preset.id);
  });

  test('get: a malformed or unknown id is undefined', async () => {
    expect(await store.get('nope')).toBeUndefined();
    expect(await store.get(`set_${'A'.repeat(22)}`)).toBeUndefined();
    expect(await store.get("set_' OR 1=1 --")).toBeUndefined();
  });

  test('create is all-or-nothing: a failing run row leaves no set behind', async () => {
    // A NULL run id violates NOT NULL on the second entry, after the set row was written.
    // Compared as outcomes: better-sqlite3's errors may come from another realm (see runs-store test).
    expect(
      await store
        .create({
          buyerId: 'b1',
          fileSha256: 'c'.repeat(64),
          createdAt: '2026-01-01T10:00:00.000Z',
          entries: [{ runId: 'r1' }, { runId: null as unknown as string }],
        })
        .then(
          () => 'stored',
          () => 'refused',
        ),
    ).toBe('refused');
    expect(await sql.get('SELECT id FROM run_sets')).toBeUndefined();
    expect(await sql.get('SELECT set_id FROM run_set_runs')).toBeUndefined();
  });
});
