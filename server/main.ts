/** `npm start`: reads the configuration, serves the app and shuts down gracefully. */
import express from 'express';
import { pino } from 'pino';
import { createApp } from './app.js';
import { type Config, loadConfig } from './core/config.js';
import { keepConnectionsAlive } from './http/keep-alive.js';
import { opsRouter } from './routes/ops.js';
import { AdmissionService } from './services/admission.js';
import { InvitationService } from './services/invitations.js';
import { MailIntake } from './services/mail-intake.js';
import { PageImageService } from './services/page-images.js';
import { type ClusterStore, openCluster, type Services, startServices } from './services.js';

let config: Config;
let services: Services;
try {
  config = loadConfig();
} catch (error) {
  process.stderr.write(`proeffactuur: ${(error as Error).message}\n`);
  process.exit(1);
}
const log = pino({ level: config.logLevel });
// PostgreSQL (`DATABASE_URL`): connected and migrated before anything starts; unreachable is a
// plain message and a non-zero exit.
let cluster: ClusterStore | undefined;
if (config.databaseUrl !== undefined) {
  try {
    cluster = await openCluster({ ...config, databaseUrl: config.databaseUrl }, (error, what) =>
      log.error({ err: error }, what),
    );
  } catch (error) {
    log.fatal((error as Error).message);
    process.stderr.write(`proeffactuur: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
try {
  services = startServices(config, {
    log: (error) => log.error({ err: error }, 'background task failed'),
    logger: log,
    ...(cluster && { cluster }),
    role: config.role,
  });
} catch (error) {
  // A clear start-up error (e.g. OCR language data missing), not a stack trace.
  log.fatal({ code: (error as Error).name }, (error as Error).message);
  process.exit(1);
}
// A message the relay would not take after every retry (no addresses in the log: they are personal data).
services.mailer.on('failed', (message: { id: string; kind: string; lastError?: string }) =>
  log.warn({ messageId: message.id, kind: message.kind, error: message.lastError }, 'e-mail not sent'),
);
if (config.role === 'worker') startWorker();
else startApi();

/**
 * `ROLE=worker`: takes runs from the queue; no API, no SMTP (with `METRICS_PORT`, only `/health`,
 * `/ready` and `/metrics` on that port). Stops on SIGTERM like the server.
 */
function startWorker(): void {
  log.info(
    { workers: config.workers, ocrWorkers: config.ocr.workers, dataDir: config.dataDir },
    'Proeffactuur worker started: it takes runs from the queue in PostgreSQL (no HTTP)',
  );
  let probes: import('node:http').Server | undefined;
  if (config.metricsPort !== undefined) {
    const app = express();
    app.disable('x-powered-by');
    app.use(
      opsRouter({
        runs: services.runs,
        readiness: services.readiness,
        metrics: services.metrics,
        ...(config.metricsToken !== undefined && { metricsToken: config.metricsToken }),
      }),
    );
    probes = app.listen(config.metricsPort, config.host, () =>
      log.info({ metricsPort: config.metricsPort }, 'worker health and metrics on /health, /ready, /metrics'),
    );
    probes.on('error', (error) => log.error({ err: error }, 'worker metrics port not opened'));
  }
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info(
      { signal, graceMs: config.shutdownGraceMs },
      'worker stopping: finishing or handing back its runs',
    );
    await services.close(config.shutdownGraceMs);
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

/** `ROLE=all` (the default) or `api`: the web server and the SMTP test mailbox. */
function startApi(): void {
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
    pageImage: new PageImageService(services.runs, {
      dataDir: config.dataDir,
      blobs: services.blobs,
      ...(cluster && { cache: cluster.pageImages }),
      logError: (error) => log.error({ err: error }, 'page images not removed'),
      draw: services.drawPageImage,
    }).provider,
    idempotency: services.idempotency,
    webhooks: services.webhooks.store,
    outbox: services.mailer.store,
    notifications: services.notifications,
    logError: (error) => log.error({ err: error }, 'request failed'),
    log: log.child({ component: 'upload' }),
    metrics: services.metrics,
    readiness: services.readiness,
    ...(config.smtp.enabled && { mailDomain: config.smtp.domain }),
  });

  const server = keepConnectionsAlive(
    app.listen(config.port, config.host, () => {
      log.info(
        {
          port: config.port,
          dataDir: config.dataDir,
          workers: config.workers,
          ocrWorkers: config.ocr.workers,
          retentionDays: config.retentionDays,
          refusePrivateUrls: config.refusePrivateUrls,
          trustProxy: config.trustProxy,
          cookieSecure: config.cookieSecure,
          mailRelay: config.outboundMail.relayUrl !== undefined,
          publicBaseUrl: config.outboundMail.publicBaseUrl,
          database: cluster ? 'postgresql' : 'sqlite',
          role: config.role,
        },
        `Proeffactuur listens on http://localhost:${config.port}`,
      );
    }),
  );
  server.on('error', (error) => {
    log.fatal({ err: error }, 'cannot listen');
    process.exit(1);
  });

  // The SMTP test mailbox. A port that cannot be had does not stop the web server: the log says so
  // plainly, and samples can still be uploaded (as PDF or as a saved .eml).
  let mailIntake: MailIntake | undefined;
  if (config.smtp.enabled) {
    const intake = new MailIntake({
      config: config.smtp,
      invitations: new InvitationService(
        services.invitations,
        services.profiles,
        services.buyers,
        services.runs,
        undefined,
        new AdmissionService(services.runs, services.buyers, config),
      ),
      mailRuns: services.mailRuns,
      log: log.child({ component: 'smtp' }),
    });
    intake.listen().then(
      (port) => {
        mailIntake = intake;
        log.info(
          { smtpPort: port, mailDomain: config.smtp.domain, starttls: Boolean(config.smtp.tlsCertFile) },
          `Test mailbox (SMTP) listens on port ${port} for <invitation token>@${config.smtp.domain}`,
        );
      },
      (error: NodeJS.ErrnoException) => {
        log.error(
          { err: error, smtpPort: config.smtp.port },
          error.code === 'EADDRINUSE'
            ? `Test mailbox (SMTP) not started: port ${config.smtp.port} is in use. Set SMTP_PORT to a free port (or SMTP_ENABLED=false); the web server runs without it`
            : `Test mailbox (SMTP) not started (${error.code ?? error.message}); the web server runs without it`,
        );
      },
    );
  }

  let stopping = false;
  /**
   * Stops in order, within one grace period (`SHUTDOWN_GRACE_SECONDS`): `/ready` answers 503 and the
   * server takes no new connection; requests waiting for a run (`?wait`) answer at once with the run as
   * it is, other open requests (an upload being received) finish; then the run service stops taking runs and waits for the running ones for
   * what is left of the grace period, handing back to the queue those still running (they resume on
   * the next start, their attempt not counted).
   */
  async function shutdown(signal: string): Promise<void> {
    if (stopping) return;
    stopping = true;
    const deadline = Date.now() + config.shutdownGraceMs;
    const left = (): number => Math.max(0, deadline - Date.now());
    services.readiness.markStopping();
    log.info(
      { signal, graceMs: config.shutdownGraceMs },
      'shutting down: finishing open requests and running checks',
    );
    const httpClosed = new Promise<boolean>((resolve) => server.close(() => resolve(true)));
    server.closeIdleConnections();
    // Requests waiting for a run (`?wait`) answer now with the run as it is (202 and its Location).
    services.runs.emit('stopping');
    await mailIntake?.close();
    const inTime = await Promise.race([
      httpClosed,
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), left()).unref()),
    ]);
    if (!inTime) {
      log.warn('requests still open at the end of the grace period: closing them');
      server.closeAllConnections();
    }
    await services.close(left());
    log.info('stopped');
    process.exit(0);
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}
