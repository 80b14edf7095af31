/**
 * The two file stores behind `Blobs`: the local folder (`BlobStore`, the one-machine default next to
 * SQLite) and PostgreSQL's `blobs` table (`PgBlobStore`, on a real throw-away cluster), with the same
 * cases; plus what only the table can do: an adoption inside a transaction that rolls back leaves nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { BlobStore, type Blobs, type IncomingBlob } from '../../../server/store/blobs.js';
import { PgBlobStore } from '../../../server/store/pg-blobs.js';
import type { PgSql, Sql } from '../../../server/store/sql.js';
import { storeBackends } from '../../support/backends.js';
import { rejectionOf } from '../../support/rejection.js';

const backends = storeBackends();

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The error code a promise rejects with, or 'resolved'. */
const codeOf = (promise: Promise<unknown>): Promise<string> =>
  promise.then(
    () => 'resolved',
    (error: unknown) => String((error as { code?: unknown }).code),
  );

async function receive(blobs: Blobs, chunks: Buffer[]): Promise<IncomingBlob> {
  const file = blobs.incoming();
  for (const chunk of chunks) await file.write(chunk);
  await file.finish();
  return file;
}

const storeOn = (backend: string, sql: Sql, dataDir: string): Blobs =>
  backend === 'PostgreSQL' ? new PgBlobStore(sql, dataDir) : new BlobStore(dataDir);

const incomingDir = (dataDir: string): string => path.join(dataDir, 'files', 'incoming');

