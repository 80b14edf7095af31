import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { ProeffactuurApiError } from '../../client/index.js';
import { pdfkitPdf, slowPdf, textInvoicePdf } from '../fixtures/pdfs.js';
import { anonymousClient, buyerClient, expectSchema } from './api-helpers.js';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const blobPath = (sha256: string): string => path.join(server.dataDir, 'files', sha256.slice(0, 2), sha256);

/** The API error a promise rejects with. */
async function apiError(promise: Promise<unknown>): Promise<ProeffactuurApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ProeffactuurApiError) return error;
    throw error;
  }
  throw new Error('expected the API to refuse');
}

describe('Idempotency-Key on POST /api/runs', () => {
  test('the same key and the same submission give the same run, marked as replayed', async () => {
    const { client } = await buyerClient(server);
    const pdf = await textInvoicePdf();
    const first = await client.submitRun({
      file: pdf,
      idempotencyKey: 'order-17',
      supplierReference: 'SUP-17',
      wait: 20,
    });
    const again = await client.submitRun({
      file: pdf,
      idempotencyKey: 'order-17',
      supplierReference: 'SUP-17',
      wait: 20,
    });
    expect(first.replayed).toBe(false);
    expect(again.replayed).toBe(true);
    expect(again.id).toBe(first.id);
    expect(again.verdict).toBe('accepted');
    expect((await client.listRuns()).items.map((r) => r.id)).toEqual([first.id]);
  });

  test('the same key with another file or other fields is 409 idempotency_key_reused', async () => {
    const { client } = await buyerClient(server);
    await client.submitRun({ file: await textInvoicePdf(), idempotencyKey: 'k-1', wait: 20 });
    const otherFile = await apiError(
      client.submitRun({ file: await textInvoicePdf({ pages: 2 }), idempotencyKey: 'k-1' }),
    );
    expect(otherFile.status).toBe(409);
    expect(otherFile.code).toBe('idempotency_key_reused');
    const otherFields = await apiError(
      client.submitRun({ file: await textInvoicePdf(), idempotencyKey: 'k-1', supplierReference: 'other' }),
    );
    expect(otherFields.code).toBe('idempotency_key_reused');
  });

  test('concurrent retries with one key create one run', async () => {
    const { client } = await buyerClient(server);
    const pdf = await textInvoicePdf();
    const runs = await Promise.all(
      Array.from({ length: 5 }, () => client.submitRun({ file: pdf, idempotencyKey: 'burst' })),
    );
    expect(new Set(runs.map((r) => r.id)).size).toBe(1);
    expect(runs.filter((r) => r.replayed)).toHaveLength(4);
  });

  test('keys are per buyer: another buyer with the same key gets its own run', async () => {
    const pdf = await textInvoicePdf();
    const a = await (await buyerClient(server)).client.submitRun({ file: pdf, idempotencyKey: 'shared' });
    const b = await (await buyerClient(server)).client.submitRun({ file: pdf, idempotencyKey: 'shared' });
    expect(a.id).not.toBe(b.id);
  });

  test('a key past 24 hours is forgotten', async () => {
    let now = new Date('2026-03-01T10:00:00Z');
    const timed = await startTestServer({}, { now: () => now });
    try {
      const { client } = await buyerClient(timed);
      const pdf = await textInvoicePdf();
      const first = await client.submitRun({ file: pdf, idempotencyKey: 'daily' });
      now = new Date('2026-03-02T09:59:00Z');
      expect((await client.submitRun({ file: pdf, idempotencyKey: 'daily' })).id).toBe(first.id);
      now = new Date('2026-03-02T10:00:01Z');
      expect((await client.submitRun({ file: pdf, idempotencyKey: 'daily' })).id).not.toBe(first.id);
    } finally {
      await timed.close();
    }
  });

  test('refuses a key that is not 1–255 visible ASCII characters', async () => {
    const { client } = await buyerClient(server);
    const error = await apiError(
      client.submitRun({ file: await textInvoicePdf(), idempotencyKey: 'x'.repeat(256) }),
    );
    expect(error.status).toBe(400);
    expect(error.code).toBe('idempotency_key_invalid');
  });
});

