/** Helpers shared by the tests. */

import { registry } from '../checks/index.js';
import { defineCheck } from '../engine/check.js';
import type { DocumentModel } from '../engine/model/document.js';
import type { Finding } from '../engine/model/finding.js';
import type { AcceptanceProfile } from '../engine/model/profile.js';
import type { Report } from '../engine/model/report.js';
import { type PipelineOptions, runPipeline } from '../engine/pipeline.js';

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
  return runPipeline({ bytes, ...(name !== undefined && { name }) }, profile, { registry });
}

/** Runs the whole in-process pipeline with options (an OCR engine, a registry). */
export function checkWith(
  bytes: Uint8Array,
  profile: AcceptanceProfile,
  options: Partial<PipelineOptions>,
): Promise<Report> {
  return runPipeline({ bytes }, profile, { registry, ...options });
}

/** Runs the pipeline and returns the document model as the checks see it, with the report. */
export async function documentOf(
  bytes: Uint8Array,
  profile: AcceptanceProfile,
  options: Partial<PipelineOptions> = {},
): Promise<{ doc: DocumentModel; report: Report }> {
  let doc: DocumentModel | undefined;
  const capture = defineCheck({
    id: 'test.capture',
    title: { en: 'Capture', nl: 'Vastleggen', de: 'Capture', fr: 'Capture' },
    defaultSeverity: 'info',
    params: {},
    run: (seen) => {
      doc = seen;
      return [];
    },
  });
  const report = await runPipeline({ bytes }, profile, { ...options, registry: [capture] });
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
