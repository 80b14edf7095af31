/**
 * Webhooks: run events (`run.completed`, `run.approved`, `run.rejected`) become deliveries, one per
 * subscribed webhook of the run's buyer and one to the run's own callback URL. Publishing only writes
 * rows; sending happens later, off the run's path, so a slow or dead receiver never holds up a run.
 *
 * Each attempt is signed: `Proeffactuur-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<raw body>" with the endpoint's secret>`. Receivers recompute it, compare in constant time,
 * and refuse a `t` more than 5 minutes from their clock (replays); `id` in the body identifies the
 * event across retries. A failed attempt (no answer within the time-out, or a non-2xx status) is
 * retried after `retryBaseMs`, doubled each time (plus up to 10% jitter), until `maxAttempts`.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { ENGINE_VERSION } from '../../engine/version.js';
import type { RunRecord } from '../store/runs.js';
import type { WebhookEvent, WebhookStore } from '../store/webhooks.js';
import { OutboundError, postJson } from './outbound.js';
import type { RunService } from './runs.js';

/** Header that carries the signature. */
export const SIGNATURE_HEADER = 'Proeffactuur-Signature';
/** How far a receiver should accept a signature's timestamp from its own clock. */
export const REPLAY_WINDOW_SECONDS = 300;
/** Longest wait between two attempts, whatever the back-off says. */
const MAX_BACKOFF_MS = 6 * 60 * 60 * 1000;

