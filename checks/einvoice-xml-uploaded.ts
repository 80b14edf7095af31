/**
 * einvoice.xml-uploaded — a UBL or CII e-invoice uploaded instead of a PDF belongs in the e-invoicing channel
 * (Peppol), not in a PDF test: say so once, with what the XML holds (`file.is-pdf` leaves these files to this
 * check). Source: EN 16931-1, Peppol BIS Billing 3.0.
 */

import { defineCheck } from '../engine/check.js';
import { invoiceData, invoiceSummary, unreadableReason } from '../engine/einvoice/summary.js';

export default defineCheck({
  id: 'einvoice.xml-uploaded',
  reasonKind: 'unreadable',
  title: {
    en: 'Not an e-invoice XML instead of a PDF',
    nl: 'Geen e-factuur-XML in plaats van een PDF',
    de: 'Kein E-Rechnungs-XML statt einer PDF',
    fr: 'Pas de XML de facture électronique à la place d’un PDF',
  },
  docs: 'a UBL or CII (Factur-X, ZUGFeRD, XRechnung) XML uploaded instead of a PDF is rejected with its summary and the advice to send it through Peppol',
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding }) {
    const { kind } = doc.file;
    if (kind !== 'ubl-xml' && kind !== 'cii-xml') return [];
    const hintId = 'einvoice.xml-uploaded.hint';
    const invoice = doc.embeddedInvoice;
    if (invoice) {
      return [
        finding(invoice.syntax === 'UBL' ? 'einvoice.xml-uploaded.ubl' : 'einvoice.xml-uploaded.cii', {
          data: { kind, ...invoiceData(invoice) },
          vars: { summary: invoiceSummary(invoice) },
          hintId,
        }),
      ];
    }
    const error = doc.embeddedInvoiceError ?? { source: { kind: 'upload' }, reason: 'invalid-xml' };
    return [
      finding('einvoice.xml-uploaded.unreadable', {
        data: { kind, reason: error.reason },
        vars: { reason: unreadableReason(error) },
        hintId,
      }),
    ];
  },
});
