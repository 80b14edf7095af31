/**
 * A pool of tesseract.js workers: started on first use and then reused, `size` pages read at once,
 * a bounded queue of waiting pages (first come, first served, so the pages of one document spread
 * over the workers), a per-page time-out that stops the stuck worker, and every failure turned into
 * a rejected promise. Runs in whichever thread creates it: the OCR host thread for the server and
 * the CLI (`ocr-host.ts`), the test process itself in tests.
 */

import {
  checkLanguageData,
  languageFolder,
  startTesseractWorker,
  validateLanguageData,
} from '../../engine/adapters/tesseract.js';
import {
  type GreyImage,
  type OcrEngine,
  OcrEngineError,
  type OcrRequestOptions,
  type OcrResult,
} from '../../engine/ocr-engine.js';

/** One worker as the pool sees it. */
export interface PoolWorker {
  recognize(image: GreyImage, dpi: number): Promise<OcrResult>;
  terminate(): Promise<void>;
}

/** Starts a worker; `onDeath` is called if its thread dies on its own later. */
export type WorkerFactory = (onDeath: (error: Error) => void) => Promise<PoolWorker>;

/** Pool settings. */
export interface TesseractPoolOptions {
  /** Workers (pages read at once). */
  readonly size: number;
  /** Longest time one page may take on a worker before it is stopped (ms). */
  readonly pageTimeoutMs: number;
  /** Most pages waiting for a worker; more are refused with `ocr_busy`. */
  readonly maxQueued: number;
  /** Starts one worker. */
  readonly factory: WorkerFactory;
  /** After a failed start, wait this long before starting a worker again (default 5 s). */
  readonly startRetryMs?: number;
}

interface Job {
  readonly image: GreyImage;
  readonly dpi: number;
  readonly resolve: (result: OcrResult) => void;
  readonly reject: (error: OcrEngineError) => void;
  settled: boolean;
}

interface Slot {
  worker: PoolWorker | undefined;
  busy: boolean;
  /** Set while the slot's worker is starting. */
  starting?: Promise<void> | undefined;
  /** Fails the page being read (set while busy). */
  failure?: ((error: OcrEngineError) => void) | undefined;
}

/** Counters for /health and the benchmark. */
export interface PoolStats {
  readonly workers: number;
  readonly busy: number;
  readonly queued: number;
}

export class TesseractPool implements OcrEngine {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private closed = false;
  /** The last failed worker start, so a broken set-up is not retried for every page. */
  private startFailure: { at: number; error: OcrEngineError } | undefined;
  private readonly startRetryMs: number;

  constructor(private readonly options: TesseractPoolOptions) {
    if (options.size < 1) throw new Error('the OCR pool needs at least one worker');
    this.startRetryMs = options.startRetryMs ?? 5000;
  }

  /** Pages read at once. */
  get concurrency(): number {
    return this.options.size;
  }

  /** Workers started, busy, and pages waiting. */
  stats(): PoolStats {
    return {
      workers: this.slots.filter((slot) => slot.worker).length,
      busy: this.slots.filter((slot) => slot.busy).length,
      queued: this.queue.length,
    };
  }

  recognize(image: GreyImage, options: OcrRequestOptions): Promise<OcrResult> {
    if (this.closed) return Promise.reject(new OcrEngineError('ocr_unavailable', 'the OCR pool is closed'));
    if (options.signal?.aborted) return Promise.reject(new OcrEngineError('ocr_cancelled', 'cancelled'));
    if (this.queue.length >= this.options.maxQueued)
      return Promise.reject(
        new OcrEngineError('ocr_busy', `the OCR queue is full (${this.options.maxQueued} pages waiting)`),
      );
    return new Promise<OcrResult>((resolve, reject) => {
      const job: Job = { image, dpi: options.dpi, resolve, reject, settled: false };
      options.signal?.addEventListener(
        'abort',
        () => {
          // A waiting page is dropped; a page being read finishes, and its result is thrown away.
          const at = this.queue.indexOf(job);
          if (at >= 0) this.queue.splice(at, 1);
          this.settle(job, { error: new OcrEngineError('ocr_cancelled', 'cancelled') });
        },
        { once: true },
      );
      this.queue.push(job);
      this.dispatch();
    });
  }

