/**
 * The pipeline's worker pool, typed: `check(bytes, profile)` in a worker thread under a time-out.
 * Page images the pipeline wants read come back to this (main) thread as requests and go to the
 * one shared OCR engine, so OCR workers are shared by every run; a run that ends (or is stopped)
 * has its remaining pages dropped.
 */
import { type OcrEngine, OcrEngineError } from '../../checks/engine/ocr-engine.js';
import type { ProgressEvent } from '../../checks/engine/run-check.js';
import type { AcceptanceProfile } from '../../checks/model/profile.js';
import type { Report } from '../../checks/model/report.js';
import { pipelineWorkerPath } from '../paths.js';
import type { OcrRequest, PipelineTask } from './pipeline-worker.js';
import { WorkerPool } from './worker-pool.js';

export { TaskFailedError, TaskTimeoutError } from './worker-pool.js';

/** Options of the pipeline pool. */
export interface PipelinePoolOptions {
  /** The worker script (default: the compiled `pipeline-worker.js`). */
  readonly scriptPath?: string;
  /** The shared OCR engine; without one, runs that need OCR end undetermined. */
  readonly ocr?: OcrEngine;
}

/** Runs the pipeline in worker threads. */
export class PipelinePool {
  private readonly pool: WorkerPool<PipelineTask, Report, ProgressEvent>;
  private readonly ocr: OcrEngine | undefined;

  constructor(size: number, options: PipelinePoolOptions = {}) {
    this.pool = new WorkerPool(options.scriptPath ?? pipelineWorkerPath, { size });
    this.ocr = options.ocr;
  }

  /** Number of workers. */
  get size(): number {
    return this.pool.size;
  }

  /** Checks a file in a worker. Rejects with `TaskTimeoutError` or `TaskFailedError`. */
  check(
    input: { bytes: Uint8Array; name?: string },
    profile: AcceptanceProfile,
    options: { timeoutMs: number; onProgress?: (event: ProgressEvent) => void },
  ): Promise<Report> {
    // A private copy is moved (not copied again) into the worker.
    const bytes = new Uint8Array(input.bytes);
    const ocr = this.ocr;
    return this.pool.run(
      {
        bytes,
        profile,
        ...(input.name !== undefined && { name: input.name }),
        ...(ocr && { ocrConcurrency: ocr.concurrency }),
      },
      {
        ...options,
        transfer: [bytes.buffer],
        onRequest: async (request, signal) => {
          const page = request as OcrRequest;
          if (!ocr || page.kind !== 'ocr') throw new OcrEngineError('ocr_unavailable', 'no OCR engine');
          return { value: await ocr.recognize(page.image, { dpi: page.dpi, signal }) };
        },
      },
    );
  }

  /** Stops the workers. */
  close(): Promise<void> {
    return this.pool.close();
  }
}
