/**
 * ocr.page-orientation — every page must stand upright. A sheet fed upside down or sideways comes
 * out as garbage (or as text running down the page) in capture software that does not turn pages
 * itself, and the invoice cannot be read. Source: the orientation the OCR stage found by reading a
 * poorly read page again turned (`stages/page-orientation.ts`).
 */

import { defineCheck } from '../engine/check.js';
import type { Finding } from '../engine/model/finding.js';
import { ocrRan } from './support/applies.js';

const HOW = {
  180: { nl: 'ondersteboven', en: 'upside down', de: 'auf den Kopf gestellt', fr: 'à l’envers' },
  90: { nl: 'op zijn kant', en: 'on its side', de: 'seitlich gedreht', fr: 'tournée sur le côté' },
  270: { nl: 'op zijn kant', en: 'on its side', de: 'seitlich gedreht', fr: 'tournée sur le côté' },
} as const;

export default defineCheck({
  id: 'ocr.page-orientation',
  appliesTo: ocrRan,
  title: {
    en: 'Pages stand upright',
    nl: "Pagina's staan rechtop",
    de: 'Die Seiten stehen aufrecht',
    fr: 'Les pages sont à l’endroit',
  },
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding }) {
    const findings: Finding[] = [];
    for (const page of doc.pages) {
      const turn = page.ocr?.orientationDegrees;
      if (turn === undefined) continue;
      findings.push(
        finding('ocr.page-orientation.turned', {
          data: { page: page.index + 1, degrees: turn },
          vars: { page: page.index + 1, how: HOW[turn] },
          location: { page: page.index + 1, channel: 'ocr' },
        }),
      );
    }
    return findings;
  },
});
