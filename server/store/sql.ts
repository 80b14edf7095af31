/**
 * One asynchronous way to run SQL, with SQLite (better-sqlite3, the one-machine default) or
 * PostgreSQL (pg, `DATABASE_URL`) behind it. Stores write portable SQL with `?` placeholders; the
 * PostgreSQL side numbers them (`$1`, `$2`, ...). Transactions may span `await`s: queries made inside
 * one (the same async context) run in it, on SQLite every other caller waits for it to end, on
 * PostgreSQL they use other connections.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type Database from 'better-sqlite3';
import pg from 'pg';
import type { Db } from './database.js';
import { inTransaction, onDb } from './turns.js';

export type Dialect = 'sqlite' | 'postgres';

/** What a write changed. */
export interface RunResult {
  /** Rows inserted, updated or deleted. */
  readonly changes: number;
}

/** An SQL connection (or pool) the stores run their statements on. */
export interface Sql {
  readonly dialect: Dialect;
  /** The first row, or undefined. */
  get<T>(sql: string, params?: readonly unknown[]): Promise<T | undefined>;
  /** Every row. */
  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** A write. */
  run(sql: string, params?: readonly unknown[]): Promise<RunResult>;
  /** Statements without parameters, separated by `;` (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs `work` in one transaction; a nested call joins the outer one. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** SQLite through better-sqlite3: each statement runs on its turn on the one connection. */
export class SqliteSql implements Sql {
  readonly dialect = 'sqlite';
  private readonly statements = new Map<string, Database.Statement<unknown[]>>();

  constructor(readonly db: Db) {}

  private prepare(sql: string): Database.Statement<unknown[]> {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  get<T>(sql: string, params: readonly unknown[] = []): Promise<T | undefined> {
    return onDb(this.db, () => this.prepare(sql).get(...(params as unknown[])) as T | undefined);
  }

  all<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return onDb(this.db, () => this.prepare(sql).all(...(params as unknown[])) as T[]);
  }

  run(sql: string, params: readonly unknown[] = []): Promise<RunResult> {
    return onDb(this.db, () => ({ changes: this.prepare(sql).run(...(params as unknown[])).changes }));
  }

  exec(sql: string): Promise<void> {
    return onDb(this.db, () => {
      this.db.exec(sql);
    });
  }

  transaction<T>(work: () => Promise<T>): Promise<T> {
    return inTransaction(this.db, work);
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/** PostgreSQL type ids read as numbers rather than strings. */
const INT8 = 20;

/**
 * `?` placeholders as PostgreSQL's `$1`, `$2`, ...; a `?` inside a string literal, a quoted name or
 * a comment is left alone.
 */
export function numberedPlaceholders(sql: string): string {
  let out = '';
  let n = 0;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i]!;
    if (c === "'" || c === '"') {
      const end = sql.indexOf(c, i + 1);
      const stop = end < 0 ? sql.length : end;
      out += sql.slice(i, stop + 1);
      i = stop;
    } else if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      const stop = end < 0 ? sql.length : end;
      out += sql.slice(i, stop);
      i = stop - 1;
    } else if (c === '?') out += `$${++n}`;
    else out += c;
  }
  return out;
}

/** PostgreSQL through a pg connection pool. */
export class PgSql implements Sql {
  readonly dialect = 'postgres';
  readonly pool: pg.Pool;
  private readonly current = new AsyncLocalStorage<pg.PoolClient>();

  constructor(url: string, options: { maxConnections?: number } = {}) {
    this.pool = new pg.Pool({
      connectionString: url,
      max: options.maxConnections ?? 10,
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === INT8 && format !== 'binary'
            ? (value: string) => Number(value)
            : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    // An idle connection the server dropped (a restart) must not end the process: the next query
    // gets a fresh connection or reports the error to its caller.
    this.pool.on('error', () => {});
  }

  private query(sql: string, params: readonly unknown[]): Promise<pg.QueryResult> {
    const client = this.current.getStore() ?? this.pool;
    return client.query(numberedPlaceholders(sql), params as unknown[]);
  }

  async get<T>(sql: string, params: readonly unknown[] = []): Promise<T | undefined> {
    return (await this.query(sql, params)).rows[0] as T | undefined;
  }

  async all<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return (await this.query(sql, params)).rows as T[];
  }

  async run(sql: string, params: readonly unknown[] = []): Promise<RunResult> {
    return { changes: (await this.query(sql, params)).rowCount ?? 0 };
  }

  async exec(sql: string): Promise<void> {
    const client = this.current.getStore() ?? this.pool;
    await client.query(sql);
  }

  /**
   * A statement with PostgreSQL's own `$1` placeholders, in the current transaction if there is one
   * (what pg-boss's `db` option takes, so a job is sent in the transaction that writes its run).
   */
  async raw(text: string, values: readonly unknown[] = []): Promise<{ rows: unknown[] }> {
    const client = this.current.getStore() ?? this.pool;
    return client.query(text, values as unknown[]);
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.current.getStore()) return work();
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await this.current.run(client, work);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollback: Error) => {
        broken = rollback;
      });
      throw error;
    } finally {
      // A connection that could not even roll back is closed rather than handed to the next caller.
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Whether `error` is a unique-key violation, in either dialect. */
export function isUniqueViolation(error: unknown): boolean {
  const code = String((error as { code?: unknown } | undefined)?.code ?? '');
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

const sqliteHandles = new WeakMap<Db, SqliteSql>();

/**
 * The executor of a store's handle: an `Sql` as it is, or the one `SqliteSql` of a better-sqlite3
 * connection (shared by every store on that connection, with its statement cache).
 */
export function toSql(handle: Db | Sql): Sql {
  if ('dialect' in handle) return handle;
  let sql = sqliteHandles.get(handle);
  if (!sql) {
    sql = new SqliteSql(handle);
    sqliteHandles.set(handle, sql);
  }
  return sql;
}
