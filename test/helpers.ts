/** Helpers shared by the tests. */
import { defineCheck } from '../checks/engine/define-check.js';
import { type RunOptions, runCheck } from '../checks/engine/run-check.js';
import type { DocumentModel } from '../checks/model/document.js';
import type { Finding } from '../checks/model/finding.js';
import type { AcceptanceProfile } from '../checks/model/profile.js';
import type { Report } from '../checks/model/report.js';

/** A minimal valid profile, with overrides. */
export function testProfile(overrides: Partial<AcceptanceProfile> = {}): AcceptanceProfile {
  return { id: 'test', version: 1, name: 'Test', channels: 'text', ...overrides };
}

/** Runs the whole in-process pipeline on bytes. */
export function check(
  bytes: Uint8Array,
  profile: AcceptanceProfile = testProfile(),
  name?: string,
): Promise<Report> {
  return runCheck({ bytes, ...(name !== undefined && { name }) }, profile);
}

/** Runs the whole in-process pipeline with options (an OCR engine, a registry). */
export function checkWith(
  bytes: Uint8Array,
  profile: AcceptanceProfile,
  options: RunOptions,
): Promise<Report> {
  return runCheck({ bytes }, profile, options);
}

/** Runs the pipeline and returns the document model as the checks see it, with the report. */
export async function documentOf(
  bytes: Uint8Array,
  profile: AcceptanceProfile,
  options: RunOptions = {},
): Promise<{ doc: DocumentModel; report: Report }> {
  let doc: DocumentModel | undefined;
  const capture = defineCheck({
    id: 'test.capture',
    title: { en: 'Capture', nl: 'Vastleggen' },
    defaultSeverity: 'info',
    params: {},
    run: (seen) => {
      doc = seen;
      return [];
    },
  });
  const report = await runCheck({ bytes }, profile, { ...options, registry: [capture] });
  if (!doc) throw new Error('the pipeline did not reach evaluate');
  return { doc, report };
}

/** The findings of one check in a report. */
export function findingsOf(report: Report, checkId: string): Finding[] {
  return report.findings.filter((finding) => finding.checkId === checkId);
}

/** Message ids of one check's findings. */
export function messageIds(report: Report, checkId: string): string[] {
  return findingsOf(report, checkId).map((finding) => finding.messageId);
}
