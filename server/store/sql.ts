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
    // The pool listens for a connection's errors only while it is idle: one lost while this
    // transaction holds it (the server stopped between two statements) would otherwise be an
    // unhandled 'error' event that ends the process. The next statement fails with it instead.
    const lost = (error: Error): void => {
      broken = error;
    };
    client.on('error', lost);
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
      // A connection that broke or could not even roll back is closed rather than handed to the
      // next caller.
      client.removeListener('error', lost);
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

/** Node's socket error codes that mean the database server cannot be reached (or went away). */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/** SQLSTATEs of a server that is shutting down, crashed, or still starting (besides class 08). */
const SHUTDOWN_STATES = new Set(['57P01', '57P02', '57P03']);

/** pg's (and pg-pool's) own messages for a connection that broke or could not be made in time. */
const LOST_CONNECTION = [
  /^Connection terminated/,
  /^Client has encountered a connection error/,
  /^timeout exceeded when trying to connect/,
];

/** `error`, then what it stands for: its `cause`s and, for an `AggregateError`, its errors. */
function* errorChain(error: unknown, depth = 0): Generator<unknown> {
  if (error === undefined || error === null || depth > 5) return;
  yield error;
  if (typeof error !== 'object') return;
  const { cause, errors } = error as { cause?: unknown; errors?: unknown };
  if (Array.isArray(errors)) for (const each of errors) yield* errorChain(each, depth + 1);
  yield* errorChain(cause, depth + 1);
}

/** What connection trouble `error` shows: a socket code, a SQLSTATE or a pg message; undefined for none. */
function connectionTrouble(error: unknown): string | undefined {
  for (const each of errorChain(error)) {
    if (typeof each !== 'object' || each === null) continue;
    const code = String((each as { code?: unknown }).code ?? '');
    if (UNREACHABLE_CODES.has(code) || SHUTDOWN_STATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return code;
    const message = String((each as { message?: unknown }).message ?? '');
    if (LOST_CONNECTION.some((pattern) => pattern.test(message))) return message;
  }
  return undefined;
}

/**
 * Whether `error` means the PostgreSQL server cannot be reached right now (refused, reset or timed
 * out connections, a connection the server ended, a server shutting down or starting): the request
 * may succeed if retried a little later. Query errors (a unique violation, bad SQL) are not.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return connectionTrouble(error) !== undefined;
}

/** Host and port (or socket folder) and the user and database of a connection string, for messages. */
function whereOf(url: string): { server: string; user?: string; database?: string } {
  try {
    const parsed = new URL(url);
    const socket = parsed.searchParams.get('host');
    const host = socket ?? (decodeURIComponent(parsed.hostname) || 'localhost');
    const port = parsed.port || parsed.searchParams.get('port') || '5432';
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    return {
      server: host.startsWith('/') ? `${host} (port ${port})` : `${host}:${port}`,
      ...(parsed.username ? { user: decodeURIComponent(parsed.username) } : {}),
      ...(database ? { database } : {}),
    };
  } catch {
    return { server: 'the address in DATABASE_URL' };
  }
}

/** `text` with the connection string's password (and the whole string) blanked out. */
function withoutSecrets(text: string, url: string): string {
  let out = text.split(url).join('DATABASE_URL');
  try {
    const password = new URL(url).password;
    if (password) {
      for (const form of new Set([password, decodeURIComponent(password)]))
        if (form.length > 0) out = out.split(form).join('***');
    }
  } catch {
    // Not a URL: nothing more to blank out than the string itself.
  }
  return out;
}

/**
 * One plain line saying why the server could not use the PostgreSQL of `url` (at start), and what to
 * check, e.g. `cannot reach PostgreSQL at 127.0.0.1:5999 (ECONNREFUSED): check DATABASE_URL and that
 * the database server runs`. Never contains the password.
 */
export function describeConnectionError(error: unknown, url: string): string {
  const { server, user, database } = whereOf(url);
  const first = [...errorChain(error)].find(
    (each): each is { code?: unknown; message?: unknown } => typeof each === 'object' && each !== null,
  );
  const code = String(first?.code ?? '');
  // The error's own words may quote the connection string: they go out without its secrets.
  const message = withoutSecrets(
    String(first?.message ?? error ?? '')
      .split('\n')[0]!
      .trim(),
    url,
  );
  const trouble = connectionTrouble(error);
  if (code === 'ENOTFOUND')
    return `cannot find the PostgreSQL host ${server} (ENOTFOUND): check the host name in DATABASE_URL`;
  if (code === '28P01' || code === '28000')
    return `PostgreSQL at ${server} refused the sign-in${user ? ` of user "${user}"` : ''} (${code}: ${message}): check the user and password in DATABASE_URL`;
  if (code === '3D000')
    return `PostgreSQL at ${server} has no database${database ? ` "${database}"` : ''} (3D000): create it or fix the database name in DATABASE_URL`;
  if (code === '53300')
    return `PostgreSQL at ${server} has no free connection (53300: ${message}): raise its max_connections or give the processes fewer connections`;
  if (trouble !== undefined) {
    const why = /^[0-9A-Z]+$/.test(trouble)
      ? trouble
      : withoutSecrets(trouble, url).replace(/\.$/, '').toLowerCase();
    return `cannot reach PostgreSQL at ${server} (${why}): check DATABASE_URL and that the database server runs`;
  }
  if (error instanceof TypeError && /url/i.test(message))
    return `DATABASE_URL is not a valid connection string (${message}): write it as postgres://user:password@host:5432/database`;
  return `cannot use PostgreSQL at ${server} (${code ? `${code}: ` : ''}${message}): check DATABASE_URL and the database server's log`;
}
