/** All configuration in one typed place: environment variables with defaults. */
import { isIP } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../runtime/paths.js';

/** The test mailbox: an SMTP server that takes samples sent by e-mail to invitation addresses. */
export interface SmtpConfig {
  /** Whether it runs (`SMTP_ENABLED`, default true). */
  readonly enabled: boolean;
  /** TCP port (`SMTP_PORT`, default 2525; 0 = a free port the system picks). */
  readonly port: number;
  /** Address to listen on (`SMTP_HOST`, default `HOST`). */
  readonly host: string;
  /** The domain of the test addresses `<invitation token>@<domain>` (`MAIL_DOMAIN`, default `proef.localhost`). */
  readonly domain: string;
  /** Largest message of any mailbox, in bytes, advertised as SIZE (`SMTP_MAX_MESSAGE_MB`, default 50). */
  readonly maxMessageBytes: number;
  /** Messages one sender (address and IP) may send per hour (`SMTP_MAX_PER_SENDER_PER_HOUR`, default 20). */
  readonly maxPerSenderPerHour: number;
  /** Messages one invitation address may receive per hour (`SMTP_MAX_PER_INVITATION_PER_HOUR`, default 30). */
  readonly maxPerInvitationPerHour: number;
  /** PEM files of a certificate and key for STARTTLS (`SMTP_TLS_CERT`, `SMTP_TLS_KEY`; both or neither). */
  readonly tlsCertFile?: string;
  readonly tlsKeyFile?: string;
}

/** The SMTP test mailbox's settings from the environment. */
export function loadSmtpConfig(env: NodeJS.ProcessEnv = process.env): SmtpConfig {
  const cert = env.SMTP_TLS_CERT?.trim();
  const key = env.SMTP_TLS_KEY?.trim();
  if (Boolean(cert) !== Boolean(key))
    throw new Error(
      'Set both SMTP_TLS_CERT and SMTP_TLS_KEY (the PEM files of a certificate and its key), or neither.',
    );
  return {
    enabled: flag(env, 'SMTP_ENABLED', true),
    port: Math.floor(number(env, 'SMTP_PORT', 2525, 0)),
    host: env.SMTP_HOST ?? env.HOST ?? '0.0.0.0',
    domain: (env.MAIL_DOMAIN ?? 'proef.localhost').trim().toLowerCase(),
    maxMessageBytes: Math.round(number(env, 'SMTP_MAX_MESSAGE_MB', 50, 0.01) * 1024 * 1024),
    maxPerSenderPerHour: Math.floor(number(env, 'SMTP_MAX_PER_SENDER_PER_HOUR', 20, 1)),
    maxPerInvitationPerHour: Math.floor(number(env, 'SMTP_MAX_PER_INVITATION_PER_HOUR', 30, 1)),
    ...(cert && key && { tlsCertFile: cert, tlsKeyFile: key }),
  };
}

