/**
 * Recognises the invoicing or accounting package that made a PDF from its Producer and Creator, using
 * the list in `../data/invoicing-software.json` (data, so it can grow without code changes): name, a
 * case-insensitive pattern, whether it can send e-invoices, and a short how-to in Dutch and English.
 */

import type { LocalizedText } from '../model/finding.js';
import list from './invoicing-software.json' with { type: 'json' };

/** What a package can do with e-invoices: send through Peppol, make UBL files only, or nothing. */
export type EInvoiceCapability = 'peppol' | 'ubl' | 'none';

/** One known package. */
export interface InvoicingSoftware {
  /** Stable id, e.g. `moneybird`. */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  /** Regular expression (case-insensitive) over Producer and Creator. */
  readonly match: string;
  /** Its e-invoicing capability. */
  readonly einvoice: EInvoiceCapability;
  /** How to send e-invoices with it (or why not), for a non-technical user. */
  readonly howTo: LocalizedText;
}

/** Every known package, in match order. */
export const INVOICING_SOFTWARE: readonly InvoicingSoftware[] = list as InvoicingSoftware[];

const patterns = INVOICING_SOFTWARE.map((software) => ({
  software,
  pattern: new RegExp(software.match, 'iu'),
}));

/** The package named in the Producer or Creator, if it is one we know. */
export function recogniseSoftware(...names: readonly (string | undefined)[]): InvoicingSoftware | undefined {
  const text = names.filter((n): n is string => n !== undefined).join(' | ');
  if (text === '') return undefined;
  return patterns.find(({ pattern }) => pattern.test(text))?.software;
}
