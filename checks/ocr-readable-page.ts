/**
 * ocr.readable-page — every page that carries content must be legible to OCR. Catches text that
 * exists only for copying (white, invisible or hidden text over a blank or image area), pages that
 * show something OCR cannot read at all, and pages or images that cannot even be drawn. Image-based
 * capture software sees an empty page in each case. Source: the image channel of the buyer's software.
 */

import { defineCheck } from '../engine/check.js';
import type { Finding } from '../engine/model/finding.js';
import { isLegible } from '../engine/model/words.js';
import { ocrRan } from './support/applies.js';

/** OCR words read with less confidence than this do not count as legible. */
const LEGIBLE_CONFIDENCE = 60;

export default defineCheck<{ minWords: number; minTextChars: number }>({
  id: 'ocr.readable-page',
  appliesTo: ocrRan,
  title: {
    en: 'Every page can be read as an image',
    nl: 'Elke pagina is als afbeelding leesbaar',
    de: 'Jede Seite lässt sich als Bild lesen',
    fr: 'Chaque page peut être lue comme une image',
  },
  defaultSeverity: 'error',
  params: {
    minWords: {
      type: 'integer',
      default: 3,
      minimum: 1,
      description: 'Fewest legible words OCR must find on a page that has content.',
    },
    minTextChars: {
      type: 'integer',
      default: 20,
      minimum: 1,
      description: 'A page whose text layer has at least this many characters has content.',
    },
  },
  run(doc, { finding, params }) {
    const findings: Finding[] = [];
    const image = doc.file.kind !== 'pdf';
    for (const page of doc.pages) {
      const at = { page: page.index + 1, channel: 'ocr' as const };
      if (page.ocrError?.code === 'render_failed') {
        findings.push(
          finding(image ? 'ocr.readable-page.image-unreadable' : 'ocr.readable-page.not-drawable', {
            data: { page: page.index + 1, detail: page.ocrError.detail },
            location: at,
          }),
        );
        continue;
      }
      const ocr = page.ocr;
      // A page lying upside down or on its side is ocr.page-orientation's, with the better advice.
      if (!ocr || ocr.orientationDegrees !== undefined) continue;
      const legible = ocr.words.filter((word) => isLegible(word, LEGIBLE_CONFIDENCE)).length;
      if (legible >= params.minWords) continue;
      const textChars = page.text?.charCount ?? 0;
      if (textChars >= params.minTextChars) {
        findings.push(
          finding('ocr.readable-page.text-not-visible', {
            data: { page: page.index + 1, chars: textChars, legibleWords: legible },
            location: at,
          }),
        );
      } else if (!ocr.skipped) {
        findings.push(
          finding('ocr.readable-page.illegible', {
            data: { page: page.index + 1, legibleWords: legible, words: ocr.words.length },
            location: at,
          }),
        );
      }
    }
    return findings;
  },
});
