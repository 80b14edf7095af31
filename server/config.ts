/** All configuration in one typed place: environment variables with defaults. */
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from './paths.js';

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
  /** Time-out of one webhook or callback delivery attempt in ms (`WEBHOOK_TIMEOUT_SECONDS`, default 10). */
  readonly webhookTimeoutMs: number;
  /** Attempts per delivery before it is given up (`WEBHOOK_MAX_ATTEMPTS`, default 10). */
  readonly webhookMaxAttempts: number;
  /** Wait before the first retry in ms, doubled after each failure (`WEBHOOK_RETRY_SECONDS`, default 30). */
  readonly webhookRetryBaseMs: number;
  /** The OCR channel's shared tesseract pool. */
  readonly ocr: OcrConfig;
}

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
    webhookTimeoutMs: Math.round(number(env, 'WEBHOOK_TIMEOUT_SECONDS', 10, 0.1) * 1000),
    webhookMaxAttempts: Math.floor(number(env, 'WEBHOOK_MAX_ATTEMPTS', 10, 1)),
    webhookRetryBaseMs: Math.round(number(env, 'WEBHOOK_RETRY_SECONDS', 30, 0.01) * 1000),
    ocr: loadOcrConfig(env),
  };
}
