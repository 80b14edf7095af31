/**
 * Stage 4, ocr: reads each rendered page through the injected OCR engine, the way image-based
 * capture software does, and adds what it read to the page (`page.ocr`): words and lines with boxes
 * in page points (the text layer's coordinates), confidences, x-heights and skew. Keeps the engine
 * busy — one page more in flight than it reads at once — while the render stage draws the next.
 * A page that reads poorly is probed for lying upside down or on its side (`page-orientation.ts`).
 * An engine failure on a page is recorded on the page (`page.ocrError`), never thrown.
 */

import type { DocumentModel, OcrLine, PageModel, PageOcr, PageOcrError } from '../model/document.js';
import type { Box, Word } from '../model/geometry.js';
import {
  type GreyImage,
  type OcrEngine,
  type OcrResult,
  ocrErrorCode,
  type PixelBox,
} from '../ocr-engine.js';
import { detectOrientation, probeImage } from './page-orientation.js';
import type { PageImages } from './render.js';

/** Options of the OCR stage. */
export interface OcrStageOptions {
  /** The engine; without one every page gets `ocr_unavailable`. */
  readonly engine?: OcrEngine;
  /** Called as each page is done. */
  readonly onPage?: (pagesDone: number) => void;
  /** Called with the engine's error when it fails on a page (0-based index; not for a time-out), for the operator's log. */
  readonly onPageError?: (error: unknown, pageIndex: number) => void;
}

/** Darker than this (0–255) counts as ink. */
const INK_LEVEL = 128;
/** Pages with less ink than this share are blank: about three characters on an A4 page at 300 DPI. */
export const BLANK_INK_RATIO = 0.00005;
/** Images smaller than this on a side cannot hold readable text (tesseract refuses them anyway). */
const MIN_SIDE_PX = 8;
/** Lines narrower than this share of the page do not vote on the page's skew. */
const SKEW_MIN_LINE_SHARE = 0.15;

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Share of dark pixels, sampled (every 3rd pixel is plenty for a ratio). */
export function inkRatio(image: GreyImage): number {
  const { pixels } = image;
  if (pixels.length === 0) return 0;
  let dark = 0;
  let seen = 0;
  for (let i = 0; i < pixels.length; i += 3, seen++) if (pixels[i]! < INK_LEVEL) dark++;
  return Math.round((dark / seen) * 1e6) / 1e6;
}

/** Weighted median: the value where the weights on either side balance. */
function weightedMedian(items: readonly { value: number; weight: number }[]): number | undefined {
  if (items.length === 0) return undefined;
  const sorted = [...items].sort((a, b) => a.value - b.value);
  const half = sorted.reduce((sum, item) => sum + item.weight, 0) / 2;
  let acc = 0;
  for (const item of sorted) {
    acc += item.weight;
    if (acc >= half) return item.value;
  }
  return sorted[sorted.length - 1]!.value;
}

/** Turns the engine's pixel result into the page model's terms (page points, degrees). */
export function toPageOcr(
  result: OcrResult,
  image: {
    readonly widthPx: number;
    readonly heightPx: number;
    readonly dpi: number;
    readonly inkRatio: number;
  },
): PageOcr {
  const scale = 72 / image.dpi;
  const toPoints = (box: PixelBox): Box => ({
    x: round2(box.x * scale),
    y: round2(box.y * scale),
    w: round2(box.w * scale),
    h: round2(box.h * scale),
  });
  const words: Word[] = result.words.map((word) => ({
    text: word.text,
    box: toPoints(word.box),
    confidence: word.confidence,
  }));
  const lines: OcrLine[] = [];
  const skewVotes: { value: number; weight: number }[] = [];
  result.lines.forEach((line, index) => {
    const own = result.words.filter((word) => word.line === index);
    if (own.length === 0) return;
    const skewDegrees = round2((Math.atan(line.baselineSlope) * 180) / Math.PI);
    lines.push({
      text: own.map((word) => word.text).join(' '),
      box: toPoints(line.box),
      confidence: Math.round(own.reduce((sum, word) => sum + word.confidence, 0) / own.length),
      ...(line.xHeightPx !== undefined && { xHeightPx: line.xHeightPx }),
      skewDegrees,
    });
    if (line.box.w >= image.widthPx * SKEW_MIN_LINE_SHARE && own.length >= 2)
      skewVotes.push({ value: skewDegrees, weight: line.box.w });
  });
  const meanConfidence =
    words.length === 0
      ? 0
      : Math.round((words.reduce((sum, word) => sum + (word.confidence ?? 0), 0) / words.length) * 10) / 10;
  const skewDegrees = weightedMedian(skewVotes);
  return {
    words,
    lines,
    meanConfidence,
    dpi: round2(image.dpi),
    widthPx: image.widthPx,
    heightPx: image.heightPx,
    ...(skewDegrees !== undefined && { skewDegrees }),
    inkRatio: image.inkRatio,
  };
}

