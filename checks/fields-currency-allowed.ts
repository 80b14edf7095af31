/**
 * fields.currency-allowed — the invoice's currency must be an ISO 4217 code and one the buyer pays in
 * (the profile's `fields.currency.oneOf`, or this check's `allowed`). A Dutch public body pays in euro;
 * an invoice in another currency is returned. Source: ISO 4217; the buyer's acceptance profile. A code
 * ISO 4217 has withdrawn (DEM, NLG, ...) is named as such, with the currency that replaced it
 * (ISO 4217 list three, historic denominations).
 */
import { defineCheck } from '../engine/check.js';
import { buyerField } from '../engine/fields/buyer-view.js';
import { isCurrencyCode } from '../engine/fields/validate.js';
import { fieldLocation } from './support/fields.js';

/**
 * Withdrawn codes of currencies the euro replaced: the year the old currency stopped being legal
 * tender (ISO 4217 list three). Old invoicing templates still print them.
 */
export const WITHDRAWN_CURRENCIES: Readonly<
  Record<string, { readonly since: number; readonly use: string }>
> = {
  ATS: { since: 2002, use: 'EUR' },
  BEF: { since: 2002, use: 'EUR' },
  DEM: { since: 2002, use: 'EUR' },
  ESP: { since: 2002, use: 'EUR' },
  FIM: { since: 2002, use: 'EUR' },
  FRF: { since: 2002, use: 'EUR' },
  GRD: { since: 2002, use: 'EUR' },
  IEP: { since: 2002, use: 'EUR' },
  ITL: { since: 2002, use: 'EUR' },
  LUF: { since: 2002, use: 'EUR' },
  NLG: { since: 2002, use: 'EUR' },
  PTE: { since: 2002, use: 'EUR' },
  SIT: { since: 2007, use: 'EUR' },
  CYP: { since: 2008, use: 'EUR' },
  MTL: { since: 2008, use: 'EUR' },
  SKK: { since: 2009, use: 'EUR' },
  EEK: { since: 2011, use: 'EUR' },
  LVL: { since: 2014, use: 'EUR' },
  LTL: { since: 2015, use: 'EUR' },
  HRK: { since: 2023, use: 'EUR' },
};

export default defineCheck<{ allowed: string[] }>({
  id: 'fields.currency-allowed',
  title: {
    en: 'The currency is accepted',
    nl: 'De valuta wordt geaccepteerd',
    de: 'Die Währung wird angenommen',
    fr: 'La devise est acceptée',
  },
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
    const withdrawn = WITHDRAWN_CURRENCIES[currency.value];
    if (withdrawn)
      return [
        finding('fields.currency-allowed.withdrawn', {
          data: { currency: currency.value, since: withdrawn.since, replacement: withdrawn.use },
          location,
        }),
      ];
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
