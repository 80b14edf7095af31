/**
 * Uploaded files in PostgreSQL's `blobs` table (`DATABASE_URL`), addressed by their SHA-256, so every
 * API and worker process sees the same files. Uploads are still received into a local temporary file
 * (`<dataDir>/files/incoming/`, see {@link IncomingBlob}) and read into the table on adoption.
 *
 * Every statement runs through the given `Sql`: inside a caller's `sql.transaction(...)` the insert is
 * part of that transaction (RunService.submit stores the file and the run together, or neither).
 */
import { readFile } from 'node:fs/promises';
import { type BlobStoreOptions, type Blobs, type IncomingBlob, IncomingFolder } from './blobs.js';
import type { Sql } from './sql.js';

const SHA256 = /^[0-9a-f]{64}$/;

function checked(sha256: string): string {
  if (!SHA256.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
  return sha256;
}

/** The error `get` throws for a hash that is not stored: `code: 'ENOENT'`, like a missing file. */
function missing(sha256: string): Error {
  return Object.assign(new Error(`ENOENT: no stored file ${sha256}`), { code: 'ENOENT' });
}

const asBuffer = (bytes: Uint8Array): Buffer =>
  Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** A content-addressed file store in the `blobs` table of a PostgreSQL database. */
export class PgBlobStore implements Blobs {
  private readonly received: IncomingFolder;

  /**
   * `sql` must be PostgreSQL (the SQLite schema has no `blobs` table); `dataDir` holds the folder
   * uploads are received in; of `options` only `createWriteStream` applies (the receiving file).
   */
  constructor(
    private readonly sql: Sql,
    dataDir: string,
    options: BlobStoreOptions = {},
  ) {
    if (sql.dialect !== 'postgres') throw new Error('PgBlobStore needs a PostgreSQL database');
    this.received = new IncomingFolder(dataDir, options);
  }

  /** Stores the bytes unless a file with this hash is stored already. */
  async put(sha256: string, bytes: Uint8Array): Promise<void> {
    checked(sha256);
    // Repeated uploads of one sample are common: a stored file is not sent to the server again.
    if (await this.has(sha256)) return;
    await this.sql.run(
      'INSERT INTO blobs (sha256, bytes, size, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING',
      [sha256, asBuffer(bytes), bytes.byteLength, new Date().toISOString()],
    );
  }

  /** A new file being received into `<dataDir>/files/incoming/`; the caller adopts or discards it. */
  incoming(): IncomingBlob {
    return this.received.incoming();
  }

  /**
   * Stores a finished incoming file under its hash (unless stored already) and removes the temporary
   * file, also when storing fails (the error is thrown).
   */
  async adopt(file: IncomingBlob): Promise<string> {
    try {
      const sha256 = checked(file.sha256);
      if (!(await this.has(sha256))) {
        const bytes = await readFile(file.path);
        if (bytes.length !== file.bytes)
          throw new Error(`received file ${file.path}: ${bytes.length} bytes on disk, ${file.bytes} written`);
        await this.put(sha256, bytes);
      }
      return sha256;
    } finally {
      file.discard();
    }
  }

  /** The stored bytes. Throws an error with `code: 'ENOENT'` when there are none. */
  async get(sha256: string): Promise<Buffer> {
    const row = await this.sql.get<{ bytes: Buffer }>('SELECT bytes FROM blobs WHERE sha256 = ?', [
      checked(sha256),
    ]);
    if (!row) throw missing(sha256);
    return row.bytes;
  }

  /** Removes the file if present. */
  async delete(sha256: string): Promise<void> {
    await this.sql.run('DELETE FROM blobs WHERE sha256 = ?', [checked(sha256)]);
  }

  /** Removes incoming files older than `olderThanMs`; returns how many were removed. */
  sweepIncoming(olderThanMs: number, now = Date.now()): number {
    return this.received.sweep(olderThanMs, now);
  }

  private async has(sha256: string): Promise<boolean> {
    return (await this.sql.get('SELECT 1 AS found FROM blobs WHERE sha256 = ?', [sha256])) !== undefined;
  }
}