type PageOutcome = { readonly ocr: PageOcr } | { readonly ocrError: PageOcrError };

type PageSize = {
  readonly widthPt: number;
  readonly heightPt: number;
  readonly sourcePx?: { readonly widthPx: number; readonly heightPx: number };
};

/** A page of an uploaded image: its size (0 when it could not be decoded) and, truthfully, no text layer. */
function imagePage(index: number, size: PageSize | undefined): PageModel {
  return {
    index,
    widthPt: round2(size?.widthPt ?? 0),
    heightPt: round2(size?.heightPt ?? 0),
    rotation: 0,
    text: { words: [], charCount: 0, garbledRatio: 0 },
    // The image is the page: its own pixels, for the image-size rules (`ocr.image-side`).
    ...(size?.sourcePx && {
      scan: {
        ...size.sourcePx,
        drawnWidthPt: round2(size.widthPt),
        drawnHeightPt: round2(size.heightPt),
      },
    }),
  };
}

/** Stage entry point: reads every rendered page and returns the document with `ocr` on its pages. */
export async function ocr(
  doc: DocumentModel,
  pages: PageImages,
  options: OcrStageOptions = {},
): Promise<DocumentModel> {
  const { engine } = options;
  const outcomes = new Map<number, PageOutcome>();
  const sizes = new Map<number, PageSize | undefined>();
  const inFlight = new Set<Promise<void>>();
  const concurrency = Math.max(1, engine?.concurrency ?? 1);
  let unavailable: PageOcrError | undefined;
  let done = 0;
  const finished = (index: number, outcome: PageOutcome): void => {
    outcomes.set(index, outcome);
    options.onPage?.(++done);
  };

  for await (const rendered of pages) {
    sizes.set(
      rendered.index,
      rendered.ok
        ? {
            widthPt: rendered.widthPt,
            heightPt: rendered.heightPt,
            ...(rendered.sourcePx && { sourcePx: rendered.sourcePx }),
          }
        : undefined,
    );
    if (!rendered.ok) {
      finished(rendered.index, { ocrError: { code: 'render_failed', detail: rendered.detail } });
      continue;
    }
    const { image, dpi } = rendered;
    const facts = { widthPx: image.width, heightPx: image.height, dpi, inkRatio: inkRatio(image) };
    if (facts.inkRatio < BLANK_INK_RATIO || image.width < MIN_SIDE_PX || image.height < MIN_SIDE_PX) {
      finished(rendered.index, { ocr: { ...toPageOcr({ words: [], lines: [] }, facts), skipped: true } });
      continue;
    }
    if (!engine || unavailable) {
      finished(rendered.index, {
        ocrError: unavailable ?? {
          code: 'ocr_unavailable',
          detail: 'no OCR engine was given to the pipeline',
        },
      });
      continue;
    }
    // Made now: the engine may move the page's pixels to its own thread.
    const probe = probeImage(image, dpi);
    const job: Promise<void> = engine.recognize(image, { dpi }).then(
      async (result) => {
        // The probes are extra reads: an engine failure there leaves the orientation unknown.
        const turn = await detectOrientation(probe, result, engine).catch(() => undefined);
        const read = toPageOcr(result, facts);
        finished(rendered.index, { ocr: turn ? { ...read, orientationDegrees: turn } : read });
      },
      (error: unknown) => {
        const ocrError: PageOcrError = {
          code: ocrErrorCode(error),
          detail: error instanceof Error ? error.message : String(error),
        };
        // An engine that cannot start will not start for the next page either.
        if (ocrError.code === 'ocr_unavailable') unavailable ??= ocrError;
        // A time-out is the engine being slow, not an error to trace.
        if (ocrError.code !== 'ocr_timeout') options.onPageError?.(error, rendered.index);
        finished(rendered.index, { ocrError });
      },
    );
    const tracked = job.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    // One more page than the engine reads at once waits in its queue, so no worker idles.
    while (inFlight.size > concurrency) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);

  const existing =
    doc.file.kind === 'pdf'
      ? doc.pages
      : [...sizes.keys()].map((index) => imagePage(index, sizes.get(index)));
  return {
    ...doc,
    pages: existing.map((page) => {
      const outcome = outcomes.get(page.index);
      return outcome ? { ...page, ...outcome } : page;
    }),
  };
}
