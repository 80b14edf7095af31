/**
 * Builds the Express app from its dependencies without listening, so tests run it in-process on
 * port 0. HTTP only: parsing requests, calling the run service, shaping responses.
 */
import express, { type ErrorRequestHandler, type Express } from 'express';
import { fromRoot } from '../runtime/paths.js';
import type { Config } from './core/config.js';
import { HarnessError, notFound, problemHandler } from './core/errors.js';
import { actorOf } from './http/actor.js';
import { openApiDocument } from './http/openapi/document.js';
import { RequestValidator } from './http/openapi/validate.js';
import { rateLimiters } from './http/rate-limit.js';
import { sessionMiddleware } from './http/session.js';
import type { UploadLog } from './http/upload.js';
import { auditRouter } from './routes/audit.js';
import { certificatesRouter } from './routes/certificates.js';
import { compareRouter } from './routes/compare.js';
import { docsRouter } from './routes/docs.js';
import { invitationsRouter } from './routes/invitations.js';
import { opsRouter } from './routes/ops.js';
import { outboxRouter } from './routes/outbox.js';
import { invitationPageRouter, securityHeaders } from './routes/pages.js';
import { profilesRouter } from './routes/profiles.js';
import { runSetsRouter } from './routes/run-sets.js';
import { runsRouter } from './routes/runs.js';
import { sessionRouter } from './routes/session.js';
import { statsRouter } from './routes/stats.js';
import { supplierImportRouter } from './routes/supplier-import.js';
import { supplierPortalRouter } from './routes/supplier-portal.js';
import { webhooksRouter } from './routes/webhooks.js';
import { AdmissionService } from './services/admission.js';
import { AuditService } from './services/audit.js';
import { CertificateService } from './services/certificates.js';
import { InvitationService } from './services/invitations.js';
import type { Metrics } from './services/metrics.js';
import type { Notifications } from './services/notifications.js';
import type { PageImageProvider } from './services/page-images.js';
import { ProfileService } from './services/profiles.js';
import type { Readiness } from './services/readiness.js';
import { RunSetService } from './services/run-sets.js';
import type { RunService } from './services/runs.js';
import { StatsService } from './services/stats.js';
import { SupplierImportService } from './services/supplier-import.js';
import { SupplierPortalService } from './services/supplier-portal.js';
import { WaiverService } from './services/waivers.js';
import type { AuditStore } from './store/audit.js';
import type { BuyerStore } from './store/buyers.js';
import type { IdempotencyStore } from './store/idempotency.js';
import type { InvitationStore } from './store/invitations.js';
import type { OutboxStore } from './store/outbox.js';
import type { ProfileStore } from './store/profiles.js';
import type { RunSetStore } from './store/run-sets.js';
import type { SigningKeyStore } from './store/signing-keys.js';
import type { StatsStore } from './store/stats.js';
import type { SupplierPortalStore } from './store/supplier-portal.js';
import type { UserStore } from './store/users.js';
import type { WaiverStore } from './store/waivers.js';
import type { WebhookStore } from './store/webhooks.js';

/** The configuration the app reads. */
export type AppConfig = Pick<
  Config,
  | 'maxUploadBytes'
  | 'rateLimitPerKey'
  | 'rateLimitPerIp'
  | 'buyerMaxActiveRuns'
  | 'buyerMaxBytesPerDay'
  | 'anonymousMaxActiveRuns'
  | 'anonymousMaxBytesPerDay'
  | 'uploadIdleTimeoutMs'
  | 'refusePrivateUrls'
  | 'trustProxy'
  | 'cookieSecure'
  | 'metricsToken'
>;

