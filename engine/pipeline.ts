/**
 * The pipeline: `runPipeline(input, profile, {registry, ocr, clock, onProgress}) → Report`. Reads as a table of contents, one call per
 * stage; each stage returns a new document model. No HTTP, no database, no files: the caller brings
 * the bytes and the profile.
 */

import type { AnyCheck } from './check.js';
import { newErrorId, type OnEngineError } from './error-id.js';
import { decideVerdict, evaluate } from './evaluate.js';
import { reportFields } from './fields/buyer-view.js';
import { localize } from './i18n/catalogue.js';
import type { DocumentModel, StageTiming } from './model/document.js';
import { type AcceptanceProfile, DEFAULT_MAX_PAGES } from './model/profile.js';
import type { Incomplete, Report } from './model/report.js';
import type { OcrEngine } from './ocr-engine.js';
import { summarizeChecks, verdictReason } from './reason-kind.js';
import { analyze } from './stages/analyze.js';
import { readFields } from './stages/fields.js';
import { intake, type RunInput } from './stages/intake.js';
import { analyzeMail } from './stages/mail.js';
import { ocr } from './stages/ocr.js';
import { DEFAULT_OCR_DPI, render } from './stages/render.js';
import { ENGINE_VERSION } from './version.js';

export type { FailurePlace, OnEngineError } from './error-id.js';
export type { OcrEngine } from './ocr-engine.js';
export type { KnownFileFacts, RunInput } from './stages/intake.js';

/** Progress of a run, for live updates: a stage starts, or a page of a stage is done. */
export interface ProgressEvent {
  readonly stage: string;
  readonly page?: number;
  readonly pageCount?: number;
}

/** Options of {@link runPipeline}. */
export interface PipelineOptions {
  /** The checks to evaluate (the engine knows no check of its own: `checks/index.ts` has the registry). */
  readonly registry: readonly AnyCheck[];
  /** Called when a stage starts and as pages are done. */
  readonly onProgress?: (event: ProgressEvent) => void;
  /** The clock checks take "today" from (date checks); default: the system clock. */
  readonly clock?: () => Date;
  /**
   * Reads page images for profiles whose buyer reads the image (`channels` `ocr` or `both`).
   * Without one, such a run cannot read the pages and ends `undetermined`.
   */
  readonly ocr?: OcrEngine;
  /**
   * Called with each error the run survives: a stage or a check that threw (the report's `incomplete`
   * note shows the same error id). The engine logs nothing itself: the caller logs the stack.
   */
  readonly onError?: OnEngineError;
}

/**
 * Times stages and turns a stage that throws into an `incomplete` note (with an error id) instead of a
 * lost run; the error goes to `onError`.
 */
class StageRunner {
  readonly timings: StageTiming[] = [];
  incomplete: Incomplete | undefined;

  constructor(
    private readonly onProgress?: (event: ProgressEvent) => void,
    private readonly onError?: OnEngineError,
  ) {}

  async run(name: string, doc: DocumentModel, stage: () => DocumentModel | Promise<DocumentModel>) {
    this.onProgress?.({ stage: name });
    const started = performance.now();
    try {
      return await stage();
    } catch (error) {
      const errorId = newErrorId();
      this.onError?.(error, { stage: name, errorId });
      this.incomplete ??= {
        code: 'stage_failed',
        message: localize('run.stage-failed', { stage: name }),
        errorId,
      };
      return doc;
    } finally {
      this.record(name, started);
    }
  }

  record(name: string, started: number): void {
    this.timings.push({ name, ms: Math.round((performance.now() - started) * 100) / 100 });
  }

  /** Records a stage that ran interleaved with `next` (already recorded), just before it. */
  recordBefore(next: string, name: string, ms: number): void {
    const at = this.timings.findIndex((timing) => timing.name === next);
    this.timings.splice(at < 0 ? this.timings.length : at, 0, { name, ms });
  }

  skip(name: string): void {
    this.timings.push({ name, ms: 0, skipped: true });
  }
}

const IMAGE_KINDS = new Set(['png', 'jpeg', 'tiff']);

/**
 * Whether the run reads page images: only for buyers that read them (`channels` `ocr` or `both`),
 * and only for a PDF with pages or an image upload the profile accepts. A text-only buyer pays
 * nothing for OCR.
 */
export function readsPageImages(doc: DocumentModel, profile: AcceptanceProfile): boolean {
  if (profile.channels === 'text') return false;
  if (doc.file.kind === 'pdf') return doc.pages.length > 0;
  return IMAGE_KINDS.has(doc.file.kind) && profile.file?.imagesAllowed === true;
}

/**
 * The run is incomplete when the OCR engine (not the document) failed on a page. When the engine threw
 * (`pageErrors`, by page index), the note gets one error id and each error goes to `onError` with it.
 */
