/**
 * ocr.text-height — the text the buyer's software captures must be large enough for OCR at the buyer's
 * DPI, measured as the x-height (height of a lower-case x) in pixels. Tesseract's guidance: below an
 * x-height of about 10 pixels there is very little chance of accurate results. Limit: the profile's
 * `ocr.minTextHeightPx` (default 10). Source: tesseract documentation, "Improving the quality of the output".
 *
 * What is judged is what capture software reads: the lines holding the invoice data OCR found on the
 * page (identifiers, dates, amounts), or, on a page where it found none, most of the page's text (the
 * character-weighted median). A field the profile requires, printed too small, is an error too. Smaller
 * fine print beside readable invoice data (an address line, terms, a footer) is only a warning: real
 * invoices carry it, and capture software does not need it.
 */

import { defineCheck } from '../engine/check.js';
import type { FieldId } from '../engine/model/fields.js';
import type { Finding } from '../engine/model/finding.js';
import type { Box } from '../engine/model/geometry.js';
import { DEFAULT_OCR_DPI } from '../engine/model/profile.js';
import { alnum } from '../engine/model/words.js';
import { ocrRan } from './support/applies.js';
import { fieldVars } from './support/fields.js';

/** Used when a profile sets no `ocr.minTextHeightPx`. */
export const DEFAULT_MIN_TEXT_HEIGHT_PX = 10;

/** Lines with fewer letters and digits than this are too short to measure (specks, bullets). */
const MIN_LINE_CHARS = 3;
/** Lines read with less confidence than this are noise, not text. */
const MIN_LINE_CONFIDENCE = 30;
/**
 * Measuring slack in pixels: tesseract estimates a line's x-height from whole-pixel row sizes, so the
 * same 8-point font measures 7.8 to 8.0 pixels at 150 DPI from one line to the next.
 */
const SLACK_PX = 0.5;

/** The invoice data capture software must read: identifiers, dates and amounts (names are left out:
 * a company's name is often repeated in a small legal footer under a large letterhead). */
const KEY_FIELDS: ReadonlySet<string> = new Set([
  'invoiceNumber',
  'issueDate',
  'dueDate',
  'currency',
  'totalAmount',
  'netAmount',
  'taxAmount',
  'iban',
  'sellerVatId',
  'buyerVatId',
]);

const inside = (inner: Box, outer: Box): boolean => {
  const cx = inner.x + inner.w / 2;
  const cy = inner.y + inner.h / 2;
  return cx >= outer.x && cx <= outer.x + outer.w && cy >= outer.y && cy <= outer.y + outer.h;
};

interface Measured {
  readonly text: string;
  readonly box: Box;
  /** x-height in pixels at the buyer's DPI. */
  readonly xHeight: number;
  /** Letters and digits on the line: its weight in the median. */
  readonly chars: number;
}

/** The x-height most of the characters of these lines have (character-weighted median). */
function medianXHeight(lines: readonly Measured[]): number {
  const sorted = [...lines].sort((a, b) => a.xHeight - b.xHeight);
  const total = sorted.reduce((n, line) => n + line.chars, 0);
  let seen = 0;
  for (const line of sorted) {
    seen += line.chars;
    if (seen * 2 >= total) return line.xHeight;
  }
  return sorted[sorted.length - 1]?.xHeight ?? 0;
}

/** The middle value (the upper one of two): more than half of the values are at most this, so a
 * page is judged too small only when most of its fields are. */