/** What the app needs. */
export interface AppDeps {
  readonly config: AppConfig;
  readonly runs: RunService;
  /** Buyers and their API keys. */
  readonly buyers: BuyerStore;
  /** Buyers' stored profiles. */
  readonly profiles: ProfileStore;
  /** Buyers' user accounts and browser sessions. */
  readonly users: UserStore;
  /** Invitations of suppliers, their runs and buyers' reviews. */
  readonly invitations: InvitationStore;
  /** The append-only audit log. */
  readonly audit: AuditStore;
  /** Checks waived per supplier (invitation). */
  readonly waivers: WaiverStore;
  /** Renders a run's page with boxes, for the reports of buyer and supplier (absent: no page images). */
  readonly pageImage?: PageImageProvider;
  /** Idempotency keys of run submissions. */
  readonly idempotency: IdempotencyStore;
  /** Webhook endpoints and deliveries. */
  readonly webhooks: WebhookStore;
  /** The keys that sign test certificates (absent: no certificate routes). */
  readonly signingKeys?: SigningKeyStore;
  /** Where unexpected errors go (a logger). */
  readonly logError: (error: unknown) => void;
  /** Where refused and abandoned uploads are logged, at warn and debug (absent: not logged). */
  readonly log?: UploadLog;
  /** The clock (tests inject one). */
  readonly now?: () => Date;
  /** The e-mails the server sent or kept for each buyer (absent: no `/api/outbox`). */
  readonly outbox?: OutboxStore;
  /** Invitation e-mails and notices (absent: a new invitation is not e-mailed). */
  readonly notifications?: Notifications;
  /** The domain of the SMTP test mailbox, shown on the supplier's page (absent: it does not run). */
  readonly mailDomain?: string;
  /** The reads behind the onboarding analytics (absent: no `/api/stats`). */
  readonly stats?: StatsStore;
  /** The Prometheus metrics (absent: no `/metrics`, refusals not counted). */
  readonly metrics?: Metrics;
  /** The readiness checks of `/ready` (absent: `/ready` checks nothing and answers ready). */
  readonly readiness?: Readiness;
  /** Supplier portal sign-in links and sessions (absent: no `/api/supplier` routes). */
  readonly supplierPortal?: SupplierPortalStore;
  /** Run sets: one file against several profiles (absent: no `/api/run-sets` routes). */
  readonly runSets?: RunSetStore;
}

