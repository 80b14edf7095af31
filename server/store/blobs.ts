/** Uploaded files on disk, addressed by their SHA-256 (the same file is stored once). */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A content-addressed file store under `<dataDir>/files/`. */
export class BlobStore {
  private readonly root: string;

  constructor(dataDir: string) {
    this.root = path.join(dataDir, 'files');
    mkdirSync(this.root, { recursive: true });
  }

  private pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  /** Writes the bytes (atomically: temp file, then rename) unless they are already there. */
  put(sha256: string, bytes: Uint8Array): void {
    const target = this.pathOf(sha256);
    // Same name, same content: a file already stored is not written again (replacing a file costs
    // several ms on some file systems, and repeated uploads of one sample are common).
    if (statSync(target, { throwIfNoEntry: false })?.size === bytes.length) return;
    mkdirSync(path.dirname(target), { recursive: true });
    const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    writeFileSync(temp, bytes);
    renameSync(temp, target);
  }

  /** The stored bytes. Throws ENOENT when they are gone. */
  get(sha256: string): Buffer {
    return readFileSync(this.pathOf(sha256));
  }

  /** Removes the file if present. */
  delete(sha256: string): void {
    rmSync(this.pathOf(sha256), { force: true });
  }
}
