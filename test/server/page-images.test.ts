import { existsSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import sharp from 'sharp';
import type { PageImageRequest } from '../../runtime/page-image-draw.js';
import { PageImageService } from '../../server/services/page-images.js';
import { BlobStore } from '../../server/store/blobs.js';
import { scanLikePng, slowPdf, textInvoicePdf } from '../fixtures/pdfs.js';
import { buyerClient } from './api-helpers.js';
import { postRun, startTestServer, type TestServer, uploadForm } from './harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const LANDSCAPE: [number, number] = [842, 595];

async function submit(
  bytes: Uint8Array,
  apiKey?: string,
  name = 'factuur.pdf',
): Promise<Record<string, any>> {
  const form = uploadForm(bytes, {}, { name });
  const res = await fetch(`${server.url}/api/runs?wait=20`, {
    method: 'POST',
    body: form,
    ...(apiKey && { headers: { authorization: `Bearer ${apiKey}` } }),
  });
  const body = (await res.json()) as Record<string, any>;
  expect(res.status).toBe(201);
  return body;
}

async function page(
  id: string,
  file: string,
  options: { apiKey?: string; query?: string } = {},
): Promise<{ status: number; type: string | null; bytes: Buffer }> {
  const res = await fetch(`${server.url}/api/runs/${id}/pages/${file}${options.query ?? ''}`, {
    ...(options.apiKey && { headers: { authorization: `Bearer ${options.apiKey}` } }),
  });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    bytes: Buffer.from(await res.arrayBuffer()),
  };
}

/** Pixels of strong red and strong blue in a PNG. */
async function colours(png: Buffer): Promise<{ red: number; blue: number; width: number; height: number }> {
  const { data, info } = await sharp(png)
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  let red = 0;
  let blue = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
    if (r > 170 && g < 90 && b < 90) red++;
    if (b > 160 && r < 60 && g < 130) blue++;
  }
  return { red, blue, width: info.width, height: info.height };
}

describe('GET /api/runs/:id/pages/:n.png', () => {
  test("is a PNG of the page at about 100 DPI with the page's aspect ratio", async () => {
    const run = await submit(await textInvoicePdf({ size: LANDSCAPE }));
    const res = await page(run.id, '1.png');
    expect(res.status).toBe(200);
    expect(res.type).toBe('image/png');
    const meta = await sharp(res.bytes).metadata();
    expect(meta.format).toBe('png');
    expect(meta.width).toBe(Math.round((842 * 100) / 72));
    expect(Math.abs(meta.width! / meta.height! - 842 / 595)).toBeLessThan(0.01);
  });

  test('draws blue boxes around the fields read; boxes=none gives the plain page', async () => {
    const run = await submit(await textInvoicePdf());
    expect(Object.keys(run.report.fields).length).toBeGreaterThan(0);
    const boxed = await colours((await page(run.id, '1.png')).bytes);
    const plain = await colours((await page(run.id, '1.png', { query: '?boxes=none' })).bytes);
    expect(boxed.blue).toBeGreaterThan(100);
    expect(plain.blue).toBe(0);
    expect(plain.red).toBe(0);
    expect([boxed.width, boxed.height]).toEqual([plain.width, plain.height]);
  });

  test('draws red boxes around findings that have a place on the page', async () => {
    const run = await submit(await textInvoicePdf());
    const record = (await server.services.runs.get(run.id))!;
    const finding = {
      ...record.report!.findings[0]!,
      location: { page: 1, box: { x: 300, y: 400, w: 120, h: 40 } },
    };
    const withFinding = { ...record, report: { ...record.report!, findings: [finding], fields: {} } };
    const png = await server.pageImages.image(withFinding, 1, { boxes: true });
    const counted = await colours(Buffer.from(png!));
    expect(counted.red).toBeGreaterThan(100);
    expect(counted.blue).toBe(0);
    // The box sits where the points say (scaled by 100/72): its top-left corner is red.
    const { data, info } = await sharp(Buffer.from(png!)).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => data[(y * info.width + x) * info.channels]!;
    expect(at(Math.round(((300 - 1) * 100) / 72), Math.round((400 * 100) / 72))).toBeGreaterThan(170);
  });

  test('renders an uploaded image scaled down to about 100 DPI', async () => {
    const run = await submit(await scanLikePng(), undefined, 'scan.png');
    const res = await page(run.id, '1.png');
    expect(res.status).toBe(200);
    const meta = await sharp(res.bytes).metadata();
    expect(meta.width).toBeLessThan(1240);
    expect(Math.abs(meta.width! / meta.height! - 1240 / 1754)).toBeLessThan(0.01);
  });

  test('a page the file does not have, or a malformed name, is 404 page_image_unavailable', async () => {
    const run = await submit(await textInvoicePdf());
    for (const file of ['2.png', '0.png', 'x.png', '1.jpg']) {
      const res = await page(run.id, file);
      expect(res.status).toBe(404);
      expect(res.type).toMatch(/application\/problem\+json/);
      expect(JSON.parse(res.bytes.toString()).code).toBe('page_image_unavailable');
    }
  });

  test("a buyer's run is 404 for another buyer and without a key", async () => {
    const acme = await buyerClient(server, { name: 'ACME B.V.' });
    const other = await buyerClient(server, { name: 'Other B.V.' });
    const run = await submit(await textInvoicePdf(), acme.apiKey);
    expect((await page(run.id, '1.png', { apiKey: acme.apiKey })).status).toBe(200);
    expect((await page(run.id, '1.png', { apiKey: other.apiKey })).status).toBe(404);
    expect((await page(run.id, '1.png')).status).toBe(404);
  });

  test('a run still running is 409 run_not_finished', async () => {
    const res = await postRun(server, uploadForm(await slowPdf()), '');
    expect(res.status).toBe(202);
    const image = await page(res.body.id, '1.png');
    expect(image.status).toBe(409);
    expect(JSON.parse(image.bytes.toString()).code).toBe('run_not_finished');
  });

  test('erasing a run removes its cached page images', async () => {
    const acme = await buyerClient(server);
    const run = await submit(await textInvoicePdf(), acme.apiKey);
    await page(run.id, '1.png', { apiKey: acme.apiKey });
    await page(run.id, '1.png', { apiKey: acme.apiKey, query: '?boxes=none' });
    const dir = server.pageImages.cacheDir(run.id);
    expect(readdirSync(dir).sort()).toEqual(['1-boxes.png', '1-plain.png']);
    const erased = await fetch(`${server.url}/api/runs/${run.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${acme.apiKey}` },
    });
    expect(erased.status).toBe(204);
    expect(existsSync(dir)).toBe(false);
    expect((await page(run.id, '1.png', { apiKey: acme.apiKey })).status).toBe(410);
  });
});

