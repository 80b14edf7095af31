/**
 * Live progress of one run as Server-Sent Events: `status` once on connect (where the run is now),
 * `progress` for each stage or page as the worker reports it, and `finished` with the whole run when it
 * ends, after which the stream closes. With several processes, the run may be checked by a worker
 * elsewhere: `RunService.observed` has its events too. A comment line every 15 s keeps proxies from closing an idle
 * stream. Pushed from the run service's events, never polled.
 */
import type { Request, Response } from 'express';
import type { ProgressEvent } from '../../engine/pipeline.js';
import type { RunService } from '../services/runs.js';
import { FINAL_STATUSES, type RunRecord } from '../store/runs.js';
import type { Run, SupplierRun } from './contracts.js';

/** How often an idle stream gets a keep-alive comment. */
const HEARTBEAT_MS = 15_000;

/** Streams a run's events to the response until it finishes or the client goes away. */
export async function streamRunEvents(
  runs: RunService,
  req: Request,
  res: Response,
  runId: string,
  view: (run: RunRecord & { progress?: ProgressEvent }) => Run | SupplierRun | Promise<Run | SupplierRun>,
): Promise<void> {
  res.status(200).set({
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  res.flushHeaders();

  const send = (event: string, data: unknown): void => {
    res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };

  let closed = false;
  let ending = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    runs.observed.off('progress', onProgress);
    runs.observed.off('finished', onFinished);
    res.end();
  };
  const onProgress = (id: string, event: ProgressEvent): void => {
    if (id === runId) send('progress', event);
  };
  const onFinished = (run: RunRecord): void => {
    if (run.id !== runId || ending) return;
    ending = true;
    // The view may read the database (waivers): sent when it is ready; a failure just ends the stream.
    Promise.resolve(view(run))
      .then((shown) => {
        if (!closed) send('finished', shown);
      })
      .catch(() => undefined)
      .finally(close);
  };
  // Subscribe before reading the run, so an ending in between is not missed.
  runs.observed.on('progress', onProgress);
  runs.observed.on('finished', onFinished);
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  req.on('close', close);

  const run = await runs.get(runId);
  // Finished (and answered by `onFinished`) or closed by the client while the run was read.
  if (closed || ending) return;
  if (!run) {
    close();
    return;
  }
  res.write('retry: 2000\n\n');
  if (FINAL_STATUSES.has(run.status)) {
    ending = true;
    try {
      const shown = await view(run);
      if (!closed) send('finished', shown);
    } finally {
      close();
    }
    return;
  }
  send('status', { status: run.status, ...(run.progress && { progress: run.progress }) });
}
