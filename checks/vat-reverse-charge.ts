/**
 * vat.reverse-charge — an invoice that says the VAT is reverse-charged ("btw verlegd", "reverse
 * charge", "Steuerschuldnerschaft des Leistungsempfängers") must show the buyer's VAT number: without
 * it the buyer cannot account for the VAT and the invoice does not meet the law.
 * Source: art. 35a(1)(d) and (2) Wet OB; art. 226(4) and (11a) VAT Directive 2006/112/EC.
 */
import { defineCheck } from '../engine/check.js';
import { buyerField, channelsRead } from '../engine/fields/buyer-view.js';

export default defineCheck({
  id: 'vat.reverse-charge',
  title: {
    en: "A reverse-charge invoice shows the buyer's VAT number",
    nl: 'Een factuur met verlegde btw vermeldt het btw-nummer van de afnemer',
    de: 'Eine Reverse-Charge-Rechnung nennt die USt-IdNr. des Rechnungsempfängers',
    fr: 'Une facture en autoliquidation indique le numéro de TVA du client',
  },
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding, profile }) {
    const read = channelsRead(doc, profile).find((r) => r.reverseCharge);
    const mention = read?.reverseCharge;
    if (!read || !mention || buyerField(doc, profile, 'buyerVatId')) return [];
    const text = mention.raw.length > 80 ? `${mention.raw.slice(0, 77)}…` : mention.raw;
    return [
      finding('vat.reverse-charge.missing-buyer-vat', {
        data: { text },
        location: { page: mention.page, box: mention.box, field: 'buyerVatId', channel: read.channel },
      }),
    ];
  },
});
