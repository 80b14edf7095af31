/**
 * A small typed client of the Proeffactuur HTTP API (see `/api/openapi.json`), for Node 20+ and
 * browsers (it only needs `fetch`, `FormData` and `Blob`). It imports nothing from the server, so it
 * can be copied into an onboarding tool as it is. The API tests use it.
 *
 * ```ts
 * const api = new ProeffactuurClient({ baseUrl: 'http://localhost:3000', apiKey: process.env.KEY });
 * const run = await api.submitRun({ file: pdfBytes, fileName: 'factuur.pdf', profile: 'lenient', wait: 10 });
 * console.log(run.verdict, run.report?.findings.map((f) => f.message.en));
 * ```
 */

import type { components, operations } from './api-types.js';

export type { components, operations, paths } from './api-types.js';

type Schemas = components['schemas'];

/** Text in both user languages. */
export type LocalizedText = Schemas['LocalizedText'];
/** The outcome of a check run: `undetermined` when the run could not check everything. */
export type Verdict = Schemas['Verdict'];
/** Where a run is, kept apart from its verdict. */
export type RunStatus = Schemas['RunStatus'];
/** The events a webhook can receive. */
export type WebhookEvent = Schemas['WebhookEvent'];
/** Where a webhook delivery stands. */
export type DeliveryStatus = Schemas['Delivery']['status'];
/** A rectangle in PDF points, origin top-left. */
export type Box = Schemas['Box'];
/** One problem (or note) the check found, with where and how to fix it. */
export type Finding = Schemas['Finding'];
/** A field as the buyer's software would read it (`report.fields`). */
export type ReportField = Schemas['ReportField'];
/** Everything one channel read (`report.channels.text`, `report.channels.ocr`). */
export type ChannelFields = Schemas['ChannelFields'];
/** The result of checking one file against one profile version. */
export type Report = Schemas['Report'];
/** Links of a run. */
export type RunLinks = Schemas['RunLinks'];
/** A run. */
export type Run = Schemas['Run'];
/** A run in a list. */
export type RunSummary = Schemas['RunSummary'];
/** An acceptance profile (see `/api/schema/profile`). */
export type AcceptanceProfile = Schemas['AcceptanceProfile'];
/** A stored profile. */
export type StoredProfile = Schemas['StoredProfile'];
/** A stored profile in a list. */
export type ProfileSummary = Schemas['ProfileSummary'];
/** A webhook endpoint. */
export type Webhook = Schemas['Webhook'];
/** One event sent to one webhook. */
export type Delivery = Schemas['Delivery'];
/** A preset profile in the list of presets. */
export type Preset = Schemas['Preset'];
/** Liveness: the process answers (`GET /health`; the queue figures are in `GET /ready`). */
export type Health = Schemas['Health'];

/** The JSON answer (200) of an operation, by its `operationId`. */
export type JsonAnswer<Id extends keyof operations> = operations[Id]['responses'] extends {
  readonly 200: { readonly content: { readonly 'application/json': infer T } };
}
  ? T
  : never;

/** A page of a list. */
export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

/**
 * An RFC 9457 problem as the API sends it. `code` is one of the document's `ErrorCode`s; it is typed
 * as text because a newer server may add codes, and the client makes `http_error` for answers that
 * are not problem documents.
 */
export type Problem = Omit<Schemas['Problem'], 'code'> & {
  /** Stable error code, e.g. `run_not_found` (the OpenAPI document lists them all). */
  readonly code: Schemas['ErrorCode'] | (string & {});
  readonly [member: string]: unknown;
};

/** An error answer of the API. */
export class ProeffactuurApiError extends Error {
  constructor(
    /** The HTTP status. */
    readonly status: number,
    /** The problem document (a synthetic one when the answer was not problem+json). */
    readonly problem: Problem,
    /** Seconds to wait before retrying (429, 503), when the server said so. */
    readonly retryAfterSeconds?: number,
  ) {
    super(`${status} ${problem.code}: ${problem.detail}`);
    this.name = 'ProeffactuurApiError';
  }

  /** The stable error code. */
  get code(): string {
    return this.problem.code;
  }
}

/** What `submitRun` sends. */
export interface RunSubmission {
  /** The invoice's bytes. */
  readonly file: Uint8Array | Blob;
  readonly fileName?: string;
  /** A preset id (default `lenient`) or a stored profile id (`prf-…`). */
  readonly profile?: string;
  readonly supplierReference?: string;
  /** Where this run's events are POSTed (signed with `callback.secret` of the answer). */
  readonly callbackUrl?: string;
  /** Makes retries safe: the same key and content within 24 h give the same run. */
  readonly idempotencyKey?: string;
  /** Seconds (≤ 60) to wait for the verdict before answering. */
  readonly wait?: number;
}

