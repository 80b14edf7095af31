/**
 * The invoicing software list of the supplier's inventory, kept as data in
 * `server/onboarding/invoicing-software.json` (what each package is known to send besides a PDF).
 */
import { readFileSync } from 'node:fs';
import type { LocalizedText } from '../../checks/model/finding.js';
import { fromRoot } from '../paths.js';

/** One invoicing package. */
export interface InvoicingSoftware {
  /** Stable id, stored with an invitation's inventory. */
  readonly id: string;
  readonly name: LocalizedText;
  /** What it is known to send besides a PDF: over Peppol, a UBL file, or not known. */
  readonly einvoice: 'peppol' | 'ubl' | null;
  /** Where in the package to look for it. */
  readonly where: LocalizedText | null;
  /** Whether choosing it means invoices are made by hand (a word processor or spreadsheet). */
  readonly handmade?: boolean;
}

interface Raw {
  readonly software: readonly (Omit<InvoicingSoftware, 'name'> & { name: string | LocalizedText })[];
}

let cached: readonly InvoicingSoftware[] | undefined;

/** The list, in the order suppliers see it. */
export function invoicingSoftware(): readonly InvoicingSoftware[] {
  cached ??= (
    JSON.parse(readFileSync(fromRoot('server', 'onboarding', 'invoicing-software.json'), 'utf8')) as Raw
  ).software.map((entry) => ({
    ...entry,
    name: typeof entry.name === 'string' ? { nl: entry.name, en: entry.name } : entry.name,
  }));
  return cached;
}

/** The id suppliers choose when their software is not in the list. */
export const OTHER_SOFTWARE = 'other';