/** The app. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  // Which X-Forwarded-* headers to believe (TRUST_PROXY): they decide req.ip (per-IP rate limits,
  // sign-in lock-out) and req.secure / req.protocol (the Secure cookie, the sign-in origin check).
  const { trustProxy } = deps.config;
  app.set('trust proxy', Array.isArray(trustProxy) ? [...trustProxy] : trustProxy);
  app.use(securityHeaders);
  app.use(sessionMiddleware(deps.users, deps.config.cookieSecure));

  const validator = new RequestValidator(openApiDocument());
  // A path of the document asked with a method it does not have (TRACE, PUT on a run, …) is 405 with
  // `Allow`, before any route or rate limit sees it; OPTIONS is left to Express (it answers `Allow`).
  app.use((req, res, next) => {
    if (req.method === 'OPTIONS') {
      next();
      return;
    }
    const allowed = validator.allowedMethods(req.path);
    if (allowed === undefined || allowed.includes(req.method)) {
      next();
      return;
    }
    res.set('Allow', allowed.join(', '));
    next(
      new HarnessError('method_not_allowed', {
        vars: { method: req.method, allowed: allowed.join(', ') },
        extra: { allow: allowed },
      }),
    );
  });
  const profiles = new ProfileService(deps.profiles);
  // The one gate of every upload path (key, anonymous, invitation link).
  const admission = new AdmissionService(deps.runs, deps.buyers, deps.config, deps.now);
  const invitations = new InvitationService(
    deps.invitations,
    deps.profiles,
    deps.buyers,
    deps.runs,
    undefined,
    admission,
  );
  // Overrides, waivers and the audit log: every review and profile change is recorded; an
  // invitation's runs are judged with its waivers wherever they are shown or counted.
  const audit = new AuditService(deps.audit, deps.now);
  const waivers = new WaiverService(deps.waivers, deps.invitations, deps.profiles, audit, deps.now);
  profiles.audit = audit;
  invitations.audit = audit;
  invitations.judgeRun = (run) => waivers.judge(run);
  invitations.hasWaivers = async (id) => (await waivers.applying(id)).length > 0;
  const actor = (req: express.Request): Promise<string> => actorOf(req, deps.users);
  const { notifications } = deps;
  if (notifications)
    invitations.onCreated = (created, language) => notifications.invitationCreated(created, language);
  const limiters = rateLimiters(deps.buyers, {
    perKey: deps.config.rateLimitPerKey,
    perIp: deps.config.rateLimitPerIp,
  });
  for (const limiter of limiters) app.use('/api', limiter);
  app.use(
    opsRouter({
      runs: deps.runs,
      limiters,
      ...(deps.readiness && { readiness: deps.readiness }),
      ...(deps.metrics && { metrics: deps.metrics }),
      ...(deps.config.metricsToken !== undefined && { metricsToken: deps.config.metricsToken }),
    }),
  );
  app.use('/api', validator.parameters());
  app.use('/api', docsRouter());
  app.use(
    '/api',
    runsRouter(deps.runs, {
      admission,
      uploadIdleTimeoutMs: deps.config.uploadIdleTimeoutMs,
      ...(deps.log && { log: deps.log }),
      refusePrivateUrls: deps.config.refusePrivateUrls,
      profiles,
      buyers: deps.buyers,
      idempotency: deps.idempotency,
      validator,
      ...(deps.pageImage && { pageImage: deps.pageImage }),
      ...(deps.now && { now: deps.now }),
      judge: (run) => waivers.judge(run),
    }),
  );
  app.use('/api', profilesRouter(profiles, deps.buyers, actor));
  app.use('/api', sessionRouter(deps.users, deps.buyers, { cookieSecure: deps.config.cookieSecure }));
  app.use('/api', auditRouter({ audit, waivers, buyers: deps.buyers, users: deps.users }));
  app.use(
    '/api',
    supplierImportRouter({
      imports: new SupplierImportService(invitations, deps.profiles),
      buyers: deps.buyers,
      onError: deps.logError,
    }),
  );
  app.use(
    '/api',
    invitationsRouter({
      invitations,
      runs: deps.runs,
      buyers: deps.buyers,
      users: deps.users,
      uploadIdleTimeoutMs: deps.config.uploadIdleTimeoutMs,
      ...(deps.log && { log: deps.log }),
      ...(deps.pageImage && { pageImage: deps.pageImage }),
      ...(deps.mailDomain && { mailDomain: deps.mailDomain }),
    }),
  );
  app.use(
    '/api',
    webhooksRouter(deps.webhooks, {
      buyers: deps.buyers,
      validator,
      refusePrivateUrls: deps.config.refusePrivateUrls,
      ...(deps.now && { now: deps.now }),
    }),
  );
  if (deps.outbox) app.use('/api', outboxRouter(deps.outbox, deps.buyers));
  if (deps.stats)
    app.use(
      '/api',
      statsRouter({ stats: new StatsService(deps.stats, deps.profiles, deps.now), buyers: deps.buyers }),
    );
  if (deps.runSets) {
    const runSets = new RunSetService({
      store: deps.runSets,
      runs: deps.runs,
      admission,
      invitations,
      ...(deps.now && { now: deps.now }),
    });
    app.use(
      '/api',
      runSetsRouter({
        runSets,
        runs: deps.runs,
        admission,
        profiles,
        buyers: deps.buyers,
        validator,
        uploadIdleTimeoutMs: deps.config.uploadIdleTimeoutMs,
        ...(deps.log && { log: deps.log }),
      }),
    );
    if (deps.supplierPortal)
      app.use(
        '/api',
        supplierPortalRouter({
          portal: new SupplierPortalService({
            store: deps.supplierPortal,
            invitationStore: deps.invitations,
            invitations,
            buyers: deps.buyers,
            ...(notifications && { send: (mail) => notifications.signInLink(mail) }),
            ...(deps.now && { now: deps.now }),
          }),
          runSets,
          invitations,
          runs: deps.runs,
          cookieSecure: deps.config.cookieSecure,
          uploadIdleTimeoutMs: deps.config.uploadIdleTimeoutMs,
          ...(deps.log && { log: deps.log }),
        }),
      );
  }
  if (deps.signingKeys)
    app.use(
      certificatesRouter({
        certificates: new CertificateService(deps.signingKeys, deps.buyers, deps.now),
        invitations,
        buyers: deps.buyers,
      }),
    );
  app.use(compareRouter({ invitations, buyers: deps.buyers }));
  app.use('/api', (_req, _res, next) => next(notFound()));

  app.use(invitationPageRouter(invitations));

  app.use(express.static(fromRoot('public'), { index: 'index.html', maxAge: '5m' }));
  app.use((_req, _res, next) => next(notFound()));

  if (deps.metrics) app.use(countUploadRefusals(deps.metrics));
  app.use(
    problemHandler({
      maxUploadBytes: deps.config.maxUploadBytes,
      log: deps.logError,
    }),
  );
  return app;
}

/**
 * Counts a refused upload (a multipart POST answered with an error) by its error code, then passes
 * the error on to the problem handler.
 */
function countUploadRefusals(metrics: Metrics): ErrorRequestHandler {
  return (error: unknown, req, _res, next) => {
    if (req.method === 'POST' && (req.get('content-type') ?? '').startsWith('multipart/form-data'))
      metrics.uploadRefused(error instanceof HarnessError ? error.code : 'internal_error');
    next(error);
  };
}

export { HarnessError };