/** The server's configuration. */
export interface Config {
  /** TCP port (`PORT`, default 3000). */
  readonly port: number;
  /** Address to listen on (`HOST`, default all interfaces). */
  readonly host: string;
  /** Folder for the SQLite file and uploaded files (`DATA_DIR`, default `./data`). */
  readonly dataDir: string;
  /** Largest upload in bytes (`MAX_UPLOAD_MB`, default 50). Larger uploads get 413 and are not stored. */
  readonly maxUploadBytes: number;
  /** Pipeline worker threads (`WORKERS`, default: CPU cores, at least 1). */
  readonly workers: number;
  /** Time-out of one run in ms (`RUN_TIMEOUT_SECONDS`, default 60). */
  readonly runTimeoutMs: number;
  /** Most runs waiting in the queue before new uploads get 503 (`MAX_QUEUED_RUNS`, default 1000). */
  readonly maxQueuedRuns: number;
  /** Log level for pino (`LOG_LEVEL`, default `info`; `silent` in tests). */
  readonly logLevel: string;
  /**
   * Days after which uploaded invoices, page images and reports are erased (`RETENTION_DAYS`, default
   * 30): they are personal and financial data. The run keeps only its id, times and verdict.
   */
  readonly retentionDays: number;
  /** How often the retention sweep runs, in ms (`RETENTION_SWEEP_MINUTES`, default 60). */
  readonly retentionSweepMs: number;
  /**
   * Refuse callback and webhook URLs that point at private, loopback or link-local addresses
   * (`REFUSE_PRIVATE_URLS`; default on when `NODE_ENV=production`, off otherwise).
   */
  readonly refusePrivateUrls: boolean;
  /** Requests per minute per API key (`RATE_LIMIT_PER_KEY`, default 600; 0 turns it off). */
  readonly rateLimitPerKey: number;
  /** Requests per minute per IP address without a valid key (`RATE_LIMIT_PER_IP`, default 300; 0 = off). */
  readonly rateLimitPerIp: number;
  /** Queued plus running runs one buyer may have (`BUYER_MAX_ACTIVE_RUNS`, default 20; per buyer via the CLI). */
  readonly buyerMaxActiveRuns: number;
  /**
   * Bytes one buyer may upload per day (UTC), through its keys and its invitation links together
   * (`BUYER_MAX_MB_PER_DAY`, default 2000). Further uploads that day get 429 with `Retry-After`.
   * Counted in memory: a restart starts the count again.
   */
  readonly buyerMaxBytesPerDay: number;
  /**
   * Queued plus running runs one address may have without a key (`ANONYMOUS_MAX_ACTIVE_RUNS`,
   * default 3). An IPv6 address counts by its /64 network (one connection usually holds a whole /64).
   */
  readonly anonymousMaxActiveRuns: number;
  /**
   * Bytes one address may upload per day (UTC) without a key (`ANONYMOUS_MAX_MB_PER_DAY`, default
   * 200). Counted in memory: a restart starts the count again.
   */
  readonly anonymousMaxBytesPerDay: number;
  /**
   * An upload that sends nothing for this long is refused with 408 and its partial file removed
   * (`UPLOAD_IDLE_SECONDS`, default 30). The whole request is also bounded by Node's
   * `server.requestTimeout` (5 minutes).
   */
  readonly uploadIdleTimeoutMs: number;
  /** Time-out of one webhook or callback delivery attempt in ms (`WEBHOOK_TIMEOUT_SECONDS`, default 10). */
  readonly webhookTimeoutMs: number;
  /** Attempts per delivery before it is given up (`WEBHOOK_MAX_ATTEMPTS`, default 10). */
  readonly webhookMaxAttempts: number;
  /** Wait before the first retry in ms, doubled after each failure (`WEBHOOK_RETRY_SECONDS`, default 30). */
  readonly webhookRetryBaseMs: number;
  /**
   * Which proxies in front of the server to believe about the client (`TRUST_PROXY`, default off):
   * Express's `trust proxy` setting. `false` (or `0`) believes nobody: `req.ip` is the TCP peer and
   * `X-Forwarded-*` headers are ignored; `true` believes any `X-Forwarded-For` (only when nothing can
   * reach the server but the proxy); a hop count; or addresses and subnets of the proxies
   * (`loopback`, `10.0.0.0/8`, …). It decides the client address of per-IP rate limits and sign-in
   * lock-out, and whether a request counts as HTTPS (`X-Forwarded-Proto`).
   */
  readonly trustProxy: TrustProxy;
  /**
   * The `Secure` attribute of the session cookie (`COOKIE_SECURE`, default `auto`): `auto` when the
   * request is HTTPS as Express sees it (behind a TLS proxy only with `TRUST_PROXY`), `true` always,
   * `false` never.
   */
  readonly cookieSecure: CookieSecure;
  /** The OCR channel's shared tesseract pool. */
  readonly ocr: OcrConfig;
  /** Heap limit of each pipeline worker process in MB (`WORKER_MAX_HEAP_MB`, default 1024). */
  readonly workerMaxHeapMb?: number;
  /**
   * Resident memory limit of each pipeline worker process in MB (`WORKER_MAX_RSS_MB`, default 1536):
   * a run past it ends `failed` (`run_out_of_memory`); the server goes on.
   */
  readonly workerMaxRssMb?: number;
  /** The SMTP test mailbox (`SMTP_*`, `MAIL_DOMAIN`). */
  readonly smtp: SmtpConfig;
  /**
   * Secret that encrypts the private keys of test certificates at rest (`SIGNING_KEY_SECRET`; absent:
   * they are stored unencrypted in the data folder, protected like the rest of it).
   */
  readonly signingKeySecret?: string;
  /** Outbound e-mail: verdict replies, invitations, reminders and notices. */
  readonly outboundMail: OutboundMailConfig;
  /**
   * Bearer token that opens `/metrics` to any address (`METRICS_TOKEN`; absent: `/metrics` answers only
   * requests from this machine that did not pass through a proxy).
   */
  readonly metricsToken?: string;
  /**
   * On SIGTERM, how long open requests and running runs get to finish, in ms
   * (`SHUTDOWN_GRACE_SECONDS`, default 10); runs still running then go back to the queue.
   */
  readonly shutdownGraceMs: number;
  /**
   * PostgreSQL instead of the one-machine default (`DATABASE_URL=postgres://user:password@host:5432/db`):
   * the store, uploaded files, page images and the run queue (pg-boss) live there, so several API and
   * worker processes on several machines share them. Absent: SQLite and files in `DATA_DIR`.
   */
  readonly databaseUrl?: string;
  /**
   * What this process does (`ROLE`): `all` (the default: HTTP and runs), `api` (HTTP only; takes no
   * runs) or `worker` (takes runs, no HTTP). `api` and `worker` need `DATABASE_URL`.
   */
  readonly role: Role;
  /** The run queue on PostgreSQL (pg-boss); unused on SQLite. */
  readonly queue: QueueConfig;
  /**
   * A worker process (`ROLE=worker`) serves only `/health`, `/ready` and `/metrics` on this port
   * (`METRICS_PORT`; absent: no HTTP at all).
   */
  readonly metricsPort?: number;
}

