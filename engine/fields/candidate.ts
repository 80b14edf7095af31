/** A candidate value for a field while the collectors gather them and `choose` weighs them. */
import type { FieldId, FieldSource } from '../model/fields.js';
import type { Box } from '../model/geometry.js';
import type { LabelHit } from './labels.js';
import { type Token, unionBox } from './layout.js';
import type { IdCheck } from './validate.js';
import type { ReadValue } from './values.js';

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

const meanConfidence = (tokens: readonly Token[]): number | undefined => {
  const values = tokens.map((t) => t.confidence).filter((c): c is number => c !== undefined);
  return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;
};

/**
 * The candidate a value read for a field makes, with `score` as its support. OCR words weigh in
 * with their confidence: a value read at 60% confidence keeps 80% of its score.
 */
export function candidateOf(
  field: FieldId,
  value: ReadValue,
  score: number,
  source: FieldSource,
  label?: LabelHit,
): Candidate {
  const first = value.tokens[0]!;
  const confidence = meanConfidence(value.tokens);
  return {
    field,
    value: value.value,
    raw: value.raw,
    page: first.page,
    box: unionBox(value.tokens.map((t) => t.box)),
    ...(label && { label: label.text }),
    score: confidence === undefined ? score : score * (0.5 + confidence / 200),
    source,
    ...(confidence !== undefined && { ocrConfidence: confidence }),
    ...(value.check && { check: value.check }),
    ...(value.currency && { currency: value.currency }),
    line: first.line,
  };
}
