/** The public JSON shapes of a run: whole (`GET /api/runs/:id`) and in a list (see `contracts.ts`). */
import type { ProgressEvent } from '../../engine/pipeline.js';
import type { RunRecord } from '../store/runs.js';
import type { Run, RunSummary } from './contracts.js';

const links = (id: string): Run['links'] => ({
  self: `/api/runs/${id}`,
  reportHtml: `/api/runs/${id}/report.html`,
});

/** The public JSON shape of a run (the `Run` contract). */
export function runView(run: RunRecord & { progress?: ProgressEvent }): Run {
  return {
    id: run.id,
    status: run.status,
    profile: { id: run.profile.id, version: run.profile.version },
    file: run.erasedAt ? null : run.file,
    supplierReference: run.supplierReference ?? null,
    callbackUrl: run.callbackUrl ?? null,
    createdAt: run.createdAt,
    startedAt: run.startedAt ?? null,
    finishedAt: run.finishedAt ?? null,
    erasedAt: run.erasedAt ?? null,
    verdict: run.verdict ?? null,
    ...(run.progress !== undefined && { progress: run.progress }),
    ...(run.error && { error: run.error }),
    report: run.report ?? null,
    ...(run.parentRunId !== undefined && { parentRunId: run.parentRunId }),
    ...(run.childRunIds !== undefined && { childRunIds: [...run.childRunIds] }),
    links: links(run.id),
  };
}

/** A run in a list: no report (the `RunSummary` contract). */
export function runSummary(run: RunRecord): RunSummary {
  return {
    id: run.id,
    status: run.status,
    profile: { id: run.profile.id, version: run.profile.version },
    supplierReference: run.supplierReference ?? null,
    fileName: run.file.name ?? null,
    createdAt: run.createdAt,
    finishedAt: run.finishedAt ?? null,
    erasedAt: run.erasedAt ?? null,
    verdict: run.verdict ?? null,
    ...(run.parentRunId !== undefined && { parentRunId: run.parentRunId }),
    links: links(run.id),
  };
}
