/**
 * The table of one file checked against several profiles: per profile its verdict and the findings
 * that differ between them, the findings they all share listed once. Pure (reports in, table out),
 * so the server's run sets and the command line (`proeffactuur check --profile A --profile B`) print
 * the same table. Notes (`info`) stay on each run's report page: the table is about what differs in
 * errors and warnings.
 */
import type { Finding, Verdict } from '../../engine/model/finding.js';
import type { Report } from '../../engine/model/report.js';

/** One column of the comparison: a profile (with its buyer) and its report once finished. */
export interface SetColumn {
  readonly report?: Report;
}

/** A finding as the table lists it. */
export type TableFinding = Pick<
  Finding,
  'checkId' | 'severity' | 'messageId' | 'message' | 'hint' | 'location'
>;

/** The table: the shared findings once, and per column (same order) the findings only some have. */
export interface SetTable {
  /** Findings every finished run has (only when at least two finished). */
  readonly common: readonly TableFinding[];
  /** Per column: the verdict (null until finished) and the findings not shared by all. */
  readonly columns: readonly {
    readonly verdict: Verdict | null;
    readonly differing: readonly TableFinding[];
  }[];
}

/** The identity of a finding across profiles: the same check saying the same thing at the same place. */
export function findingKey(finding: Finding): string {
  const at = finding.location;
  return [
    finding.checkId,
    finding.messageId,
    finding.severity,
    at?.field ?? '',
    at?.page ?? '',
    at?.channel ?? '',
  ].join('|');
}

const shown = (report: Report): Finding[] => report.findings.filter((f) => f.severity !== 'info');

const trim = (finding: Finding): TableFinding => ({
  checkId: finding.checkId,
  severity: finding.severity,
  messageId: finding.messageId,
  message: finding.message,
  ...(finding.hint && { hint: finding.hint }),
  ...(finding.location && { location: finding.location }),
});

/** Builds the table from the columns' reports (a column without a report has not finished). */
export function setTable(columns: readonly SetColumn[]): SetTable {
  const finished = columns.filter((c) => c.report !== undefined).map((c) => shown(c.report!));
  const shared = new Set<string>();
  if (finished.length >= 2) {
    const [first, ...rest] = finished.map((findings) => new Set(findings.map(findingKey)));
    for (const key of first!) if (rest.every((keys) => keys.has(key))) shared.add(key);
  }
  const common: TableFinding[] = [];
  if (shared.size > 0)
    for (const finding of finished[0]!) if (shared.has(findingKey(finding))) common.push(trim(finding));
  return {
    common,
    columns: columns.map((column) => ({
      verdict: column.report?.verdict ?? null,
      differing: column.report
        ? shown(column.report)
            .filter((f) => !shared.has(findingKey(f)))
            .map(trim)
        : [],
    })),
  };
}
