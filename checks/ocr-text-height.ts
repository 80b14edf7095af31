/**
 * ocr.text-height — the smallest text on a page must be large enough for OCR at the buyer's DPI,
 * measured as the x-height (height of a lower-case x) in pixels. Tesseract's guidance: below an
 * x-height of about 10 pixels there is very little chance of accurate results. Limit: the profile's
 * `ocr.minTextHeightPx` (default 10). Source: tesseract documentation, "Improving the quality of the output".
 */
import { defineCheck } from '../engine/check.js';
import type { Finding } from '../engine/model/finding.js';
import { DEFAULT_OCR_DPI } from '../engine/model/profile.js';
import { alnum } from '../engine/model/words.js';

/** Used when a profile sets no `ocr.minTextHeightPx`. */
export const DEFAULT_MIN_TEXT_HEIGHT_PX = 10;

/** Lines with fewer letters and digits than this are too short to measure (specks, bullets). */
const MIN_LINE_CHARS = 3;
/** Lines read with less confidence than this are noise, not text. */
const MIN_LINE_CONFIDENCE = 30;

export default defineCheck({
  id: 'ocr.text-height',
  title: { en: 'Text is large enough for OCR', nl: 'De tekst is groot genoeg voor OCR' },
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding, profile }) {
    const limit = profile.ocr?.minTextHeightPx ?? DEFAULT_MIN_TEXT_HEIGHT_PX;
    const buyerDpi = profile.ocr?.dpi ?? DEFAULT_OCR_DPI;
    const findings: Finding[] = [];
    for (const page of doc.pages) {
      const ocr = page.ocr;
      if (!ocr) continue;
      // A PDF page drawn smaller than asked (a huge page) is measured at the buyer's DPI; an image
      // upload is read at its own pixels.
      const factor = doc.file.kind === 'pdf' ? buyerDpi / ocr.dpi : 1;
      const measured = ocr.lines
        .filter(
          (line) =>
            line.xHeightPx !== undefined &&
            alnum(line.text).length >= MIN_LINE_CHARS &&
            line.confidence >= MIN_LINE_CONFIDENCE,
        )
        .map((line) => ({ line, xHeight: Math.round((line.xHeightPx ?? 0) * factor * 10) / 10 }));
      if (measured.length === 0) continue;
      const smallest = measured.reduce((a, b) => (b.xHeight < a.xHeight ? b : a));
      if (smallest.xHeight >= limit) continue;
      findings.push(
        finding('ocr.text-height.too-small', {
          data: {
            page: page.index + 1,
            xHeightPx: smallest.xHeight,
            limit,
            dpi: Math.round(ocr.dpi * factor),
            text: smallest.line.text.slice(0, 60),
          },
          location: { page: page.index + 1, box: smallest.line.box, channel: 'ocr' },
        }),
      );
    }
    return findings;
  },
});
