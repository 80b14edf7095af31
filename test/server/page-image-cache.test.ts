/**
 * The page-image cache: the same cases on the file cache (`<dataDir>/page-images/`) and on PostgreSQL's
 * `page_images` table (a real throw-away cluster), then a PageImageService wired to the table: a second
 * request, also from a second service (another API process, nothing in memory), is answered from the
 * table without drawing, and a failed drawing is remembered there.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import type { PageImageRequest } from '../../runtime/page-image-draw.js';
import { PipelinePool } from '../../runtime/pool/pipeline-pool.js';
import {
  FilePageImageCache,
  type PageImageCache,
  pgPageImageCache,
} from '../../server/services/page-image-cache.js';
import { PageImageService } from '../../server/services/page-images.js';
import { BlobStore } from '../../server/store/blobs.js';
import type { RunRecord } from '../../server/store/runs.js';
import type { Sql } from '../../server/store/sql.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { storeBackends } from '../support/backends.js';
import { postRun, startTestServer, type TestServer, uploadForm } from './harness.js';

const backends = storeBackends();
const onPostgres = backends.list.find(([name]) => name === 'PostgreSQL');

const PNG_A = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
const PNG_B = Buffer.from([0x89, 0x50, 0x4e, 0x47, 4, 5, 6, 7]);

describe.each(backends.list)('page-image cache next to %s', (backend, open) => {
  let sql: Sql;
  let dataDir: string;
  let cache: PageImageCache;
  beforeEach(async () => {
    sql = await open();
    dataDir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-pages-'));
    cache = backend === 'PostgreSQL' ? pgPageImageCache(sql) : new FilePageImageCache(dataDir);
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const bytes = (png: Uint8Array | undefined) => (png ? [...png] : undefined);

  test('reads what was written, per run, page and with or without boxes', async () => {
    expect(await cache.read('run_1', 1, true)).toBeUndefined();
    await cache.write('run_1', 1, true, PNG_A);
    await cache.write('run_1', 1, false, PNG_B);
    await cache.write('run_1', 2, true, new Uint8Array([9, ...PNG_B, 9]).subarray(1, PNG_B.length + 1));
    expect(bytes(await cache.read('run_1', 1, true))).toEqual([...PNG_A]);
    expect(bytes(await cache.read('run_1', 1, false))).toEqual([...PNG_B]);
    expect(bytes(await cache.read('run_1', 2, true))).toEqual([...PNG_B]);
    expect(await cache.read('run_1', 2, false)).toBeUndefined();
    expect(await cache.read('run_2', 1, true)).toBeUndefined();
    // Written again, the image is replaced.
    await cache.write('run_1', 1, true, PNG_B);
    expect(bytes(await cache.read('run_1', 1, true))).toEqual([...PNG_B]);
    if (backend === 'PostgreSQL')
      expect(await sql.all('SELECT page, boxes FROM page_images ORDER BY page, boxes')).toEqual([
        { page: 1, boxes: 0 },
        { page: 1, boxes: 1 },
        { page: 2, boxes: 1 },
      ]);
    else expect(existsSync(path.join(dataDir, 'page-images', 'run_1', '1-boxes.png'))).toBe(true);
  });

  test('remembers a failed drawing without caching an image', async () => {
    expect(await cache.hasFailed('run_1', 3, false)).toBe(false);
    await cache.markFailed('run_1', 3, false);
    await cache.markFailed('run_1', 3, false);
    expect(await cache.hasFailed('run_1', 3, false)).toBe(true);
    expect(await cache.hasFailed('run_1', 3, true)).toBe(false);
    expect(await cache.hasFailed('run_2', 3, false)).toBe(false);
    expect(await cache.read('run_1', 3, false)).toBeUndefined();
    if (backend === 'PostgreSQL') {
      const rows = await sql.all<{ png: unknown; failed_at: string }>(
        'SELECT png, failed_at FROM page_images WHERE run_id = ?',
        ['run_1'],
      );
      expect(rows).toEqual([{ png: null, failed_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }]);
    }
  });

  test('removeRun forgets one run’s images and failures, not another’s', async () => {
    await cache.write('run_1', 1, true, PNG_A);
    await cache.markFailed('run_1', 2, true);
    await cache.write('run_2', 1, true, PNG_B);
    await cache.removeRun('run_1');
    expect(await cache.read('run_1', 1, true)).toBeUndefined();
    expect(await cache.hasFailed('run_1', 2, true)).toBe(false);
    expect(bytes(await cache.read('run_2', 1, true))).toEqual([...PNG_B]);
    await cache.removeRun('run_1');
    await cache.removeRun('never_cached');
  });
});

// Skipped where PostgreSQL is not installed.
(onPostgres ? describe : describe.skip)('PageImageService on the page_images table', () => {
  let server: TestServer;
  let record: RunRecord;
  let sql: Sql;
  beforeAll(async () => {
    server = await startTestServer({ workers: 1 });
    const res = await postRun(server, uploadForm(await textInvoicePdf()), '?wait=20');
    expect(res.body.status).toBe('completed');
    record = (await server.services.runs.get(res.body.id))!;
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    sql = await onPostgres![1]();
  });

  const service = (draw: (request: PageImageRequest) => Promise<Uint8Array | undefined>) =>
    new PageImageService(server.services.runs, {
      dataDir: server.dataDir,
      blobs: new BlobStore(server.dataDir),
      cache: pgPageImageCache(sql),
      draw,
    });

  test('answers a second request, also of a second service, from the table without drawing', async () => {
    const drawn: PageImageRequest[] = [];
    const draw = (request: PageImageRequest) => {
      drawn.push(request);
      return server.services.drawPageImage(request);
    };
    const first = service(draw);
    const png = await first.image(record, 1, { boxes: true });
    expect(png).toBeDefined();
    expect(first.counters.draws).toBe(1);
    const rows = await sql.all<{ run_id: string; page: number; boxes: number; png: Buffer; failed_at: null }>(
      'SELECT run_id, page, boxes, png, failed_at FROM page_images',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ run_id: record.id, page: 1, boxes: 1, failed_at: null });
    expect(rows[0]!.png.equals(Buffer.from(png!))).toBe(true);
    // Nothing went to the file cache.
    expect(existsSync(first.cacheDir(record.id))).toBe(false);

    const again = await first.image(record, 1, { boxes: true });
    expect(first.counters.draws).toBe(1);
    expect(Buffer.from(again!).equals(Buffer.from(png!))).toBe(true);

    // Another API process: nothing in its memory, the image comes from the table.
    const second = service(draw);
    const fromTable = await second.image(record, 1, { boxes: true });
    expect(second.counters.draws).toBe(0);
    expect(Buffer.from(fromTable!).equals(Buffer.from(png!))).toBe(true);
    expect(drawn).toHaveLength(1);

    // Removing the run's images empties its rows; the next request draws again.
    await second.remove(record.id);
    expect(await sql.all('SELECT run_id FROM page_images')).toEqual([]);
    expect(await second.image(record, 1, { boxes: true })).toBeDefined();
    expect(second.counters.draws).toBe(1);
    expect(drawn).toHaveLength(2);
  });

  test('remembers a failed drawing in the table: another service does not draw it again', async () => {
    // A real pool whose drawing always times out: the drawer rejects.
    const pool = new PipelinePool(1);
    try {
      const failing = (request: PageImageRequest) => pool.pageImage(request, { timeoutMs: 1 });
      const first = service(failing);
      expect(await first.image(record, 1, { boxes: false })).toBeUndefined();
      expect(first.counters).toMatchObject({ draws: 1, drawFailures: 1 });
      expect(
        await sql.all<{ png: unknown; failed_at: string | null }>(
          'SELECT png, failed_at FROM page_images WHERE run_id = ? AND page = 1 AND boxes = 0',
          [record.id],
        ),
      ).toEqual([{ png: null, failed_at: expect.any(String) }]);
      const second = service(failing);
      expect(await second.image(record, 1, { boxes: false })).toBeUndefined();
      expect(second.counters).toMatchObject({ draws: 0, rememberedFailures: 1 });
      // Removing the run's images forgets the failure too.
      await second.remove(record.id);
      expect(await second.image(record, 1, { boxes: false })).toBeUndefined();
      expect(second.counters.draws).toBe(1);
    } finally {
      await pool.close();
    }
  });
});
