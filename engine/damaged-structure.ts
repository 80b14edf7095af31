/**
 * A PDF whose structure pdf.js gave up on while (or just after) the run read it: pdf.js rejects a
 * promise nobody awaits (a cached object fetch of a damaged cross-reference table), so the error
 * reaches no check. The run's worker sees it; this adds the `pdf.readable` finding it deserves and
 * decides the verdict again, so the supplier gets a clear finding instead of a failed run.
 */
import { findingFactory } from './check.js';
import { decideVerdict, sortFindings } from './evaluate.js';
import type { Report } from './model/report.js';
import { verdictReason, withFailedCheck } from './reason-kind.js';

/** The names of pdf.js's exceptions for a file it cannot parse (pdf.worker.mjs, `BaseException`s). */
const PDF_PARSE_ERRORS: ReadonlySet<string> = new Set([
  'FormatError',
  'XRefEntryException',
  'XRefParseException',
  'ParserEOFException',
  'InvalidPDFException',
  'MissingDataException',
  'UnknownErrorException',
  'PasswordException',
  'JpegError',
  'JpxError',
  'Jbig2Error',
  'DNLMarkerError',
  'EOIMarkerError',
]);

/** Whether an error (or its name) is one of pdf.js's exceptions for a file it cannot parse. */
export function isPdfParseError(error: unknown): boolean {
  const name = error instanceof Error ? error.name : (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' && PDF_PARSE_ERRORS.has(name);
}

/**
 * The report with an error finding `pdf.readable.structure-damaged` (once) and its verdict decided
 * again from the findings; `detail` is the parser's message (machine-readable data, not shown).
 */
export function withDamagedStructure(report: Report, detail: string): Report {
  if (report.findings.some((finding) => finding.messageId === 'pdf.readable.structure-damaged'))
    return report;
  const finding = findingFactory('pdf.readable', 'error')('pdf.readable.structure-damaged', {
    data: { detail: detail.slice(0, 300) },
  });
  const findings = sortFindings([finding, ...report.findings]);
  return {
    ...report,
    findings,
    verdict: decideVerdict(findings, report.incomplete),
    reason: verdictReason(findings),
    ...(report.checks && { checks: withFailedCheck(report.checks, 'pdf.readable') }),
  };
}
