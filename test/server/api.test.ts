import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { imageOnlyPdf, pdfkitPdf, textInvoicePdf, truncated } from '../fixtures/pdfs.js';
import { postRun, startTestServer, type TestServer, uploadForm } from './harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ maxUploadBytes: 256 * 1024 });
});
afterAll(() => server.close());

const storedFiles = (): string[] =>
  readdirSync(path.join(server.dataDir, 'files'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);

describe('POST /api/runs', () => {
  test('checks a text invoice against the default preset and returns the report', async () => {
    const res = await postRun(server, uploadForm(await textInvoicePdf()));
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`/api/runs/${res.body.id}`);
    expect(res.body.id).toMatch(/^run_[A-Za-z0-9_-]{22}$/);
    expect(res.body).toMatchObject({
      status: 'completed',
      verdict: 'accepted',
      profile: { id: 'lenient', version: 1 },
      file: { name: 'factuur.pdf', kind: 'pdf' },
    });
    expect(res.body.report.verdict).toBe('accepted');
    expect(res.body.report.stages.map((s: { name: string }) => s.name)).toEqual([
      'intake',
      'analyze',
      'render',
      'ocr',
      'fields',
      'evaluate',
    ]);
    // A text-only profile pays nothing for OCR: both image stages are skipped, the OCR host never starts.
    expect(
      res.body.report.stages
        .filter((s: { skipped?: boolean }) => s.skipped)
        .map((s: { name: string }) => s.name),
    ).toEqual(['render', 'ocr']);
    expect(server.services.ocr.started).toBe(false);
  });

  test('answers 202 with a Location at once without ?wait, and the run completes', async () => {
    const res = await postRun(server, uploadForm(await textInvoicePdf()), '');
    expect(res.status).toBe(202);
    expect(['queued', 'running']).toContain(res.body.status);
    const done = await fetch(`${server.url}${res.headers.get('location')}?wait=20`).then(
      (r) => r.json() as Promise<any>,
    );
    expect(done.status).toBe('completed');
    expect(done.verdict).toBe('accepted');
  });

  test('stores the upload by its sha256 before processing it', async () => {
    const pdf = await textInvoicePdf({ pages: 2 });
    const res = await postRun(server, uploadForm(pdf));
    expect(storedFiles()).toContain(res.body.file.sha256);
  });

  test.each([
    ['an empty file', async () => new Uint8Array(0), 'file.is-pdf.empty'],
    [
      'a file that is not a PDF',
      async () => new TextEncoder().encode('Dit is geen PDF'),
      'file.is-pdf.not-pdf',
    ],
    ['a truncated PDF', async () => truncated(await textInvoicePdf(), 0.05), 'pdf.readable.truncated'],
    ['a password-protected PDF', async () => pdfkitPdf({ userPassword: 'x' }), 'pdf.encrypted.user-password'],
  ])('rejects %s with a specific finding', async (_name, make, messageId) => {
    const res = await postRun(server, uploadForm(await make()));
    expect(res.status).toBe(201);
    expect(res.body.verdict).toBe('rejected');
    expect(res.body.report.findings.map((f: { messageId: string }) => f.messageId)).toContain(messageId);
  });

  test('gives Dutch and English for every finding', async () => {
    const res = await postRun(server, uploadForm(await imageOnlyPdf(1)));
    const [finding] = res.body.report.findings;
    expect(finding.message.nl).toMatch(/Pagina 1/);
    expect(finding.message.en).toMatch(/Page 1/);
    expect(finding.location).toEqual({ page: 1 });
  });

  test('refuses an upload over MAX_UPLOAD_MB with 413 problem+json and stores nothing', async () => {
    const before = storedFiles().length;
    const big = new Uint8Array(300 * 1024);
    big.set(new TextEncoder().encode('%PDF-1.7\n'));
    const res = await fetch(`${server.url}/api/runs`, { method: 'POST', body: uploadForm(big) });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await res.json()) as Record<string, unknown>;
    expect(problem).toMatchObject({ status: 413, code: 'file_too_large', limitBytes: 256 * 1024 });
    expect(storedFiles().length).toBe(before);
  });

  test('says which field is missing when no file is sent', async () => {
    const res = await postRun(server, uploadForm(undefined, { profile: 'lenient' }));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('file_missing');
  });

  test('refuses two files', async () => {
    const pdf = await textInvoicePdf();
    const form = uploadForm(pdf);
    form.append('file', new Blob([pdf]), 'tweede.pdf');
    const res = await postRun(server, form);
    expect(res.status).toBe(400);
    expect(['too_many_files', 'unexpected_file_field']).toContain(res.body.code);
  });

  test('refuses a file in another field', async () => {
    const res = await postRun(server, uploadForm(await textInvoicePdf(), {}, { field: 'document' }));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('unexpected_file_field');
    expect(res.body.detail).toContain('"file"');
  });

  test('refuses an unknown profile and lists the known ones, in Dutch when asked', async () => {
    const res = await fetch(`${server.url}/api/runs`, {
      method: 'POST',
      body: uploadForm(await textInvoicePdf(), { profile: 'bestaat-niet' }),
      headers: { 'Accept-Language': 'nl-NL,nl;q=0.9' },
    });
    expect(res.status).toBe(400);
    const problem = (await res.json()) as Record<string, any>;
    expect(problem.code).toBe('profile_not_found');
    expect(problem.detail).toContain('Er is geen profiel "bestaat-niet"');
    expect(problem.presets).toContain('lenient');
  });

  test('refuses a JSON body with 415', async () => {
    const res = await fetch(`${server.url}/api/runs`, {
      method: 'POST',
      body: JSON.stringify({ file: 'x' }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(415);
    expect(((await res.json()) as Record<string, unknown>).code).toBe('expected_multipart');
  });

  test('refuses a bad ?wait', async () => {
    const res = await postRun(server, uploadForm(await textInvoicePdf()), '?wait=soon');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invalid_wait');
  });
});

describe('GET /api/runs/:id', () => {
  test('404s an unknown run id as problem+json', async () => {
    for (const id of ['run_AAAAAAAAAAAAAAAAAAAAAA', 'nonsense', '../../etc/passwd']) {
      const res = await fetch(`${server.url}/api/runs/${encodeURIComponent(id)}`);
      expect(res.status).toBe(404);
      expect(((await res.json()) as Record<string, unknown>).code).toBe('run_not_found');
    }
  });
});

describe('the rest of the server', () => {
  test('/health answers with the queue figures', async () => {
    const health = (await fetch(`${server.url}/health`).then((r) => r.json())) as Record<string, any>;
    expect(health.status).toBe('ok');
    expect(health.runs.workers).toBe(2);
  });

  test('serves the upload page and lists the presets', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form id="upload"');
    const presets = (await fetch(`${server.url}/api/presets`).then((r) => r.json())) as Record<string, any>;
    expect(presets.default).toBe('lenient');
    expect(presets.presets.map((p: { id: string }) => p.id)).toContain('lenient');
  });

  test('unknown API paths are problem+json 404s', async () => {
    const res = await fetch(`${server.url}/api/nothing-here`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
  });

  test('logged no unexpected errors', () => {
    expect(server.errors).toEqual([]);
  });
});
