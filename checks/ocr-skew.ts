/**
 * ocr.skew — a page must not be skewed (tilted) more than the buyer's software straightens out.
 * Template- and zone-based capture looks for fields at fixed places; a tilted scan moves them and
 * lowers recognition. Limit: the profile's `ocr.maxSkewDegrees` (default 3). Source: the median
 * baseline angle of the page's longer text lines, as tesseract finds them.
 */

import { defineCheck } from '../engine/check.js';
import type { Finding } from '../engine/model/finding.js';
import { ocrRan } from './support/applies.js';

/** Used when a profile sets no `ocr.maxSkewDegrees`. */
export const DEFAULT_MAX_SKEW_DEGREES = 3;

export default defineCheck({
  id: 'ocr.skew',
  appliesTo: ocrRan,
  title: {
    en: 'Pages are straight',
    nl: "Pagina's staan recht",
    de: 'Die Seiten sind gerade',
    fr: 'Les pages sont droites',
  },
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding, profile }) {
    const limit = profile.ocr?.maxSkewDegrees ?? DEFAULT_MAX_SKEW_DEGREES;
    const findings: Finding[] = [];
    for (const page of doc.pages) {
      const skew = page.ocr?.skewDegrees;
      if (skew === undefined || Math.abs(skew) <= limit) continue;
      findings.push(
        finding('ocr.skew.tilted', {
          data: {
            page: page.index + 1,
            degrees: Math.round(Math.abs(skew) * 10) / 10,
            limit,
            direction: skew > 0 ? 'clockwise' : 'counterclockwise',
          },
          location: { page: page.index + 1, channel: 'ocr' },
        }),
      );
    }
    return findings;
  },
});
