/**
 * nl.legal-fields — a Dutch invoice must state what art. 35a Wet OB requires that a reader can find:
 * invoice number, date of issue, the supplier's name and VAT number, the taxable amount and the VAT
 * amount (unless the VAT is reverse-charged). The customer's name is `fields.buyer-matches`'s to
 * judge (names are read too loosely to report one missing). Applies when the invoice is Dutch (Dutch
 * labels or a Dutch seller VAT id). Source: art. 35a(1) Wet op de omzetbelasting 1968.
 */
import { defineCheck } from '../engine/check.js';
import { buyerChannels, buyerField, channelsRead } from '../engine/fields/buyer-view.js';
import type { FieldId } from '../engine/model/fields.js';
import { fieldVars } from './support/fields.js';

const REQUIRED: readonly FieldId[] = [
  'invoiceNumber',
  'issueDate',
  'sellerName',
  'sellerVatId',
  'netAmount',
  'taxAmount',
];

export default defineCheck({
  id: 'nl.legal-fields',
  title: {
    en: 'Fields the Dutch VAT Act requires',
    nl: 'Velden die de Wet OB eist',
    de: 'Angaben, die das niederländische Umsatzsteuergesetz verlangt',
    fr: 'Mentions exigées par la loi néerlandaise sur la TVA',
  },
  defaultSeverity: 'warning',
  params: {},
  run(doc, { finding, profile }) {
    const read = channelsRead(doc, profile);
    if (read.length === 0) return [];
    const dutch =
      read.some((r) => r.language === 'nl') ||
      buyerField(doc, profile, 'sellerVatId')?.value.startsWith('NL') === true;
    if (!dutch) return [];
    const reverseCharge = read.some((r) => r.reverseCharge);
    const channel = buyerChannels(profile)[0]!;
    return REQUIRED.filter((field) => !(field === 'taxAmount' && reverseCharge))
      .filter((field) => !buyerField(doc, profile, field))
      .map((field) =>
        finding('nl.legal-fields.missing', {
          data: { field },
          vars: fieldVars(field, channel),
          location: { field, channel },
        }),
      );
  },
});
