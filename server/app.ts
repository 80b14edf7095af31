/**
 * Builds the Express app from its dependencies without listening, so tests run it in-process on
 * port 0. HTTP only: parsing requests, calling the run service, shaping responses.
 */
import express, { type Express } from 'express';
import { ENGINE_VERSION } from '../engine/version.js';
import { fromRoot } from '../runtime/paths.js';
import type { Config } from './core/config.js';
import { HarnessError, notFound, problemHandler } from './core/errors.js';
import { openApiDocument } from './http/openapi/document.js';
import { RequestValidator } from './http/openapi/validate.js';
import { rateLimiters } from './http/rate-limit.js';
import { sessionMiddleware } from './http/session.js';
import type { UploadLog } from './http/upload.js';
import { certificatesRouter } from './routes/certificates.js';
import { compareRouter } from './routes/compare.js';
import { docsRouter } from './routes/docs.js';
import { invitationsRouter } from './routes/invitations.js';
import { outboxRouter } from './routes/outbox.js';
import { invitationPageRouter, securityHeaders } from './routes/pages.js';
import { profilesRouter } from './routes/profiles.js';
import { runsRouter } from './routes/runs.js';
import { sessionRouter } from './routes/session.js';
import { supplierImportRouter } from './routes/supplier-import.js';
import { webhooksRouter } from './routes/webhooks.js';
import { AdmissionService } from './services/admission.js';
import { CertificateService } from './services/certificates.js';
import { InvitationService } from './services/invitations.js';
import type { Notifications } from './services/notifications.js';
import type { PageImageProvider } from './services/page-images.js';
import { ProfileService } from './services/profiles.js';
import type { RunService } from './services/runs.js';
import { SupplierImportService } from './services/supplier-import.js';
import type { BuyerStore } from './store/buyers.js';
import type { IdempotencyStore } from './store/idempotency.js';
import type { InvitationStore } from './store/invitations.js';
import type { OutboxStore } from './store/outbox.js';
import type { ProfileStore } from './store/profiles.js';
import type { SigningKeyStore } from './store/signing-keys.js';
import type { UserStore } from './store/users.js';
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

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', version: ENGINE_VERSION, runs: deps.runs.stats() });
  });

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
  const { notifications } = deps;
  if (notifications)
    invitations.onCreated = (created, language) => notifications.invitationCreated(created, language);
  for (const limiter of rateLimiters(deps.buyers, {
    perKey: deps.config.rateLimitPerKey,
    perIp: deps.config.rateLimitPerIp,
  }))
    app.use('/api', limiter);
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
    }),
  );
  app.use('/api', profilesRouter(profiles, deps.buyers));
  app.use('/api', sessionRouter(deps.users, deps.buyers, { cookieSecure: deps.config.cookieSecure }));
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

  app.use(
    problemHandler({
      maxUploadBytes: deps.config.maxUploadBytes,
      log: deps.logError,
    }),
  );
  return app;
}

export { HarnessError };
