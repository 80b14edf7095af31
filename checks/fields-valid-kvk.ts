/**
 * fields.valid-kvk — the KvK number printed on the invoice must be a Chamber of Commerce number:
 * exactly 8 digits (the KvK publishes no check digit). Dutch AP software matches suppliers on it.
 * Source: Handelsregisterwet 2007; art. 8.1 Handelsregisterbesluit 2008 (KvK number on invoices).
 */
import { defineCheck } from '../engine/check.js';
import { buyerChannels, channelsRead } from '../engine/fields/buyer-view.js';
import { checkKvk } from '../engine/fields/validate.js';

export default defineCheck({
  id: 'fields.valid-kvk',
  title: {
    en: 'The KvK number is valid',
    nl: 'Het KvK-nummer is geldig',
    de: 'Die KvK-Nummer (niederländische Handelskammer) ist gültig',
    fr: 'Le numéro KvK (Chambre de commerce néerlandaise) est valide',
  },
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding, profile }) {
    const read = channelsRead(doc, profile)[0];
    if (!read) return [];
    const channel = buyerChannels(profile)[0]!;
    const kvk = read.values.sellerKvk;
    if (!kvk || checkKvk(kvk.value).valid) return [];
    return [
      finding('fields.valid-kvk.invalid', {
        data: { value: kvk.value },
        location: { page: kvk.page, box: kvk.box, field: 'sellerKvk', channel },
      }),
    ];
  },
});
