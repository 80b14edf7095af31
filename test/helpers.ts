/** Helpers shared by the tests. */
import { runCheck } from '../checks/engine/run-check.js';
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

/** The findings of one check in a report. */
export function findingsOf(report: Report, checkId: string): Finding[] {
  return report.findings.filter((finding) => finding.checkId === checkId);
}

/** Message ids of one check's findings. */
export function messageIds(report: Report, checkId: string): string[] {
  return findingsOf(report, checkId).map((finding) => finding.messageId);
}
