/**
 * The OCR channel through the server's threads: pipeline workers send page images to the shared
 * OCR host thread, runs that are stopped have their pages dropped, a crashed host is a rejection,
 * and missing language data stops the server at start-up with a clear message.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { type OcrEngine, OcrEngineError, type OcrRequestOptions } from '../../../engine/ocr-engine.js';
import { OcrHost } from '../../../runtime/ocr/ocr-host-client.js';
import { fromRoot } from '../../../runtime/paths.js';
import { PipelinePool, TaskTimeoutError } from '../../../runtime/pool/pipeline-pool.js';
import { textInvoicePdf } from '../../fixtures/pdfs.js';
import { scannedInvoicePdf } from '../../fixtures/scans.js';
import { testProfile } from '../../helpers.js';
import { postRun, startTestServer, type TestServer, uploadForm } from '../../server/harness.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-ocr-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('OCR through the server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ workers: 1 });
  });
  afterAll(() => server.close());

  test('a scanned invoice uploaded for the OCR-only preset is read in the shared OCR host', async () => {
    expect(server.services.ocr.started).toBe(false);
    const res = await postRun(
      server,
      uploadForm(await scannedInvoicePdf('clean'), { profile: 'ocr-only' }),
      '?wait=60',
    );
    expect(res.body.status).toBe('completed');
    expect(res.body.verdict).toBe('accepted');
    const stages = res.body.report.stages as { name: string; skipped?: boolean; ms: number }[];
    expect(stages.filter((s) => s.name === 'render' || s.name === 'ocr')).toEqual([
      { name: 'render', ms: expect.any(Number) },
      { name: 'ocr', ms: expect.any(Number) },
    ]);
    expect(server.services.ocr.started).toBe(true);
  }, 90_000);
});

describe('the pipeline pool and the OCR engine', () => {
  test('a run that times out has its pages dropped (their signal aborts)', async () => {
    const signals: AbortSignal[] = [];
    const stuck: OcrEngine = {
      concurrency: 2,
      recognize(_image, options: OcrRequestOptions) {
        if (options.signal) signals.push(options.signal);
        return new Promise(() => undefined);
      },
    };
    const pool = new PipelinePool(1, { ocr: stuck });
    try {
      const run = pool.check(
        { bytes: await textInvoicePdf({ pages: 3 }) },
        testProfile({ channels: 'ocr' }),
        {
          timeoutMs: 3000,
        },
      );
      await expect(run).rejects.toBeInstanceOf(TaskTimeoutError);
      expect(signals.length).toBeGreaterThan(0);
      expect(signals.every((signal) => signal.aborted)).toBe(true);
    } finally {
      await pool.close();
    }
  }, 30_000);

  test('an OCR failure comes back to the worker as an incomplete run, never accepted', async () => {
    const failing: OcrEngine = {
      concurrency: 1,
      recognize: async () => {
        throw new OcrEngineError('ocr_timeout', 'page took too long');
      },
    };
    const pool = new PipelinePool(1, { ocr: failing });
    try {
      const report = await pool.check({ bytes: await textInvoicePdf() }, testProfile({ channels: 'both' }), {
        timeoutMs: 20_000,
      });
      expect(report.verdict).toBe('undetermined');
      expect(report.incomplete?.code).toBe('ocr_timed_out');
    } finally {
      await pool.close();
    }
  }, 30_000);

  test('a crashed OCR host rejects its pages and a new host starts for the next page', async () => {
    const script = path.join(dir, 'crashing-host.mjs');
    writeFileSync(
      script,
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { throw new Error('boom'); });\n",
    );
    const host = new OcrHost({ workers: 1, pageTimeoutMs: 1000, languages: ['nld'] }, script);
    const page = () => ({ width: 2, height: 2, pixels: new Uint8Array(4) });
    const code = (promise: Promise<unknown>) =>
      promise.then(
        () => 'ok',
        (error: unknown) => (error as OcrEngineError).code,
      );
    expect(await code(host.recognize(page(), { dpi: 300 }))).toBe('ocr_failed');
    expect(host.started).toBe(false);
    expect(await code(host.recognize(page(), { dpi: 300 }))).toBe('ocr_failed');
    await host.close();
  });
});

describe('start-up', () => {
  test('missing OCR language data stops the server with a clear message, not a crash', async () => {
    const result = await new Promise<{ code: number | null; output: string }>((resolve) => {
      execFile(
        process.execPath,
        [fromRoot('dist', 'server', 'main.js')],
        {
          env: {
            ...process.env,
            PORT: '0',
            SMTP_PORT: '0',
            DATA_DIR: path.join(dir, 'data'),
            OCR_LANGUAGES: 'nld+fra',
            LOG_LEVEL: 'info',
          },
          timeout: 20_000,
        },
        (error, stdout, stderr) =>
          resolve({
            code: error ? (typeof error.code === 'number' ? error.code : null) : 0,
            output: stdout + stderr,
          }),
      );
    });
    expect(result.code).toBe(1);
    expect(result.output).toContain('OCR language data for \\"fra\\" is not installed');
    expect(result.output).toContain('@tesseract.js-data/fra');
    expect(result.output).not.toMatch(/\n\s+at /); // no stack trace
  });
});
