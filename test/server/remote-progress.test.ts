/**
 * Progress another process reported (PostgreSQL: `RunEventBridge` passes it to
 * `RunService.observeProgress`) is shown while the run runs and is not kept once it is over, even when
 * this process missed the run's finished notification.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { anonymousClient } from './api-helpers.js';
import { startTestServer, type TestServer } from './harness.js';

describe("another process's progress", () => {
  let server: TestServer;
  let now = new Date('2026-03-01T10:00:00Z');
  beforeAll(async () => {
    server = await startTestServer({ runTimeoutMs: 5000 }, { now: () => now });
  });
  afterAll(() => server.close());

  test('is dropped when the run is read and no longer runs', async () => {
    const run = await anonymousClient(server).submitRun({ file: await textInvoicePdf(), wait: 20 });
    expect(run.status).toBe('completed');
    const runs = server.services.runs;
    const before = runs.progressEntries;
    runs.observeProgress(run.id, { stage: 'fields' }); // its finished notification never came
    expect(runs.progressEntries).toBe(before + 1);
    const read = await runs.get(run.id);
    expect(read?.status).toBe('completed');
    expect(read?.progress).toBeUndefined();
    expect(runs.progressEntries).toBe(before);
  });

  test('is dropped once it is older than a run may take, when the next one arrives', () => {
    const runs = server.services.runs;
    const before = runs.progressEntries;
    runs.observeProgress('run_never-finished-here-0001', { stage: 'analyze' });
    now = new Date(now.getTime() + 5_000);
    runs.observeProgress('run_still-running-elsewhere-02', { stage: 'analyze' });
    expect(runs.progressEntries).toBe(before + 2);
    now = new Date(now.getTime() + 6_000); // the first is 11 s old: past twice the 5 s time-out
    runs.observeProgress('run_still-running-elsewhere-02', { stage: 'fields' });
    expect(runs.progressEntries).toBe(before + 1);
    now = new Date(now.getTime() + 11_000);
    runs.observeProgress('run_another-one-000000000003', { stage: 'analyze' });
    expect(runs.progressEntries).toBe(before + 1);
  });
});
