/**
 * Asynchronous access to the one SQLite connection. Store methods are `async` (so a PostgreSQL
 * store can stand behind the same interface); on SQLite each method's body still runs synchronously,
 * on its turn: when no transaction of another caller is open on the connection.
 *
 * A transaction may span `await`s (`transaction`): while it is open, calls from inside it (the same
 * async context, tracked with `AsyncLocalStorage`) go ahead, and every other caller waits until it
 * commits or rolls back. Keep transactions to database work: anything slow inside one (hashing,
 * network) holds up every other request.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db } from './database.js';

interface Holder {
  readonly token: object;
  readonly done: Promise<void>;
}

const holders = new WeakMap<Db, Holder>();
const current = new AsyncLocalStorage<{ readonly db: Db; readonly token: object }>();

/** Whether the caller runs inside the transaction open on `db`. */
function inside(db: Db, holder: Holder): boolean {
  const mine = current.getStore();
  return mine?.db === db && mine.token === holder.token;
}

/** What to wait for before using `db`: another caller's open transaction, or nothing. */
function blocker(db: Db): Promise<void> | undefined {
  const holder = holders.get(db);
  return holder && !inside(db, holder) ? holder.done : undefined;
}

/**
 * Runs the synchronous `body` on its turn on `db` (right away unless another caller's transaction is
 * open). The check and `body` run with no `await` in between.
 */
export async function onDb<T>(db: Db, body: () => T): Promise<T> {
  for (let wait = blocker(db); wait; wait = blocker(db)) await wait;
  return body();
}

/**
 * Runs `work` in one transaction on `db`: everything it writes is stored, or nothing when it throws.
 * A nested call joins the outer transaction.
 */
export async function inTransaction<T>(db: Db, work: () => Promise<T>): Promise<T> {
  const holder = holders.get(db);
  if (holder && inside(db, holder)) return work();
  for (let wait = blocker(db); wait; wait = blocker(db)) await wait;
  let release = (): void => {};
  const token = {};
  holders.set(db, { token, done: new Promise<void>((resolve) => (release = resolve)) });
  try {
    db.exec('BEGIN IMMEDIATE');
    const result = await current.run({ db, token }, work);
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  } finally {
    holders.delete(db);
    release();
  }
}
