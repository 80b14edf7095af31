/** A candidate value for a field while extraction weighs them (internal to `checks/fields`). */
import type { FieldId, FieldSource } from '../model/fields.js';
import type { Box } from '../model/geometry.js';
import type { IdCheck } from './validate.js';

/** A value found for a field, with the evidence behind its score. */
export interface Candidate {
  readonly field: FieldId;
  readonly value: string;
  readonly raw: string;
  /** 1-based page. */
  readonly page: number;
  readonly box: Box;
  /** The label as printed, when the value was read next to one. */
  readonly label?: string;
  /** Support for this value: label specificity × placement × fit of the text, plus context. */
  readonly score: number;
  readonly source: FieldSource;
  /** Mean OCR confidence (0–100) of the words, when the channel has confidences. */
  readonly ocrConfidence?: number;
  /** For ids: validation. */
  readonly check?: IdCheck;
  /** Line index on its page (for ordering and party lookups). */
  readonly line: number;
  /** For amounts: a currency printed next to it. */
  readonly currency?: string;
}
