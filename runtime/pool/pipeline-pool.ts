/**
 * The pipeline's worker pool, typed: `check(bytes, profile)` and `pageImage(request)` in a worker
 * (a child process by default, see `worker-pool.ts`) under a time-out and a memory limit.
 * Page images the pipeline wants read come back to this (main) thread as requests and go to the
 * one shared OCR engine, so OCR workers are shared by every run; a run that ends (or is stopped)
 * has its remaining pages dropped.
 */

import type { AcceptanceProfile } from '../../engine/model/profile.js';
import type { Report } from '../../engine/model/report.js';
import { type OcrEngine, OcrEngineError } from '../../engine/ocr-engine.js';
import type { ProgressEvent, RunInput } from '../../engine/pipeline.js';
import type { PageImageRequest } from '../page-image-draw.js';
import { pipelineWorkerPath } from '../paths.js';
import type { EngineIncident, OcrRequest, WorkerResult, WorkerTask } from './pipeline-worker.js';
import { reviveError } from './serialized-error.js';
import { type Isolation, WorkerPool } from './worker-pool.js';

export { TaskFailedError, TaskOutOfMemoryError, TaskTimeoutError } from './worker-pool.js';

/** An error a run survived, on the main thread: the error revived with the worker's stack. */
export interface EngineFailure {
  readonly errorId: string;
  readonly stage?: string;
  readonly checkId?: string;
  readonly error: Error;
}

/** Options of the pipeline pool. */
export interface PipelinePoolOptions {
  /** The worker script (default: the compiled `pipeline-worker.js`). */
  readonly scriptPath?: string;
  /** The shared OCR engine; without one, runs that need OCR end undetermined. */
  readonly ocr?: OcrEngine;
  /** Child processes (default) or worker threads; see `worker-pool.ts` for why processes. */
  readonly isolation?: Isolation;
  /** Heap limit per worker in MB (default 1024). */
  readonly maxHeapMb?: number;
  /** Resident memory limit per worker in MB (child processes; default none). */
  readonly maxRssMb?: number;
  /** Extra environment of the worker processes. */
  readonly env?: Readonly<Record<string, string>>;
}

/** Runs the pipeline in worker threads. */
export class PipelinePool {
  private readonly pool: WorkerPool<WorkerTask, WorkerResult, ProgressEvent>;
  private readonly ocr: OcrEngine | undefined;

  constructor(size: number, options: PipelinePoolOptions = {}) {
    this.pool = new WorkerPool(options.scriptPath ?? pipelineWorkerPath, {
      size,
      ...(options.isolation && { isolation: options.isolation }),
      ...(options.maxHeapMb !== undefined && { maxHeapMb: options.maxHeapMb }),
      ...(options.maxRssMb !== undefined && { maxRssMb: options.maxRssMb }),
      ...(options.env && { env: options.env }),
    });
    this.ocr = options.ocr;
  }

  /** Number of workers. */
  get size(): number {
    return this.pool.size;
  }

  /** Workers started so far, replacements included. */
  get workersStarted(): number {
    return this.pool.workersStarted;
  }

  /**
   * Checks a file in a worker. Rejects with `TaskTimeoutError`, `TaskOutOfMemoryError` or
   * `TaskFailedError`.
   */
  check(
    input: RunInput,
    profile: AcceptanceProfile,
    options: {
      timeoutMs: number;
      onProgress?: (event: ProgressEvent) => void;
      /** Each error the run survived (its report's `incomplete` note has the same error id). */
      onFailure?: (failure: EngineFailure) => void;
      /** An uncaught error the run's worker raised after the report was returned (see `TaskOptions`). */
      onLateFault?: (error: Error) => void;
    },
  ): Promise<Report> {
    const { onFailure, ...taskOptions } = options;
    // A private copy is moved (not copied again) into the worker.
    const bytes = new Uint8Array(input.bytes);
    const ocr = this.ocr;
    const report = this.pool.run(
      {
        type: 'check',
        bytes,
        profile,
        ...(input.name !== undefined && { name: input.name }),
        ...(input.facts && { facts: input.facts }),
        ...(input.expectedSeller && { expectedSeller: input.expectedSeller }),
        ...(ocr && { ocrConcurrency: ocr.concurrency }),
      },
      {
        ...taskOptions,
        ...(onFailure && {
          onIncident: (incident: unknown) => {
            const { error, ...place } = incident as EngineIncident;
            onFailure({ ...place, error: reviveError(error) });
          },
        }),
        transfer: [bytes.buffer],
        onRequest: async (request, signal) => {
          const page = request as OcrRequest;
          if (!ocr || page.kind !== 'ocr') throw new OcrEngineError('ocr_unavailable', 'no OCR engine');
          return { value: await ocr.recognize(page.image, { dpi: page.dpi, signal }) };
        },
      },
    );
    return report as Promise<Report>;
  }

  /**
   * Draws a page image (PNG) in a worker; undefined when the file has no such page. Rejects with
   * `TaskTimeoutError` or `TaskFailedError`.
   */
  async pageImage(
    request: PageImageRequest,
    options: { timeoutMs: number },
  ): Promise<Uint8Array | undefined> {
    const bytes = new Uint8Array(request.bytes);
    const png = await this.pool.run(
      { ...request, type: 'page-image', bytes },
      { ...options, transfer: [bytes.buffer] },
    );
    return png instanceof Uint8Array ? png : undefined;
  }

  /** Stops the workers. */
  close(): Promise<void> {
    return this.pool.close();
  }
}
