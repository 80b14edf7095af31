/**
 * ocr.image-side — a page image or image file must be within the pixel sizes the buyer's software
 * takes (`ocr.minImageSidePx`, `ocr.maxImageSidePx`). Cloud capture services refuse images outside
 * their range (Azure AI Document Intelligence: 50 to 10,000 pixels a side) before reading a word.
 * What is measured: an uploaded image file's own pixels, and in a PDF every page that is a scan (one
 * image covering the page) or carries an image covering at least half the page; logos and stamps are
 * not what the service measures.
 */

import { defineCheck } from '../engine/check.js';
import type { Finding } from '../engine/model/finding.js';
import { ocrRan } from './support/applies.js';

/** Share of the page an image must cover to count as the page's picture (not a logo). */
const PAGE_IMAGE_SHARE = 0.5;

interface Measured {
  readonly page: number;
  readonly widthPx: number;
  readonly heightPx: number;
}

export default defineCheck({
  id: 'ocr.image-side',
  appliesTo: ocrRan,
  title: {
    en: 'Images are neither too small nor too large',
    nl: 'Afbeeldingen zijn niet te klein en niet te groot',
    de: 'Bilder sind weder zu klein noch zu groß',
    fr: 'Les images ne sont ni trop petites ni trop grandes',
  },
  docs: "an image file, a scanned page or a page-covering image has sides within the profile's `ocr.minImageSidePx` and `ocr.maxImageSidePx` (off when unset)",
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding, profile }) {
    const min = profile.ocr?.minImageSidePx;
    const max = profile.ocr?.maxImageSidePx;
    if (min === undefined && max === undefined) return [];
    const measured: Measured[] = [];
    for (const page of doc.pages) {
      const pageArea = page.widthPt * page.heightPt;
      const sizes = [
        ...(page.scan ? [page.scan] : []),
        ...(page.images ?? []).filter(
          (image) => pageArea > 0 && (image.box.w * image.box.h) / pageArea >= PAGE_IMAGE_SHARE,
        ),
      ];
      // One size per page: a scan is also listed among the page's images.
      const seen = new Set<string>();
      for (const { widthPx, heightPx } of sizes) {
        const key = `${widthPx}x${heightPx}`;
        if (seen.has(key)) continue;
        seen.add(key);
        measured.push({ page: page.index + 1, widthPx, heightPx });
      }
    }
    const findings: Finding[] = [];
    for (const image of measured) {
      const shortest = Math.min(image.widthPx, image.heightPx);
      const longest = Math.max(image.widthPx, image.heightPx);
      const data = {
        ...image,
        ...(min !== undefined && { minPx: min }),
        ...(max !== undefined && { maxPx: max }),
      };
      const location = { page: image.page };
      if (min !== undefined && shortest < min)
        findings.push(finding('ocr.image-side.too-small', { data, location }));
      else if (max !== undefined && longest > max)
        findings.push(finding('ocr.image-side.too-large', { data, location }));
      if (findings.length >= 20) break;
    }
    return findings;
  },
});
