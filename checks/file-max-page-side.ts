/**
 * file.max-page-side — no page may be longer than the buyer's software accepts (`file.maxPageSidePt`,
 * either orientation). Cloud capture services refuse larger pages outright (Azure AI Document
 * Intelligence: PDF pages at most 17 × 17 inches), so a poster-sized page is never read.
 */
import { defineCheck } from '../engine/check.js';
import type { Finding } from '../engine/model/finding.js';

const MM_PER_PT = 25.4 / 72;
/** Half a point of slack: page boxes are often written with rounding (1224.0001). */
const SLACK_PT = 0.5;

const inches = (pt: number): string => String(Math.round((pt / 72) * 10) / 10);

export default defineCheck({
  id: 'file.max-page-side',
  title: {
    en: 'Pages are not too large',
    nl: "Pagina's zijn niet te groot",
    de: 'Die Seiten sind nicht zu groß',
    fr: 'Les pages ne sont pas trop grandes',
  },
  docs: "no page side is longer than the profile's `file.maxPageSidePt` (points; off when unset)",
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding, profile }) {
    const limit = profile.file?.maxPageSidePt;
    if (limit === undefined) return [];
    const findings: Finding[] = [];
    for (const page of doc.pages) {
      const longest = Math.max(page.widthPt, page.heightPt);
      if (longest <= limit + SLACK_PT) continue;
      findings.push(
        finding('file.max-page-side.too-large', {
          data: {
            page: page.index + 1,
            widthPt: Math.round(page.widthPt),
            heightPt: Math.round(page.heightPt),
            limitPt: limit,
          },
          vars: {
            page: page.index + 1,
            widthMm: Math.round(page.widthPt * MM_PER_PT),
            heightMm: Math.round(page.heightPt * MM_PER_PT),
            limitMm: Math.round(limit * MM_PER_PT),
            limitIn: inches(limit),
          },
          location: { page: page.index + 1 },
        }),
      );
      if (findings.length >= 20) break; // a 5 000-page file needs no 5 000 findings
    }
    return findings;
  },
});
