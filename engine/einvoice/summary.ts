/** A one-line summary of an e-invoice in both languages ("invoice F-1, dated 2026-01-12, total EUR 1090.00, …"). */
import { joinLocalized, localize } from '../i18n/catalogue.js';
import type { EmbeddedInvoice, EmbeddedInvoiceError } from '../model/document.js';
import type { LocalizedText } from '../model/finding.js';

/** The invoice number, date, total and seller VAT id, as far as the XML states them. */
export function invoiceSummary(invoice: EmbeddedInvoice): LocalizedText {
  const f = invoice.fields;
  const parts: LocalizedText[] = [];
  if (f.invoiceNumber) parts.push(localize('einvoice.term.invoice', { value: f.invoiceNumber }));
  if (f.issueDate) parts.push(localize('einvoice.term.dated', { value: f.issueDate }));
  if (f.totalAmount)
    parts.push(
      localize('einvoice.term.total', { value: [f.currency, f.totalAmount].filter(Boolean).join(' ') }),
    );
  if (f.sellerVatId) parts.push(localize('einvoice.term.seller-vat', { value: f.sellerVatId }));
  return parts.length > 0 ? joinLocalized(parts) : localize('einvoice.term.no-data');
}

/** Why an e-invoice could not be read, in words. */
export function unreadableReason(error: EmbeddedInvoiceError): LocalizedText {
  return localize(`einvoice.term.${error.reason}`);
}

/** Machine-readable summary fields for a finding's data. */
export function invoiceData(invoice: EmbeddedInvoice): Record<string, string> {
  return {
    syntax: invoice.syntax,
    ...(invoice.profile && { profile: invoice.profile }),
    ...(invoice.profileName && { profileName: invoice.profileName }),
    ...Object.fromEntries(Object.entries(invoice.fields).filter(([, v]) => v !== undefined)),
  } as Record<string, string>;
}
