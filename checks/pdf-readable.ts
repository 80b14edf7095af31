/**
 * pdf.readable — the PDF must open and every page must be readable. Capture software stops at the
 * first damaged object; a truncated file (no `%%EOF`, cut off during a download) is the most common
 * cause. Source: PDF 2.0 (ISO 32000-2) §7.5 file structure. A parse error pdf.js raises outside any
 * check (a rejected promise nobody awaits) becomes this check's `pdf.readable.structure-damaged`
 * finding, added by the run's worker (`engine/damaged-structure.ts`).
 */
import { defineCheck } from '../engine/check.js';
import type { Finding } from '../engine/model/finding.js';

export default defineCheck({
  id: 'pdf.readable',
  title: {
    en: 'The PDF can be opened and read',
    nl: 'De PDF kan worden geopend en gelezen',
    de: 'Die PDF lässt sich öffnen und lesen',
    fr: 'Le PDF peut être ouvert et lu',
  },
  docs: 'the PDF opens and every page reads; damaged and truncated files are told apart',
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding }) {
    if (doc.file.kind !== 'pdf') return [];
    const { unreadable } = doc;
    if (unreadable?.reason === 'damaged')
      return [finding('pdf.readable.damaged', { data: { detail: unreadable.detail } })];
    if (unreadable?.reason === 'truncated')
      return [finding('pdf.readable.truncated', { data: { detail: unreadable.detail } })];
    if (unreadable) return []; // a password is pdf.encrypted's finding
    const findings: Finding[] = doc.pages
      .filter((page) => page.error !== undefined)
      .map((page) =>
        finding('pdf.readable.page-damaged', {
          data: { page: page.index + 1, detail: page.error ?? '' },
          location: { page: page.index + 1 },
        }),
      );
    if (doc.file.hasEofMarker === false)
      findings.push(finding('pdf.readable.truncated-recovered', { severity: 'warning' }));
    return findings;
  },
});
