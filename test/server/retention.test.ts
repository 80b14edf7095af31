import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { loadConfig } from '../../server/core/config.js';
import { AdmissionService } from '../../server/services/admission.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { anonymousClient, buyerClient, eventually } from './api-helpers.js';
import { startTestServer, type TestServer } from './harness.js';

const DAY = 24 * 60 * 60 * 1000;

describe('retention', () => {
  let server: TestServer;
  let now = new Date('2026-01-01T12:00:00Z');
  beforeAll(async () => {
    server = await startTestServer({ retentionDays: 30, retentionSweepMs: 3_600_000 }, { now: () => now });
  });
  afterAll(() => server.close());

  const blob = (sha256: string): string => path.join(server.dataDir, 'files', sha256.slice(0, 2), sha256);

  test('erases uploads and reports older than the retention period, keeping id, times and verdict', async () => {
    const { client } = await buyerClient(server);
    const old = await client.submitRun({
      file: await textInvoicePdf({ pages: 2 }),
      idempotencyKey: 'k',
      wait: 20,
    });
    now = new Date(now.getTime() + 20 * DAY);
    const young = await client.submitRun({ file: await textInvoicePdf({ pages: 3 }), wait: 20 });

    now = new Date(now.getTime() + 10 * DAY + 60_000); // old: 30 days and a minute; young: 10 days
    const result = await server.services.retention.sweep();
    expect(result.runsErased).toBe(1);
    expect(result.idempotencyKeysForgotten).toBe(1);

    const erased = await client.getRun(old.id);
    expect(erased).toMatchObject({
      id: old.id,
      verdict: 'accepted',
      createdAt: old.createdAt,
      report: null,
      file: null,
    });
    expect(erased.erasedAt).toBe(now.toISOString());
    expect(existsSync(blob(old.file!.sha256))).toBe(false);
    expect((await client.getRun(young.id)).report).not.toBeNull();
    expect(existsSync(blob(young.file!.sha256))).toBe(true);

    expect((await server.services.retention.sweep()).runsErased).toBe(0);
  });

  test('forgets which address uploaded a finished run once its day (UTC) is over; buyers stay counted', async () => {
    const anonymous = anonymousClient(server);
    const { client } = await buyerClient(server);
    for (let i = 0; i < 2; i++)
      await anonymous.submitRun({
        file: await textInvoicePdf({ pages: i + 1 }),
        profile: 'lenient',
        wait: 20,
      });
    await client.submitRun({ file: await textInvoicePdf({ pages: 4 }), wait: 20 });
    const address = { address: '127.0.0.1' };
    const admission = new AdmissionService(
      server.services.runs,
      server.services.buyers,
      undefined,
      () => now,
    );
    expect(await admission.uploadedToday(address)).toBeGreaterThan(0);
    // The same day: nothing to forget yet.
    expect((await server.services.retention.sweep()).addressesForgotten).toBe(0);
    now = new Date(Math.ceil(now.getTime() / DAY) * DAY + 60_000); // a minute into the next day
    expect(await admission.uploadedToday(address)).toBe(0);
    expect((await server.services.retention.sweep()).addressesForgotten).toBe(2);
    expect((await server.services.retention.sweep()).addressesForgotten).toBe(0);
  });

  test('the server sweeps by itself every RETENTION_SWEEP_MINUTES', async () => {
    const start = new Date('2026-06-01T00:00:00Z');
    let clock = start;
    const sweeping = await startTestServer({ retentionDays: 1, retentionSweepMs: 100 }, { now: () => clock });
    try {
      const { client } = await buyerClient(sweeping);
      const run = await client.submitRun({ file: await textInvoicePdf(), wait: 20 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await client.getRun(run.id)).erasedAt).toBeNull();
      clock = new Date(start.getTime() + 2 * DAY);
      const erased = await eventually(async () => {
        const current = await client.getRun(run.id);
        return current.erasedAt ? current : undefined;
      });
      expect(erased.report).toBeNull();
    } finally {
      await sweeping.close();
    }
  });
});

describe('retention configuration', () => {
  test('defaults to 30 days and reads RETENTION_DAYS', () => {
    expect(loadConfig({}).retentionDays).toBe(30);
    expect(loadConfig({ RETENTION_DAYS: '7' }).retentionDays).toBe(7);
    expect(() => loadConfig({ RETENTION_DAYS: 'forever' })).toThrow(/RETENTION_DAYS/);
  });

  test('refuses private callback URLs in production by default', () => {
    expect(loadConfig({}).refusePrivateUrls).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).refusePrivateUrls).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', REFUSE_PRIVATE_URLS: 'false' }).refusePrivateUrls).toBe(
      false,
    );
    expect(loadConfig({ REFUSE_PRIVATE_URLS: 'yes' }).refusePrivateUrls).toBe(true);
  });
});
