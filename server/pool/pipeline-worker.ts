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

port.on('message', (task: PipelineTask) => {
  runCheck({ bytes: task.bytes, ...(task.name !== undefined && { name: task.name }) }, task.profile, {
    onProgress: (event) => post({ type: 'progress', event }),
  }).then(
    (report) => post({ type: 'result', result: report }),
    (error: unknown) =>
      post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
});

post({ type: 'ready' });