  private settle(job: Job, outcome: { result: OcrResult } | { error: OcrEngineError }): void {
    if (job.settled) return;
    job.settled = true;
    if ('result' in outcome) job.resolve(outcome.result);
    else job.reject(outcome.error);
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      const idle = this.slots.find((slot) => slot.worker && !slot.busy && !slot.starting);
      if (idle) {
        this.execute(idle, this.queue.shift()!);
        continue;
      }
      // Start another worker while there is waiting work not covered by workers already starting,
      // unless a start failed a moment ago (then do not retry in a loop).
      const starting = this.slots.filter((slot) => slot.starting !== undefined).length;
      const failure = this.startFailure;
      const mayStart = !failure || Date.now() - failure.at >= this.startRetryMs;
      if (this.slots.length < this.options.size && starting < this.queue.length && mayStart) {
        this.start();
        continue;
      }
      // Nothing runs, nothing starts, and starting just failed: what waits would wait for nothing.
      if (failure && !mayStart && this.slots.length === 0)
        for (const job of this.queue.splice(0)) this.settle(job, { error: failure.error });
      return;
    }
  }

  private start(): void {
    const slot: Slot = { worker: undefined, busy: false };
    this.slots.push(slot);
    slot.starting = this.options
      .factory((error) => this.onDeath(slot, error))
      .then(
        (worker) => {
          slot.starting = undefined;
          if (this.closed || !this.slots.includes(slot)) {
            void worker.terminate();
            return;
          }
          this.startFailure = undefined;
          slot.worker = worker;
          this.dispatch();
        },
        (error: unknown) => {
          slot.starting = undefined;
          this.remove(slot);
          const message = error instanceof Error ? error.message : String(error);
          this.startFailure = {
            at: Date.now(),
            error: new OcrEngineError('ocr_unavailable', message, { cause: error }),
          };
          this.dispatch();
        },
      );
  }

  private remove(slot: Slot): void {
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
  }

  /** Stops a worker that timed out or died, and lets the queue start a replacement. */
  private retire(slot: Slot): void {
    this.remove(slot);
    const worker = slot.worker;
    slot.worker = undefined;
    if (worker) void worker.terminate().catch(() => undefined);
    this.dispatch();
  }

  private onDeath(slot: Slot, error: Error): void {
    slot.failure?.(
      new OcrEngineError('ocr_failed', `the OCR worker died: ${error.message}`, { cause: error }),
    );
    if (!slot.busy) this.retire(slot);
  }

  private execute(slot: Slot, job: Job): void {
    const worker = slot.worker!;
    slot.busy = true;
    let finished = false;
    const finish = (outcome: { result: OcrResult } | { error: OcrEngineError }, healthy: boolean): void => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      slot.busy = false;
      slot.failure = undefined;
      this.settle(job, outcome);
      if (healthy) this.dispatch();
      else this.retire(slot);
    };
    const timer = setTimeout(
      () =>
        finish(
          {
            error: new OcrEngineError(
              'ocr_timeout',
              `OCR of one page took longer than ${Math.round(this.options.pageTimeoutMs / 1000)} s`,
            ),
          },
          false,
        ),
      this.options.pageTimeoutMs,
    );
    slot.failure = (error) => finish({ error }, false);
    worker.recognize(job.image, job.dpi).then(
      (result) => finish({ result }, true),
      (error: unknown) =>
        finish(
          {
            error:
              error instanceof OcrEngineError
                ? error
                : new OcrEngineError('ocr_failed', String(error), { cause: error }),
          },
          // A failed job leaves tesseract's state unknown: replace the worker.
          false,
        ),
    );
  }

  /** Stops every worker; waiting pages are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0))
      this.settle(job, { error: new OcrEngineError('ocr_unavailable', 'the OCR pool is closed') });
    const slots = this.slots.splice(0);
    await Promise.all(
      slots.map(async (slot) => {
        slot.failure?.(new OcrEngineError('ocr_unavailable', 'the OCR pool is closed'));
        await slot.starting;
        await slot.worker?.terminate().catch(() => undefined);
      }),
    );
  }
}

/** What a tesseract pool needs to know (from the configuration). */
export interface OcrSettings {
  /** Workers (`OCR_WORKERS`). */
  readonly workers: number;
  /** Per-page time-out in ms (`OCR_PAGE_TIMEOUT_SECONDS`). */
  readonly pageTimeoutMs: number;
  /** Languages, first preferred (`OCR_LANGUAGES`, e.g. `nld+eng`). */
  readonly languages: readonly string[];
  /** Most pages waiting for a worker (default 200). */
  readonly maxQueued?: number;
  /** Folder under which the language folder is made (default: the OS temporary folder). */
  readonly langParent?: string;
}

/**
 * A pool of real tesseract.js workers. The language data is fully validated before the first
 * worker loads it (a damaged model crashes tesseract.js), once per pool.
 */
export function createTesseractPool(settings: OcrSettings): TesseractPool {
  let folder: string | undefined;
  const prepare = (): string => {
    if (folder) return folder;
    const files = checkLanguageData(settings.languages);
    for (const file of files) validateLanguageData(file);
    folder = languageFolder(settings.languages, settings.langParent);
    return folder;
  };
  return new TesseractPool({
    size: settings.workers,
    pageTimeoutMs: settings.pageTimeoutMs,
    maxQueued: settings.maxQueued ?? 200,
    factory: async (onDeath) => {
      let langFolder: string;
      try {
        langFolder = prepare();
      } catch (error) {
        throw new OcrEngineError('ocr_unavailable', (error as Error).message, { cause: error });
      }
      return startTesseractWorker({ languages: settings.languages, langFolder, onError: onDeath });
    },
  });
}
