/**
 * Stage "evaluate": runs every check the profile enables over the finished document model and
 * decides the verdict.
 */

import { type AnyCheck, findingFactory } from './check.js';
import { newErrorId, type OnEngineError } from './error-id.js';
import { localize } from './i18n/catalogue.js';
import type { DocumentModel } from './model/document.js';
import type { ExpectedSeller } from './model/expected-seller.js';
import type { Finding, Severity, Verdict } from './model/finding.js';
import type { AcceptanceProfile } from './model/profile.js';
import type { CheckSummary, Incomplete } from './model/report.js';
import { checkReasonKind, summarizeChecks } from './reason-kind.js';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then information; within a severity, by page. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.location?.page ?? 0) - (b.location?.page ?? 0),
  );
}

/** A check's parameters: declared defaults overlaid with the profile's values. */
export function resolveParams(check: AnyCheck, profile: AcceptanceProfile): Record<string, unknown> {
  const defaults = Object.fromEntries(
    Object.entries(check.params).map(([name, schema]) => [name, schema.default]),
  );
  return { ...defaults, ...profile.checks?.[check.id]?.params };
}

/** Whether a profile runs a check. */
export function isEnabled(check: AnyCheck, profile: AcceptanceProfile): boolean {
  return profile.checks?.[check.id]?.enabled ?? check.defaultEnabled ?? true;
}

/** Formats a moment as its calendar day in the Netherlands (built once: a formatter costs ~0.4 ms). */
const DUTCH_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day of a moment in the Netherlands, `YYYY-MM-DD`. */
export function dayInNetherlands(moment: Date): string {
  return DUTCH_DAY.format(moment);
}

/**
 * The findings of every enabled check, the summary of the checks that ran (`checks`), and an
 * `incomplete` note when a check itself failed. The note has one error id; `onError` gets each failed
 * check's error with that id.
 */
export function evaluate(
  doc: DocumentModel,
  profile: AcceptanceProfile,
  registry: readonly AnyCheck[],
  options: {
    readonly now?: Date;
    readonly onError?: OnEngineError;
    /** The run's master data of the supplier (`CheckContext.expectedSeller`). */
    readonly expectedSeller?: ExpectedSeller;
  } = {},
): { findings: Finding[]; checks: CheckSummary; incomplete?: Incomplete } {
  const today = dayInNetherlands(options.now ?? new Date());
  const findings: Finding[] = [];
  const failed: string[] = [];
  const ran: string[] = [];
  let errorId: string | undefined;
  const scope = doc.file.kind === 'email' ? 'mail' : 'file';
  for (const check of registry) {
    if ((check.scope ?? 'file') !== scope || !isEnabled(check, profile)) continue;
    ran.push(check.id);
    const severity = profile.checks?.[check.id]?.severity ?? check.defaultSeverity;
    const context = {
      params: resolveParams(check, profile),
      profile,
      today,
      ...(options.expectedSeller && { expectedSeller: options.expectedSeller }),
      finding: findingFactory(check.id, severity, checkReasonKind(check)),
    };
    try {
      const found = check.run(doc, context);
      findings.push(...found);
      if (found.length === 0 && check.appliesTo && !check.appliesTo(doc, profile, context)) ran.pop();
    } catch (error) {
      failed.push(check.id);
      errorId ??= newErrorId();
      options.onError?.(error, { checkId: check.id, errorId });
    }
  }
  const sorted = sortFindings(findings);
  const checks = summarizeChecks(ran, sorted, failed);
  if (failed.length === 0 || errorId === undefined) return { findings: sorted, checks };
  return {
    findings: sorted,
    checks,
    incomplete: {
      code: 'check_failed',
      message: localize('run.check-failed', { checks: failed.join(', ') }),
      errorId,
    },
  };
}

/** Any error rejects; otherwise a run that could not check everything is undetermined. */
export function decideVerdict(findings: readonly Finding[], incomplete?: Incomplete): Verdict {
  if (findings.some((finding) => finding.severity === 'error')) return 'rejected';
  return incomplete ? 'undetermined' : 'accepted';
}
