/**
 * Every fuzzed PDF that once made the service misbehave (`../shared/corpus/fuzz/`, see its README)
 * runs through the real server with one worker, each followed by a valid invoice on that same worker:
 * every valid invoice is accepted, and the server stays up. Skipped (with a message) when the folder
 * is not there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { fromRoot } from '../../runtime/paths.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { postRun, startTestServer, type TestServer, uploadForm } from './harness.js';

const fuzzDir = fromRoot('..', 'shared', 'corpus', 'fuzz');
const files = existsSync(fuzzDir)
  ? readdirSync(fuzzDir)
      .filter((name) => name.endsWith('.pdf'))
      .sort()
  : [];
if (files.length === 0) console.warn(`skipped: no fuzzed PDFs in ${fuzzDir}`);

/** The run time-out: long enough for every valid invoice, short enough for the flate bombs. */
const RUN_TIMEOUT_MS = 15_000;

(files.length > 0 ? describe : describe.skip)('the fuzzed PDFs, one worker', () => {
  let server: TestServer;
  let invoice: Uint8Array;
  beforeAll(async () => {
    invoice = await textInvoicePdf();
    server = await startTestServer({
      workers: 1,
      runTimeoutMs: RUN_TIMEOUT_MS,
      maxUploadBytes: 20 * 1024 * 1024,
    });
  });
  afterAll(() => server.close());

  test.each(files)(
    '%s, then a valid invoice on the same worker: accepted, server up',
    async (name) => {
      const hostile = await postRun(
        server,
        uploadForm(new Uint8Array(readFileSync(path.join(fuzzDir, name))), {}, { name }),
        '?wait=60',
      );
      expect(hostile.status).toBe(201);
      expect(['completed', 'failed', 'timed_out']).toContain(hostile.body.status);
      if (hostile.body.status !== 'completed') expect(hostile.body.verdict).toBe('undetermined');
      console.log(
        `${name}: ${hostile.body.status} ${hostile.body.verdict} ${hostile.body.error?.code ?? ''}`,
      );
      const valid = await postRun(server, uploadForm(invoice, {}, { name: 'valid.pdf' }), '?wait=60');
      expect(valid.body).toMatchObject({ status: 'completed', verdict: 'accepted' });
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
    },
    120_000,
  );
});
