/**
 * The Prometheus metrics (prom-client), registered in one place: runs by status and verdict, stage
 * and run durations, the queue, OCR pages, webhook deliveries, e-mails, upload refusals, and the
 * default process metrics. Fed by events that exist already (`RunService` `finished` and `progress`,
 * the mailer's `sent`/`failed`/`held`/`retry`, the webhook service's `onAttempt`), and read at
 * scrape time for the gauges. Labels carry only closed sets (statuses, verdicts, stage names, error
 * codes, mail kinds): never an id, a name or an address, so no buyer data leaves through `/metrics`.
 */
import type { EventEmitter } from 'node:events';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { ProgressEvent } from '../../engine/pipeline.js';
import type { RunRecord } from '../store/runs.js';
import type { RunService } from './runs.js';

/** Seconds: from a fast text-only stage to a long OCR run. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];

/** Stage names the pipeline reports; anything else is counted as `other` (labels stay a closed set). */
const STAGES = new Set(['intake', 'analyze', 'render', 'ocr', 'fields', 'evaluate']);

/** How a webhook delivery attempt ended. */
export type WebhookOutcome = 'delivered' | 'retry' | 'failed';

/** The metrics of one server process, in their own registry (tests start several servers in one process). */
export class Metrics {
  /** The registry `/metrics` renders. */
  readonly registry = new Registry();
  private readonly runsFinished: Counter<'status' | 'verdict'>;
  private readonly stageSeconds: Histogram<'stage'>;
  private readonly runSeconds: Histogram<'status'>;
  private readonly ocrPages: Counter;
  private readonly webhookDeliveries: Counter<'outcome'>;
  private readonly emails: Counter<'outcome' | 'kind'>;
  private readonly uploadRefusals: Counter<'code'>;
  private readonly detachers: (() => void)[] = [];

  constructor() {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.runsFinished = new Counter({
      name: 'proeffactuur_runs_finished_total',
      help: 'Runs that ended, by status (completed, failed, timed_out) and verdict.',
      labelNames: ['status', 'verdict'],
      registers,
    });
    this.stageSeconds = new Histogram({
      name: 'proeffactuur_stage_duration_seconds',
      help: 'Time of each pipeline stage that ran (render and ocr overlap), from the run reports.',
      labelNames: ['stage'],
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.runSeconds = new Histogram({
      name: 'proeffactuur_run_duration_seconds',
      help: 'Time from a run being taken from the queue until it ended, by status.',
      labelNames: ['status'],
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.ocrPages = new Counter({
      name: 'proeffactuur_ocr_pages_total',
      help: 'Pages read by OCR in runs.',
      registers,
    });
    this.webhookDeliveries = new Counter({
      name: 'proeffactuur_webhook_deliveries_total',
      help: 'Webhook delivery attempts by outcome: delivered, retry (failed, tried again later), failed (given up).',
      labelNames: ['outcome'],
      registers,
    });
    this.emails = new Counter({
      name: 'proeffactuur_emails_total',
      help: 'Outgoing e-mails by outcome (sent, retry, failed, held: kept in the outbox, no relay) and kind.',
      labelNames: ['outcome', 'kind'],
      registers,
    });
    this.uploadRefusals = new Counter({
      name: 'proeffactuur_upload_refusals_total',
      help: 'Uploads refused before a run was made, by error code (file_too_large, queue_full, rate_limited, ...).',
      labelNames: ['code'],
      registers,
    });
  }

  /**
   * Follows the run service's events and reads its queue at scrape time. `maxQueuedRuns` is the
   * queue's capacity (`MAX_QUEUED_RUNS`).
   */
  watchRuns(runs: RunService, maxQueuedRuns: number): void {
    const onFinished = (run: RunRecord | undefined): void => {
      if (run) this.runFinished(run);
    };
    const onProgress = (_runId: string, event: ProgressEvent): void => {
      if (event.stage === 'ocr' && event.page !== undefined) this.ocrPages.inc();
    };
    runs.on('finished', onFinished);
    runs.on('progress', onProgress);
    this.detachers.push(() => {
      runs.off('finished', onFinished);
      runs.off('progress', onProgress);
    });
    const registers = [this.registry];
    // Read at scrape time; a database that cannot answer leaves the gauges as they were.
    const stats = async (): Promise<Awaited<ReturnType<RunService['stats']>> | undefined> => {
      try {
        return await runs.stats();
      } catch {
        return undefined;
      }
    };
    new Gauge({
      name: 'proeffactuur_runs',
      help: 'Runs not yet finished, by state (queued, running).',
      labelNames: ['state'],
      registers,
      async collect() {
        const now = await stats();
        if (!now) return;
        this.set({ state: 'queued' }, now.queued);
        this.set({ state: 'running' }, now.running);
      },
    });
    new Gauge({
      name: 'proeffactuur_queue_depth',
      help: 'Runs waiting in the queue for a worker.',
      registers,
      async collect() {
        const now = await stats();
        if (now) this.set(now.queued);
      },
    });
    new Gauge({
      name: 'proeffactuur_queue_capacity',
      help: 'Most runs the queue holds before uploads get 503 queue_full (MAX_QUEUED_RUNS).',
      registers,
      collect() {
        this.set(maxQueuedRuns);
      },
    });
    new Gauge({
      name: 'proeffactuur_pipeline_workers',
      help: 'Worker threads of the pipeline pool (WORKERS).',
      registers,
      collect() {
        this.set(runs.activity().workers);
      },
    });
  }

  /** Follows a mailer's events (`sent`, `retry`, `failed`, `held`). */
  watchMailer(mailer: EventEmitter): void {
    const handlers = (['sent', 'retry', 'failed', 'held'] as const).map((outcome) => {
      const handler = (message: { kind?: string } | undefined): void =>
        this.emails.inc({ outcome, kind: message?.kind ?? 'unknown' });
      mailer.on(outcome, handler);
      return [outcome, handler] as const;
    });
    this.detachers.push(() => {
      for (const [outcome, handler] of handlers) mailer.off(outcome, handler);
    });
  }

  /** A webhook delivery attempt ended (the webhook service's `onAttempt`). */
  webhookAttempt(outcome: WebhookOutcome): void {
    this.webhookDeliveries.inc({ outcome });
  }

  /** An upload was refused with this error code. */
  uploadRefused(code: string): void {
    this.uploadRefusals.inc({ code });
  }

  private runFinished(run: RunRecord): void {
    this.runsFinished.inc({ status: run.status, verdict: run.verdict ?? 'none' });
    if (run.startedAt !== undefined && run.finishedAt !== undefined) {
      const seconds = (Date.parse(run.finishedAt) - Date.parse(run.startedAt)) / 1000;
      if (Number.isFinite(seconds) && seconds >= 0) this.runSeconds.observe({ status: run.status }, seconds);
    }
    for (const stage of run.report?.stages ?? []) {
      if (stage.skipped) continue;
      this.stageSeconds.observe({ stage: STAGES.has(stage.name) ? stage.name : 'other' }, stage.ms / 1000);
    }
  }

  /** The text Prometheus scrapes. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  /** The content type of {@link render}'s text. */
  get contentType(): string {
    return this.registry.contentType;
  }

  /** Stops following events (the gauges stay registered). */
  close(): void {
    for (const detach of this.detachers.splice(0)) detach();
  }
}
