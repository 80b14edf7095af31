/**
 * einvoice.embedded (information) — a Factur-X / ZUGFeRD / XRechnung (CII) or UBL invoice attached to the PDF
 * shows the supplier's software already makes real e-invoices: say so, with what the XML says (an unreadable
 * one warns). Source: Factur-X 1.0 / ZUGFeRD 2.x (PDF/A-3 with an associated XML file).
 */

import { defineCheck } from '../engine/check.js';
import { invoiceData, invoiceSummary, unreadableReason } from '../engine/einvoice/summary.js';
import { ruleSeverity } from '../engine/severity.js';

export default defineCheck({
  id: 'einvoice.embedded',
  title: {
    en: 'A structured e-invoice is attached',
    nl: 'Er is een gestructureerde e-factuur bijgevoegd',
    de: 'Eine strukturierte E-Rechnung ist angehängt',
    fr: 'Une facture électronique structurée est jointe',
  },
  docs: 'information: a Factur-X / ZUGFeRD / XRechnung (CII) or UBL invoice attached to the PDF is read and summarised (profile, number, date, total, seller VAT id), with advice to send it as an e-invoice; an attached one that cannot be read warns',
  defaultSeverity: 'info',
  params: {},
  run(doc, { finding, profile }) {
    if (doc.file.kind !== 'pdf') return [];
    const invoice = doc.embeddedInvoice;
    if (invoice?.source.kind === 'attachment') {
      return [
        finding('einvoice.embedded.found', {
          data: { fileName: invoice.source.fileName, ...invoiceData(invoice) },
          vars: {
            fileName: invoice.source.fileName,
            profileName: invoice.profileName ?? invoice.syntax,
            summary: invoiceSummary(invoice),
          },
        }),
      ];
    }
    const error = doc.embeddedInvoiceError;
    if (error?.source.kind === 'attachment') {
      return [
        finding('einvoice.embedded.unreadable', {
          data: {
            fileName: error.source.fileName,
            reason: error.reason,
            ...(error.syntax && { syntax: error.syntax }),
          },
          vars: { reason: unreadableReason(error) },
          severity: ruleSeverity(profile, 'einvoice.embedded', false),
        }),
      ];
    }
    return [];
  },
});
