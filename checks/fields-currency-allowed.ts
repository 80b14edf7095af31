/**
 * fields.currency-allowed — the invoice's currency must be an ISO 4217 code and one the buyer pays in
 * (the profile's `fields.currency.oneOf`, or this check's `allowed`). A Dutch public body pays in euro;
 * an invoice in another currency is returned. Source: ISO 4217; the buyer's acceptance profile.
 */
import { defineCheck } from '../engine/check.js';
import { buyerField } from '../engine/fields/buyer-view.js';
import { isCurrencyCode } from '../engine/fields/validate.js';
import { fieldLocation } from './support/fields.js';

export default defineCheck<{ allowed: string[] }>({
  id: 'fields.currency-allowed',
  title: { en: 'The currency is accepted', nl: 'De valuta wordt geaccepteerd' },
  defaultSeverity: 'error',
  params: {
    allowed: {
      type: 'array',
      items: { type: 'string', pattern: '^[A-Z]{3}$' },
      default: [],
      description:
        'Accepted ISO 4217 codes (empty: any); the profile’s fields.currency.oneOf takes precedence.',
    },
  },
  run(doc, { finding, params, profile }) {
    const currency = buyerField(doc, profile, 'currency');
    if (!currency) return [];
    const location = fieldLocation('currency', currency, currency.channel);
    if (!isCurrencyCode(currency.value))
      return [finding('fields.currency-allowed.unknown', { data: { currency: currency.value }, location })];
    const allowed = profile.fields?.currency?.oneOf ?? params.allowed;
    if (allowed.length === 0 || allowed.includes(currency.value)) return [];
    return [
      finding('fields.currency-allowed.not-allowed', {
        data: { currency: currency.value, allowed: allowed.join(', ') },
        location,
      }),
    ];
  },
});
