/**
 * images.min-dpi — images that carry content (a scan) need enough resolution for OCR (`ocr.minImageDpi`):
 * below about 200 DPI characters break up. Effective DPI = pixels against the drawn size; logos are ignored.
 * Source: Tesseract documentation, "Improving the quality of the output" (300 DPI advised).
 */
import { defineCheck } from '../engine/check.js';
import type { Finding } from '../engine/model/finding.js';
import { ruleSeverity } from '../engine/severity.js';

/** Used when a profile sets no `ocr.minImageDpi`. */
export const DEFAULT_MIN_IMAGE_DPI = 200;

/** Pages reported at most. */
const MAX_FINDINGS = 20;

export default defineCheck<{ minAreaRatio: number }>({
  id: 'images.min-dpi',
  title: {
    en: 'Images are sharp enough to read',
    nl: 'Afbeeldingen zijn scherp genoeg om te lezen',
    de: 'Bilder sind scharf genug zum Lesen',
    fr: 'Les images sont assez nettes pour être lues',
  },
  docs: `images covering at least \`minAreaRatio\` of a page (default 0.1) have at least the profile's \`ocr.minImageDpi\` (unset: ${DEFAULT_MIN_IMAGE_DPI} DPI, as a warning); points at the image`,
  defaultSeverity: 'error',
  params: {
    minAreaRatio: {
      type: 'number',
      default: 0.1,
      minimum: 0,
      maximum: 1,
      description: 'Smallest share of the page an image must cover to be checked (logos are smaller).',
    },
  },
  run(doc, { finding, params, profile }) {
    const stated = profile.ocr?.minImageDpi;
    const minDpi = stated ?? DEFAULT_MIN_IMAGE_DPI;
    const severity = ruleSeverity(profile, 'images.min-dpi', stated !== undefined);
    const findings: Finding[] = [];
    for (const page of doc.pages) {
      if (findings.length >= MAX_FINDINGS) break; // a 200-page scan needs no 200 findings
      const pageArea = page.widthPt * page.heightPt;
      const low = (page.images ?? [])
        .filter((image) => image.box.w * image.box.h >= params.minAreaRatio * pageArea && image.dpi < minDpi)
        .sort((a, b) => a.dpi - b.dpi)[0];
      if (!low) continue;
      findings.push(
        finding('images.min-dpi.low', {
          data: { page: page.index + 1, dpi: low.dpi, minDpi, widthPx: low.widthPx, heightPx: low.heightPx },
          location: { page: page.index + 1, box: low.box },
          severity,
        }),
      );
    }
    return findings;
  },
});
