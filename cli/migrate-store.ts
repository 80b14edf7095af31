/**
 * `proeffactuur migrate-store --from DATA_DIR --to DATABASE_URL`: moves a one-machine installation
 * (the SQLite database and the uploaded files of a data folder) into an empty PostgreSQL database.
 *
 * The SQLite database is opened as the server opens it (migrated to the current schema) and read in
 * one read transaction (a consistent snapshot), table by table in batches; PostgreSQL is migrated to
 * the same schema and everything is written in ONE PostgreSQL transaction: the rows of every table
 * but the processes' bookkeeping ({@link NOT_COPIED}; parents before the tables whose foreign keys
 * point at them; rowids and identity ids kept, the identity sequences moved past them), runs left `running` by a stopped server queued again (their
 * attempts kept), then each stored file into the `blobs` table, read one at a time and its SHA-256
 * checked against its name. When anything fails nothing is kept, so the command can simply be run
 * again. It never merges: a target whose data tables hold rows is refused. The page-image cache is not
 * copied (images are drawn again when asked for), nor are half-received uploads.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { type Db, LATEST_SCHEMA_VERSION, openDatabase, schemaVersion } from '../server/store/database.js';
import { migratePostgres, PG_LATEST_VERSION, postgresSchemaVersion } from '../server/store/pg-schema.js';
import { describeConnectionError, PgSql } from '../server/store/sql.js';

/** Usage of the migrate-store command. */
export const MIGRATE_STORE_USAGE = `Usage: proeffactuur migrate-store --from DATA_DIR --to DATABASE_URL

  Moves a one-machine installation into PostgreSQL: the database of DATA_DIR (store.sqlite) and its
  uploaded files are copied into the empty PostgreSQL database DATABASE_URL (postgres://…), in one
  transaction. Stop the server first. A target that already holds data is refused; runs the server
  left running are queued again. Page images are not copied (they are drawn again when asked for).
  Exit codes: 0 copied, 1 not copied (the message says why), 2 usage error.`;

/** A mistake in how the command was called. */
export class MigrateStoreUsageError extends Error {}

/** Why the copy was not made (one line for the operator); the command exits 1. */
export class MigrateStoreError extends Error {}

/**
 * Bookkeeping of the processes, not data: the migrations' version (SQLite keeps it in `PRAGMA
 * user_version`, PostgreSQL in `schema_version`) and when each periodic task last ran (a process
 * started on the new database may have written it already; the task just runs at its next turn).
 */
const NOT_COPIED: ReadonlySet<string> = new Set(['schema_version', 'cluster_tasks']);

/** Rows read from SQLite and written to PostgreSQL per statement. */
const BATCH_ROWS = 100;
/** PostgreSQL takes at most 65,535 parameters in one statement. */
const MAX_PARAMETERS = 60_000;

/** What was copied. */
export interface MigrationSummary {
  /** Rows copied per table, in the order they were copied. */
  readonly tables: { readonly name: string; readonly rows: number }[];
  /** Files copied into `blobs`, and their bytes. */
  readonly files: number;
  readonly bytes: number;
  /** Files whose content does not match their name (not copied). */
  readonly skipped: { readonly file: string; readonly reason: string }[];
  /** Runs that were `running` and are `queued` now. */
  readonly requeued: number;
  readonly seconds: number;
}

/** Runs `migrate-store`; returns the exit code. */
export async function migrateStoreCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { from: { type: 'string' }, to: { type: 'string' } },
  });
  if (positionals.length > 0) throw new MigrateStoreUsageError(`Unexpected argument "${positionals[0]}".`);
  if (!values.from) throw new MigrateStoreUsageError('Name the data folder to copy with --from DATA_DIR.');
  if (!values.to) throw new MigrateStoreUsageError('Name the PostgreSQL database with --to DATABASE_URL.');
  if (!/^postgres(ql)?:\/\//.test(values.to))
    throw new MigrateStoreUsageError(
      '--to must be a PostgreSQL URL (postgres://user:password@host:port/database).',
    );
  const target = describeTarget(values.to);
  try {
    const summary = await migrateStore(values.from, values.to, (line) => process.stdout.write(`${line}\n`));
    process.stdout.write(formatSummary(summary, target));
    return 0;
  } catch (error) {
    // Whatever failed, the PostgreSQL transaction was rolled back: one line, exit 1.
    process.stderr.write(
      `proeffactuur: ${error instanceof MigrateStoreError ? error.message : `the copy failed, nothing was copied: ${messageOf(error)}`}\n`,
    );
    return 1;
  }
}