describe('GET /api/runs', () => {
  test("lists only the buyer's own runs, newest first, with filters and cursor pagination", async () => {
    let now = new Date('2026-04-01T08:00:00Z');
    const timed = await startTestServer({}, { now: () => now });
    try {
      const { client } = await buyerClient(timed);
      const other = (await buyerClient(timed)).client;
      const ids: string[] = [];
      for (let day = 1; day <= 5; day++) {
        now = new Date(`2026-04-0${day}T08:00:00Z`);
        ids.push(
          (await client.submitRun({ file: await textInvoicePdf(), supplierReference: `S${day}`, wait: 20 }))
            .id,
        );
      }
      now = new Date('2026-04-06T08:00:00Z');
      const rejected = await client.submitRun({ file: await pdfkitPdf({ userPassword: 'x' }), wait: 20 });
      await other.submitRun({ file: await textInvoicePdf(), wait: 20 });
      await anonymousClient(timed).submitRun({ file: await textInvoicePdf(), wait: 20 });

      const all: string[] = [];
      for await (const run of client.allRuns({ limit: 2 })) all.push(run.id);
      expect(all).toEqual([rejected.id, ...ids.reverse()]);

      const first = await client.listRuns({ limit: 2 });
      expect(first.items).toHaveLength(2);
      expect(first.nextCursor).not.toBeNull();
      expectSchema('RunSummary', first.items[0]);

      expect((await client.listRuns({ verdict: 'rejected' })).items.map((r) => r.id)).toEqual([rejected.id]);
      expect((await client.listRuns({ profile: 'nl-legal' })).items).toEqual([]);
      expect((await client.listRuns({ profile: 'lenient' })).items).toHaveLength(6);
      const window = await client.listRuns({ createdFrom: '2026-04-02', createdTo: '2026-04-04' });
      expect(window.items.map((r) => r.supplierReference)).toEqual(['S3', 'S2']);
    } finally {
      await timed.close();
    }
  });

  test('needs a key, and refuses a cursor it did not give out', async () => {
    const none = await apiError(anonymousClient(server).listRuns());
    expect(none.status).toBe(401);
    expect(none.code).toBe('api_key_missing');
    const bad = await apiError((await buyerClient(server)).client.listRuns({ cursor: 'bm9wZQ' }));
    expect(bad.code).toBe('cursor_invalid');
  });
});

describe('who may read a run', () => {
  test("a buyer's run is readable with that buyer's key only: without it, or with another buyer's, 404", async () => {
    const owner = (await buyerClient(server)).client;
    const run = await owner.submitRun({ file: await textInvoicePdf(), wait: 20 });
    expect((await owner.getRun(run.id)).verdict).toBe('accepted');
    expect((await apiError(anonymousClient(server).getRun(run.id))).status).toBe(404);
    const stranger = await apiError((await buyerClient(server)).client.getRun(run.id));
    expect(stranger.status).toBe(404);
    expect(stranger.code).toBe('run_not_found');
    expect((await apiError((await buyerClient(server)).client.reportHtml(run.id))).status).toBe(404);
  });
});

