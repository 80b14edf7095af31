import type { Box } from './geometry.js';

/** The invoice fields the harness looks for, as named in profiles, reports and the API. */
export const FIELD_IDS = [
  'invoiceNumber',
  'issueDate',
  'dueDate',
  'currency',
  'totalAmount',
  'payableAmount',
  'taxAmount',
  'netAmount',
  'sellerName',
  'sellerVatId',
  'sellerKvk',
  'iban',
  'buyerName',
  'buyerVatId',
  'buyerReference',
  'orderReference',
] as const;

/** One invoice field id. */
export type FieldId = (typeof FIELD_IDS)[number];

/** The two ways a buyer's software reads a PDF: its text layer, or OCR of the rendered page. */
export type Channel = 'text' | 'ocr';

/** How a value was found: next to a label (to its right or below it), by its pattern alone
 * (an IBAN anywhere on the page), from the totals block read as a whole, or computed. */
export type FieldSource = 'label-right' | 'label-below' | 'pattern' | 'totals' | 'derived';

/** One candidate value of a field, as read through one channel. */
export interface FieldCandidate {
  /** Normalised value: dates `YYYY-MM-DD`, amounts `"1234.50"`, ids upper case without spaces. */
  readonly value: string;
  /** The text as printed. */
  readonly raw: string;
  /** 1-based page number. */
  readonly page: number;
  /** Where the value is on that page (points, top-left origin). */
  readonly box: Box;
  /** The label the value was read next to, as printed (`Factuurnummer:`). */
  readonly label?: string;
  /** How sure the extraction is, 0–1 (label fit, placement, validity, OCR confidence). */
  readonly confidence: number;
  /** How it was found. */
  readonly source: FieldSource;
}

/** The value a channel reads for a field, with its runner-up candidates (other values, best first). */
export interface ExtractedField extends FieldCandidate {
  readonly candidates: readonly FieldCandidate[];
}

/** One VAT line of the totals block: a rate with its VAT amount (and taxable base when printed). */
export interface VatLine {
  /** Rate in percent, e.g. 21; absent when the line names none. */
  readonly rate?: number;
  /** VAT amount, normalised. */
  readonly amount: string;
  /** Taxable base, normalised, when the line prints it. */
  readonly base?: string;
  readonly raw: string;
  readonly page: number;
  readonly box: Box;
}

/** Why a field is ambiguous: what makes recognition software guess. */
export interface FieldAmbiguity {
  readonly field: FieldId;
  /** `close-candidates`: different values with nearly equal support (two invoice numbers);
   * `unlabelled-dates`: several dates and none labelled as the invoice date;
   * `totals-disagree`: candidate totals that no net + VAT combination explains. */
  readonly reason: 'close-candidates' | 'unlabelled-dates' | 'totals-disagree';
  /** The competing values, best first. */
  readonly values: readonly string[];
  readonly page: number;
  readonly box: Box;
}

/** An identifier found anywhere on the page, with the party it belongs to. */
export interface FoundIdentifier {
  readonly kind: 'vatId' | 'iban' | 'kvk';
  readonly value: string;
  readonly party: 'seller' | 'buyer';
  readonly page: number;
  readonly box: Box;
}

/** Everything one channel read. */
export interface ChannelFields {
  readonly channel: Channel;
  /** The document's language as the labels suggest, when any were found. */
  readonly language?: 'nl' | 'en' | 'de' | 'fr';
  /** The value per field (absent: not found). */
  readonly values: Readonly<Partial<Record<FieldId, ExtractedField>>>;
  /** The VAT lines per rate. */
  readonly vatLines: readonly VatLine[];
  /** Whether net + VAT = total held for the amounts picked. */
  readonly totalsConsistent?: boolean;
  /** Fields where the page gives recognition software more than one plausible answer. */
  readonly ambiguities: readonly FieldAmbiguity[];
  /** Every VAT id, IBAN and KvK number on the pages. */
  readonly identifiers: readonly FoundIdentifier[];
  /** Where the invoice says the VAT is reverse-charged ("btw verlegd"), if it does. */
  readonly reverseCharge?: { readonly raw: string; readonly page: number; readonly box: Box };
}

/** The fields read through each channel that ran. */
export interface DocumentFields {
  readonly text?: ChannelFields;
  readonly ocr?: ChannelFields;
}
