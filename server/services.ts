/**
 * Wires the store, the pipeline pool, the shared OCR engine, the run service, webhooks and retention
 * from a configuration.
 */
import type { Logger } from 'pino';
import { checkLanguageData } from '../engine/adapters/tesseract.js';
import { OcrHost } from '../runtime/ocr/ocr-host-client.js';
import { PipelinePool } from '../runtime/pool/pipeline-pool.js';
import {
  type Config,
  loadOcrConfig,
  loadOutboundMailConfig,
  type OcrConfig,
  type OutboundMailConfig,
  type Role,
} from './core/config.js';
import { type MailReplies, VerdictReplies } from './services/mail-replies.js';
import { MailRunService } from './services/mail-runs.js';
import { Mailer } from './services/mailer.js';
import { Metrics } from './services/metrics.js';
import { Notifications } from './services/notifications.js';
import { type PageImageCache, pgPageImageCache } from './services/page-image-cache.js';
import type { PageImageDrawer } from './services/page-images.js';
import { Readiness } from './services/readiness.js';
import { RetentionSweeper, type SweepResult } from './services/retention.js';
import { RunEventBridge } from './services/run-event-bridge.js';
import { RunQueue } from './services/run-queue.js';
import { MAX_ATTEMPTS, RunService } from './services/runs.js';
import { WebhookService } from './services/webhooks.js';
import { AuditStore } from './store/audit.js';
import { BlobStore, type BlobStoreOptions, type Blobs } from './store/blobs.js';
import { BuyerStore } from './store/buyers.js';
import { ClusterTaskStore } from './store/cluster-tasks.js';
import { type Db, openDatabase } from './store/database.js';
import { IdempotencyStore } from './store/idempotency.js';
import { InvitationStore } from './store/invitations.js';
import { MailMessageStore } from './store/mail-messages.js';
import { OutboxStore } from './store/outbox.js';
import { PgBlobStore } from './store/pg-blobs.js';
import { migratePostgres } from './store/pg-schema.js';
import { ProfileStore } from './store/profiles.js';
import { RunSetStore } from './store/run-sets.js';
import { RunStore } from './store/runs.js';
import { SigningKeyStore } from './store/signing-keys.js';
import { describeConnectionError, PgSql } from './store/sql.js';
import { StatsStore } from './store/stats.js';
import { SupplierPortalStore } from './store/supplier-portal.js';
import { UserStore } from './store/users.js';
import { WaiverStore } from './store/waivers.js';
import { WebhookStore } from './store/webhooks.js';

/** Everything with a lifetime, so it can be closed in order. */
export interface Services {
  readonly runs: RunService;
  readonly buyers: BuyerStore;
  readonly profiles: ProfileStore;
  readonly users: UserStore;
  readonly invitations: InvitationStore;
  /** The append-only audit log. */
  readonly audit: AuditStore;
  /** Checks waived per supplier (invitation). */
  readonly waivers: WaiverStore;
  readonly idempotency: IdempotencyStore;
  readonly webhooks: WebhookService;
  /** The keys that sign test certificates. */
  readonly signingKeys: SigningKeyStore;
  readonly retention: RetentionSweeper;
  /** The shared OCR engine (its threads start on the first page that needs OCR). */
  readonly ocr: OcrHost;
  /** Draws page images in the pipeline's worker threads (for `PageImageService`). */
  readonly drawPageImage: PageImageDrawer;
  /** Outbound e-mail: the queue (sent through the relay, or held in the outbox). */
  readonly mailer: Mailer;
  /** The invitation e-mails, reminders and notices. */
  readonly notifications: Notifications;
  /** The answer to a sample that came by e-mail (the e-mail intake calls it). */
  readonly mailReplies: MailReplies;
  /** E-mail runs: starts the runs of a message's PDFs and answers messages received by SMTP. */
  readonly mailRuns: MailRunService;
  /** The reads behind the onboarding analytics (`GET /api/stats`). */
  readonly stats: StatsStore;
  /** The Prometheus metrics of this process (`/metrics`). */
  readonly metrics: Metrics;
  /** Whether this process is ready for traffic (`/ready`). */
  readonly readiness: Readiness;
  /** Supplier portal: sign-in links, supplier sessions, access links. */
  readonly supplierPortal: SupplierPortalStore;
  /** One file checked against several profiles or invitations. */
  readonly runSets: RunSetStore;
  /** Where uploaded files are kept (the data folder, or PostgreSQL with `DATABASE_URL`). */
  readonly blobs: Blobs;
  close(graceMs?: number): Promise<void>;
}

/**
 * What a PostgreSQL installation (`DATABASE_URL`) shares between processes, opened (and migrated)
 * before the services start: see {@link openCluster}.
 */
