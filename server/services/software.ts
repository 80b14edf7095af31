/**
 * The invoicing software list of the supplier's inventory: the packages of
 * `engine/einvoice/invoicing-software.json` (shared with the `software.can-send-einvoice` check, which
 * recognises them in a PDF), shaped for the supplier page.
 */
import { type EInvoiceCapability, INVOICING_SOFTWARE } from '../../engine/einvoice/software.js';
import type { LocalizedText } from '../../engine/model/finding.js';

/** One invoicing package as the supplier page lists it. */
export interface InvoicingSoftwareChoice {
  /** Stable id, stored with an invitation's inventory. */
  readonly id: string;
  readonly name: LocalizedText;
  /** What it can send besides a PDF: over Peppol, a UBL file, or nothing. */
  readonly einvoice: EInvoiceCapability;
  /** How to send e-invoices with it (or why it cannot). */
  readonly howTo: LocalizedText;
  /** Whether invoices made with it are made by hand (a word processor or spreadsheet). */
  readonly handmade: boolean;
}

let cached: readonly InvoicingSoftwareChoice[] | undefined;

/** The list, in the order suppliers see it. */
export function invoicingSoftware(): readonly InvoicingSoftwareChoice[] {
  cached ??= INVOICING_SOFTWARE.map((software) => ({
    id: software.id,
    name: { nl: software.name, en: software.name, de: software.name, fr: software.name },
    einvoice: software.einvoice,
    howTo: software.howTo,
    handmade: software.einvoice === 'none',
  }));
  return cached;
}

/** The id suppliers choose when their software is not in the list. */
export const OTHER_SOFTWARE = 'other';
