/** Uploaded files on disk, addressed by their SHA-256 (the same file is stored once). */
import { createHash, type Hash, randomBytes } from 'node:crypto';
import {
  createWriteStream,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';

/** How many bytes of the start of a received file are kept in memory (enough to sniff its kind). */
export const HEAD_BYTES = 8192;

/** Test seams: how files are written (a test injects a failing write to simulate a full disk). */
export interface BlobStoreOptions {
  /** Opens the write stream of a file being received (default `fs.createWriteStream`). */
  readonly createWriteStream?: (file: string) => Writable;
  /** Writes a whole file (default `fs.writeFileSync`). */
  readonly writeFile?: (file: string, bytes: Uint8Array) => void;
}

/**
 * A file being received: streamed to a temporary file under `<dataDir>/files/incoming/` and hashed on
 * the way, so an upload is never held whole in memory. It ends either in {@link BlobStore.adopt}
 * (moved into the store) or in {@link IncomingBlob.discard} (removed); one of the two always runs.
 */
export class IncomingBlob {
  /** Bytes written so far. */
  bytes = 0;
  /** The first {@link HEAD_BYTES} bytes (what sniffing the file's kind needs). */
  head: Buffer = Buffer.alloc(0);
  private readonly hash: Hash = createHash('sha256');
  private readonly out: Writable;
  private failure: Error | undefined;
  private digest: string | undefined;
  private closed = false;

  constructor(
    /** The temporary file. */
    readonly path: string,
    open: (file: string) => Writable,
  ) {
    this.out = open(path);
    this.out.on('error', (error) => {
      this.failure ??= error;
    });
  }

  /** The first write error (ENOSPC on a full disk), if any. */
  get error(): Error | undefined {
    return this.failure;
  }

  /** Appends a chunk; resolves when the file can take more (back-pressure), rejects on a write error. */
  write(chunk: Buffer): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    this.bytes += chunk.length;
    this.hash.update(chunk);
    if (this.head.length < HEAD_BYTES)
      this.head = Buffer.concat([this.head, chunk.subarray(0, HEAD_BYTES - this.head.length)]);
    if (this.out.write(chunk)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onDrain = (): void => {
        this.out.off('error', onError);
        resolve();
      };
      const onError = (error: Error): void => {
        this.out.off('drain', onDrain);
        reject(error);
      };
      this.out.once('drain', onDrain);
      this.out.once('error', onError);
    });
  }

  /** Flushes and closes the file; resolves with its hash and size, rejects on a write error. */
  finish(): Promise<{ sha256: string; bytes: number }> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.out.once('error', reject);
      this.out.end(() => {
        this.closed = true;
        if (this.failure) reject(this.failure);
        else {
          this.digest ??= this.hash.digest('hex');
          resolve({ sha256: this.digest, bytes: this.bytes });
        }
      });
    });
  }

  /** The hash, once {@link finish} resolved. */
  get sha256(): string {
    if (!this.digest) throw new Error('IncomingBlob: not finished');
    return this.digest;
  }

  /** Stops writing and removes the temporary file (safe to call more than once). */
  discard(): void {
    const remove = (): void => rmSync(this.path, { force: true });
    if (!this.closed) {
      this.closed = true;
      // The file stream opens its file asynchronously: removed only now, a file opened after this
      // call would be left behind. Remove it again once the stream has closed.
      this.out.once('close', remove);
      this.out.destroy();
    }
    remove();
  }
}

/**
 * Where uploaded files are kept, addressed by their SHA-256: the local folder (the one-machine default,
 * {@link BlobStore}) or PostgreSQL's `blobs` table (`DATABASE_URL`, `server/store/pg-blobs.ts`), so
 * every process sees them. Uploads are always received into a local temporary file first.
 */
export interface Blobs {
  /** Stores the bytes unless they are already there. */
  put(sha256: string, bytes: Uint8Array): Promise<void>;
  /** A new file being received (see {@link IncomingBlob}); the caller adopts or discards it. */
  incoming(): IncomingBlob;
  /** Stores a finished incoming file under its hash and removes the temporary file. Throws on failure. */
  adopt(file: IncomingBlob): Promise<string>;
  /** The stored bytes. Throws (ENOENT) when they are gone. */
  get(sha256: string): Promise<Buffer>;
  /** Removes the file if present. */
  delete(sha256: string): Promise<void>;
}

