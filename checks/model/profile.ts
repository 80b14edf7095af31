import type { LocalizedText, Severity } from './finding.js';

/** How the buyer's capture software reads a PDF: its text layer, its rendered image (OCR), or both. */
export type Channels = 'text' | 'ocr' | 'both';

/** A profile's switch, severity override and parameters for one check. */
export interface CheckSetting {
  /** Turn the check off (`false`) or on (`true`); absent means the check's default. */
  readonly enabled?: boolean;
  /** Replace the check's default severity. */
  readonly severity?: Severity;
  /** Parameters, validated against the check's own parameter schema. */
  readonly params?: Readonly<Record<string, unknown>>;
}

/** File-level limits of the buyer's mailbox and capture software. */
export interface FileRules {
  /** Largest accepted file in bytes (the invoice mailbox's attachment limit). */
  readonly maxBytes?: number;
  /** Most pages accepted in one PDF. */
  readonly maxPages?: number;
}

/**
 * What one buyer's PDF-reading software accepts. Validated by `profiles/acceptance-profile.schema.json`
 * (see `profiles/schema.ts`), versioned: a run records the exact `{id, version}` it was checked against.
 */
export interface AcceptanceProfile {
  /** Preset id (`lenient`) or stored profile id. */
  readonly id: string;
  /** Version number, starting at 1; a stored profile gets a new version on every change. */
  readonly version: number;
  /** Display name. */
  readonly name: string;
  /** What the profile stands for, in both languages. */
  readonly description?: LocalizedText;
  /** The channel(s) the buyer's software reads. */
  readonly channels: Channels;
  /** File limits. */
  readonly file?: FileRules;
  /** Per-check switches, severities and params, keyed by check id. */
  readonly checks?: Readonly<Record<string, CheckSetting>>;
}