export interface ClusterStore {
  readonly url: string;
  readonly sql: PgSql;
  readonly queue: RunQueue;
  readonly blobs: Blobs;
  /** Page images, drawn once and shared by every API process. */
  readonly pageImages: PageImageCache;
}

/**
 * Connects to PostgreSQL, brings its schema up to date (once across processes starting together)
 * and starts the pg-boss run queue. Throws with a plain one-line message when the database cannot
 * be reached (the caller prints it and exits).
 */
export async function openCluster(
  config: Pick<Config, 'dataDir' | 'queue' | 'runTimeoutMs'> & { databaseUrl: string },
  log: (error: unknown, what: string) => void,
): Promise<ClusterStore> {
  const url = config.databaseUrl;
  const sql = new PgSql(url);
  try {
    await sql.get('SELECT 1');
    await migratePostgres(sql);
    const queue = new RunQueue(sql, {
      url,
      leaseSeconds: Math.max(config.queue.leaseSeconds, Math.ceil(config.runTimeoutMs / 1000) + 5),
      maintenanceSeconds: config.queue.maintenanceSeconds,
      retryDelaySeconds: config.queue.retryDelaySeconds,
      retryLimit: MAX_ATTEMPTS,
      log,
    });
    await queue.start();
    return {
      url,
      sql,
      queue,
      blobs: new PgBlobStore(sql, config.dataDir),
      pageImages: pgPageImageCache(sql),
    };
  } catch (error) {
    await sql.close().catch(() => undefined);
    throw new Error(describeConnectionError(error, url));
  }
}

/** The configuration the services use. */
export type ServicesConfig = Pick<
  Config,
  | 'dataDir'
  | 'workers'
  | 'runTimeoutMs'
  | 'maxQueuedRuns'
  | 'retentionDays'
  | 'retentionSweepMs'
  | 'refusePrivateUrls'
  | 'webhookTimeoutMs'
  | 'webhookMaxAttempts'
  | 'webhookRetryBaseMs'
  | 'workerMaxHeapMb'
  | 'workerMaxRssMb'
> & { ocr?: OcrConfig; outboundMail?: OutboundMailConfig; signingKeySecret?: string };

/**
 * Opens the database and blob store, starts the worker pool, resumes queued runs, starts sending due
 * webhook deliveries and the retention sweep. Throws an `OcrSetupError` with a plain message when OCR
 * language data is missing, before anything starts.
 */
