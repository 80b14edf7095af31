import type { EmbeddedInvoice, FileKind, StageTiming } from './document.js';
import type { Channel, DocumentFields, FieldId } from './fields.js';
import type { Finding, LocalizedText, Verdict } from './finding.js';
import type { Box } from './geometry.js';

/** Why a run could not check everything (the engine failed, not the document). */
export interface Incomplete {
  /** Stable snake_case code, e.g. `run_timed_out`, `stage_failed`. */
  readonly code: string;
  /** Plain-language explanation. */
  readonly message: LocalizedText;
  /**
   * When an error in the engine (not the document) caused this: a short random id (`err_…`) that the
   * operator's log carries next to the error's stack. The user passes it on to the helpdesk.
   */
  readonly errorId?: string;
}

/** A short summary of the document for the report header. */
export interface DocumentSummary {
  readonly sha256: string;
  readonly bytes: number;
  readonly kind: FileKind;
  readonly name?: string;
  readonly pageCount?: number;
  readonly pdfVersion?: string;
  readonly producer?: string;
  readonly creator?: string;
  /** The structured e-invoice attached to the PDF (or uploaded), with its fields as stated in the XML. */
  readonly embeddedInvoice?: EmbeddedInvoice;
}

/** A field as the buyer's software would read it. */
export interface ReportField {
  /** Normalised: dates `YYYY-MM-DD`, amounts `"1234.50"`, ids upper case without spaces. */
  readonly value: string;
  /** As printed. */
  readonly raw: string;
  /** The channel it was read through. */
  readonly channel: Channel;
  /** 1-based page. */
  readonly page: number;
  /** Where on the page (points, top-left origin). */
  readonly box: Box;
  /** The label it was read next to, as printed. */
  readonly label?: string;
  /** How sure the extraction is, 0–1. */
  readonly confidence: number;
}

/** The result of checking one file against one profile version. Contains no timestamps, so the
 * same file and profile give the same report through the CLI and the API (stage times aside). */
export interface Report {
  /** `accepted`, `rejected`, or `undetermined` when the run could not check everything. */
  readonly verdict: Verdict;
  /** The exact profile version the file was checked against. */
  readonly profile: { readonly id: string; readonly version: number };
  /** Every finding, errors first. */
  readonly findings: readonly Finding[];
  /** The invoice fields as the buyer's channel(s) read them (see the profile's `channels`). */
  readonly fields: Readonly<Partial<Record<FieldId, ReportField>>>;
  /** What each channel that ran read: values with their runner-up candidates, VAT lines, ambiguities. */
  readonly channels: DocumentFields;
  /** The document in short. */
  readonly document: DocumentSummary;
  /** The stages in order with their durations. */
  readonly stages: readonly StageTiming[];
  /** Present when the run could not check everything; the verdict is then never `accepted`. */
  readonly incomplete?: Incomplete;
  /** Engine identity, so a report can be traced to the code that made it. */
  readonly engine: { readonly name: 'proeffactuur'; readonly version: string };
}
