/**
 * Turn-taking on the one SQLite connection: a transaction may span awaits, and other callers wait
 * until it ends instead of writing into it.
 */
import { describe, expect, test } from '@jest/globals';
import Database from 'better-sqlite3';
import { inTransaction, onDb } from '../../../server/store/turns.js';

function table(): Database.Database {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE t (n INTEGER PRIMARY KEY)');
  return db;
}
const insert = (db: Database.Database, n: number): Promise<unknown> =>
  onDb(db, () => db.prepare('INSERT INTO t (n) VALUES (?)').run(n));
const rows = (db: Database.Database): Promise<number[]> =>
  onDb(db, () => (db.prepare('SELECT n FROM t ORDER BY n').all() as { n: number }[]).map((r) => r.n));
/** Lets other tasks run (a macrotask boundary, as real I/O would be). */
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('a transaction spanning awaits', () => {
  test('keeps a write from outside out of the transaction: it waits and survives a rollback', async () => {
    const db = table();
    const order: string[] = [];
    const failing = inTransaction(db, async () => {
      await insert(db, 1);
      await tick();
      await tick();
      order.push('transaction ends');
      throw new Error('nope');
    });
    const outside = (async () => {
      await tick();
      await insert(db, 2);
      order.push('outside written');
    })();
    await expect(failing).rejects.toThrow('nope');
    await outside;
    expect(order).toEqual(['transaction ends', 'outside written']);
    expect(await rows(db)).toEqual([2]);
  });

  test('commits every write made across awaits', async () => {
    const db = table();
    const result = await inTransaction(db, async () => {
      await insert(db, 1);
      await tick();
      await insert(db, 2);
      return 'done';
    });
    expect(result).toBe('done');
    expect(await rows(db)).toEqual([1, 2]);
  });

  test('a nested transaction joins the outer one: the outer rollback undoes both', async () => {
    const db = table();
    await expect(
      inTransaction(db, async () => {
        await inTransaction(db, async () => {
          await insert(db, 1);
        });
        await insert(db, 2);
        throw new Error('outer fails');
      }),
    ).rejects.toThrow('outer fails');
    expect(await rows(db)).toEqual([]);
  });

  test('two concurrent transactions run one after the other, each seeing the other’s committed rows', async () => {
    const db = table();
    const seen: number[][] = [];
    const claim = (n: number) =>
      inTransaction(db, async () => {
        const before = await rows(db);
        await tick();
        seen.push(before);
        if (!before.includes(1)) await insert(db, n);
      });
    // Both try "insert unless 1 is there": only the first may insert; the second sees its row.
    await Promise.all([claim(1), claim(5)]);
    expect(seen).toEqual([[], [1]]);
    expect(await rows(db)).toEqual([1]);
  });

  test('a read-modify-write outside a transaction is not split by one that starts in between', async () => {
    const db = table();
    await insert(db, 10);
    const writer = inTransaction(db, async () => {
      await insert(db, 11);
      await tick();
      await insert(db, 12);
    });
    // Started while the transaction is open: waits, then sees all of it or none of it.
    const seen = await rows(db);
    await writer;
    expect(seen).toEqual([10, 11, 12]);
  });
});