/**
 * The folder `<dataDir>/files/incoming/` where uploads are received (by every {@link Blobs} kind):
 * created on construction, leftovers of a killed process older than an hour removed.
 */
export class IncomingFolder {
  readonly dir: string;
  private readonly open: (file: string) => Writable;

  constructor(dataDir: string, options: BlobStoreOptions = {}) {
    this.dir = path.join(dataDir, 'files', 'incoming');
    mkdirSync(this.dir, { recursive: true });
    // Files a killed process was still receiving: no upload takes an hour (the server's request
    // time-out is 5 minutes), so these are leftovers.
    this.sweep(60 * 60 * 1000);
    this.open = options.createWriteStream ?? ((file) => createWriteStream(file, { flags: 'wx' }));
  }

  /** A new file being received (see {@link IncomingBlob}). */
  incoming(): IncomingBlob {
    return new IncomingBlob(
      path.join(this.dir, `${Date.now()}-${randomBytes(8).toString('hex')}.tmp`),
      this.open,
    );
  }

  /** Removes incoming files older than `olderThanMs`; returns how many were removed. */
  sweep(olderThanMs: number, now = Date.now()): number {
    let removed = 0;
    for (const name of readdirSync(this.dir)) {
      const started = Number(name.split('-')[0]);
      if (name.endsWith('.tmp') && Number.isFinite(started) && now - started >= olderThanMs) {
        rmSync(path.join(this.dir, name), { force: true });
        removed++;
      }
    }
    return removed;
  }
}

/** A content-addressed file store under `<dataDir>/files/`. */
export class BlobStore implements Blobs {
  private readonly root: string;
  private readonly received: IncomingFolder;
  private readonly writeFile: (file: string, bytes: Uint8Array) => void;

  constructor(dataDir: string, options: BlobStoreOptions = {}) {
    this.root = path.join(dataDir, 'files');
    this.received = new IncomingFolder(dataDir, options);
    this.writeFile = options.writeFile ?? ((file, bytes) => writeFileSync(file, bytes));
  }

  private pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  /** Writes the bytes (atomically: temp file, then rename) unless they are already there. */
  async put(sha256: string, bytes: Uint8Array): Promise<void> {
    const target = this.pathOf(sha256);
    // Same name, same content: a file already stored is not written again (replacing a file costs
    // several ms on some file systems, and repeated uploads of one sample are common).
    if (statSync(target, { throwIfNoEntry: false })?.size === bytes.length) return;
    mkdirSync(path.dirname(target), { recursive: true });
    const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      this.writeFile(temp, bytes);
      renameSync(temp, target);
    } catch (error) {
      // A partial file (a full disk) must not stay behind and take the space that is short.
      rmSync(temp, { force: true });
      throw error;
    }
  }

  /** A new file being received (see {@link IncomingBlob}); the caller adopts or discards it. */
  incoming(): IncomingBlob {
    return this.received.incoming();
  }

  /**
   * Moves a finished incoming file into the store under its hash (a rename on the same file system),
   * or removes it when the same content is stored already. Throws (and removes it) on failure.
   */
  async adopt(file: IncomingBlob): Promise<string> {
    try {
      const sha256 = file.sha256;
      const target = this.pathOf(sha256);
      if (statSync(target, { throwIfNoEntry: false })?.size === file.bytes) {
        file.discard();
        return sha256;
      }
      mkdirSync(path.dirname(target), { recursive: true });
      renameSync(file.path, target);
      return sha256;
    } catch (error) {
      file.discard();
      throw error;
    }
  }

  /**
   * Removes incoming files older than `olderThanMs` (left by a process that was killed mid-upload).
   * Returns how many were removed.
   */
  sweepIncoming(olderThanMs: number, now = Date.now()): number {
    return this.received.sweep(olderThanMs, now);
  }

  /** The stored bytes. Throws ENOENT when they are gone. */
  async get(sha256: string): Promise<Buffer> {
    return readFileSync(this.pathOf(sha256));
  }

  /** Removes the file if present. */
  async delete(sha256: string): Promise<void> {
    rmSync(this.pathOf(sha256), { force: true });
  }
}
