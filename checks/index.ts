/**
 * The check registry: every check, listed explicitly, in the order reports show them when their
 * severities tie. Add a check here and to the profile schema follows by itself.
 */

import channelsAgree from './channels-agree.js';
import type { AnyCheck } from './engine/define-check.js';
import fileIsPdf from './file-is-pdf.js';
import fileMaxSize from './file-max-size.js';
import ocrMinConfidence from './ocr-min-confidence.js';
import ocrReadablePage from './ocr-readable-page.js';
import ocrSkew from './ocr-skew.js';
import ocrTextHeight from './ocr-text-height.js';
import pdfEncrypted from './pdf-encrypted.js';
import pdfMaxPages from './pdf-max-pages.js';
import pdfReadable from './pdf-readable.js';
import textLayerPresent from './text-layer-present.js';

/** Every check, in report order. */
export const registry: readonly AnyCheck[] = [
  fileIsPdf,
  fileMaxSize,
  pdfReadable,
  pdfEncrypted,
  pdfMaxPages,
  textLayerPresent,
  ocrReadablePage,
  ocrMinConfidence,
  ocrTextHeight,
  ocrSkew,
  channelsAgree,
];

/** A check by id. */
export function findCheck(id: string): AnyCheck | undefined {
  return registry.find((check) => check.id === id);
}