/**
 * Copies the data folder `dataDir` into the PostgreSQL database `url` (see the file's comment).
 * Throws a {@link MigrateStoreError} with a one-line message when it cannot or may not.
 */
export async function migrateStore(
  dataDir: string,
  url: string,
  progress: (line: string) => void = () => {},
): Promise<MigrationSummary> {
  const started = performance.now();
  const folder = path.resolve(dataDir);
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory())
    throw new MigrateStoreError(`the data folder ${folder} does not exist.`);
  if (!existsSync(path.join(folder, 'store.sqlite')))
    throw new MigrateStoreError(
      `there is no database (store.sqlite) in ${folder}; is --from the server's DATA_DIR?`,
    );

  await probe(url);
  let db: Db;
  try {
    db = openDatabase(folder);
  } catch (error) {
    throw new MigrateStoreError(`cannot open the database in ${folder}: ${messageOf(error)}`);
  }
  const sql = new PgSql(url, { maxConnections: 1 });
  try {
    try {
      await migratePostgres(sql);
    } catch (error) {
      throw new MigrateStoreError(
        `cannot create the schema in PostgreSQL at ${describeTarget(url)}: ${messageOf(error)}`,
      );
    }
    const version = await postgresSchemaVersion(sql);
    const sqliteVersion = schemaVersion(db);
    if (version !== PG_LATEST_VERSION || sqliteVersion !== LATEST_SCHEMA_VERSION || version !== sqliteVersion)
      throw new MigrateStoreError(
        `the schemas differ (PostgreSQL at version ${version}, SQLite at ${sqliteVersion}, this Proeffactuur at ${LATEST_SCHEMA_VERSION}); run the Proeffactuur version that made the database.`,
      );
    progress(`Copying ${folder} into PostgreSQL at ${describeTarget(url)} (one transaction) …`);
    // One read transaction: every table is read from the same snapshot of the SQLite database.
    db.exec('BEGIN');
    try {
      return await copy(db, sql, folder, url, started);
    } finally {
      db.exec('ROLLBACK');
    }
  } finally {
    db.close();
    await sql.close();
  }
}

/** What to copy from one table: SQLite's columns and how they are read, PostgreSQL's identities. */
interface TablePlan {
  readonly name: string;
  /** Column names (the same in both databases). */
  readonly columns: readonly string[];
  /** The expression reading each column from SQLite (`rowid` for PostgreSQL's explicit rowid column). */
  readonly reads: readonly string[];
  /** PostgreSQL identity columns (their values are copied; their sequences are moved past them). */
  readonly identities: readonly string[];
}

