/**
 * Retention: uploaded invoices, page images and reports are personal and financial data, kept for
 * `retentionDays` and then erased (as `DELETE /api/runs/:id` does). The sweep also forgets idempotency
 * keys older than 24 hours, finished webhook deliveries older than the retention period, and which
 * address uploaded a finished run once the day (UTC) it was counted for is over. It runs at
 * start and then every `intervalMs`; tests call `sweep()` with an injected clock.
 */

import type { IdempotencyStore } from '../store/idempotency.js';
import type { WebhookStore } from '../store/webhooks.js';
import type { RunService } from './runs.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Runs erased per database round, so one sweep never holds the event loop long. */
const BATCH = 200;

/** What one sweep did. */
export interface SweepResult {
  readonly runsErased: number;
  readonly idempotencyKeysForgotten: number;
  readonly deliveriesRemoved: number;
  /** Finished runs whose uploading address was forgotten. */
  readonly addressesForgotten: number;
}

/** The periodic erasure of old data. */
export class RetentionSweeper {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly deps: { runs: RunService; idempotency: IdempotencyStore; webhooks: WebhookStore },
    private readonly options: {
      retentionDays: number;
      intervalMs: number;
      now?: () => Date;
      log?: (error: unknown) => void;
      /**
       * Whether this process has the sweep's turn (several processes on PostgreSQL: exactly one of
       * them sweeps per interval, `ClusterTaskStore.claim`). Absent: always (one process).
       */
      turn?: () => Promise<boolean>;
      /** Told what each periodic sweep did (the server logs it). */
      onSwept?: (result: SweepResult) => void;
    },
  ) {}

  /** Erases what is past its time now. */
  async sweep(): Promise<SweepResult> {
    const now = this.options.now?.() ?? new Date();
    const cutoff = new Date(now.getTime() - this.options.retentionDays * DAY_MS);
    let runsErased = 0;
    for (;;) {
      const ids = await this.deps.runs.toErase(cutoff, BATCH);
      for (const id of ids) if ((await this.deps.runs.erase(id))?.erased) runsErased++;
      if (ids.length < BATCH) break;
      await new Promise((resolve) => setImmediate(resolve)); // let requests in between batches
    }
    return {
      runsErased,
      idempotencyKeysForgotten: await this.deps.idempotency.purge(now),
      deliveriesRemoved: await this.deps.webhooks.purge(cutoff.toISOString()),
      addressesForgotten: await this.deps.runs.forgetAddresses(
        new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS),
      ),
    };
  }

  /** Sweeps now and then every `intervalMs` (when this process has the turn). */
  start(): void {
    const run = (): void => {
      (async () => {
        if (this.options.turn && !(await this.options.turn())) return;
        const result = await this.sweep();
        this.options.onSwept?.(result);
      })().catch((error: unknown) => this.options.log?.(error));
    };
    run();
    this.timer = setInterval(run, this.options.intervalMs);
    this.timer.unref();
  }

  /** Stops the timer. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
