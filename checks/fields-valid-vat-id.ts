/**
 * fields.valid-vat-id — the seller's and the buyer's VAT numbers must be valid: the national form and
 * check digits (a Dutch btw-id is NL + 9 digits + B + 2 digits, valid under mod 97 or the older
 * mod 11). A wrong VAT number makes the invoice unfit for VAT deduction, so AP departments refuse it.
 * Source: art. 35a(1)(c) Wet OB / art. 226(3) VAT Directive 2006/112/EC; national check-digit rules.
 */
import { defineCheck } from '../engine/check.js';
import { buyerField } from '../engine/fields/buyer-view.js';
import { checkVatId } from '../engine/fields/validate.js';
import type { Finding } from '../engine/model/finding.js';
import { fieldLocation, fieldVars } from './support/fields.js';

export default defineCheck({
  id: 'fields.valid-vat-id',
  title: {
    en: 'VAT numbers are valid',
    nl: 'Btw-nummers zijn geldig',
    de: 'USt-IdNrn. sind gültig',
    fr: 'Les numéros de TVA sont valides',
  },
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding, profile }) {
    const findings: Finding[] = [];
    for (const field of ['sellerVatId', 'buyerVatId'] as const) {
      const id = buyerField(doc, profile, field);
      if (!id) continue;
      const check = checkVatId(id.value);
      if (check.valid) continue;
      findings.push(
        finding(check.formatOk ? 'fields.valid-vat-id.checksum' : 'fields.valid-vat-id.format', {
          data: { field, value: id.value, country: check.country ?? id.value.slice(0, 2) },
          vars: fieldVars(field),
          location: fieldLocation(field, id, id.channel),
        }),
      );
    }
    return findings;
  },
});
