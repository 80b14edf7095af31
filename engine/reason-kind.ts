/**
 * The three kinds of reason a verdict rests on, and the summary of which checks ran and passed. A check
 * declares its kind (`reasonKind`) or takes its family's; a finding carries the kind of its check, and
 * the report's `reason` lists the kinds of its errors in a fixed priority: a file the software cannot
 * read first (its data and routing cannot be judged reliably then), then wrong or missing data, then
 * delivery.
 */
import type { Finding, ReasonKind } from './model/finding.js';
import { REASON_KINDS } from './model/finding.js';
import type { CheckSummary } from './model/report.js';

/**
 * The kind each check family gives unless a check declares its own. Families not listed have no
 * kind: a test fails for any registered check without one, so a new family must be placed here.
 */
export const FAMILY_REASON_KINDS: Readonly<Record<string, ReasonKind>> = {
  file: 'unreadable',
  pdf: 'unreadable',
  pages: 'unreadable',
  text: 'unreadable',
  fonts: 'unreadable',
  images: 'unreadable',
  ocr: 'unreadable',
  channels: 'unreadable',
  content: 'unreadable',
  fields: 'data',
  totals: 'data',
  vat: 'data',
  nl: 'data',
  einvoice: 'data',
  software: 'delivery',
  // The e-mail around the invoice: too large, two invoices in one message, winmail.dat, a zip: the
  // invoice does not reach the buyer's software as one readable PDF.
  mail: 'delivery',
};

/** The family of a check id: `fields` for `fields.valid-vat-id`. */
export function checkFamily(checkId: string): string {
  const dot = checkId.indexOf('.');
  return dot < 0 ? checkId : checkId.slice(0, dot);
}

/** The kind of a check: its own declaration, else its family's; `undefined` when neither exists. */
export function checkReasonKind(check: {
  readonly id: string;
  readonly reasonKind?: ReasonKind | undefined;
}): ReasonKind | undefined {
  return check.reasonKind ?? FAMILY_REASON_KINDS[checkFamily(check.id)];
}

/** The kinds of the error findings, each once, in the fixed priority `unreadable`, `data`, `delivery`. */
export function verdictReason(findings: readonly Finding[]): ReasonKind[] {
  const kinds = new Set(
    findings.filter((finding) => finding.severity === 'error').map((finding) => finding.reasonKind),
  );
  return REASON_KINDS.filter((kind) => kinds.has(kind));
}

/**
 * Which of the checks that ran passed: a check fails with at least one error finding; a check that
 * could not run (`notRun`, it threw) is in neither list. Ids keep the order of `ran`.
 */
export function summarizeChecks(
  ran: readonly string[],
  findings: readonly Finding[],
  notRun: readonly string[] = [],
): CheckSummary {
  const withError = new Set(findings.filter((f) => f.severity === 'error').map((f) => f.checkId));
  const skipped = new Set(notRun);
  const failed = ran.filter((id) => withError.has(id));
  const passedIds = ran.filter((id) => !withError.has(id) && !skipped.has(id));
  return { run: ran.length, passed: passedIds.length, failed, passedIds };
}

/** The summary with `checkId` moved to the failed checks (a finding added after evaluation). */
export function withFailedCheck(summary: CheckSummary, checkId: string): CheckSummary {
  if (summary.failed.includes(checkId)) return summary;
  const passedIds = summary.passedIds.filter((id) => id !== checkId);
  return { ...summary, passed: passedIds.length, failed: [...summary.failed, checkId], passedIds };
}
