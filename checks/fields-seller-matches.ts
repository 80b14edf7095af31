/**
 * fields.seller-matches — the seller on the invoice must be the supplier the buyer has on file: its
 * IBAN one of the accounts in the buyer's vendor master, its VAT id and KvK number the ones on file,
 * its name alike (legal forms aside: a warning, since names vary). A changed IBAN on an invoice is the
 * classic invoice fraud; accounts-payable teams change bank details only through their own procedure.
 * The master data is the run's (`CheckContext.expectedSeller`, entered per invitation); without it the
 * check compares nothing. Source: NVB / Betaalvereniging guidance on CEO and invoice fraud.
 */
import { defineCheck } from '../engine/check.js';
import { buyerField, channelsRead } from '../engine/fields/buyer-view.js';
import { compactId, sameName } from '../engine/fields/normalise.js';
import { checkIban } from '../engine/fields/validate.js';
import { hasExpectedSeller } from '../engine/model/expected-seller.js';
import type { Finding } from '../engine/model/finding.js';
import { fieldLocation } from './support/fields.js';

/** An IBAN on file, shown to the supplier only by its country and last four characters. */
export function maskIban(iban: string): string {
  return `${iban.slice(0, 2)} … ${iban.slice(-4)}`;
}

export default defineCheck({
  id: 'fields.seller-matches',
  title: {
    en: 'The seller is the supplier the buyer has on file',
    de: 'Der Verkäufer ist der Lieferant, den der Auftraggeber kennt',
    fr: 'Le vendeur est le fournisseur que le client connaît',
    nl: 'De verkoper is de leverancier die de afnemer kent',
  },
  defaultSeverity: 'error',
  docs: "Compares the seller's IBAN(s), VAT id, KvK number and name on the invoice with the buyer's master data of the supplier (entered per invitation, `PUT /api/invitations/{id}/master-data` or the CSV import): an IBAN not on file, another VAT id or KvK number is an error, another name a warning. Runs without master data compare nothing.",
  params: {},
  appliesTo: (_doc, _profile, run) => hasExpectedSeller(run.expectedSeller),
  run(doc, { finding, profile, expectedSeller }) {
    if (!hasExpectedSeller(expectedSeller)) return [];
    const findings: Finding[] = [];
    const onFile = new Set((expectedSeller.ibans ?? []).map((iban) => checkIban(iban).value));
    if (onFile.size > 0) {
      // Every IBAN the buyer's software can see: the field and any other one on the pages. The party
      // guess is not used: an IBAN on an invoice is where the money is to go, whoever's it looks like.
      const seen = new Map<string, Finding['location']>();
      const field = buyerField(doc, profile, 'iban');
      if (field) seen.set(checkIban(field.value).value, fieldLocation('iban', field, field.channel));
      for (const read of channelsRead(doc, profile))
        for (const id of read.identifiers)
          if (id.kind === 'iban' && !seen.has(checkIban(id.value).value))
            seen.set(checkIban(id.value).value, {
              page: id.page,
              box: id.box,
              field: 'iban',
              channel: read.channel,
            });
      const masked = [...onFile].map(maskIban).join(', ');
      for (const [iban, location] of seen)
        if (!onFile.has(iban))
          findings.push(
            finding('fields.seller-matches.iban', {
              data: { found: iban, onFile: masked },
              ...(location && { location }),
            }),
          );
    }
    for (const [field, key, id] of [
      ['sellerVatId', 'vat-id', expectedSeller.vatId],
      ['sellerKvk', 'kvk', expectedSeller.kvk],
    ] as const) {
      const value = buyerField(doc, profile, field);
      if (id === undefined || !value || compactId(value.value) === compactId(id)) continue;
      findings.push(
        finding(`fields.seller-matches.${key}`, {
          data: { found: value.value, expected: compactId(id) },
          location: fieldLocation(field, value, value.channel),
        }),
      );
    }
    const name = buyerField(doc, profile, 'sellerName');
    if (expectedSeller.name !== undefined && name && !sameName(name.value, expectedSeller.name))
      findings.push(
        finding('fields.seller-matches.name', {
          data: { found: name.value, expected: expectedSeller.name },
          severity: 'warning',
          location: fieldLocation('sellerName', name, name.channel),
        }),
      );
    return findings;
  },
});
