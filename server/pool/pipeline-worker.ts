/**
 * Worker-thread entry of the pipeline pool: receives one file and profile at a time, runs
 * `runCheck`, posts progress and the report. Keeps pdf.js and friends off the HTTP thread.
 */
import { parentPort } from 'node:worker_threads';
import { type ProgressEvent, runCheck } from '../../checks/engine/run-check.js';
import type { AcceptanceProfile } from '../../checks/model/profile.js';
import type { Report } from '../../checks/model/report.js';
import type { WorkerMessage } from './worker-pool.js';

/** What the pool sends this worker. */
export interface PipelineTask {
  readonly bytes: Uint8Array;
  readonly name?: string;
  readonly profile: AcceptanceProfile;
}

const port = parentPort;
if (!port) throw new Error('pipeline-worker must run in a worker thread');

const post = (message: WorkerMessage<Report, ProgressEvent>): void => port.postMessage(message);

// A tiny one-page PDF with a line of text, checked once at start so that pdf.js and the stages are
// loaded and compiled before the first real file: the pool gives this worker no task (and starts no
// time-out) until it says it is ready.
const WARM_UP_PDF = new TextEncoder().encode(
  [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj',
    '4 0 obj << /Length 44 >> stream',
    'BT /F1 12 Tf 72 770 Td (Factuur warm-up) Tj ET',
    'endstream endobj',
    '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
    'trailer << /Root 1 0 R /Size 6 >>',
    '%%EOF',
  ].join('\n'),
);
const WARM_UP_PROFILE: AcceptanceProfile = { id: 'warm-up', version: 1, name: 'Warm-up', channels: 'text' };

runCheck({ bytes: WARM_UP_PDF }, WARM_UP_PROFILE)
  .catch(() => undefined) // a failed warm-up only means the first real run is slower
  .finally(() => post({ type: 'ready' }));

port.on('message', (task: PipelineTask) => {
  runCheck({ bytes: task.bytes, ...(task.name !== undefined && { name: task.name }) }, task.profile, {
    onProgress: (event) => post({ type: 'progress', event }),
  }).then(
    (report) => post({ type: 'result', result: report }),
    (error: unknown) =>
      post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
});
