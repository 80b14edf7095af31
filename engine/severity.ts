/**
 * Severity of a finding whose weight depends on whether the profile states the rule itself. A rule the
 * buyer wrote down (e.g. `file.singleInvoice: true`) is enforced at the check's default severity
 * (usually `error`); the same check run on its built-in default only advises (usually `warning`), so a
 * lenient profile stays lenient. A severity the profile sets for the check always wins.
 */
import type { Severity } from './model/finding.js';
import type { AcceptanceProfile } from './model/profile.js';

/** `undefined` (the check's effective severity) when the profile states the rule, else `advisory`. */
export function ruleSeverity(
  profile: AcceptanceProfile,
  checkId: string,
  stated: boolean,
  advisory: Severity = 'warning',
): Severity | undefined {
  if (stated) return undefined;
  return profile.checks?.[checkId]?.severity ?? advisory;
}
