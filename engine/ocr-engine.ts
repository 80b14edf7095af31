/**
 * The contract between the pipeline and whatever reads page images (tesseract.js in a shared pool,
 * a recorded result in tests). The pipeline only sees this interface, so `checks/` stays free of
 * threads and native code, and tests can inject failures.
 */

/** An 8-bit greyscale image: row-major, one byte per pixel (0 black, 255 white), no row padding. */
export interface GreyImage {
  /** Width in pixels. */
  readonly width: number;
  /** Height in pixels. */
  readonly height: number;
  /** `width × height` bytes. */
  readonly pixels: Uint8Array;
}

/** A rectangle in image pixels, top-left origin. */
export interface PixelBox {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** One word as the OCR engine read it, in image pixels. */
export interface OcrWordPx {
  /** The characters read. */
  readonly text: string;
  /** Confidence 0–100. */
  readonly confidence: number;
  /** Where the word's ink is. */
  readonly box: PixelBox;
  /** Index of its line in {@link OcrResult.lines}. */
  readonly line: number;
}

/** One text line as the OCR engine laid it out, in image pixels. */
export interface OcrLinePx {
  /** Where the line is. */
  readonly box: PixelBox;
  /** Slope of the baseline (dy/dx, y downwards): positive when the line runs downhill to the right. */
  readonly baselineSlope: number;
  /** Height of lower-case letters such as x, in pixels, when the engine could estimate it. */
  readonly xHeightPx?: number;
}

/** What the engine read on one page image. */
export interface OcrResult {
  /** Words in reading order. */
  readonly words: readonly OcrWordPx[];
  /** Lines in reading order. */
  readonly lines: readonly OcrLinePx[];
}

/** Options of one recognition. */
export interface OcrRequestOptions {
  /** Resolution of the image in pixels per inch (the engine tunes its heuristics to it). */
  readonly dpi: number;
  /** Aborted when the run no longer needs the result (it was stopped); the engine may drop the job. */
  readonly signal?: AbortSignal;
}

/** Why a page could not be read by the engine (never a property of the document). */
export type OcrErrorCode =
  /** The page took longer than the engine's per-page time-out; its worker was stopped. */
  | 'ocr_timeout'
  /** The engine crashed or refused the job. */
  | 'ocr_failed'
  /** The engine's queue is full. */
  | 'ocr_busy'
  /** No engine is available (none configured, language data missing). */
  | 'ocr_unavailable'
  /** The caller aborted the job. */
  | 'ocr_cancelled';

/** A failure of the OCR engine. Crosses thread boundaries as `{ code, message }`. */
export class OcrEngineError extends Error {
  constructor(
    readonly code: OcrErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'OcrEngineError';
  }
}

/** The OCR code of any error: an {@link OcrEngineError}'s own, otherwise `ocr_failed`. */
export const ocrErrorCode = (error: unknown): OcrErrorCode =>
  error instanceof OcrEngineError ? error.code : 'ocr_failed';

/** Reads page images. Implementations must turn every failure into a rejected promise. */
export interface OcrEngine {
  /** Pages the engine can read at the same time; the OCR stage keeps this many pages in flight. */
  readonly concurrency: number;
  /**
   * Reads one page image. The engine may take over `image.pixels` (transfer it to another thread,
   * which detaches it): the caller must not use the image afterwards. Rejects with an
   * {@link OcrEngineError}.
   */
  recognize(image: GreyImage, options: OcrRequestOptions): Promise<OcrResult>;
}