/** Filters of `listRuns`. */
export interface RunFilters {
  readonly profile?: string;
  readonly verdict?: Verdict;
  readonly status?: RunStatus;
  /** A date (`2026-05-01`) or moment; runs created at or after it. */
  readonly createdFrom?: string;
  /** A date or moment; runs created before it. */
  readonly createdTo?: string;
  readonly limit?: number;
  readonly cursor?: string;
}

/** Client options. */
export interface ClientOptions {
  /** e.g. `http://localhost:3000` (no trailing `/api`). */
  readonly baseUrl: string;
  /** A buyer's API key; without it only preset runs and public endpoints work. */
  readonly apiKey?: string;
  /** The language of problem texts: `nl`, `de` or `fr` (English otherwise). */
  readonly language?: 'nl' | 'en' | 'de' | 'fr';
  /** Another fetch (tests, proxies). */
  readonly fetch?: typeof fetch;
}

const FINAL: ReadonlySet<RunStatus> = new Set(['completed', 'failed', 'timed_out']);

/** The client. */
export class ProeffactuurClient {
  private readonly baseUrl: string;
  private readonly fetch: typeof fetch;

  constructor(private readonly options: ClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  /** A client with another key (e.g. a read-only one). */
  withKey(apiKey: string | undefined): ProeffactuurClient {
    const { apiKey: _old, ...rest } = this.options;
    return new ProeffactuurClient({ ...rest, ...(apiKey !== undefined && { apiKey }) });
  }

  /** A raw request; resolves with the Response of a 2xx answer, throws `ProeffactuurApiError` otherwise. */
  async request(
    method: string,
    path: string,
    init: {
      query?: Record<string, string | number | undefined>;
      json?: unknown;
      body?: RequestInit['body'];
      headers?: Record<string, string>;
    } = {},
  ): Promise<Response> {
    const url = new URL(`${this.baseUrl}${path}`);
    for (const [key, value] of Object.entries(init.query ?? {}))
      if (value !== undefined) url.searchParams.set(key, String(value));
    const headers: Record<string, string> = { ...init.headers };
    if (this.options.apiKey) headers.authorization = `Bearer ${this.options.apiKey}`;
    if (this.options.language) headers['accept-language'] = this.options.language;
    let body = init.body;
    if (init.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(init.json);
    }
    const res = await this.fetch(url, { method, headers, ...(body !== undefined && { body }) });
    if (res.ok) return res;
    const text = await res.text();
    let problem: Problem;
    try {
      problem = JSON.parse(text) as Problem;
    } catch {
      problem = {
        type: 'about:blank',
        title: res.statusText,
        status: res.status,
        code: 'http_error',
        detail: text.slice(0, 500),
      };
    }
    const retryAfter = Number(res.headers.get('retry-after'));
    throw new ProeffactuurApiError(
      res.status,
      problem,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    );
  }

  private async json<T>(
    method: string,
    path: string,
    init: Parameters<ProeffactuurClient['request']>[2] = {},
  ): Promise<T> {
    return (await (await this.request(method, path, init)).json()) as T;
  }

  // --- runs ---

  /** Submits a sample invoice. With `wait`, the answer comes once the run finished (or the wait ran out). */
  async submitRun(submission: RunSubmission): Promise<Run & { replayed: boolean }> {
    const form = new FormData();
    if (submission.profile !== undefined) form.append('profile', submission.profile);
    if (submission.supplierReference !== undefined)
      form.append('supplierReference', submission.supplierReference);
    if (submission.callbackUrl !== undefined) form.append('callbackUrl', submission.callbackUrl);
    const blob =
      submission.file instanceof Blob
        ? submission.file
        : new Blob([submission.file as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
    form.append('file', blob, submission.fileName ?? 'invoice.pdf');
    const res = await this.request('POST', '/api/runs', {
      query: { wait: submission.wait },
      body: form,
      ...(submission.idempotencyKey !== undefined && {
        headers: { 'idempotency-key': submission.idempotencyKey },
      }),
    });
    const run = (await res.json()) as Run;
    return { ...run, replayed: res.headers.get('idempotent-replayed') === 'true' };
  }

  /** A run; with `wait` (≤ 60 s) the answer waits for it to finish. */
  getRun(id: string, options: { wait?: number } = {}): Promise<Run> {
    return this.json('GET', `/api/runs/${encodeURIComponent(id)}`, { query: { wait: options.wait } });
  }

  /** Waits (long-polling) until the run is finished or `timeoutMs` passed; returns it as it is then. */
  async waitForRun(id: string, timeoutMs = 120_000): Promise<Run> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const left = deadline - Date.now();
      const run = await this.getRun(id, { wait: Math.max(0, Math.min(60, Math.floor(left / 1000))) });
      if (FINAL.has(run.status) || Date.now() >= deadline) return run;
    }
  }

  /** A page of the buyer's runs, newest first. */
  async listRuns(filters: RunFilters = {}): Promise<Page<RunSummary>> {
    const body = await this.json<{ runs: RunSummary[]; nextCursor: string | null }>('GET', '/api/runs', {
      query: { ...filters },
    });
    return { items: body.runs, nextCursor: body.nextCursor };
  }

  /** Every run matching the filters, page by page. */
  async *allRuns(filters: Omit<RunFilters, 'cursor'> = {}): AsyncGenerator<RunSummary> {
    let cursor: string | undefined;
    do {
      const page = await this.listRuns({ ...filters, ...(cursor !== undefined && { cursor }) });
      yield* page.items;
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
  }

  /** The report as a self-contained HTML page. */
  async reportHtml(id: string, lang?: 'nl' | 'en' | 'de' | 'fr'): Promise<string> {
    return (
      await this.request('GET', `/api/runs/${encodeURIComponent(id)}/report.html`, { query: { lang } })
    ).text();
  }

  /** Erases a run's file, page images and report (the run keeps its id, times and verdict). */
  async deleteRun(id: string): Promise<void> {
    await this.request('DELETE', `/api/runs/${encodeURIComponent(id)}`);
  }

  // --- profiles ---

  /** Stores a new profile (version 1). */
  createProfile(profile: AcceptanceProfile): Promise<StoredProfile> {
    return this.json('POST', '/api/profiles', { json: profile });
  }

  /** Stores a new version of a profile. */
  updateProfile(id: string, profile: AcceptanceProfile): Promise<StoredProfile> {
    return this.json('PUT', `/api/profiles/${encodeURIComponent(id)}`, { json: profile });
  }

  /** The latest version of a profile. */
  getProfile(id: string): Promise<StoredProfile> {
    return this.json('GET', `/api/profiles/${encodeURIComponent(id)}`);
  }

  /** The buyer's profiles. */
  async listProfiles(): Promise<readonly ProfileSummary[]> {
    return (await this.json<{ profiles: readonly ProfileSummary[] }>('GET', '/api/profiles')).profiles;
  }

  // --- webhooks ---

  /** Registers a webhook; the answer carries the signing secret, once. */
  createWebhook(input: Schemas['WebhookCreate']): Promise<Webhook & { readonly secret: string }> {
    return this.json('POST', '/api/webhooks', { json: input });
  }

  /** The buyer's webhooks. */
  async listWebhooks(): Promise<Webhook[]> {
    return (await this.json<{ webhooks: Webhook[] }>('GET', '/api/webhooks')).webhooks;
  }

  /** A webhook. */
  getWebhook(id: string): Promise<Webhook> {
    return this.json('GET', `/api/webhooks/${encodeURIComponent(id)}`);
  }

  /** Changes a webhook. */
  updateWebhook(id: string, changes: Schemas['WebhookUpdate']): Promise<Webhook> {
    return this.json('PATCH', `/api/webhooks/${encodeURIComponent(id)}`, { json: changes });
  }

  /** Deletes a webhook and its deliveries. */
  async deleteWebhook(id: string): Promise<void> {
    await this.request('DELETE', `/api/webhooks/${encodeURIComponent(id)}`);
  }

  /** A page of a webhook's deliveries, newest first. */
  async listDeliveries(
    id: string,
    options: { status?: DeliveryStatus; limit?: number; cursor?: string } = {},
  ): Promise<Page<Delivery>> {
    const body = await this.json<{ deliveries: Delivery[]; nextCursor: string | null }>(
      'GET',
      `/api/webhooks/${encodeURIComponent(id)}/deliveries`,
      { query: { ...options } },
    );
    return { items: body.deliveries, nextCursor: body.nextCursor };
  }

  // --- the rest ---

  /** The preset profiles. */
  presets(): Promise<JsonAnswer<'listPresets'>> {
    return this.json('GET', '/api/presets');
  }

  /** Liveness: the process answers (the queue figures are in `GET /ready`). */
  health(): Promise<Health> {
    return this.json('GET', '/health');
  }
}

export { SIGNATURE_HEADER, verifyWebhookSignature, WebhookSignatureError } from './webhooks.js';
