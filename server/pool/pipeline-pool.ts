/** The pipeline's worker pool, typed: `check(bytes, profile)` in a worker thread under a time-out. */
import type { ProgressEvent } from '../../checks/engine/run-check.js';
import type { AcceptanceProfile } from '../../checks/model/profile.js';
import type { Report } from '../../checks/model/report.js';
import { pipelineWorkerPath } from '../paths.js';
import type { PipelineTask } from './pipeline-worker.js';
import { WorkerPool } from './worker-pool.js';

export { TaskFailedError, TaskTimeoutError } from './worker-pool.js';

/** Runs the pipeline in worker threads. */
export class PipelinePool {
  private readonly pool: WorkerPool<PipelineTask, Report, ProgressEvent>;

  constructor(size: number, scriptPath: string = pipelineWorkerPath) {
    this.pool = new WorkerPool(scriptPath, { size });
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
    return this.pool.run(
      { bytes, profile, ...(input.name !== undefined && { name: input.name }) },
      { ...options, transfer: [bytes.buffer] },
    );
  }

  /** Stops the workers. */
  close(): Promise<void> {
    return this.pool.close();
  }
}
