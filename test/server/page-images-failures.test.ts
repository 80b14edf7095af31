import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { PipelinePool } from '../../runtime/pool/pipeline-pool.js';
import { PageImageService } from '../../server/services/page-images.js';
import { BlobStore } from '../../server/store/blobs.js';
import { slowPdf, textInvoicePdf } from '../fixtures/pdfs.js';
import { postRun, startTestServer, type TestServer, uploadForm } from './harness.js';

describe('page images of runs that did not finish well', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ workers: 1, runTimeoutMs: 1000 });
  });
  afterAll(() => server.close());

  test('a timed-out run has no page image: nothing is drawn, every request answers 404 at once', async () => {
    const res = await postRun(server, uploadForm(await slowPdf(600_000)), '?wait=20');
    expect(res.body.status).toBe('timed_out');
    const draws: unknown[] = [];
    const service = new PageImageService(server.services.runs, {
      dataDir: server.dataDir,
      blobs: new BlobStore(server.dataDir),
      draw: (request) => {
        draws.push(request);
        return server.services.drawPageImage(request);
      },
    });
    const record = (await server.services.runs.get(res.body.id))!;
    for (let i = 0; i < 3; i++) expect(await service.image(record, 1, { boxes: true })).toBeUndefined();
    expect(draws).toHaveLength(0);
    expect(service.counters).toMatchObject({ draws: 0, refusedUnfinished: 3 });
    for (let i = 0; i < 2; i++) {
      const image = await fetch(`${server.url}/api/runs/${res.body.id}/pages/1.png`);
      expect(image.status).toBe(404);
      expect(((await image.json()) as { code: string }).code).toBe('page_image_unavailable');
    }
  });
});

describe('a page image whose drawing fails', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ workers: 1 });
  });
  afterAll(() => server.close());

  test('is remembered: later requests, and a restarted service, do not draw again', async () => {
    const res = await postRun(server, uploadForm(await textInvoicePdf()), '?wait=20');
    expect(res.body.status).toBe('completed');
    const record = (await server.services.runs.get(res.body.id))!;
    // A real pool whose drawing always times out: the drawer rejects.
    const pool = new PipelinePool(1);
    try {
      const make = () =>
        new PageImageService(server.services.runs, {
          dataDir: server.dataDir,
          blobs: new BlobStore(server.dataDir),
          draw: (request) => pool.pageImage(request, { timeoutMs: 1 }),
        });
      const service = make();
      for (let i = 0; i < 4; i++) expect(await service.image(record, 1, { boxes: false })).toBeUndefined();
      expect(service.counters).toMatchObject({ draws: 1, drawFailures: 1, rememberedFailures: 3 });
      const restarted = make();
      expect(await restarted.image(record, 1, { boxes: false })).toBeUndefined();
      expect(restarted.counters).toMatchObject({ draws: 0, rememberedFailures: 1 });
      // Erasing the run's images forgets the failure too.
      await restarted.remove(record.id);
      expect(await restarted.image(record, 1, { boxes: false })).toBeUndefined();
      expect(restarted.counters.draws).toBe(1);
    } finally {
      await pool.close();
    }
  });
});
