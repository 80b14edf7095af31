/**
 * einvoice.matches-printed — where the PDF carries a structured e-invoice (Factur-X, ZUGFeRD, UBL),
 * the values printed on the page must equal those in the XML. Software that reads the XML books one
 * amount while the person approving sees another; buyers refuse such hybrids. Names are not compared
 * (printed names vary in form). Source: Factur-X 1.0 / ZUGFeRD 2.x §1 (the PDF and XML carry the same invoice).
 */

import { defineCheck } from '../engine/check.js';
import { buyerField } from '../engine/fields/buyer-view.js';
import type { FieldId } from '../engine/model/fields.js';
import type { Finding } from '../engine/model/finding.js';
import { hasEmbeddedInvoice } from './support/applies.js';
import { fieldLocation, fieldVars } from './support/fields.js';

const AMOUNTS = new Set<FieldId>(['totalAmount', 'payableAmount', 'taxAmount', 'netAmount']);
const SKIPPED = new Set<FieldId>(['sellerName', 'buyerName']);

/** Whether a printed and an embedded value are the same; a credit note's amounts may differ in sign. */
function same(field: FieldId, printed: string, embedded: string): boolean {
  if (AMOUNTS.has(field))
    return Math.abs(Math.round(Number(printed) * 100)) === Math.abs(Math.round(Number(embedded) * 100));
  const compact = (v: string): string => v.replace(/[\s.\-/]/g, '').toUpperCase();
  return compact(printed) === compact(embedded);
}

export default defineCheck({
  id: 'einvoice.matches-printed',
  appliesTo: hasEmbeddedInvoice,
  title: {
    en: 'The printed invoice matches its embedded e-invoice',
    nl: 'De afgedrukte factuur komt overeen met de ingesloten e-factuur',
    de: 'Die gedruckte Rechnung stimmt mit ihrer eingebetteten E-Rechnung überein',
    fr: 'La facture imprimée correspond à sa facture électronique intégrée',
  },
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding, profile }) {
    const embedded = doc.embeddedInvoice?.fields;
    if (!embedded) return [];
    const findings: Finding[] = [];
    for (const [field, xmlValue] of Object.entries(embedded) as [FieldId, string | undefined][]) {
      if (xmlValue === undefined || SKIPPED.has(field)) continue;
      const printed = buyerField(doc, profile, field);
      if (!printed || same(field, printed.value, xmlValue)) continue;
      findings.push(
        finding('einvoice.matches-printed.mismatch', {
          data: { field, printed: printed.value, embedded: xmlValue },
          vars: fieldVars(field),
          location: fieldLocation(field, printed, printed.channel),
        }),
      );
    }
    return findings;
  },
});
