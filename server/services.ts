/** Wires the store, the pipeline pool, the shared OCR engine and the run service from a configuration. */
import { checkLanguageData } from '../checks/adapters/tesseract.js';
import { type Config, loadOcrConfig, type OcrConfig } from './config.js';
import { OcrHost } from './ocr/ocr-host-client.js';
import { PipelinePool } from './pool/pipeline-pool.js';
import { RunService } from './runs.js';
import { BlobStore } from './store/blobs.js';
import { openDatabase } from './store/database.js';
import { RunStore } from './store/runs.js';

/** Everything with a lifetime, so it can be closed in order. */
export interface Services {
  readonly runs: RunService;
  /** The shared OCR engine (its threads start on the first page that needs OCR). */
  readonly ocr: OcrHost;
  close(graceMs?: number): Promise<void>;
}

/**
 * Opens the database and blob store, starts the worker pool and resumes queued runs. Throws an
 * `OcrSetupError` with a plain message when OCR language data is missing, before anything starts.
 */
export function startServices(
  config: Pick<Config, 'dataDir' | 'workers' | 'runTimeoutMs' | 'maxQueuedRuns'> & { ocr?: OcrConfig },
  options: { workerScript?: string } = {},
): Services {
  const ocrConfig = config.ocr ?? loadOcrConfig({});
  checkLanguageData(ocrConfig.languages);
  const db = openDatabase(config.dataDir);
  const ocr = new OcrHost(ocrConfig);
  const pool = new PipelinePool(config.workers, {
    ...(options.workerScript && { scriptPath: options.workerScript }),
    ocr,
  });
  const runs = new RunService(new RunStore(db), new BlobStore(config.dataDir), pool, {
    runTimeoutMs: config.runTimeoutMs,
    maxQueuedRuns: config.maxQueuedRuns,
  });
  runs.start();
  return {
    runs,
    ocr,
    async close(graceMs = 10_000) {
      await runs.stop(graceMs);
      await ocr.close();
      db.close();
    },
  };
}
