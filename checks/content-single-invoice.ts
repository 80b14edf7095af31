/**
 * content.single-invoice — one PDF must hold one invoice (`file.singleInvoice`): capture software books a file
 * as one invoice, so a second one is lost or merged. Signs: different invoice numbers on different pages, or
 * page numbering that starts again ("Pagina 1 van 2" twice).
 */
import { defineCheck } from '../engine/check.js';
import type { Box } from '../engine/model/geometry.js';
import { ruleSeverity } from '../engine/severity.js';

export default defineCheck({
  id: 'content.single-invoice',
  reasonKind: 'delivery',
  title: { en: 'One invoice per PDF', nl: 'Eén factuur per PDF' },
  docs: 'the PDF holds one invoice: no different labelled invoice numbers on different pages, no page numbering that starts again; `file.singleInvoice: true` rejects, unset warns, `false` turns it off',
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding, profile }) {
    const rule = profile.file?.singleInvoice;
    if (rule === false || doc.pages.length < 2) return [];
    const severity = ruleSeverity(profile, 'content.single-invoice', rule === true);
    const hintId = 'content.single-invoice.hint';

    // The first labelled invoice number on each page; a reference to another invoice later on the same
    // page ("credit note for invoice F-1") does not count.
    const firsts: { value: string; page: number; box: Box }[] = [];
    for (const page of doc.pages) {
      const first = page.signals?.invoiceNumbers[0];
      if (first && !firsts.some((f) => f.value === first.value))
        firsts.push({ ...first, page: page.index + 1 });
    }
    const second = firsts[1];
    if (second) {
      return [
        finding('content.single-invoice.several-numbers', {
          data: {
            count: firsts.length,
            numbers: firsts
              .slice(0, 5)
              .map((f) => f.value)
              .join(', '),
            page: second.page,
          },
          location: { page: second.page, box: second.box },
          severity,
          hintId,
        }),
      ];
    }

    let previous: number | undefined;
    for (const page of doc.pages) {
      const numbering = page.signals?.pageNumber;
      if (!numbering) continue;
      if (previous !== undefined && numbering.n <= previous) {
        return [
          finding('content.single-invoice.numbering-restarts', {
            data: { page: page.index + 1, label: `${numbering.n}/${numbering.of}` },
            location: { page: page.index + 1, box: numbering.box },
            severity,
            hintId,
          }),
        ];
      }
      previous = numbering.n;
    }
    return [];
  },
});
