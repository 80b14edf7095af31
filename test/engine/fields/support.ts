/** Helpers for the field tests: extraction from placed words, and one check run over a document. */
import type { AnyCheck } from '../../../engine/check.js';
import { evaluate } from '../../../engine/evaluate.js';
import { readChannelFields } from '../../../engine/fields/read-fields.js';
import type { DocumentModel } from '../../../engine/model/document.js';
import type { ChannelFields } from '../../../engine/model/fields.js';
import type { Finding } from '../../../engine/model/finding.js';
import type { AcceptanceProfile } from '../../../engine/model/profile.js';
import { readFields } from '../../../engine/stages/fields.js';
import { docOf, type Placed, words } from '../../fixtures/words.js';
import { testProfile } from '../../helpers.js';

/** What the text layer reads from some placed runs on one A4 page. */
export function read(placed: readonly Placed[], channel: 'text' | 'ocr' = 'text'): ChannelFields {
  return readChannelFields(
    [{ page: 1, width: 595.28, height: 841.89, words: words(placed, channel === 'ocr' ? 90 : undefined) }],
    { channel },
  );
}

/** A fixed moment for date checks: 1 March 2026, noon in Amsterdam. */
export const NOW = new Date('2026-03-01T11:00:00Z');

/** The findings of one check on a document model (its fields read first), with the clock fixed. */
export function runOne(
  check: AnyCheck,
  doc: DocumentModel,
  profile: AcceptanceProfile = testProfile(),
  now: Date = NOW,
): Finding[] {
  return evaluate(readFields(doc, profile), profile, [check], { now }).findings;
}

/** A one-page text document of placed runs. */
export const textDoc = (placed: readonly Placed[]): DocumentModel => docOf([words(placed)]);