function ocrIncomplete(
  doc: DocumentModel,
  pageErrors: ReadonlyMap<number, unknown>,
  onError: OnEngineError | undefined,
): Incomplete | undefined {
  const failed = doc.pages.filter((page) => page.ocrError && page.ocrError.code !== 'render_failed');
  if (failed.length === 0) return undefined;
  const timedOut = failed.every((page) => page.ocrError?.code === 'ocr_timeout');
  const errorId = pageErrors.size > 0 ? newErrorId() : undefined;
  if (errorId !== undefined)
    for (const error of pageErrors.values()) onError?.(error, { stage: 'ocr', errorId });
  return {
    code: timedOut ? 'ocr_timed_out' : 'ocr_failed',
    message: localize(timedOut ? 'run.ocr-timed-out' : 'run.ocr-failed', {
      pages: failed.map((page) => page.index + 1).join(', '),
    }),
    ...(errorId !== undefined && { errorId }),
  };
}

function summary(doc: DocumentModel): Report['document'] {
  return {
    sha256: doc.file.sha256,
    bytes: doc.file.bytes,
    kind: doc.file.kind,
    ...(doc.file.name !== undefined && { name: doc.file.name }),
    ...(doc.pdf && { pageCount: doc.pdf.pageCount }),
    ...(doc.pdf?.version && { pdfVersion: doc.pdf.version }),
    ...(doc.pdf?.info.producer && { producer: doc.pdf.info.producer }),
    ...(doc.pdf?.info.creator && { creator: doc.pdf.info.creator }),
    ...(doc.embeddedInvoice && { embeddedInvoice: doc.embeddedInvoice }),
    ...(doc.mail && { mail: doc.mail }),
  };
}

/** Checks one file against one profile version and returns the report. Never throws for bad input. */
export async function runPipeline(
  input: RunInput,
  profile: AcceptanceProfile,
  options: PipelineOptions,
): Promise<Report> {
  const stages = new StageRunner(options.onProgress, options.onError);
  const registry = options.registry;

  const intakeStarted = performance.now();
  let doc = intake(input);
  stages.record('intake', intakeStarted);

  if (doc.file.kind === 'email') {
    doc = await stages.run('mail', doc, () => analyzeMail(doc, input.bytes));
    stages.skip('analyze');
  } else if (doc.file.kind === 'pdf' || doc.file.kind === 'ubl-xml' || doc.file.kind === 'cii-xml') {
    doc = await stages.run('analyze', doc, () =>
      analyze(doc, input.bytes, {
        onPage: (page, pageCount) => options.onProgress?.({ stage: 'analyze', page, pageCount }),
      }),
    );
  } else {
    stages.skip('analyze');
  }

  if (readsPageImages(doc, profile)) {
    const maxPages = profile.file?.maxPages ?? DEFAULT_MAX_PAGES;
    const pageCount = Math.min(doc.pages.length, maxPages) || undefined;
    // Stage 3 draws lazily: each page as stage 4 is ready for it.
    const pages = render(doc, input.bytes, { dpi: profile.ocr?.dpi ?? DEFAULT_OCR_DPI, maxPages });
    const before = doc;
    const pageErrors = new Map<number, unknown>();
    doc = await stages.run('ocr', doc, () =>
      ocr(before, pages, {
        ...(options.ocr && { engine: options.ocr }),
        onPage: (page) => options.onProgress?.({ stage: 'ocr', page, ...(pageCount && { pageCount }) }),
        onPageError: (error, index) => pageErrors.set(index, error),
      }),
    );
    stages.recordBefore('ocr', 'render', pages.renderMs);
    const ocrNote = ocrIncomplete(doc, pageErrors, options.onError);
    stages.incomplete ??= ocrNote;
  } else {
    stages.skip('render');
    stages.skip('ocr');
  }

  if (doc.pages.length > 0) {
    const analyzed = doc;
    doc = await stages.run('fields', doc, () => readFields(analyzed, profile));
  } else {
    stages.skip('fields');
  }

  let result: ReturnType<typeof evaluate> = { findings: [], checks: summarizeChecks([], []) };
  const finished = doc;
  const now = (options.clock ?? (() => new Date()))();
  await stages.run('evaluate', doc, () => {
    result = evaluate(finished, profile, registry, {
      now,
      ...(options.onError && { onError: options.onError }),
      ...(input.expectedSeller && { expectedSeller: input.expectedSeller }),
    });
    return finished;
  });

  const incomplete = stages.incomplete ?? result.incomplete;
  return {
    verdict: decideVerdict(result.findings, incomplete),
    profile: { id: profile.id, version: profile.version },
    findings: result.findings,
    fields: reportFields(doc, profile),
    channels: doc.fields ?? {},
    document: summary(doc),
    stages: stages.timings,
    ...(incomplete && { incomplete }),
    reason: verdictReason(result.findings),
    checks: result.checks,
    engine: { name: 'proeffactuur', version: ENGINE_VERSION },
  };
}
