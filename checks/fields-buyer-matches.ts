/**
 * fields.buyer-matches — the invoice must be addressed to the buyer of the profile: its name, VAT id
 * or KvK number must be on it, and a buyer VAT id or name that is printed must be the buyer's. AP
 * software matches invoices to the receiving company; one addressed to another entity is returned.
 * Also compares fields the profile ties to the buyer (`equals: { buyerField }`). Source: art. 35a(1)(e) Wet OB.
 */
import { defineCheck } from '../engine/check.js';
import { buyerChannels, buyerField, channelsRead } from '../engine/fields/buyer-view.js';
import { compactId, nameCore, sameName } from '../engine/fields/normalise.js';
import type { DocumentModel } from '../engine/model/document.js';
import { type Channel, FIELD_IDS } from '../engine/model/fields.js';
import type { Finding } from '../engine/model/finding.js';
import type { BuyerInfo } from '../engine/model/profile.js';
import { channelVars, fieldLocation, fieldVars } from './support/fields.js';

function pageTexts(doc: DocumentModel, channel: Channel): string {
  return doc.pages
    .map((page) => (channel === 'text' ? page.text?.words : page.ocr?.words) ?? [])
    .map((words) => nameCore(words.map((w) => w.text).join(' ')))
    .join('\n');
}

const buyerValue = (buyer: BuyerInfo, field: 'name' | 'vatId' | 'kvk'): string | undefined => buyer[field];

export default defineCheck({
  id: 'fields.buyer-matches',
  reasonKind: 'delivery',
  title: {
    en: 'The invoice is addressed to the buyer',
    nl: 'De factuur is gericht aan de afnemer',
    de: 'Die Rechnung ist an den Rechnungsempfänger adressiert',
    fr: 'La facture est adressée au client',
  },
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding, profile }) {
    const buyer = profile.buyer;
    const read = channelsRead(doc, profile);
    if (!buyer || read.length === 0) return [];
    const channel = buyerChannels(profile)[0]!;
    const findings: Finding[] = [];
    const vatId = buyerField(doc, profile, 'buyerVatId');
    const name = buyerField(doc, profile, 'buyerName');
    const ids = new Set(read.flatMap((r) => r.identifiers.map((i) => i.value)));
    const text = read.map((r) => pageTexts(doc, r.channel)).join('\n');
    const expectedVat = buyer.vatId && compactId(buyer.vatId);
    const identified =
      (expectedVat !== undefined && ids.has(expectedVat)) ||
      (buyer.kvk !== undefined && (ids.has(buyer.kvk) || text.includes(buyer.kvk))) ||
      (name !== undefined && sameName(name.value, buyer.name)) ||
      (nameCore(buyer.name) !== '' && text.includes(nameCore(buyer.name)));
    if (vatId && expectedVat && vatId.value !== expectedVat)
      findings.push(
        finding('fields.buyer-matches.vat-id', {
          data: { found: vatId.value, expected: expectedVat },
          location: fieldLocation('buyerVatId', vatId, vatId.channel),
        }),
      );
    else if (!identified && name)
      findings.push(
        finding('fields.buyer-matches.name', {
          data: { found: name.value, expected: buyer.name },
          location: fieldLocation('buyerName', name, name.channel),
        }),
      );
    else if (!identified && !vatId)
      findings.push(
        finding('fields.buyer-matches.not-found', {
          data: { expected: buyer.name },
          vars: channelVars(channel),
          location: { field: 'buyerName', channel },
        }),
      );
    // Fields the profile ties to a buyer field.
    for (const field of FIELD_IDS) {
      const equals = profile.fields?.[field]?.equals;
      if (!equals || typeof equals === 'string') continue;
      const expected = buyerValue(buyer, equals.buyerField);
      const value = buyerField(doc, profile, field);
      if (expected === undefined || !value) continue;
      const ok =
        equals.buyerField === 'name'
          ? sameName(value.value, expected)
          : compactId(value.value) === compactId(expected);
      if (!ok)
        findings.push(
          finding('fields.buyer-matches.field', {
            data: { field, found: value.value, expected },
            vars: fieldVars(field),
            location: fieldLocation(field, value, value.channel),
          }),
        );
    }
    return findings;
  },
});
