/**
 * pdf.max-pages — the PDF must not have more pages than the buyer's software takes for one invoice.
 * Capture services cap pages per document (cost, and to stop several invoices in one file).
 * Limit: the profile's `file.maxPages`.
 */
import { defineCheck } from '../engine/check.js';
import { DEFAULT_MAX_PAGES } from '../engine/model/profile.js';

export default defineCheck({
  id: 'pdf.max-pages',
  title: {
    en: 'Not too many pages',
    nl: "Niet te veel pagina's",
    de: 'Nicht zu viele Seiten',
    fr: 'Pas trop de pages',
  },
  docs: "no more pages than the profile's `file.maxPages` (default 50)",
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding, profile }) {
    if (!doc.pdf) return [];
    const limit = profile.file?.maxPages ?? DEFAULT_MAX_PAGES;
    if (doc.pdf.pageCount <= limit) return [];
    return [finding('pdf.max-pages.too-many', { data: { pages: doc.pdf.pageCount, limit } })];
  },
});
