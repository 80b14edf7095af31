/**
 * The operations routes on a real in-process server: `/health` (liveness, from memory), `/ready`
 * (database, schema version, pool, shutdown; 503 naming what is not ready) and `/metrics` (Prometheus
 * text whose counters move with real runs, open to this machine or with the bearer token).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import express from 'express';
import { problemHandler } from '../../server/core/errors.js';
import { opsRouter } from '../../server/routes/ops.js';
import { Readiness } from '../../server/services/readiness.js';
import { type Db, LATEST_SCHEMA_VERSION, openDatabase } from '../../server/store/database.js';
import { imageOnlyPdf, textInvoicePdf } from '../fixtures/pdfs.js';
import { eventually, expectSchema, type Receiver, startReceiver } from './api-helpers.js';
import { postRun, startTestServer, type TestServer, uploadForm } from './harness.js';

type Json = Record<string, any>;

/** The value of one sample of the metrics text (`name{labels} value`), or undefined. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const labelText = line.slice(name.length).match(/^\{(.*)\}/)?.[1] ?? '';
    const has = Object.entries(labels).every(([key, value]) => labelText.includes(`${key}="${value}"`));
    if (has) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ workers: 1, maxUploadBytes: 200_000 });
});
afterAll(() => server?.close());

const metricsText = async (headers: Record<string, string> = {}): Promise<string> => {
  const res = await fetch(`${server.url}/metrics`, { headers });
  expect(res.status).toBe(200);
  return res.text();
};

describe('/health', () => {
  test('answers from memory with the version, uptime and the pool, and is not cached', async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as Json;
    expectSchema('Health', body);
    expect(body).toMatchObject({ status: 'ok', runs: { running: 0, workers: 1 } });
  });
});

describe('/ready', () => {
  const extra: { server?: Server; db?: Db; dir?: string } = {};
  afterEach(async () => {
    extra.server?.closeAllConnections();
    if (extra.server) await new Promise((resolve) => extra.server!.close(resolve));
    try {
      extra.db?.close();
    } catch {
      // closed by the test
    }
    if (extra.dir) rmSync(extra.dir, { recursive: true, force: true });
    Object.assign(extra, { server: undefined, db: undefined, dir: undefined });
  });

  /** An app with only the operations routes, whose readiness reads `db` (the test's own database). */
  async function readyAgainst(db: Db): Promise<(path?: string) => Promise<Response>> {
    const app = express();
    const readiness = new Readiness(db, server.services.runs, { maxQueuedRuns: 100 });
    app.use(opsRouter({ runs: server.services.runs, readiness }));
    app.use(problemHandler({ log: () => {} }));
    extra.server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => extra.server!.once('listening', resolve));
    const { port } = extra.server.address() as AddressInfo;
    return (route = '/ready') => fetch(`http://127.0.0.1:${port}${route}`);
  }

  const ownDatabase = (): Db => {
    extra.dir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-ready-'));
    extra.db = openDatabase(extra.dir);
    return extra.db;
  };

  test('is ready on a running server: database, schema version, queue and workers', async () => {
    const res = await fetch(`${server.url}/ready`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Json;
    expectSchema('Readiness', body);
    expect(body).toEqual({
      status: 'ready',
      checks: {
        database: { ok: true },
        migrations: { ok: true, version: LATEST_SCHEMA_VERSION, expected: LATEST_SCHEMA_VERSION },
        queue: { ok: true, queued: 0, capacity: 100, full: false },
        workers: { ok: true, workers: 1, running: 0 },
        shutdown: { ok: true },
      },
    });
  });

  test('answers 503 naming the database when the database is closed, while /health stays 200', async () => {
    const db = ownDatabase();
    const get = await readyAgainst(db);
    expect((await get()).status).toBe(200);
    db.close();
    const res = await get();
    expect(res.status).toBe(503);
    const body = (await res.json()) as Json;
    expectSchema('Readiness', body);
    expect(body.status).toBe('not_ready');
    expect(body.checks.database).toEqual({ ok: false, error: 'unreachable' });
    expect(body.checks.migrations.ok).toBe(false);
    expect((await get('/health')).status).toBe(200);
  });

  test('answers 503 naming the migrations when the schema is older or newer than the code', async () => {
    const db = ownDatabase();
    const get = await readyAgainst(db);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION - 1}`);
    let body = (await (await get()).json()) as Json;
    expect(body.status).toBe('not_ready');
    expect(body.checks.database.ok).toBe(true);
    expect(body.checks.migrations).toEqual({
      ok: false,
      version: LATEST_SCHEMA_VERSION - 1,
      expected: LATEST_SCHEMA_VERSION,
    });
    // A database a newer release migrated (this code was rolled back under it).
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    const res = await get();
    expect(res.status).toBe(503);
    body = (await res.json()) as Json;
    expect(body.checks.migrations.version).toBe(LATEST_SCHEMA_VERSION + 1);
  });

  test('answers 503 naming the shutdown once the process is stopping', async () => {
    const db = ownDatabase();
    const readiness = new Readiness(db, server.services.runs, { maxQueuedRuns: 100 });
    expect((await readiness.check()).status).toBe('ready');
    readiness.markStopping();
    expect(await readiness.check()).toMatchObject({
      status: 'not_ready',
      checks: { shutdown: { ok: false } },
    });
  });
});

describe('/metrics', () => {
  let receiver: Receiver | undefined;
  afterEach(async () => {
    await receiver?.close();
    receiver = undefined;
  });

  test('serves the Prometheus text with the process metrics and the queue gauges', async () => {
    const res = await fetch(`${server.url}/metrics`);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sample(text, 'proeffactuur_queue_depth')).toBe(0);
    expect(sample(text, 'proeffactuur_queue_capacity')).toBe(100);
    expect(sample(text, 'proeffactuur_pipeline_workers')).toBe(1);
  });

  test('counts a finished run by status and verdict, its stages, and its webhook delivery', async () => {
    const before = await metricsText();
    receiver = await startReceiver();
    const run = await postRun(
      server,
      uploadForm(await textInvoicePdf(), { callbackUrl: receiver.url }, { name: 'Bakkerij Jansen.pdf' }),
    );
    expect(run.status).toBe(201);
    const verdict = run.body.verdict as string;
    await receiver.waitFor(1);
    const after = await eventually(async () => {
      const text = await metricsText();
      return sample(text, 'proeffactuur_webhook_deliveries_total', { outcome: 'delivered' }) === 1
        ? text
        : undefined;
    });
    const finished = { status: 'completed', verdict };
    expect(sample(after, 'proeffactuur_runs_finished_total', finished)).toBe(
      (sample(before, 'proeffactuur_runs_finished_total', finished) ?? 0) + 1,
    );
    expect(sample(after, 'proeffactuur_stage_duration_seconds_count', { stage: 'analyze' })).toBe(
      (sample(before, 'proeffactuur_stage_duration_seconds_count', { stage: 'analyze' }) ?? 0) + 1,
    );
    expect(sample(after, 'proeffactuur_run_duration_seconds_count', { status: 'completed' })).toBeGreaterThan(
      0,
    );
    // No buyer data in labels: neither the run id nor the file's name.
    expect(after).not.toContain(run.body.id as string);
    expect(after).not.toContain('Bakkerij');
  });

  test('counts the pages OCR read in a run against an OCR profile', async () => {
    const before = sample(await metricsText(), 'proeffactuur_ocr_pages_total') ?? 0;
    const run = await postRun(server, uploadForm(await imageOnlyPdf(1), { profile: 'ocr-only' }), '?wait=60');
    expect(run.body.status).toBe('completed');
    expect(sample(await metricsText(), 'proeffactuur_ocr_pages_total')).toBe(before + 1);
  }, 90_000);

  test('counts a refused upload by its error code', async () => {
    const res = await postRun(server, uploadForm(new Uint8Array(300_000).fill(32)), '');
    expect(res.status).toBe(413);
    const code = res.body.code as string;
    expect(sample(await metricsText(), 'proeffactuur_upload_refusals_total', { code })).toBe(1);
  });

  test('refuses a request that came through a proxy (403 metrics_forbidden)', async () => {
    for (const header of ['x-forwarded-for', 'forwarded', 'x-real-ip']) {
      const res = await fetch(`${server.url}/metrics`, { headers: { [header]: '203.0.113.9' } });
      expect(res.status).toBe(403);
      expect(((await res.json()) as Json).code).toBe('metrics_forbidden');
    }
  });
});

describe('/metrics with METRICS_TOKEN', () => {
  let withToken: TestServer;
  beforeAll(async () => {
    withToken = await startTestServer({ workers: 1, metricsToken: 's3cret-metrics-token' });
  });
  afterAll(() => withToken?.close());
  const proxied = { 'x-forwarded-for': '203.0.113.9' };

  test('answers a proxied request with the right bearer token, refuses a wrong or missing one', async () => {
    const get = (headers: Record<string, string>) => fetch(`${withToken.url}/metrics`, { headers });
    expect((await get({ ...proxied, authorization: 'Bearer s3cret-metrics-token' })).status).toBe(200);
    expect((await get({ ...proxied, authorization: 'Bearer s3cret-metrics-tokeN' })).status).toBe(403);
    expect((await get(proxied)).status).toBe(403);
    // From this machine itself it stays open.
    expect((await get({})).status).toBe(200);
  });
});