describe.each(backends.list)('files on %s', (backend, open) => {
  let sql: Sql;
  let dataDir: string;
  let blobs: Blobs;
  beforeEach(async () => {
    sql = await open();
    dataDir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-blobs-'));
    blobs = storeOn(backend, sql, dataDir);
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  test('put then get gives the same bytes', async () => {
    const bytes = Buffer.from('%PDF-1.7 een factuur\n');
    await blobs.put(sha(bytes), bytes);
    expect((await blobs.get(sha(bytes))).equals(bytes)).toBe(true);
    // A Uint8Array that is a view into a larger buffer stores only its own bytes.
    const backing = new Uint8Array([9, 9, 1, 2, 3, 9]);
    const view = backing.subarray(2, 5);
    await blobs.put(sha(view), view);
    expect([...(await blobs.get(sha(view)))]).toEqual([1, 2, 3]);
  });

  test('the same content is stored once', async () => {
    const bytes = Buffer.from('twice the same file');
    await blobs.put(sha(bytes), bytes);
    await blobs.put(sha(bytes), bytes);
    const again = await receive(blobs, [bytes]);
    expect(await blobs.adopt(again)).toBe(sha(bytes));
    expect(existsSync(again.path)).toBe(false);
    expect((await blobs.get(sha(bytes))).equals(bytes)).toBe(true);
    if (backend === 'PostgreSQL') {
      const rows = await sql.all<{ size: number }>('SELECT size FROM blobs WHERE sha256 = ?', [sha(bytes)]);
      expect(rows).toEqual([{ size: bytes.length }]);
    } else {
      const dir = path.join(dataDir, 'files', sha(bytes).slice(0, 2));
      expect(readdirSync(dir)).toEqual([sha(bytes)]);
    }
  });

  test('adopts a received file under its hash and removes the temporary file', async () => {
    const chunks = [Buffer.from('%PDF-1.7\n'), Buffer.alloc(100_000, 7), Buffer.from('%%EOF\n')];
    const whole = Buffer.concat(chunks);
    const file = await receive(blobs, chunks);
    expect(path.dirname(file.path)).toBe(incomingDir(dataDir));
    expect(existsSync(file.path)).toBe(true);
    expect(file.sha256).toBe(sha(whole));
    expect(await blobs.adopt(file)).toBe(sha(whole));
    expect(existsSync(file.path)).toBe(false);
    expect(readdirSync(incomingDir(dataDir))).toEqual([]);
    expect((await blobs.get(sha(whole))).equals(whole)).toBe(true);
  });

  test('adopting a file that was not finished fails and removes the temporary file', async () => {
    const file = blobs.incoming();
    // More than the stream buffers: the write resolves once it reached the file.
    await file.write(Buffer.alloc(200_000, 1));
    expect(existsSync(file.path)).toBe(true);
    expect(await rejectionOf(blobs.adopt(file))).toMatch(/not finished/);
    expect(existsSync(file.path)).toBe(false);
  });

  test('get of a hash that is not stored rejects with ENOENT', async () => {
    expect(await codeOf(blobs.get('0'.repeat(64)))).toBe('ENOENT');
  });

  test('delete removes the file; deleting a missing file is fine', async () => {
    const bytes = Buffer.from('to be erased');
    await blobs.put(sha(bytes), bytes);
    await blobs.delete(sha(bytes));
    expect(await codeOf(blobs.get(sha(bytes)))).toBe('ENOENT');
    await blobs.delete(sha(bytes));
    // Stored again after the delete, it is there again.
    await blobs.put(sha(bytes), bytes);
    expect((await blobs.get(sha(bytes))).equals(bytes)).toBe(true);
  });

  test('a name that is not a sha256 is refused', async () => {
    expect(await rejectionOf(blobs.get('../../etc/passwd'))).toMatch(/not a sha256/);
    expect(await rejectionOf(blobs.put('ABC', Buffer.from('x')))).toMatch(/not a sha256/);
  });

  test('leftovers of a killed upload older than an hour are swept when the store opens', async () => {
    const old = await receive(blobs, [Buffer.from('left behind')]);
    const recent = await receive(blobs, [Buffer.from('still arriving')]);
    const { renameSync } = await import('node:fs');
    const aged = path.join(incomingDir(dataDir), `${Date.now() - 2 * 3_600_000}-0123456789abcdef.tmp`);
    renameSync(old.path, aged);
    storeOn(backend, sql, dataDir);
    expect(existsSync(aged)).toBe(false);
    expect(existsSync(recent.path)).toBe(true);
    recent.discard();
  });
});

const onPostgres = backends.list.find(([name]) => name === 'PostgreSQL');

// Skipped where PostgreSQL is not installed.
(onPostgres ? describe : describe.skip)('files in PostgreSQL transactions', () => {
  let sql: Sql;
  let dataDir: string;
  let blobs: PgBlobStore;
  beforeEach(async () => {
    sql = await onPostgres![1]();
    dataDir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-blobs-'));
    blobs = new PgBlobStore(sql, dataDir);
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  test('an adoption inside a transaction that then throws leaves no row', async () => {
    const bytes = Buffer.from('%PDF-1.7 rolled back\n');
    const file = await receive(blobs, [bytes]);
    const outcome = await rejectionOf(
      sql.transaction(async () => {
        await blobs.adopt(file);
        // Inside the transaction the file is there.
        expect((await blobs.get(sha(bytes))).equals(bytes)).toBe(true);
        throw new Error('the run could not be stored');
      }),
    );
    expect(outcome).toBe('the run could not be stored');
    expect(existsSync(file.path)).toBe(false);
    expect(await codeOf(blobs.get(sha(bytes)))).toBe('ENOENT');
    expect(await sql.all('SELECT sha256 FROM blobs')).toEqual([]);
  });

  test('an adoption inside a transaction is seen by other connections only once it commits', async () => {
    const bytes = Buffer.from('%PDF-1.7 committed\n');
    const file = await receive(blobs, [bytes]);
    // The pool itself, not `sql`: a query on another connection, outside the transaction.
    const outside = async () => (await (sql as PgSql).pool.query('SELECT sha256 FROM blobs')).rows;
    let seenOutside: unknown[] | undefined;
    await sql.transaction(async () => {
      await blobs.adopt(file);
      seenOutside = await outside();
    });
    expect(seenOutside).toEqual([]);
    expect(await outside()).toEqual([{ sha256: sha(bytes) }]);
    expect((await blobs.get(sha(bytes))).equals(bytes)).toBe(true);
  });
});
