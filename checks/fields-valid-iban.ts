/**
 * fields.valid-iban — the IBAN printed on the invoice must be a real IBAN: the length of its country
 * and ISO 13616 mod-97 check digits. A typo in the IBAN means the buyer's payment bounces or, worse,
 * AP software refuses to create the supplier's bank account. Source: ISO 13616-1:2020.
 */
import { defineCheck } from '../engine/check.js';
import { buyerField } from '../engine/fields/buyer-view.js';
import { checkIban, ibanLength } from '../engine/fields/validate.js';
import { fieldLocation } from './support/fields.js';

export default defineCheck({
  id: 'fields.valid-iban',
  title: { en: 'The IBAN is valid', nl: 'Het IBAN is geldig' },
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding, profile }) {
    const iban = buyerField(doc, profile, 'iban');
    if (!iban) return [];
    const check = checkIban(iban.value);
    if (check.valid) return [];
    const length = check.country ? ibanLength(check.country) : undefined;
    const location = fieldLocation('iban', iban, iban.channel);
    if (!check.formatOk && length !== undefined)
      return [
        finding('fields.valid-iban.incomplete', {
          data: { value: iban.value, country: check.country ?? null, length, lengthOk: false },
          location,
        }),
      ];
    return [
      finding('fields.valid-iban.invalid', {
        data: { value: iban.value, country: check.country ?? null, lengthOk: check.formatOk },
        location,
      }),
    ];
  },
});
