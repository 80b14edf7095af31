/**
 * The one place that talks to pdf.js. Opens a PDF with the settings pdf.js needs in Node (font, CMap,
 * wasm and ICC folders from the installed package, no eval), hands the open document to a callback and
 * always destroys it afterwards.
 */
// Evaluated first, before pdf.js: it captures the built-ins that pdf.js's polyfills replace.
import './native-builtins.js';

import { createRequire } from 'node:module';
import path from 'node:path';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { getDocument, OPS, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { restoreNativeBuiltins } from './native-builtins.js';
import { boundedPdf } from './resource-limits.js';

// pdf.js runs its "worker" in this thread (there is no DOM worker in Node). Loading that module here,
// rather than letting pdf.js import it on the first document, lets the built-ins be restored once.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;
restoreNativeBuiltins();
// pdf.js inflates Flate streams through the web `DecompressionStream` when the platform has one; in
// Node that is a zlib stream per PDF stream, its work handed to libuv's thread pool and back. For the
// small content streams of an invoice that costs more than it saves (2–3 ms CPU per run in the
// server's worker threads, a fifth of a text invoice's cost), and a Flate-compressed scan even draws
// faster with pdf.js's own decoder (300 instead of 470 ms per A4 page at 300 DPI). Nothing else in
// this project uses it, so the global is removed and pdf.js falls back to its own decoder.
delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;

/** pdf.js's open document and page, by the names the rest of the engine uses. */
export type PdfDocument = PDFDocumentProxy;
export type PdfPage = PDFPageProxy;

/** pdf.js operator codes, for reading operator lists without importing pdf.js elsewhere. */
export const PDF_OPS = OPS;

const require = createRequire(import.meta.url);
const pdfjsRoot = path.dirname(require.resolve('pdfjs-dist/package.json'));
const folder = (name: string): string => `${path.join(pdfjsRoot, name)}${path.sep}`;

/**
 * Options a document is opened with to read it (text layer, operator list, metadata). They leave out
 * the standard 14 fonts' glyph programs: pdf.js takes those fonts' widths and encodings from its own
 * tables, so the text layer is the same (checked over the whole corpus), and parsing and compiling
 * the glyph programs was more than half of a text invoice's analysis time.
 */
export const PDFJS_READ_OPTIONS = {
  cMapUrl: folder('cmaps'),
  cMapPacked: true,
  wasmUrl: folder('wasm'),
  iccUrl: folder('iccs'),
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  verbosity: VerbosityLevel.ERRORS,
  // Images above this many pixels are left out instead of decoded (a 300 DPI A3 scan has 17 million);
  // a hostile 50 000 × 50 000 image must not take gigabytes.
  maxImageSize: 64_000_000,
} as const;

/** Options a document is opened with to render it: reading's, plus the standard fonts' glyphs. */
export const PDFJS_RENDER_OPTIONS = {
  ...PDFJS_READ_OPTIONS,
  standardFontDataUrl: folder('standard_fonts'),
} as const;

/** What a document is opened for: reading needs no glyph programs, rendering does. */
export type OpenPurpose = 'read' | 'render';

/** Why pdf.js refused to open a file, in the document model's terms. */
export class PdfOpenError extends Error {
  constructor(
    readonly reason: 'password_required' | 'damaged',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PdfOpenError';
  }
}

function classify(error: unknown): PdfOpenError {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return new PdfOpenError('password_required', message, { cause: error });
  return new PdfOpenError('damaged', message || name || 'unknown error', { cause: error });
}

/** An open pdf.js document and the function that destroys it. */
export interface OpenPdf {
  readonly doc: PDFDocumentProxy;
  /** Destroys the document; safe to call more than once. */
  close(): Promise<void>;
}

/**
 * Opens `bytes` (which are copied first: pdf.js detaches the array it is given) to read or to render.
 * pdf.js reads the file as `boundedPdf` leaves it: streams over the work limits are emptied first.
 * The caller must `close()` it in a `finally`; prefer {@link withPdf} where one callback can do all
 * the work. Open failures become a {@link PdfOpenError}.
 */
export async function openPdf(bytes: Uint8Array, purpose: OpenPurpose = 'read'): Promise<OpenPdf> {
  const options = purpose === 'render' ? PDFJS_RENDER_OPTIONS : PDFJS_READ_OPTIONS;
  const task = getDocument({ ...options, data: new Uint8Array(boundedPdf(bytes).bytes) });
  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closed ??= task.destroy();
    return closed;
  };
  try {
    return { doc: await task.promise, close };
  } catch (error) {
    await close();
    throw classify(error);
  }
}

/**
 * Opens `bytes`, runs `use` on the open document and always destroys it. Open failures become a
 * {@link PdfOpenError}.
 */
export async function withPdf<T>(bytes: Uint8Array, use: (doc: PDFDocumentProxy) => Promise<T>): Promise<T> {
  const pdf = await openPdf(bytes);
  try {
    return await use(pdf.doc);
  } finally {
    await pdf.close();
  }
}

/**
 * What the renderer knows of a font the page's operator list named (its font matrix and writing
 * mode), or undefined when pdf.js has not loaded it. Call after `getOperatorList()` and before the
 * page's `cleanup()`.
 */
export function loadedFontInfo(
  page: PDFPageProxy,
  fontName: string,
): { readonly fontMatrix?: unknown; readonly vertical?: unknown } | undefined {
  try {
    if (!page.commonObjs.has(fontName)) return undefined;
    const font: unknown = page.commonObjs.get(fontName);
    return font !== null && typeof font === 'object'
      ? (font as { fontMatrix?: unknown; vertical?: unknown })
      : undefined;
  } catch {
    return undefined;
  }
}
