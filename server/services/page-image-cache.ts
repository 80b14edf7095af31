/**
 * Where the {@link PageImageService} keeps the page images it drew, and the pages whose drawing failed:
 * files under `<dataDir>/page-images/<run id>/` (the one-machine default, {@link FilePageImageCache})
 * or the `page_images` table of PostgreSQL (`DATABASE_URL`, {@link pgPageImageCache}), which every API
 * process shares. A page is cached with and without boxes separately.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Sql } from '../store/sql.js';

/** The page-image cache; every method names an image by run id, page (1-based) and whether it has boxes. */
export interface PageImageCache {
  /** The cached PNG, or undefined when none is cached. */
  read(runId: string, page: number, boxes: boolean): Promise<Uint8Array | undefined>;
  /** Caches a PNG (replacing one cached before). */
  write(runId: string, page: number, boxes: boolean, png: Uint8Array): Promise<void>;
  /** Remembers that drawing this image failed. */
  markFailed(runId: string, page: number, boxes: boolean): Promise<void>;
  /** Whether drawing this image failed before. */
  hasFailed(runId: string, page: number, boxes: boolean): Promise<boolean>;
  /** Forgets a run's images and failures. */
  removeRun(runId: string): Promise<void>;
}

/**
 * PNG files `<dataDir>/page-images/<run id>/<page>-boxes.png` (or `-plain.png`), written atomically
 * (temporary file, then rename), and an empty `<file>.failed` marker for a failed drawing.
 */
export class FilePageImageCache implements PageImageCache {
  private readonly root: string;

  constructor(dataDir: string) {
    this.root = path.join(dataDir, 'page-images');
  }

  /** The folder of a run's images. */
  dirOf(runId: string): string {
    return path.join(this.root, runId);
  }

  private fileOf(runId: string, page: number, boxes: boolean): string {
    return path.join(this.dirOf(runId), `${page}-${boxes ? 'boxes' : 'plain'}.png`);
  }

  async read(runId: string, page: number, boxes: boolean): Promise<Uint8Array | undefined> {
    try {
      return await readFile(this.fileOf(runId, page, boxes));
    } catch {
      return undefined; // not cached (yet)
    }
  }

  async write(runId: string, page: number, boxes: boolean, png: Uint8Array): Promise<void> {
    const file = this.fileOf(runId, page, boxes);
    mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(temp, png);
    renameSync(temp, file);
  }

  async markFailed(runId: string, page: number, boxes: boolean): Promise<void> {
    const file = this.fileOf(runId, page, boxes);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(`${file}.failed`, '');
  }

  async hasFailed(runId: string, page: number, boxes: boolean): Promise<boolean> {
    return existsSync(`${this.fileOf(runId, page, boxes)}.failed`);
  }

  /** Removes the run's folder (synchronously, before the returned promise is even awaited). */
  async removeRun(runId: string): Promise<void> {
    rmSync(this.dirOf(runId), { recursive: true, force: true });
  }
}

/**
 * Rows of the PostgreSQL table `page_images` (`run_id`, `page`, `boxes` 0/1): `png` holds a drawn
 * image; a failed drawing is a row with `failed_at` set (and `png` NULL unless one was drawn too).
 */
export class PgPageImageCache implements PageImageCache {
  constructor(
    private readonly sql: Sql,
    private readonly now: () => Date = () => new Date(),
  ) {
    if (sql.dialect !== 'postgres') throw new Error('PgPageImageCache needs a PostgreSQL database');
  }

  async read(runId: string, page: number, boxes: boolean): Promise<Uint8Array | undefined> {
    const row = await this.sql.get<{ png: Buffer }>(
      'SELECT png FROM page_images WHERE run_id = ? AND page = ? AND boxes = ? AND png IS NOT NULL',
      [runId, page, boxes ? 1 : 0],
    );
    return row?.png;
  }

  async write(runId: string, page: number, boxes: boolean, png: Uint8Array): Promise<void> {
    const bytes = Buffer.isBuffer(png) ? png : Buffer.from(png.buffer, png.byteOffset, png.byteLength);
    await this.sql.run(
      `INSERT INTO page_images (run_id, page, boxes, png, failed_at, created_at) VALUES (?, ?, ?, ?, NULL, ?)
       ON CONFLICT (run_id, page, boxes) DO UPDATE SET png = excluded.png`,
      [runId, page, boxes ? 1 : 0, bytes, this.now().toISOString()],
    );
  }

  async markFailed(runId: string, page: number, boxes: boolean): Promise<void> {
    const at = this.now().toISOString();
    await this.sql.run(
      `INSERT INTO page_images (run_id, page, boxes, png, failed_at, created_at) VALUES (?, ?, ?, NULL, ?, ?)
       ON CONFLICT (run_id, page, boxes) DO UPDATE SET failed_at = excluded.failed_at`,
      [runId, page, boxes ? 1 : 0, at, at],
    );
  }

  async hasFailed(runId: string, page: number, boxes: boolean): Promise<boolean> {
    const row = await this.sql.get(
      'SELECT 1 AS failed FROM page_images WHERE run_id = ? AND page = ? AND boxes = ? AND failed_at IS NOT NULL',
      [runId, page, boxes ? 1 : 0],
    );
    return row !== undefined;
  }

  async removeRun(runId: string): Promise<void> {
    await this.sql.run('DELETE FROM page_images WHERE run_id = ?', [runId]);
  }
}

/** The page-image cache in PostgreSQL's `page_images` table (for `PageImageOptions.cache`). */
export function pgPageImageCache(sql: Sql): PageImageCache {
  return new PgPageImageCache(sql);
}
