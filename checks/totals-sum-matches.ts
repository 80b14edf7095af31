/**
 * totals.sum-matches — the amounts must add up: net + VAT = total (within `tolerance`), the VAT per
 * rate must add up to the VAT total, and each rate line's VAT must be its rate of its base. AP
 * software checks exactly this and rejects, or books the wrong amount. Source: art. 35a(1)(h–j)
 * Wet OB (taxable amount per rate, the rate, the VAT amount); EN 16931 rules BR-CO-15, BR-S-09.
 */
import { defineCheck } from '../engine/check.js';
import { channelsRead } from '../engine/fields/buyer-view.js';
import type { Finding } from '../engine/model/finding.js';

const cents = (value: string): number => Math.round(Number(value) * 100);
/** Amounts read with less confidence than this are not compared. */
const MIN_CONFIDENCE = 0.4;
const money = (centsValue: number): string => (centsValue / 100).toFixed(2);

export default defineCheck<{ tolerance: number }>({
  id: 'totals.sum-matches',
  title: {
    en: 'Net + VAT equals the total',
    nl: 'Netto + btw is gelijk aan het totaal',
    de: 'Netto + MwSt. ergibt den Gesamtbetrag',
    fr: 'HT + TVA est égal au total',
  },
  defaultSeverity: 'error',
  params: {
    tolerance: {
      type: 'number',
      default: 0.01,
      minimum: 0,
      maximum: 100,
      description: 'Largest difference (in the invoice currency) still accepted as rounding.',
    },
  },
  run(doc, { finding, params, profile }) {
    const read = channelsRead(doc, profile)[0];
    if (!read) return [];
    const { netAmount: net, taxAmount: tax, totalAmount: total } = read.values;
    const tolerance = Math.round(params.tolerance * 100);
    const findings: Finding[] = [];
    // Only amounts read with some certainty: a guess between unlabelled amounts proves nothing.
    const sure = (...values: { confidence: number }[]): boolean =>
      values.every((v) => v.confidence >= MIN_CONFIDENCE);
    if (net && tax && total && net.source !== 'derived' && sure(net, tax, total)) {
      const sum = cents(net.value) + cents(tax.value);
      if (Math.abs(sum - cents(total.value)) > tolerance)
        findings.push(
          finding('totals.sum-matches.mismatch', {
            data: { net: net.value, tax: tax.value, sum: money(sum), total: total.value },
            location: { page: total.page, box: total.box, field: 'totalAmount', channel: read.channel },
          }),
        );
    }
    // The VAT summary sits with the totals block: lines on other pages (per-page subtotals, repeated
    // headers) are not part of the sum.
    const lines = tax ? read.vatLines.filter((line) => line.page === tax.page) : read.vatLines;
    if (tax && tax.source !== 'derived' && lines.length > 0) {
      const sum = lines.reduce((s, line) => s + cents(line.amount), 0);
      // Per-rate lines that sum to the VAT total are consistent; a single line may be the total itself.
      if (Math.abs(sum - cents(tax.value)) > tolerance * lines.length)
        findings.push(
          finding('totals.sum-matches.vat-lines', {
            data: { sum: money(sum), tax: tax.value, lines: lines.length },
            location: { page: tax.page, box: tax.box, field: 'taxAmount', channel: read.channel },
          }),
        );
    }
    for (const line of lines) {
      if (line.base === undefined || line.rate === undefined) continue;
      const expected = Math.round((cents(line.base) * line.rate) / 100);
      // Rounding per invoice line may move the VAT of a rate by a few cents, not by more than 0.5%.
      const slack = Math.max(tolerance, 2, Math.round(Math.abs(expected) * 0.005));
      if (Math.abs(expected - cents(line.amount)) > slack)
        findings.push(
          finding('totals.sum-matches.vat-rate', {
            data: { rate: line.rate, base: line.base, expected: money(expected), amount: line.amount },
            location: { page: line.page, box: line.box, field: 'taxAmount', channel: read.channel },
          }),
        );
    }
    return findings;
  },
});