export function startServices(
  config: ServicesConfig,
  options: {
    workerScript?: string;
    now?: () => Date;
    /** Background tasks' errors (webhooks, retention). */
    log?: (error: unknown) => void;
    /** The run service's logger: each failed stage, check or run with its run id, error id and stack. */
    logger?: Logger;
    /** How the blob store writes files (tests inject a full disk). */
    blobs?: BlobStoreOptions;
    /** Sends the answer to a message received by the SMTP test mailbox (absent: no answers). */
    mailReplies?: MailReplies;
    /** PostgreSQL, opened by {@link openCluster} (absent: SQLite and files in the data folder). */
    cluster?: ClusterStore;
    /** What this process does (default `all`): an `api` process takes no runs. */
    role?: Role;
  } = {},
): Services {
  const ocrConfig = config.ocr ?? loadOcrConfig({});
  checkLanguageData(ocrConfig.languages);
  const cluster = options.cluster;
  const db: Db | PgSql = cluster?.sql ?? openDatabase(config.dataDir);
  const clock = options.now && ((): string => options.now!().toISOString());
  const ocr = new OcrHost(ocrConfig);
  const pool = new PipelinePool(config.workers, {
    ...(options.workerScript && { scriptPath: options.workerScript }),
    ocr,
    ...(config.workerMaxHeapMb !== undefined && { maxHeapMb: config.workerMaxHeapMb }),
    ...(config.workerMaxRssMb !== undefined && { maxRssMb: config.workerMaxRssMb }),
  });
  const blobs = cluster?.blobs ?? new BlobStore(config.dataDir, options.blobs);
  const runs = new RunService(new RunStore(db), blobs, pool, {
    runTimeoutMs: config.runTimeoutMs,
    maxQueuedRuns: config.maxQueuedRuns,
    ...(options.now && { now: options.now }),
    ...(options.logger && { log: options.logger.child({ component: 'runs' }) }),
    ...(cluster && { queue: cluster.queue }),
    takesRuns: options.role !== 'api',
  });
  const clusterLog = (error: unknown, what: string): void =>
    options.logger?.error({ err: error }, what) ?? options.log?.(error);
  const bridge = cluster && new RunEventBridge(runs, cluster.sql, { url: cluster.url, log: clusterLog });
  // An erased run's page images go too, whichever process erased it (a worker has no page images).
  if (cluster)
    runs.on('erased', (id: string) => {
      cluster.pageImages
        .removeRun(id)
        .catch((error: unknown) => clusterLog(error, 'page images not removed'));
    });
  const metrics = new Metrics();
  metrics.watchRuns(runs, config.maxQueuedRuns);
  const readiness = new Readiness(db, runs, { maxQueuedRuns: config.maxQueuedRuns });
  const idempotency = new IdempotencyStore(db);
  const webhookStore = new WebhookStore(db);
  const webhooks = new WebhookService(webhookStore, runs, {
    timeoutMs: config.webhookTimeoutMs,
    maxAttempts: config.webhookMaxAttempts,
    retryBaseMs: config.webhookRetryBaseMs,
    refusePrivateUrls: config.refusePrivateUrls,
    ...(options.now && { now: options.now }),
    ...(options.log && { log: options.log }),
    onAttempt: (outcome) => metrics.webhookAttempt(outcome),
  });
  const retention = new RetentionSweeper(
    { runs, idempotency, webhooks: webhookStore },
    {
      retentionDays: config.retentionDays,
      intervalMs: config.retentionSweepMs,
      ...(options.now && { now: options.now }),
      ...(options.log && { log: options.log }),
      // Several processes: one of them sweeps per interval.
      ...(cluster && {
        turn: () =>
          new ClusterTaskStore(cluster.sql).claim(
            'retention',
            options.now?.() ?? new Date(),
            config.retentionSweepMs,
          ),
      }),
      ...(options.logger && {
        onSwept: (result: SweepResult) => options.logger!.info({ ...result }, 'retention sweep'),
      }),
    },
  );
  const buyers = new BuyerStore(db, clock);
  const profiles = new ProfileStore(db, clock);
  const users = new UserStore(db, options.now);
  const invitations = new InvitationStore(db);
  const mail = config.outboundMail ?? loadOutboundMailConfig({});
  const outbox = new OutboxStore(db);
  const mailer = new Mailer(outbox, {
    ...(mail.relayUrl && { relayUrl: mail.relayUrl }),
    from: mail.from,
    maxQueued: mail.maxQueued,
    maxAttempts: mail.maxAttempts,
    retryBaseMs: mail.retryBaseMs,
    ...(options.now && { now: options.now }),
    ...(options.log && { log: options.log }),
  });
  metrics.watchMailer(mailer);
  const notifications = new Notifications(
    { mailer, outbox, runs, invitations, profiles, buyers, users },
    {
      baseUrl: mail.publicBaseUrl,
      ...(mail.intakeDomain && { intakeDomain: mail.intakeDomain }),
      reminderDays: mail.reminderDays,
      ...(options.now && { now: options.now }),
      ...(options.log && { log: options.log }),
    },
  );
  const mailReplies =
    options.mailReplies ?? new VerdictReplies(runs, mailer, { baseUrl: mail.publicBaseUrl, buyers });
  const mailRuns = new MailRunService({
    runs,
    blobs,
    messages: new MailMessageStore(db),
    invitations,
    mailReplies,
    ...(options.logger && { log: options.logger.child({ component: 'mail-runs' }) }),
    ...(options.now && { now: options.now }),
  });
  bridge?.start().catch((error: unknown) => clusterLog(error, 'run events not shared'));
  webhooks.start();
  mailRuns.start();
  notifications.start();
  mailer.start();
  runs.start();
  retention.start();
  return {
    runs,
    buyers,
    profiles,
    idempotency,
    webhooks,
    retention,
    users,
    invitations,
    audit: new AuditStore(db),
    waivers: new WaiverStore(db),
    signingKeys: new SigningKeyStore(db, {
      ...(config.signingKeySecret && { secret: config.signingKeySecret }),
      ...(options.now && { now: options.now }),
    }),
    mailRuns,
    stats: new StatsStore(db),
    supplierPortal: new SupplierPortalStore(db),
    runSets: new RunSetStore(db),
    blobs,
    ocr,
    drawPageImage: (request) => pool.pageImage(request, { timeoutMs: config.runTimeoutMs }),
    mailer,
    notifications,
    mailReplies,
    metrics,
    readiness,
    async close(graceMs = 10_000) {
      readiness.markStopping();
      retention.stop();
      await runs.stop(graceMs);
      // After the runs: a sample that passed while they finished still gets its notices, queued in
      // the outbox (sent now or at the next start) before the mailer stops.
      notifications.stop();
      await notifications.settled(Math.min(graceMs, 5000));
      await bridge?.stop();
      await mailRuns.stop();
      await webhooks.stop(Math.min(graceMs, config.webhookTimeoutMs));
      await mailer.stop(Math.min(graceMs, 5000));
      await ocr.close();
      metrics.close();
      await cluster?.queue.close();
      await db.close();
    },
  };
}
