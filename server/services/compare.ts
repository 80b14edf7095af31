/**
 * What changed between two tries: two finished runs compared finding by finding and field by field.
 * Findings are matched by check id and location (page and field); one that only the earlier run has is
 * fixed, one that only the later run has is new, one that both have is unchanged. Fields are listed
 * where their normalised value differs (including a field that appeared or disappeared). Who may
 * compare which runs is the routes' business (the same buyer, or the same invitation).
 */
import type { Finding } from '../../engine/model/finding.js';
import type { Report } from '../../engine/model/report.js';
import { HarnessError } from '../core/errors.js';
import type { RunRecord } from '../store/runs.js';

/** One side of a comparison. */
export interface ComparedRun {
  readonly id: string;
  readonly createdAt: string;
  readonly finishedAt: string | null;
  readonly verdict: string | null;
  readonly file: { readonly name: string | null; readonly sha256: string; readonly bytes: number };
  readonly profile: { readonly id: string; readonly version: number };
  readonly pageCount: number;
}

/** A field whose value changed. */
export interface ChangedField {
  readonly field: string;
  /** The value in the earlier run (null: not read). */
  readonly before: string | null;
  /** The value in the later run (null: not read). */
  readonly after: string | null;
}

/** The comparison of two runs. */
export interface RunComparison {
  /** The run of `:id`, the earlier try. */
  readonly before: ComparedRun;
  /** The run of `:other`, the later try. */
  readonly after: ComparedRun;
  readonly findings: {
    /** In the earlier run only. */
    readonly fixed: readonly Finding[];
    /** In the later run only. */
    readonly new: readonly Finding[];
    /** In both (as the later run reports it). */
    readonly unchanged: readonly Finding[];
  };
  readonly fields: readonly ChangedField[];
}

/** The key a finding is matched by: its check and where it is (page and field). */
export const findingKey = (finding: Finding): string =>
  [finding.checkId, finding.location?.page ?? '', finding.location?.field ?? ''].join('\u0000');

function reportOf(run: RunRecord): Report {
  if (run.erasedAt !== undefined) throw new HarnessError('run_erased');
  if (!run.report) throw new HarnessError('run_not_finished', { variant: 'report' });
  return run.report;
}

function side(run: RunRecord, report: Report): ComparedRun {
  return {
    id: run.id,
    createdAt: run.createdAt,
    finishedAt: run.finishedAt ?? null,
    verdict: run.verdict ?? null,
    file: { name: run.file.name ?? null, sha256: run.file.sha256, bytes: run.file.bytes },
    profile: { id: run.profile.id, version: run.profile.version },
    pageCount: report.document.pageCount ?? 0,
  };
}

/** Compares two finished runs: `before` (the earlier try) with `after`. */
export function compareRuns(before: RunRecord, after: RunRecord): RunComparison {
  const a = reportOf(before);
  const b = reportOf(after);
  // Multisets: two findings of one check on one page are two findings.
  const remaining = new Map<string, number>();
  for (const finding of a.findings)
    remaining.set(findingKey(finding), (remaining.get(findingKey(finding)) ?? 0) + 1);
  const unchanged: Finding[] = [];
  const added: Finding[] = [];
  for (const finding of b.findings) {
    const key = findingKey(finding);
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      unchanged.push(finding);
    } else added.push(finding);
  }
  const fixed: Finding[] = [];
  for (const finding of [...a.findings].reverse()) {
    const key = findingKey(finding);
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      fixed.unshift(finding);
    }
  }
  const fields: ChangedField[] = [];
  const names = new Set([...Object.keys(a.fields), ...Object.keys(b.fields)]);
  for (const field of names) {
    const was = (a.fields as Record<string, { value: string } | undefined>)[field]?.value ?? null;
    const is = (b.fields as Record<string, { value: string } | undefined>)[field]?.value ?? null;
    if (was !== is) fields.push({ field, before: was, after: is });
  }
  fields.sort((x, y) => x.field.localeCompare(y.field));
  return {
    before: side(before, a),
    after: side(after, b),
    findings: { fixed, new: added, unchanged },
    fields,
  };
}