/** What a process does: see {@link Config.role}. */
export type Role = 'all' | 'api' | 'worker';

/** Settings of the pg-boss run queue (`DATABASE_URL` only). */
export interface QueueConfig {
  /**
   * How long a worker may hold a run before the queue gives it to another worker, in seconds
   * (`QUEUE_LEASE_SECONDS`, default: the run time-out plus 30 s). A worker that dies (killed, machine
   * lost) loses its runs to the others after this long.
   */
  readonly leaseSeconds: number;
  /** How often the queue looks for expired leases, in seconds (`QUEUE_MAINTENANCE_SECONDS`, default 30). */
  readonly maintenanceSeconds: number;
  /** Wait before a run whose worker failed is tried again, in seconds, doubled each time (`QUEUE_RETRY_SECONDS`, default 5). */
  readonly retryDelaySeconds: number;
}

/** Reads `DATABASE_URL` (a postgres:// URL or absent). */
function databaseUrl(env: NodeJS.ProcessEnv): string | undefined {
  const url = env.DATABASE_URL?.trim();
  if (!url) return undefined;
  let protocol = '';
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new Error(
      'DATABASE_URL must be a URL such as postgres://user:password@db.example.com:5432/proeffactuur',
    );
  }
  if (protocol !== 'postgres:' && protocol !== 'postgresql:')
    throw new Error(`DATABASE_URL must start with postgres:// or postgresql://, not ${protocol}//`);
  return url;
}

/** Reads `ROLE`; `api` and `worker` need a shared database. */
function role(env: NodeJS.ProcessEnv, database: string | undefined): Role {
  const value = (env.ROLE?.trim().toLowerCase() || 'all') as Role;
  if (value !== 'all' && value !== 'api' && value !== 'worker')
    throw new Error(`ROLE must be all, api or worker, not ${env.ROLE}`);
  if (value !== 'all' && database === undefined)
    throw new Error(
      `ROLE=${value} needs DATABASE_URL: API and worker processes share their runs through PostgreSQL (without it, leave ROLE unset)`,
    );
  return value;
}

