/**
 * Waivers: a buyer may waive one check for one supplier ("our software copes with this"). A waived
 * check's findings stay in the report, marked `waived`, but no longer count: the verdict, its kinds of
 * reason and the check summary are recomputed with the same rules as `evaluate.ts`. Pure: the server
 * stores the waivers and decides which apply (`server/services/waivers.ts`); an expired one does not.
 */
import { decideVerdict } from './evaluate.js';
import type { Finding, FindingWaiver } from './model/finding.js';
import type { Report } from './model/report.js';
import { verdictReason } from './reason-kind.js';

/** A check waived for one supplier, as the marking needs it. */
export interface CheckWaiver {
  readonly checkId: string;
  readonly reason: string;
  /** ISO moment the waiver stops applying; absent: until removed. */
  readonly until?: string;
}

/** Whether a waiver applies at `now`: it has no expiry, or its expiry lies after `now`. */
export function waiverApplies(waiver: CheckWaiver, now: Date): boolean {
  return waiver.until === undefined || Date.parse(waiver.until) > now.getTime();
}

/** The findings that count for the verdict: every finding not waived. */
export function countingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.waived === undefined);
}

/**
 * The report with the findings of every applying waiver's check marked `waived` (reason, expiry), and
 * its verdict, `reason` and `checks` recomputed from the findings that still count. Waivers that do
 * not apply at `now` (expired) are ignored. A run that could not check everything stays `undetermined`
 * (or `rejected` by what still counts): a waiver never makes an incomplete run `accepted`. The same
 * report comes back (same object) when nothing applies.
 */
export function applyWaivers(report: Report, waivers: readonly CheckWaiver[], now: Date): Report {
  const byCheck = new Map<string, FindingWaiver>();
  for (const waiver of waivers)
    if (waiverApplies(waiver, now) && !byCheck.has(waiver.checkId))
      byCheck.set(waiver.checkId, {
        reason: waiver.reason,
        ...(waiver.until !== undefined && { until: waiver.until }),
      });
  if (!report.findings.some((finding) => byCheck.has(finding.checkId))) return report;

  const findings = report.findings.map((finding) => {
    const waived = byCheck.get(finding.checkId);
    return waived ? { ...finding, waived } : finding;
  });
  const counting = countingFindings(findings);
  const withError = new Set(counting.filter((f) => f.severity === 'error').map((f) => f.checkId));
  const checks = report.checks && {
    ...report.checks,
    failed: report.checks.failed.filter((id) => withError.has(id)),
    passedIds: [...report.checks.passedIds, ...report.checks.failed.filter((id) => !withError.has(id))],
  };
  return {
    ...report,
    verdict: decideVerdict(counting, report.incomplete),
    findings,
    ...(report.reason !== undefined && { reason: verdictReason(counting) }),
    ...(checks && { checks: { ...checks, passed: checks.passedIds.length } }),
  };
}
