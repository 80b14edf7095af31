/**
 * ocr.min-confidence — OCR must read every page with at least the buyer's confidence. Capture software
 * sends low-confidence pages to manual correction or rejects them; a low confidence means a blurred,
 * noisy, faint or low-resolution page. Limit: the profile's `ocr.minConfidence`, the buyer's own; a
 * profile that states none (a buyer whose software publishes no such limit) is held only to the floor
 * below which OCR words do not count as legible (60, as `ocr.readable-page`). Source: tesseract word
 * confidences (0–100), averaged per page over the words that carry text (two or more letters or
 * digits): specks, rules and logo fragments OCR reads as one-character noise are left out. Tesseract
 * reads clean born-digital pages at 150 DPI with a mean of 72–80 (measured on the shared corpus), so
 * a fixed 80 there would reject pages a cloud model reads without trouble.
 */

import { defineCheck } from '../engine/check.js';
import type { Finding } from '../engine/model/finding.js';
import { alnum } from '../engine/model/words.js';
import { ocrRan } from './support/applies.js';

/** Used when a profile sets no `ocr.minConfidence`: below it OCR words are not legible (`ocr.readable-page`). */
export const DEFAULT_MIN_CONFIDENCE = 60;

/** A word carries text when it has at least this many letters or digits. */
const MIN_WORD_CHARS = 2;

export default defineCheck<{ minWords: number }>({
  id: 'ocr.min-confidence',
  appliesTo: ocrRan,
  title: {
    en: 'OCR reads every page with confidence',
    nl: 'OCR leest elke pagina met voldoende zekerheid',
    de: 'Die Texterkennung liest jede Seite sicher',
    fr: 'L’OCR lit chaque page avec certitude',
  },
  docs: "OCR's mean word confidence per page (over words of two or more letters or digits) is at least the profile's `ocr.minConfidence`, or 60 (the legibility floor) when the profile sets none",
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
      if (!ocr) continue;
      const words = ocr.words.filter((word) => alnum(word.text).length >= MIN_WORD_CHARS);
      if (words.length < params.minWords) continue;
      const confidence = words.reduce((sum, word) => sum + (word.confidence ?? 0), 0) / words.length;
      if (confidence >= limit) continue;
      // Point at the least legible line that holds a few words.
      const worst = [...ocr.lines]
        .filter((line) => line.text.length >= 4)
        .sort((a, b) => a.confidence - b.confidence)[0];
      findings.push(
        finding('ocr.min-confidence.low', {
          data: {
            page: page.index + 1,
            confidence: Math.round(confidence),
            limit,
            words: words.length,
          },
          location: { page: page.index + 1, channel: 'ocr', ...(worst && { box: worst.box }) },
        }),
      );
    }
    return findings;
  },
});