/** The hex HMAC-SHA256 of `<timestamp>.<body>`. */
export function signPayload(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** The value of the signature header for a body sent at `timestamp` (unix seconds). */
export function signatureHeader(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${signPayload(secret, timestamp, body)}`;
}

/** A run as an event carries it: no file name, no report (fetch those with the run's links). */
export function runEventView(run: RunRecord): Record<string, unknown> {
  return {
    id: run.id,
    status: run.status,
    verdict: run.verdict ?? null,
    profile: { id: run.profile.id, version: run.profile.version },
    supplierReference: run.supplierReference ?? null,
    createdAt: run.createdAt,
    finishedAt: run.finishedAt ?? null,
    links: { self: `/api/runs/${run.id}`, reportHtml: `/api/runs/${run.id}/report.html` },
  };
}

/** What the service needs to know. */
export interface WebhookOptions {
  /** Deadline of one attempt. */
  readonly timeoutMs: number;
  /** Attempts before a delivery is given up. */
  readonly maxAttempts: number;
  /** Wait before the first retry; doubled after every further failure. */
  readonly retryBaseMs: number;
  /** Refuse private, loopback and link-local addresses (production). */
  readonly refusePrivateUrls: boolean;
  /** Sends at the same time. */
  readonly concurrency?: number;
  /** The clock (tests inject one). */
  readonly now?: () => Date;
  /** Where unexpected errors go. */
  readonly log?: (error: unknown) => void;
  /** Told how each attempt ended: delivered, to be retried, or failed for good (for the metrics). */
  readonly onAttempt?: (outcome: 'delivered' | 'retry' | 'failed') => void;
}

/** Turns run events into signed, retried deliveries. */
export class WebhookService {
  private timer: NodeJS.Timeout | undefined;
  private stopped = true;
  private readonly inFlight = new Set<Promise<void>>();
  private pumping = false;
  private readonly onFinished = (run: RunRecord): void =>
    this.safely(() => this.publish(run, 'run.completed'));
  private readonly onReviewed = (run: RunRecord, decision: 'approved' | 'rejected', comment?: string): void =>
    this.safely(() =>
      this.publish(run, decision === 'approved' ? 'run.approved' : 'run.rejected', {
        review: { decision, comment: comment ?? null },
      }),
    );

  constructor(
    readonly store: WebhookStore,
    private readonly runs: RunService,
    readonly options: WebhookOptions,
  ) {}

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /** Runs `action` in the background, logging what it throws (event listeners: it never rejects). */
  private safely(action: () => Promise<unknown>): void {
    action().catch((error: unknown) => {
      this.options.log?.(error); // an event that cannot be queued must not break the run
    });
  }

  /** Subscribes to the run events and sends what is due (also what a previous process left). */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.runs.on('finished', this.onFinished);
    this.runs.on('reviewed', this.onReviewed);
    this.kick();
  }

  /** Stops sending; waits up to `graceMs` for attempts under way (unfinished ones are retried later). */
  async stop(graceMs: number): Promise<void> {
    this.stopped = true;
    this.runs.off('finished', this.onFinished);
    this.runs.off('reviewed', this.onReviewed);
    if (this.timer) clearTimeout(this.timer);
    const grace = new Promise((resolve) => setTimeout(resolve, graceMs).unref());
    await Promise.race([Promise.all(this.inFlight), grace]);
  }

  /** Queues an event of a run for its buyer's webhooks and its callback URL. Returns the event id. */
  async publish(run: RunRecord, event: WebhookEvent, extra: Record<string, unknown> = {}): Promise<string> {
    const eventId = `evt_${randomBytes(12).toString('base64url')}`;
    const now = this.now().toISOString();
    const payload = JSON.stringify({
      id: eventId,
      type: event,
      createdAt: now,
      data: { run: runEventView(run), ...extra },
    });
    const targets = run.buyerId ? await this.store.subscribers(run.buyerId, event) : [];
    for (const webhook of targets)
      await this.store.enqueue(
        {
          webhookId: webhook.id,
          runId: run.id,
          eventId,
          event,
          url: webhook.url,
          secret: webhook.secret,
          payload,
        },
        now,
      );
    if (run.callbackUrl && run.callbackSecret)
      await this.store.enqueue(
        { runId: run.id, eventId, event, url: run.callbackUrl, secret: run.callbackSecret, payload },
        now,
      );
    if (targets.length > 0 || run.callbackUrl) this.kick();
    return eventId;
  }

  /** Sends what is due soon, off the current call stack. */
  kick(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.pump(), 0);
    this.timer.unref();
  }

  /** Sends every delivery due now (bounded concurrency), then schedules the next wake-up. */
  async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      const concurrency = this.options.concurrency ?? 4;
      for (;;) {
        const free = concurrency - this.inFlight.size;
        if (this.stopped || free <= 0) break;
        const now = this.now();
        const due = await this.store.claimDue(
          now.toISOString(),
          new Date(now.getTime() + this.options.timeoutMs + 5000).toISOString(),
          free,
        );
        if (due.length === 0) break;
        for (const delivery of due) {
          const attempt = this.attempt(delivery).finally(() => {
            this.inFlight.delete(attempt);
            this.kick();
          });
          this.inFlight.add(attempt);
        }
      }
    } catch (error) {
      this.options.log?.(error);
    } finally {
      this.pumping = false;
    }
    try {
      await this.scheduleNext();
    } catch (error) {
      this.options.log?.(error);
    }
  }

  private async scheduleNext(): Promise<void> {
    if (this.stopped) return;
    const next = await this.store.nextDueAt();
    if (next === undefined) return;
    const wait = Math.min(Math.max(Date.parse(next) - this.now().getTime(), 10), 60_000);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.pump(), wait);
    this.timer.unref();
  }

  /** Waits until nothing is being sent (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all(this.inFlight);
  }

  private async attempt(delivery: {
    id: string;
    url: string;
    secret: string;
    payload: string;
    event: WebhookEvent;
    attempts: number;
  }): Promise<void> {
    const timestamp = Math.floor(this.now().getTime() / 1000);
    let outcome: { httpStatus?: number; error?: string };
    try {
      const res = await postJson(
        delivery.url,
        delivery.payload,
        {
          [SIGNATURE_HEADER]: signatureHeader(delivery.secret, timestamp, delivery.payload),
          'Proeffactuur-Event': delivery.event,
          'Proeffactuur-Delivery': delivery.id,
          'User-Agent': `Proeffactuur-Webhooks/${ENGINE_VERSION}`,
        },
        { timeoutMs: this.options.timeoutMs, refusePrivate: this.options.refusePrivateUrls },
      );
      outcome =
        res.status >= 200 && res.status < 300
          ? { httpStatus: res.status }
          : { httpStatus: res.status, error: `HTTP ${res.status}` };
    } catch (error) {
      outcome = { error: error instanceof OutboundError ? `${error.code}: ${error.message}` : String(error) };
    }
    try {
      const now = this.now();
      if (outcome.error === undefined) {
        await this.store.markDelivered(delivery.id, outcome.httpStatus!, now.toISOString());
        this.options.onAttempt?.('delivered');
        return;
      }
      const attempts = delivery.attempts + 1;
      const backoff = Math.min(this.options.retryBaseMs * 2 ** (attempts - 1), MAX_BACKOFF_MS);
      const next =
        attempts >= this.options.maxAttempts
          ? undefined
          : new Date(now.getTime() + backoff * (1 + Math.random() * 0.1)).toISOString();
      await this.store.markFailed(
        delivery.id,
        { ...(outcome.httpStatus !== undefined && { httpStatus: outcome.httpStatus }), error: outcome.error },
        now.toISOString(),
        next,
      );
      this.options.onAttempt?.(next === undefined ? 'failed' : 'retry');
    } catch (error) {
      this.options.log?.(error); // the database closed under us (shutdown): the lease makes it retry
    }
  }
}
