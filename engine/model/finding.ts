import type { Box } from './geometry.js';

/** How much a finding weighs: `error` makes the verdict `rejected`. */
export type Severity = 'error' | 'warning' | 'info';

/** A text in both user languages. */
export interface LocalizedText {
  readonly nl: string;
  readonly en: string;
}

/** The user languages. */
export type Lang = keyof LocalizedText;

/** Where a finding is in the document. Pages are 1-based here, as people count them. */
export interface FindingLocation {
  /** 1-based page number. */
  readonly page?: number;
  /** Box on that page in points, top-left origin. */
  readonly box?: Box;
  /** Invoice field the finding is about. */
  readonly field?: string;
  /** Channel that saw it: the text layer or OCR. */
  readonly channel?: 'text' | 'ocr';
}

/** One result of one check: a problem, a warning or a piece of information, with its fix. */
export interface Finding {
  /** The check that produced it, e.g. `pdf.encrypted`. */
  readonly checkId: string;
  /** Weight of the finding after the profile's overrides. */
  readonly severity: Severity;
  /** Stable message id from the catalogue, e.g. `pdf.encrypted.user-password`. */
  readonly messageId: string;
  /** What is wrong, in plain language. */
  readonly message: LocalizedText;
  /** How to fix it, in plain language. */
  readonly hint?: LocalizedText;
  /** Machine-readable facts behind the message (limits, measured values). */
  readonly data: Readonly<Record<string, string | number | boolean | null>>;
  /** Where it is. */
  readonly location?: FindingLocation;
}

/** The outcome of a check run: `undetermined` when the run could not check everything it had to. */
export type Verdict = 'accepted' | 'rejected' | 'undetermined';
