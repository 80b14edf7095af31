/**
 * ocr.min-confidence — OCR must read every page with at least the buyer's mean word confidence.
 * Capture software sends low-confidence pages to manual correction or rejects them; a low mean means
 * a blurred, noisy, faint or low-resolution page. Limit: the profile's `ocr.minConfidence` (default
 * 80). Source: tesseract word confidences (0–100), averaged per page.
 */
import { defineCheck } from '../engine/check.js';
import type { Finding } from '../engine/model/finding.js';

/** Used when a profile sets no `ocr.minConfidence`. */
export const DEFAULT_MIN_CONFIDENCE = 80;

export default defineCheck<{ minWords: number }>({
  id: 'ocr.min-confidence',
  title: { en: 'OCR reads every page with confidence', nl: 'OCR leest elke pagina met voldoende zekerheid' },
  defaultSeverity: 'error',
  params: {
    minWords: {
      type: 'integer',
      default: 3,
      minimum: 1,
      description: 'Pages where OCR found fewer words are left to ocr.readable-page.',
    },
  },
  run(doc, { finding, params, profile }) {
    const limit = profile.ocr?.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
    const findings: Finding[] = [];
    for (const page of doc.pages) {
      const ocr = page.ocr;
      if (!ocr || ocr.words.length < params.minWords || ocr.meanConfidence >= limit) continue;
      // Point at the least legible line that holds a few words.
      const worst = [...ocr.lines]
        .filter((line) => line.text.length >= 4)
        .sort((a, b) => a.confidence - b.confidence)[0];
      findings.push(
        finding('ocr.min-confidence.low', {
          data: {
            page: page.index + 1,
            confidence: Math.round(ocr.meanConfidence),
            limit,
            words: ocr.words.length,
          },
          location: { page: page.index + 1, channel: 'ocr', ...(worst && { box: worst.box }) },
        }),
      );
    }
    return findings;
  },
});
