/** Runs the real app (store, worker pool, routes) in-process on a free port with its own data folder. */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import { createApp } from '../../server/app.js';
import { type Config, loadConfig } from '../../server/core/config.js';
import { keepConnectionsAlive } from '../../server/http/keep-alive.js';
import type { UploadLog } from '../../server/http/upload.js';
import type { MailReplies } from '../../server/services/mail-runs.js';
import type { PageImageProvider } from '../../server/services/page-images.js';
import { PageImageService } from '../../server/services/page-images.js';
import { type Services, startServices } from '../../server/services.js';
import { BlobStore, type BlobStoreOptions } from '../../server/store/blobs.js';

/** A running test server. */
export interface TestServer {
  readonly url: string;
  readonly dataDir: string;
  readonly services: Services;
  /** The page images the app serves (the real renderer unless a test gave its own provider). */
  readonly pageImages: PageImageService;
  /** The Express app (to walk its routes). */
  readonly app: Express;
  /** Unexpected errors the app logged. */
  readonly errors: unknown[];
  close(options?: { keepData?: boolean }): Promise<void>;
}

/**
 * Starts a server; `dataDir` reuses a folder (to test restarts). Rate limits and per-client upload
 * limits are off unless given;
 * `pageImage: null` serves no page images (as a server without a renderer);
 * `now` injects a clock into the services (runs, webhooks, retention).
 */
export async function startTestServer(
  overrides: Partial<Omit<Config, 'port' | 'host' | 'logLevel'>> & {
    pageImage?: PageImageProvider | null;
  } = {},
  options: {
    now?: () => Date;
    blobs?: BlobStoreOptions;
    log?: UploadLog;
    mailReplies?: MailReplies;
    mailDomain?: string;
  } = {},
): Promise<TestServer> {
  const { pageImage, ...configOverrides } = overrides;
  const dataDir = overrides.dataDir ?? mkdtempSync(path.join(tmpdir(), 'proeffactuur-test-'));
  const config: Config = {
    ...loadConfig({}),
    workers: 2,
    runTimeoutMs: 20_000,
    maxUploadBytes: 5 * 1024 * 1024,
    maxQueuedRuns: 100,
    rateLimitPerKey: 0,
    rateLimitPerIp: 0,
    // Per-client upload limits are off unless a test gives them (like rate limits): tests send many
    // uploads from one address.
    anonymousMaxActiveRuns: 1000,
    anonymousMaxBytesPerDay: 100 * 1024 * 1024 * 1024,
    buyerMaxBytesPerDay: 100 * 1024 * 1024 * 1024,
    ...configOverrides,
    dataDir,
  };
  const errors: unknown[] = [];
  const { log: uploadLog, mailDomain: _mailDomain, ...serviceOptions } = options;
  const services = startServices(config, { ...serviceOptions, log: (error) => errors.push(error) });
  const pageImages = new PageImageService(services.runs, {
    dataDir,
    blobs: new BlobStore(dataDir),
    draw: services.drawPageImage,
  });
  const provider = pageImage === null ? undefined : (pageImage ?? pageImages.provider);
  const app = createApp({
    config,
    runs: services.runs,
    buyers: services.buyers,
    profiles: services.profiles,
    users: services.users,
    invitations: services.invitations,
    stats: services.stats,
    audit: services.audit,
    waivers: services.waivers,
    signingKeys: services.signingKeys,
    supplierPortal: services.supplierPortal,
    runSets: services.runSets,
    ...(provider && { pageImage: provider }),
    idempotency: services.idempotency,
    webhooks: services.webhooks.store,
    outbox: services.mailer.store,
    notifications: services.notifications,
    logError: (error) => errors.push(error),
    metrics: services.metrics,
    readiness: services.readiness,
    ...(uploadLog && { log: uploadLog }),
    ...(options.now && { now: options.now }),
    ...(options.mailDomain && { mailDomain: options.mailDomain }),
  });
  const server = keepConnectionsAlive(app.listen(0, '127.0.0.1'));
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    services,
    pageImages,
    app,
    errors,
    async close(options = {}) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await services.close(0);
      if (!options.keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A multipart body with one file in `field` and optional text fields. */
export function uploadForm(
  bytes: Uint8Array | undefined,
  fields: Record<string, string> = {},
  options: { field?: string; name?: string } = {},
): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  if (bytes)
    form.append(
      options.field ?? 'file',
      new Blob([bytes], { type: 'application/pdf' }),
      options.name ?? 'factuur.pdf',
    );
  return form;
}

/** POST /api/runs and parse the JSON answer. */
export async function postRun(
  server: TestServer,
  body: FormData,
  query = '?wait=20',
): Promise<{ status: number; headers: Headers; body: Record<string, any> }> {
  const res = await fetch(`${server.url}/api/runs${query}`, { method: 'POST', body });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, any> };
}
