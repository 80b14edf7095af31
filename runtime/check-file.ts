/**
 * One run, as the server and the command line both do it: bytes + profile + time-out → Report, in a
 * pipeline worker, never throwing. A run that times out or whose worker fails still gets a report:
 * verdict `undetermined`, its `incomplete` note saying why (a run that could not finish never says
 * accepted).
 */

import { newErrorId } from '../engine/error-id.js';
import type { AcceptanceProfile } from '../engine/model/profile.js';
import type { DocumentSummary, Incomplete, Report } from '../engine/model/report.js';
import type { ProgressEvent, RunInput } from '../engine/pipeline.js';
import { fileFacts } from '../engine/stages/intake.js';
import { unfinished, unfinishedReport } from '../engine/unfinished.js';
import { type PipelinePool, TaskOutOfMemoryError, TaskTimeoutError } from './pool/pipeline-pool.js';

/**
 * An error of one run, for the operator's log: a stage or check that threw (the run went on), or
 * (neither `stage` nor `checkId`) the run itself failing (its worker crashed or threw). The report's
 * `incomplete` note shows the same `errorId`.
 */
export interface RunFailure {
  readonly errorId: string;
  readonly stage?: string;
  readonly checkId?: string;
  /**
   * The run's worker raised this uncaught error after the run's report was returned: the report
   * stands, but the error belongs to this run (the worker was replaced before its next run).
   */
  readonly late?: true;
  /** The error, with the stack from where it was thrown (in the worker). */
  readonly error: unknown;
}

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
  /** Each error of the run, to log (a time-out is not one: the outcome says `timed_out`). */
  readonly onFailure?: (failure: RunFailure) => void;
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
      ...(options.onFailure && { onFailure: options.onFailure }),
      onLateFault: (error) => options.onFailure?.({ errorId: newErrorId(), late: true, error }),
    });
    return { status: 'completed', report };
  } catch (cause) {
    const timedOut = cause instanceof TaskTimeoutError;
    const errorId = timedOut ? undefined : newErrorId();
    const error = timedOut
      ? unfinished('run_timed_out', { seconds: Math.round(options.timeoutMs / 1000) })
      : unfinished(cause instanceof TaskOutOfMemoryError ? 'run_out_of_memory' : 'run_failed', {}, errorId);
    if (errorId !== undefined) options.onFailure?.({ errorId, error: cause });
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