describe('GET /api/runs/:id/report.html', () => {
  test('is a self-contained, escaped, printable page without scripts', async () => {
    const client = anonymousClient(server);
    const run = await client.submitRun({
      file: await pdfkitPdf({ userPassword: 'x' }),
      fileName: '<img src=x onerror=alert(1)>.pdf',
      supplierReference: '<script>alert("hi")</script>',
      wait: 20,
    });
    const res = await fetch(`${server.url}${run.links.reportHtml}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).toContain('Rejected');
    expect(html).toContain('&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;.pdf');
    expect(html).not.toMatch(/<script|<img|<link|https?:\/\//i);
    expect(html).toContain('@media print');
    expect(html).toContain('pdf.encrypted.user-password');
    const nl = await client.reportHtml(run.id, 'nl');
    expect(nl).toContain('Afgekeurd');
    expect(nl).toContain('<html lang="nl">');
  });

  test('is 409 while the run has not finished', async () => {
    const single = await startTestServer({ workers: 1, runTimeoutMs: 1500 });
    try {
      const client = anonymousClient(single);
      const slow = await client.submitRun({ file: await slowPdf(600_000) });
      const error = await apiError(client.reportHtml(slow.id));
      expect(error.status).toBe(409);
      expect(error.code).toBe('run_not_finished');
      expect((await apiError(client.deleteRun(slow.id))).code).toBe('run_not_finished');
      await client.waitForRun(slow.id, 20_000);
    } finally {
      await single.close();
    }
  });
});

describe('DELETE /api/runs/:id', () => {
  test('erases the file and report; the run keeps its id, times and verdict', async () => {
    const { client } = await buyerClient(server);
    const run = await client.submitRun({
      file: await textInvoicePdf({ pages: 3 }),
      supplierReference: 'S-9',
      wait: 20,
    });
    const sha = run.file!.sha256;
    expect(existsSync(blobPath(sha))).toBe(true);
    await client.deleteRun(run.id);
    expect(existsSync(blobPath(sha))).toBe(false);
    const erased = await client.getRun(run.id);
    expectSchema('Run', erased);
    expect(erased).toMatchObject({
      id: run.id,
      status: 'completed',
      verdict: 'accepted',
      createdAt: run.createdAt,
      finishedAt: run.finishedAt,
      file: null,
      report: null,
      supplierReference: null,
    });
    expect(erased.erasedAt).not.toBeNull();
    const gone = await apiError(client.reportHtml(run.id));
    expect(gone.status).toBe(410);
    expect(gone.code).toBe('run_erased');
    await client.deleteRun(run.id); // idempotent
    const summary = (await client.listRuns()).items.find((r) => r.id === run.id);
    expect(summary).toMatchObject({ fileName: null, verdict: 'accepted' });
  });

  test('keeps a file that another run still uses until that run is erased too', async () => {
    const client = anonymousClient(server);
    const pdf = await textInvoicePdf({ pages: 4 });
    const a = await client.submitRun({ file: pdf, wait: 20 });
    const b = await client.submitRun({ file: pdf, wait: 20 });
    await client.deleteRun(a.id);
    expect(existsSync(blobPath(b.file!.sha256))).toBe(true);
    expect((await client.getRun(b.id)).report).not.toBeNull();
    await client.deleteRun(b.id);
    expect(existsSync(blobPath(b.file!.sha256))).toBe(false);
  });

  test("a buyer's run needs that buyer's key with runs:write", async () => {
    const owner = await buyerClient(server);
    const run = await owner.client.submitRun({ file: await textInvoicePdf(), wait: 20 });
    const none = await apiError(anonymousClient(server).deleteRun(run.id));
    expect(none.status).toBe(404); // without the key the run is not there at all
    const stranger = await apiError((await buyerClient(server)).client.deleteRun(run.id));
    expect(stranger.status).toBe(404);
    const readOnlyKey = (await server.services.buyers.createKey(owner.buyerId, { scopes: ['read'] })).apiKey;
    const readOnly = await apiError(owner.client.withKey(readOnlyKey).deleteRun(run.id));
    expect(readOnly.status).toBe(403);
    expect(readOnly.code).toBe('insufficient_scope');
    expect((await owner.client.getRun(run.id)).report).not.toBeNull();
    await owner.client.deleteRun(run.id);
    expect((await owner.client.getRun(run.id)).erasedAt).not.toBeNull();
  });

  test('404s an unknown run', async () => {
    const error = await apiError(anonymousClient(server).deleteRun('run_AAAAAAAAAAAAAAAAAAAAAA'));
    expect(error.status).toBe(404);
  });
});

test('logged no unexpected errors', () => {
  expect(server.errors).toEqual([]);
});