/** Outbound e-mail settings (`server/services/mailer.ts`, `notifications.ts`). */
export interface OutboundMailConfig {
  /**
   * The relay that sends mail (`SMTP_RELAY_URL`: `smtp://user:password@host:587`, or `smtps://` for
   * TLS from the start). Absent (the default): every message is kept in the outbox, which the buyer's
   * outbox page shows, and nothing is sent.
   */
  readonly relayUrl?: string;
  /** The `From` of every message (`MAIL_FROM`, default `Proeffactuur <noreply@<MAIL_DOMAIN>>`). */
  readonly from: string;
  /** The server's address as suppliers reach it, for links in e-mails (`PUBLIC_BASE_URL`, default `http://localhost:<PORT>`). */
  readonly publicBaseUrl: string;
  /**
   * The e-mail intake's domain (`MAIL_DOMAIN`, default `proef.localhost`): invitations name the test
   * address `<token>@<MAIL_DOMAIN>`. Absent when the intake is off (`SMTP_ENABLED=false`).
   */
  readonly intakeDomain?: string;
  /** Days after which a supplier who tested nothing is reminded, once (`INVITATION_REMINDER_DAYS`, default 7). */
  readonly reminderDays: number;
  /** Messages waiting for the relay before new ones are refused as failed (`MAIL_MAX_QUEUED`, default 1000). */
  readonly maxQueued: number;
  /** Attempts per message before it is given up (`MAIL_MAX_ATTEMPTS`, default 8). */
  readonly maxAttempts: number;
  /** Wait before the first retry in ms, doubled after each failure (`MAIL_RETRY_SECONDS`, default 60). */
  readonly retryBaseMs: number;
}

/** Reads the outbound e-mail settings. Throws with a clear message on a bad value. */
export function loadOutboundMailConfig(env: NodeJS.ProcessEnv = process.env): OutboundMailConfig {
  const relayUrl = env.SMTP_RELAY_URL?.trim();
  if (relayUrl) {
    let protocol = '';
    try {
      protocol = new URL(relayUrl).protocol;
    } catch {
      throw new Error('SMTP_RELAY_URL must be a URL such as smtp://user:password@mail.example.com:587');
    }
    if (protocol !== 'smtp:' && protocol !== 'smtps:')
      throw new Error(`SMTP_RELAY_URL must start with smtp:// or smtps://, not ${protocol}//`);
  }
  const domain = env.MAIL_DOMAIN?.trim().toLowerCase() || 'proef.localhost';
  const intakeOff = !flag(env, 'SMTP_ENABLED', true);
  const base = env.PUBLIC_BASE_URL?.trim() || `http://localhost:${env.PORT?.trim() || 3000}`;
  if (!/^https?:\/\/[^/\s]+/i.test(base))
    throw new Error(`PUBLIC_BASE_URL must be an http:// or https:// address, got "${base}"`);
  return {
    ...(relayUrl && { relayUrl }),
    from: env.MAIL_FROM?.trim() || `Proeffactuur <noreply@${domain}>`,
    publicBaseUrl: base.replace(/\/+$/, ''),
    ...(!intakeOff && { intakeDomain: domain }),
    reminderDays: number(env, 'INVITATION_REMINDER_DAYS', 7, 0.001),
    maxQueued: Math.floor(number(env, 'MAIL_MAX_QUEUED', 1000, 1)),
    maxAttempts: Math.floor(number(env, 'MAIL_MAX_ATTEMPTS', 8, 1)),
    retryBaseMs: Math.round(number(env, 'MAIL_RETRY_SECONDS', 60, 0.01) * 1000),
  };
}

/** Express's `trust proxy` value: off/on, a hop count, or the proxies' addresses and subnets. */
export type TrustProxy = boolean | number | readonly string[];

/** When the session cookie is `Secure`. */
export type CookieSecure = 'auto' | boolean;

