/**
 * pages.size-allowed — every page must have a size the buyer accepts (`file.pageSizes`, either orientation):
 * capture software scales other sizes to A4, shrinking or cropping the text. Without a list only sizes under
 * 70 mm or over 450 mm warn. Source: ISO 216 (A series), ANSI/ASME Y14.1 (Letter, Legal).
 */
import { defineCheck } from '../engine/check.js';
import type { Finding } from '../engine/model/finding.js';
import type { PageSizeName } from '../engine/model/profile.js';

/** Sizes in points (portrait). */
export const PAGE_SIZES: Readonly<Record<PageSizeName, readonly [number, number]>> = {
  A3: [841.89, 1190.55],
  A4: [595.28, 841.89],
  A5: [419.53, 595.28],
  Letter: [612, 792],
  Legal: [612, 1008],
};

const MM_PER_PT = 25.4 / 72;
const UNUSUAL_MIN_MM = 70;
const UNUSUAL_MAX_MM = 450;

const matches = (w: number, h: number, [sw, sh]: readonly [number, number], tolerance: number): boolean =>
  (Math.abs(w - sw) <= tolerance && Math.abs(h - sh) <= tolerance) ||
  (Math.abs(w - sh) <= tolerance && Math.abs(h - sw) <= tolerance);

export default defineCheck<{ tolerancePt: number }>({
  id: 'pages.size-allowed',
  title: {
    en: 'Pages have an accepted size',
    nl: "Pagina's hebben een geaccepteerd formaat",
    de: 'Die Seiten haben ein zulässiges Format',
    fr: 'Les pages ont un format accepté',
  },
  docs: "every page matches one of the profile's `file.pageSizes` (A3, A4, A5, Letter, Legal; either orientation; param `tolerancePt`, default 8); without a list, pages under 70 mm or over 450 mm warn",
  defaultSeverity: 'error',
  params: {
    tolerancePt: {
      type: 'number',
      default: 8,
      minimum: 0,
      maximum: 72,
      description: 'How far (points) a side may differ from the named size (8 pt is about 3 mm).',
    },
  },
  run(doc, { finding, params, profile }) {
    const allowed = profile.file?.pageSizes;
    const findings: Finding[] = [];
    for (const page of doc.pages) {
      const { widthPt: w, heightPt: h } = page;
      if (w <= 0 || h <= 0) continue;
      const data = {
        page: page.index + 1,
        widthMm: Math.round(w * MM_PER_PT),
        heightMm: Math.round(h * MM_PER_PT),
      };
      const location = { page: page.index + 1 };
      if (allowed && allowed.length > 0) {
        if (allowed.some((name) => matches(w, h, PAGE_SIZES[name], params.tolerancePt))) continue;
        findings.push(
          finding('pages.size-allowed.not-allowed', {
            data: { ...data, sizes: allowed.join(', ') },
            location,
          }),
        );
      } else {
        const sides = [w * MM_PER_PT, h * MM_PER_PT];
        if (Math.min(...sides) >= UNUSUAL_MIN_MM && Math.max(...sides) <= UNUSUAL_MAX_MM) continue;
        findings.push(
          finding('pages.size-allowed.unusual', {
            data,
            location,
            severity: profile.checks?.['pages.size-allowed']?.severity ?? 'warning',
          }),
        );
      }
      if (findings.length >= 20) break; // a 5 000-page file needs no 5 000 findings
    }
    return findings;
  },
});