describe('PageImageService', () => {
  test('draws each page once in the worker pool, even when asked twice at the same time, then serves the cached PNG', async () => {
    const run = await submit(await textInvoicePdf());
    const record = (await server.services.runs.get(run.id))!;
    const requests: PageImageRequest[] = [];
    const service = new PageImageService(server.services.runs, {
      dataDir: server.dataDir,
      blobs: new BlobStore(server.dataDir),
      dpi: 50,
      draw: (request) => {
        requests.push(request);
        return server.services.drawPageImage(request);
      },
    });
    await service.remove(run.id);
    const [first, second] = await Promise.all([
      service.image(record, 1, { boxes: true }),
      service.image(record, 1, { boxes: true }),
    ]);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ fileKind: 'pdf', index: 0, dpi: 50 });
    expect(requests[0]!.boxes.fields.length).toBe(Object.keys(run.report.fields).length);
    expect(Buffer.from(first!).equals(Buffer.from(second!))).toBe(true);
    expect((await sharp(first!).metadata()).width).toBe(Math.round((595 * 50) / 72));
    const again = await service.image(record, 1, { boxes: true });
    expect(requests).toHaveLength(1);
    expect(Buffer.from(again!).equals(Buffer.from(first!))).toBe(true);
  });

  test('a page the file does not have draws nothing', async () => {
    const png = await server.services.drawPageImage({
      bytes: await textInvoicePdf(),
      fileKind: 'pdf',
      index: 3,
      dpi: 50,
      boxes: { fields: [], findings: [] },
    });
    expect(png).toBeUndefined();
  });
});

describe('the retention sweep', () => {
  test("removes an expired run's cached page images", async () => {
    let now = new Date('2026-01-01T12:00:00Z');
    const aging = await startTestServer(
      { retentionDays: 1, retentionSweepMs: 3_600_000 },
      { now: () => now },
    );
    try {
      const form = uploadForm(await textInvoicePdf());
      const res = await fetch(`${aging.url}/api/runs?wait=20`, { method: 'POST', body: form });
      const run = (await res.json()) as Record<string, any>;
      expect((await fetch(`${aging.url}/api/runs/${run.id}/pages/1.png`)).status).toBe(200);
      expect(existsSync(aging.pageImages.cacheDir(run.id))).toBe(true);
      now = new Date(now.getTime() + 2 * 86_400_000);
      expect((await aging.services.retention.sweep()).runsErased).toBe(1);
      expect(existsSync(aging.pageImages.cacheDir(run.id))).toBe(false);
    } finally {
      await aging.close();
    }
  });
});