function upperMedian(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export default defineCheck({
  id: 'ocr.text-height',
  appliesTo: ocrRan,
  title: {
    en: 'Text is large enough for OCR',
    nl: 'De tekst is groot genoeg voor OCR',
    de: 'Der Text ist groß genug für die Texterkennung',
    fr: 'Le texte est assez grand pour l’OCR',
  },
  docs: "the lines holding the invoice data OCR read (or, on a page without any, most of the page's text) have an x-height of at least the profile's `ocr.minTextHeightPx` at its `ocr.dpi`, and so does every field the profile requires; smaller fine print only warns",
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding, profile }) {
    const limit = profile.ocr?.minTextHeightPx ?? DEFAULT_MIN_TEXT_HEIGHT_PX;
    const floor = limit - SLACK_PX;
    const buyerDpi = profile.ocr?.dpi ?? DEFAULT_OCR_DPI;
    const fields = Object.entries(doc.fields?.ocr?.values ?? {});
    const info = profile.checks?.['ocr.text-height']?.severity === 'info';
    const findings: Finding[] = [];
    for (const page of doc.pages) {
      const ocr = page.ocr;
      if (!ocr) continue;
      const pageNo = page.index + 1;
      // A PDF page drawn smaller than asked (a huge page) is measured at the buyer's DPI; an image
      // upload is read at its own pixels.
      const factor = doc.file.kind === 'pdf' ? buyerDpi / ocr.dpi : 1;
      const dpi = Math.round(ocr.dpi * factor);
      const measured: Measured[] = ocr.lines
        .filter(
          (line) =>
            line.xHeightPx !== undefined &&
            alnum(line.text).length >= MIN_LINE_CHARS &&
            line.confidence >= MIN_LINE_CONFIDENCE,
        )
        .map((line) => ({
          text: line.text,
          box: line.box,
          xHeight: Math.round((line.xHeightPx ?? 0) * factor * 10) / 10,
          chars: alnum(line.text).length,
        }));
      if (measured.length === 0) continue;
      const lineOf = (box: Box): Measured | undefined => measured.find((line) => inside(box, line.box));
      // The invoice data OCR read on this page, each with the line it sits on.
      const dataLines = fields.flatMap(([id, field]) => {
        if (!field || field.page !== pageNo || !KEY_FIELDS.has(id)) return [];
        const line = lineOf(field.box);
        return line ? [{ id: id as FieldId, raw: field.raw, line }] : [];
      });
      // 1. A field the buyer requires, printed too small.
      const required = dataLines.find(
        ({ id, line }) => profile.fields?.[id]?.required === true && line.xHeight < floor,
      );
      if (required) {
        const data = { page: pageNo, xHeightPx: required.line.xHeight, limit, dpi, value: required.raw };
        findings.push(
          finding('ocr.text-height.field-too-small', {
            data: { ...data, field: required.id },
            vars: { ...data, ...fieldVars(required.id) },
            location: { page: pageNo, box: required.line.box, field: required.id, channel: 'ocr' },
          }),
        );
        continue;
      }
      // 2. Most of the text the buyer captures too small: most of the invoice data fields (each
      // counts once, however long its line), or, on a page without any, most of the page's characters.
      const typical =
        dataLines.length > 0
          ? upperMedian(dataLines.map(({ line }) => line.xHeight))
          : medianXHeight(measured);
      const smallest = measured.reduce((a, b) => (b.xHeight < a.xHeight ? b : a));
      if (typical < floor) {
        const candidates = dataLines.length > 0 ? dataLines.map(({ line }) => line) : measured;
        const shown = candidates
          .filter((line) => line.xHeight <= typical)
          .reduce((a, b) => (b.chars > a.chars ? b : a));
        findings.push(
          finding('ocr.text-height.too-small', {
            data: { page: pageNo, xHeightPx: typical, limit, dpi, text: shown.text.slice(0, 60) },
            location: { page: pageNo, box: shown.box, channel: 'ocr' },
          }),
        );
        continue;
      }
      // 3. Fine print beside readable invoice data: worth knowing, not a reason to reject.
      if (smallest.xHeight < floor) {
        findings.push(
          finding('ocr.text-height.fine-print', {
            data: { page: pageNo, xHeightPx: smallest.xHeight, limit, dpi, text: smallest.text.slice(0, 60) },
            location: { page: pageNo, box: smallest.box, channel: 'ocr' },
            severity: info ? 'info' : 'warning',
          }),
        );
      }
    }
    return findings;
  },
});