async function copy(
  db: Db,
  sql: PgSql,
  folder: string,
  url: string,
  started: number,
): Promise<MigrationSummary> {
  const plans = await planTables(db, sql);
  return sql.transaction(async () => {
    // Never merge into a database in use: every table the copy writes must be empty.
    const filled: string[] = [];
    for (const table of [...plans.map((p) => p.name), 'blobs']) {
      const row = await sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${quote(table)}`);
      if ((row?.n ?? 0) > 0) filled.push(`${table} (${row!.n})`);
    }
    if (filled.length > 0)
      throw new MigrateStoreError(
        `the PostgreSQL database at ${describeTarget(url)} is not empty (${filled.join(', ')}); migrate-store copies only into an empty database, it never merges.`,
      );

    const tables: { name: string; rows: number }[] = [];
    for (const plan of plans) {
      try {
        tables.push({ name: plan.name, rows: await copyTable(db, sql, plan) });
      } catch (error) {
        if (error instanceof MigrateStoreError) throw error;
        throw new MigrateStoreError(
          `copying table ${plan.name} failed, nothing was copied: ${messageOf(error)}`,
        );
      }
    }
    // A run the stopped server was working on is taken again by a worker (its attempts kept).
    const { changes: requeued } = await sql.run("UPDATE runs SET status = 'queued' WHERE status = 'running'");
    const files = await copyFiles(sql, folder);
    return { tables, ...files, requeued, seconds: (performance.now() - started) / 1000 };
  });
}

/** The tables to copy, parents first, with their columns; throws when the two schemas differ. */
async function planTables(db: Db, sql: PgSql): Promise<TablePlan[]> {
  const sqliteTables = (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid",
      )
      .all() as { name: string }[]
  )
    .map((t) => t.name)
    .filter((name) => !NOT_COPIED.has(name));
  const pgColumns = await sql.all<{ table_name: string; column_name: string; is_identity: string }>(
    `SELECT table_name, column_name, is_identity FROM information_schema.columns
     WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`,
  );
  const plans = new Map<string, TablePlan>();
  for (const name of sqliteTables) {
    const target = pgColumns.filter((c) => c.table_name === name);
    if (target.length === 0)
      throw new MigrateStoreError(`PostgreSQL has no table ${name}; the schemas differ.`);
    const source = (db.prepare(`PRAGMA table_info(${quote(name)})`).all() as { name: string }[]).map(
      (c) => c.name,
    );
    const targetNames = new Set(target.map((c) => c.column_name));
    const missing = source.filter((column) => !targetNames.has(column));
    if (missing.length > 0)
      throw new MigrateStoreError(
        `PostgreSQL's table ${name} has no column ${missing.join(', ')}; the schemas differ.`,
      );
    // PostgreSQL's explicit `rowid` is SQLite's implicit one (it orders rows inserted in the same instant).
    const columns = target
      .map((c) => c.column_name)
      .filter((column) => source.includes(column) || column === 'rowid');
    plans.set(name, {
      name,
      columns,
      reads: columns.map((column) => (source.includes(column) ? quote(column) : 'rowid')),
      identities: target.filter((c) => c.is_identity === 'YES').map((c) => c.column_name),
    });
  }
  const references = await sql.all<{ child: string; parent: string }>(
    `SELECT child.relname AS child, parent.relname AS parent
     FROM pg_constraint c
     JOIN pg_class child ON child.oid = c.conrelid
     JOIN pg_class parent ON parent.oid = c.confrelid
     WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace`,
  );
  // Parents before children (a depth-first topological order, SQLite's table order among equals).
  const ordered: TablePlan[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string): void => {
    if (state.get(name) === 'done' || !plans.has(name)) return;
    if (state.get(name) === 'visiting')
      throw new MigrateStoreError(`the foreign keys of table ${name} form a cycle; cannot order the copy.`);
    state.set(name, 'visiting');
    for (const ref of references) if (ref.child === name && ref.parent !== name) visit(ref.parent);
    state.set(name, 'done');
    ordered.push(plans.get(name)!);
  };
  for (const name of plans.keys()) visit(name);
  return ordered;
}

/** Copies one table in batches (keyed on SQLite's rowid); returns the number of rows. */
async function copyTable(db: Db, sql: PgSql, plan: TablePlan): Promise<number> {
  const batch = Math.max(1, Math.min(BATCH_ROWS, Math.floor(MAX_PARAMETERS / plan.columns.length)));
  const read = db.prepare(
    `SELECT rowid AS "__rowid", ${plan.reads.join(', ')} FROM ${quote(plan.name)} WHERE rowid > ? ORDER BY rowid LIMIT ?`,
  );
  read.raw(true);
  const row = `(${plan.columns.map(() => '?').join(', ')})`;
  const insertHead = `INSERT INTO ${quote(plan.name)} (${plan.columns.map(quote).join(', ')})${
    plan.identities.length > 0 ? ' OVERRIDING SYSTEM VALUE' : ''
  } VALUES `;
  let copied = 0;
  let after = Number.MIN_SAFE_INTEGER;
  for (;;) {
    const rows = read.all(after, batch) as unknown[][];
    if (rows.length === 0) break;
    const params: unknown[] = [];
    for (const values of rows) params.push(...values.slice(1));
    const { changes } = await sql.run(insertHead + rows.map(() => row).join(', '), params);
    copied += changes;
    after = rows[rows.length - 1]![0] as number;
    if (rows.length < batch) break;
  }
  for (const column of plan.identities)
    await sql.run(
      `SELECT setval(pg_get_serial_sequence(?, ?), m) FROM (SELECT MAX(${quote(column)}) AS m FROM ${quote(plan.name)}) t WHERE m IS NOT NULL`,
      [plan.name, column],
    );
  return copied;
}

/** Copies the stored files (`files/<2 hex>/<sha256>`) one at a time into `blobs`, checking each hash. */
async function copyFiles(
  sql: PgSql,
  folder: string,
): Promise<Pick<MigrationSummary, 'files' | 'bytes' | 'skipped'>> {
  const root = path.join(folder, 'files');
  let files = 0;
  let bytes = 0;
  const skipped: { file: string; reason: string }[] = [];
  if (!existsSync(root)) return { files, bytes, skipped };
  for (const prefix of readdirSync(root).sort()) {
    // `incoming/` holds uploads that were never finished; only the two-hex-digit folders are stored files.
    if (!/^[0-9a-f]{2}$/.test(prefix) || !statSync(path.join(root, prefix)).isDirectory()) continue;
    for (const name of readdirSync(path.join(root, prefix)).sort()) {
      const relative = path.join('files', prefix, name);
      // A `.tmp` file is a write that never finished (BlobStore renames it into place when done).
      if (name.endsWith('.tmp')) continue;
      if (!/^[0-9a-f]{64}$/.test(name) || !name.startsWith(prefix)) {
        skipped.push({ file: relative, reason: 'its name is not the SHA-256 of a stored file' });
        continue;
      }
      const content = await readFile(path.join(root, prefix, name));
      const actual = createHash('sha256').update(content).digest('hex');
      if (actual !== name) {
        skipped.push({ file: relative, reason: `its content's SHA-256 is ${actual}` });
        continue;
      }
      const stored = statSync(path.join(root, prefix, name)).mtime.toISOString();
      await sql.run('INSERT INTO blobs (sha256, bytes, size, created_at) VALUES (?, ?, ?, ?)', [
        name,
        content,
        content.length,
        stored,
      ]);
      files++;
      bytes += content.length;
    }
  }
  return { files, bytes, skipped };
}

/** The plain summary printed when the copy is committed. */
export function formatSummary(summary: MigrationSummary, target: string): string {
  const width = Math.max(...summary.tables.map((t) => t.name.length), 'files'.length);
  const lines = [`Copied into PostgreSQL at ${target} in ${summary.seconds.toFixed(1)} s:`];
  for (const table of summary.tables) lines.push(`  ${table.name.padEnd(width)}  ${table.rows} rows`);
  lines.push(`  ${'files'.padEnd(width)}  ${summary.files} files, ${summary.bytes} bytes`);
  lines.push(`Runs that were running and are queued again: ${summary.requeued}`);
  if (summary.skipped.length > 0) {
    lines.push(`Files not copied (${summary.skipped.length}):`);
    for (const skip of summary.skipped) lines.push(`  ${skip.file}: ${skip.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Connects once (with a time-out, which the pool has not) to tell an unreachable server, a refused
 * login or a missing database in one line: where (host:port, never the password) and the error code.
 */
async function probe(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    // The same words as the server's start-up: where, the error code, what to check; never the password.
    throw new MigrateStoreError(describeConnectionError(error, url));
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** `host:port/database` of a connection string (no user, no password). */
function describeTarget(url: string): string {
  const params = new pg.Client({ connectionString: url });
  return `${params.host}:${params.port}/${params.database ?? ''}`;
}

function messageOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return messageOf(error.errors[0]);
  const message = error instanceof Error ? error.message : String(error);
  return message || String((error as { code?: unknown }).code ?? 'unknown error');
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;
