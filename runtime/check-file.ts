/**
 * One run, as the server and the command line both do it: bytes + profile + time-out → Report, in a
 * pipeline worker, never throwing. A run that times out or whose worker fails still gets a report:
 * verdict `undetermined`, its `incomplete` note saying why (a run that could not finish never says
 * accepted).
 */

import type { AcceptanceProfile } from '../engine/model/profile.js';
import type { DocumentSummary, Incomplete, Report } from '../engine/model/report.js';
import type { ProgressEvent, RunInput } from '../engine/pipeline.js';
import { fileFacts } from '../engine/stages/intake.js';
import { unfinished, unfinishedReport } from '../engine/unfinished.js';
import { type PipelinePool, TaskTimeoutError } from './pool/pipeline-pool.js';

/** How one run ended. */
export type CheckOutcome =
  | { readonly status: 'completed'; readonly report: Report }
  | {
      readonly status: 'failed' | 'timed_out';
      /** The `undetermined` report that says why. */
      readonly report: Report;
      /** Why the run did not finish (also the report's `incomplete`). */
      readonly error: Incomplete;
      /** What went wrong, for the log (never shown to the user). */
      readonly cause: unknown;
    };

/** Options of {@link checkFile}. */
export interface CheckFileOptions {
  /** The run is stopped (its worker terminated) after this long. */
  readonly timeoutMs: number;
  readonly onProgress?: (event: ProgressEvent) => void;
  /** The file's facts when the caller has them already (saves hashing the bytes again). */
  readonly document?: DocumentSummary;
}

/** Checks one file in a worker of `pool`. Never throws. */
export async function checkFile(
  pool: PipelinePool,
  input: RunInput,
  profile: AcceptanceProfile,
  options: CheckFileOptions,
): Promise<CheckOutcome> {
  try {
    const report = await pool.check(input, profile, {
      timeoutMs: options.timeoutMs,
      ...(options.onProgress && { onProgress: options.onProgress }),
    });
    return { status: 'completed', report };
  } catch (cause) {
    const timedOut = cause instanceof TaskTimeoutError;
    const error = timedOut
      ? unfinished('run_timed_out', { seconds: Math.round(options.timeoutMs / 1000) })
      : unfinished('run_failed');
    const document = options.document ?? documentOf(input);
    return {
      status: timedOut ? 'timed_out' : 'failed',
      report: unfinishedReport(profile, document, error),
      error,
      cause,
    };
  }
}

function documentOf(input: RunInput): DocumentSummary {
  const { sha256, bytes, kind } = fileFacts(input);
  return { sha256, bytes, kind, ...(input.name !== undefined && { name: input.name }) };
}