/** Settings of the shared OCR pool (also read by the CLI). */
export interface OcrConfig {
  /** tesseract.js workers, started on the first OCR page (`OCR_WORKERS`, default: CPU cores). */
  readonly workers: number;
  /** Longest OCR of one page before its worker is stopped, in ms (`OCR_PAGE_TIMEOUT_SECONDS`, default 30). */
  readonly pageTimeoutMs: number;
  /** Languages, first preferred (`OCR_LANGUAGES`, default `nld+eng`); each needs `@tesseract.js-data/<lang>`. */
  readonly languages: readonly string[];
}

function number(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min)
    throw new Error(`${name} must be a number ≥ ${min}, got "${raw}"`);
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new Error(`${name} must be true or false, got "${env[name]}"`);
}

/** Names Express (proxy-addr) knows for groups of addresses. */
const ADDRESS_GROUPS = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** An address, an address/prefix length or (IPv4) an address/netmask, as proxy-addr parses them. */
function isAddressOrSubnet(entry: string): boolean {
  const slash = entry.indexOf('/');
  const address = slash < 0 ? entry : entry.slice(0, slash);
  const version = isIP(address);
  if (version === 0) return false;
  if (slash < 0) return true;
  const range = entry.slice(slash + 1);
  if (/^\d{1,3}$/.test(range)) return Number(range) <= (version === 4 ? 32 : 128);
  if (version !== 4 || isIP(range) !== 4) return false;
  const bits = range.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
  return /^1*0*$/.test(bits.toString(2).padStart(32, '0')); // a netmask: ones, then zeros
}

/** Parses `TRUST_PROXY`. Throws with a clear message on a bad value. */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = raw?.trim() ?? '';
  const lower = value.toLowerCase();
  if (['', 'false', 'no', 'off'].includes(lower)) return false;
  if (['true', 'yes', 'on'].includes(lower)) return true;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 100) throw new Error(`TRUST_PROXY: ${hops} proxies in a row is not plausible`);
    return hops === 0 ? false : hops;
  }
  const entries = value.split(',').map((entry) => entry.trim());
  const bad = entries.filter(
    (entry) => !ADDRESS_GROUPS.has(entry.toLowerCase()) && !isAddressOrSubnet(entry),
  );
  if (bad.length > 0)
    throw new Error(
      `TRUST_PROXY must be false, true, a number of proxies, or a comma-separated list of proxy addresses and subnets (e.g. "loopback, 10.0.0.0/8"); not understood: ${bad.map((entry) => `"${entry}"`).join(', ')}`,
    );
  return entries.map((entry) => (ADDRESS_GROUPS.has(entry.toLowerCase()) ? entry.toLowerCase() : entry));
}

/** Parses `COOKIE_SECURE`. Throws with a clear message on a bad value. */
function cookieSecure(env: NodeJS.ProcessEnv): CookieSecure {
  const raw = env.COOKIE_SECURE?.trim().toLowerCase();
  if (raw === undefined || raw === '' || raw === 'auto') return 'auto';
  try {
    return flag(env, 'COOKIE_SECURE', false);
  } catch {
    throw new Error(`COOKIE_SECURE must be auto, true or false, got "${env.COOKIE_SECURE}"`);
  }
}

/** Reads the OCR settings from the environment. Throws with a clear message on a bad value. */
export function loadOcrConfig(env: NodeJS.ProcessEnv = process.env): OcrConfig {
  const languages = (env.OCR_LANGUAGES || 'nld+eng').split('+').map((language) => language.trim());
  if (languages.some((language) => !/^[a-z]{3}(_[a-z]+)?$/i.test(language)))
    throw new Error(
      `OCR_LANGUAGES must be tesseract language codes joined by "+" (e.g. nld+eng), got "${env.OCR_LANGUAGES}"`,
    );
  return {
    workers: Math.floor(number(env, 'OCR_WORKERS', Math.max(1, os.availableParallelism()), 1)),
    pageTimeoutMs: Math.round(number(env, 'OCR_PAGE_TIMEOUT_SECONDS', 30, 1) * 1000),
    languages,
  };
}

