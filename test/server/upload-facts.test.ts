/**
 * An upload is hashed and sniffed once, where it arrives: the route's idempotency fingerprint, the
 * stored file, the run record and the worker's pipeline all use those facts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { registry } from '../../checks/index.js';
import { runPipeline } from '../../engine/pipeline.js';
import { fileFacts, type RunInput } from '../../engine/stages/intake.js';
import type { PipelinePool } from '../../runtime/pool/pipeline-pool.js';
import { RunService } from '../../server/services/runs.js';
import { BlobStore } from '../../server/store/blobs.js';
import { openDatabase } from '../../server/store/database.js';
import { RunStore } from '../../server/store/runs.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { testProfile } from '../helpers.js';
import { startTestServer, type TestServer, uploadForm } from './harness.js';

describe('RunService', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-facts-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('stores the file under the facts it is given and hands them to the worker with the bytes', async () => {
    const bytes = await textInvoicePdf();
    // A hash these bytes do not have: where it turns up, it came from the facts, not a second hash.
    const facts = { sha256: '12'.repeat(32), bytes: bytes.length, kind: 'pdf' } as const;
    const handed: RunInput[] = [];
    // The pool's stand-in runs the pipeline in this thread and keeps what it was handed.
    const pool = {
      size: 1,
      check: (input: RunInput, profile: Parameters<PipelinePool['check']>[1]) => {
        handed.push(input);
        return runPipeline(input, profile, { registry });
      },
      close: async () => undefined,
    } as unknown as PipelinePool;
    const blobs = new BlobStore(dir);
    const runs = new RunService(new RunStore(openDatabase(':memory:')), blobs, pool, {
      runTimeoutMs: 10_000,
      maxQueuedRuns: 10,
    });
    const queued = await runs.submit({ bytes, name: 'f.pdf', facts, profile: testProfile() });
    expect(queued.file).toEqual({ ...facts, name: 'f.pdf' });
    expect(new Uint8Array(await blobs.get(facts.sha256))).toEqual(bytes);

    const finished = await runs.waitFor(queued.id, 10_000);
    expect(finished?.status).toBe('completed');
    expect(handed).toHaveLength(1);
    expect(handed[0]?.facts).toEqual(facts);
    expect(finished?.report?.document).toMatchObject({ ...facts, name: 'f.pdf' });
  });
});

describe('POST /api/runs', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ workers: 1 });
  });
  afterAll(() => server.close());

  test('computes the facts once and passes them on; a replay with the same key matches them', async () => {
    const bytes = await textInvoicePdf();
    const { sha256, kind } = fileFacts({ bytes });
    const submit = jest.spyOn(server.services.runs, 'submit');
    const send = () =>
      fetch(`${server.url}/api/runs?wait=20`, {
        method: 'POST',
        headers: { 'Idempotency-Key': 'facts-once-1' },
        body: uploadForm(bytes),
      }).then(async (res) => ({ headers: res.headers, body: (await res.json()) as Record<string, any> }));
    const first = await send();
    expect(submit).toHaveBeenCalledTimes(1);
    expect(submit.mock.calls[0]?.[0].facts).toEqual({ sha256, bytes: bytes.length, kind });
    expect(first.body.status).toBe('completed');
    expect(first.body.report.document).toMatchObject({ sha256, bytes: bytes.length, kind: 'pdf' });

    // The fingerprint is made from the same hash: the same upload again is a replay, not a conflict.
    const again = await send();
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    expect(submit).toHaveBeenCalledTimes(1);
    submit.mockRestore();
  });
});
