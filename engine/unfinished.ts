/**
 * Reports for runs that could not finish (time-out, crashed worker, given up after restarts):
 * the verdict is always `undetermined` and the report says why.
 */
import { localize, type MessageVars } from './i18n/catalogue.js';
import type { AcceptanceProfile } from './model/profile.js';
import type { DocumentSummary, Incomplete, Report } from './model/report.js';
import { ENGINE_VERSION } from './version.js';

/** Why a run did not finish, with its message; `errorId` when an error (logged with that id) caused it. */
export function unfinished(
  code: 'run_timed_out' | 'run_failed' | 'run_interrupted' | 'run_out_of_memory',
  vars: MessageVars = {},
  errorId?: string,
): Incomplete {
  const messageId =
    code === 'run_timed_out'
      ? 'run.timed-out'
      : code === 'run_failed'
        ? 'run.failed'
        : code === 'run_out_of_memory'
          ? 'run.out-of-memory'
          : 'run.interrupted';
  return { code, message: localize(messageId, vars), ...(errorId !== undefined && { errorId }) };
}

/** The report of a run that could not finish. */
export function unfinishedReport(
  profile: Pick<AcceptanceProfile, 'id' | 'version'>,
  document: DocumentSummary,
  reason: Incomplete,
): Report {
  return {
    verdict: 'undetermined',
    profile: { id: profile.id, version: profile.version },
    findings: [],
    fields: {},
    channels: {},
    document,
    stages: [],
    incomplete: reason,
    reason: [],
    checks: { run: 0, passed: 0, failed: [], passedIds: [] },
    engine: { name: 'proeffactuur', version: ENGINE_VERSION },
  };
}