/** Reads the configuration from the environment. Throws with a clear message on a bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const database = databaseUrl(env);
  return {
    port: number(env, 'PORT', 3000, 0),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(projectRoot, env.DATA_DIR ?? 'data'),
    maxUploadBytes: Math.round(number(env, 'MAX_UPLOAD_MB', 50, 0.001) * 1024 * 1024),
    workers: Math.floor(number(env, 'WORKERS', Math.max(1, os.availableParallelism()), 1)),
    runTimeoutMs: Math.round(number(env, 'RUN_TIMEOUT_SECONDS', 60, 0.1) * 1000),
    maxQueuedRuns: Math.floor(number(env, 'MAX_QUEUED_RUNS', 1000, 1)),
    logLevel: env.LOG_LEVEL ?? 'info',
    retentionDays: number(env, 'RETENTION_DAYS', 30, 0.001),
    retentionSweepMs: Math.round(number(env, 'RETENTION_SWEEP_MINUTES', 60, 0.01) * 60_000),
    refusePrivateUrls: flag(env, 'REFUSE_PRIVATE_URLS', env.NODE_ENV === 'production'),
    rateLimitPerKey: Math.floor(number(env, 'RATE_LIMIT_PER_KEY', 600, 0)),
    rateLimitPerIp: Math.floor(number(env, 'RATE_LIMIT_PER_IP', 300, 0)),
    buyerMaxActiveRuns: Math.floor(number(env, 'BUYER_MAX_ACTIVE_RUNS', 20, 1)),
    buyerMaxBytesPerDay: Math.round(number(env, 'BUYER_MAX_MB_PER_DAY', 2000, 0.001) * 1024 * 1024),
    anonymousMaxActiveRuns: Math.floor(number(env, 'ANONYMOUS_MAX_ACTIVE_RUNS', 3, 1)),
    anonymousMaxBytesPerDay: Math.round(number(env, 'ANONYMOUS_MAX_MB_PER_DAY', 200, 0.001) * 1024 * 1024),
    uploadIdleTimeoutMs: Math.round(number(env, 'UPLOAD_IDLE_SECONDS', 30, 0.1) * 1000),
    webhookTimeoutMs: Math.round(number(env, 'WEBHOOK_TIMEOUT_SECONDS', 10, 0.1) * 1000),
    webhookMaxAttempts: Math.floor(number(env, 'WEBHOOK_MAX_ATTEMPTS', 10, 1)),
    webhookRetryBaseMs: Math.round(number(env, 'WEBHOOK_RETRY_SECONDS', 30, 0.01) * 1000),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    cookieSecure: cookieSecure(env),
    ocr: loadOcrConfig(env),
    workerMaxHeapMb: Math.floor(number(env, 'WORKER_MAX_HEAP_MB', 1024, 64)),
    workerMaxRssMb: Math.floor(number(env, 'WORKER_MAX_RSS_MB', 1536, 128)),
    outboundMail: loadOutboundMailConfig(env),
    ...(env.SIGNING_KEY_SECRET && { signingKeySecret: env.SIGNING_KEY_SECRET }),
    smtp: loadSmtpConfig(env),
    ...(env.METRICS_TOKEN && { metricsToken: env.METRICS_TOKEN }),
    shutdownGraceMs: Math.round(number(env, 'SHUTDOWN_GRACE_SECONDS', 10, 0) * 1000),
    ...(database !== undefined && { databaseUrl: database }),
    role: role(env, database),
    ...(env.METRICS_PORT?.trim() && { metricsPort: number(env, 'METRICS_PORT', 0, 0) }),
    queue: {
      leaseSeconds: Math.ceil(
        number(env, 'QUEUE_LEASE_SECONDS', number(env, 'RUN_TIMEOUT_SECONDS', 60, 0.1) + 30, 1),
      ),
      maintenanceSeconds: Math.ceil(number(env, 'QUEUE_MAINTENANCE_SECONDS', 30, 1)),
      retryDelaySeconds: Math.ceil(number(env, 'QUEUE_RETRY_SECONDS', 5, 1)),
    },
  };
}
