/**
 * fields.valid-iban — the IBAN printed on the invoice must be a real IBAN: the length of its country
 * and ISO 13616 mod-97 check digits. A typo in the IBAN means the buyer's payment bounces or, worse,
 * AP software refuses to create the supplier's bank account. Source: ISO 13616-1:2020. Some countries
 * add a national check key inside the account number (France's "clé RIB", Belgium, Spain, ...): an IBAN
 * whose mod-97 digits match but whose national key does not gets its own message, since the typo is
 * in the account number, not in the IBAN's check digits.
 */
import { defineCheck } from '../engine/check.js';
import { buyerField } from '../engine/fields/buyer-view.js';
import { checkIban, ibanLength } from '../engine/fields/validate.js';
import { fieldLocation } from './support/fields.js';

/** ISO 13616 mod 97 over the IBAN (country and check digits moved to the end): 1 when they match. */
export function ibanMod97(iban: string): number {
  let rest = 0;
  for (const ch of iban.slice(4) + iban.slice(0, 4)) {
    const digits = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest;
}

export default defineCheck({
  id: 'fields.valid-iban',
  title: {
    en: 'The IBAN is valid',
    nl: 'Het IBAN is geldig',
    de: 'Die IBAN ist gültig',
    fr: 'L’IBAN est valide',
  },
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
    if (check.formatOk && ibanMod97(check.value) === 1)
      return [
        finding('fields.valid-iban.national-key', {
          data: { value: iban.value, country: check.country ?? null, lengthOk: true, mod97Ok: true },
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
