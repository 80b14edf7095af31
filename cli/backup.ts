/**
 * `proeffactuur backup DEST`: a consistent copy of a data folder (DATA_DIR) while the server runs.
 * The database is copied with SQLite's online backup (better-sqlite3 `db.backup()`: a snapshot, safe
 * while the server writes), then the uploaded files (`files/`, content-addressed and never changed once
 * written). Files stored after the snapshot may be copied too (harmless: no run of the copy names them);
 * the page-image cache and half-received uploads are left out (they are made again or were never a
 * run). To restore: stop the server, put DEST's contents in an empty DATA_DIR, start it.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { loadConfig } from '../server/core/config.js';

/** Usage of the backup command. */
export const BACKUP_USAGE = `Usage: proeffactuur backup DEST

  Copies the data folder (DATA_DIR, default ./data) into DEST, a new or empty folder, while the
  server may be running: the database (store.sqlite, an online snapshot) and the uploaded files.
  To restore: stop the server, copy DEST's contents into an empty DATA_DIR, start the server.`;

/** A mistake in how the command was called. */
export class BackupUsageError extends Error {}

/** Runs `backup`; returns the exit code. */
export async function backupCommand(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new BackupUsageError('Name the folder to copy into.');
  const dest = path.resolve(positionals[0]!);
  const { dataDir } = loadConfig();
  const source = path.join(dataDir, 'store.sqlite');
  if (!existsSync(source)) {
    process.stderr.write(
      `proeffactuur: there is no database in ${path.resolve(dataDir)} (is DATA_DIR right?).\n`,
    );
    return 2;
  }
  if (existsSync(dest) && readdirSync(dest).length > 0) {
    process.stderr.write(`proeffactuur: ${dest} is not empty; name a new or empty folder.\n`);
    return 2;
  }
  mkdirSync(dest, { recursive: true });
  // Read-only: the backup never migrates or changes the live database.
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(path.join(dest, 'store.sqlite'));
  } finally {
    db.close();
  }
  const filesDir = path.join(dataDir, 'files');
  let files = 0;
  let bytes = statSync(path.join(dest, 'store.sqlite')).size;
  if (existsSync(filesDir))
    cpSync(filesDir, path.join(dest, 'files'), {
      recursive: true,
      filter: (from) => {
        if (from === path.join(filesDir, 'incoming')) return false;
        const stat = statSync(from);
        if (stat.isFile()) {
          files++;
          bytes += stat.size;
        }
        return true;
      },
    });
  process.stdout.write(
    `${JSON.stringify({ backup: dest, database: 'store.sqlite', files, bytes }, null, 2)}\n`,
  );
  return 0;
}
