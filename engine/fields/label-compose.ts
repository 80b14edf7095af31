/**
 * Joins label hits that belong together into one label: a document title and a number word
 * (`Rechnung Nr.`) into an invoice-number label, and a total label with a tax qualifier
 * (`Total Amount (Inclusive GST)`, `Summe exkl. USt`) into a total or net label. Pure: hits in,
 * hits out, in reading order.
 */
import type { LabelHit } from './labels.js';
import { unionBox } from './layout.js';
import { type LabelRole, STRONG } from './vocabulary.js';

/** Label roles that read a field value (the others only help reading the page). */
export const FIELD_ROLES = new Set<LabelRole>([
  'invoiceNumber',
  'issueDate',
  'dueDate',
  'currency',
  'totalAmount',
  'payableAmount',
  'taxAmount',
  'netAmount',
  'sellerVatId',
  'buyerVatId',
  'vatId',
  'sellerKvk',
  'iban',
  'buyerReference',
  'orderReference',
]);

/**
 * Joins a title word and a number word that follows it (`Handelsrechnung (380) Nr.`, `Rechnung
 * Nr.`) into one invoice-number label; a number word anywhere else means nothing.
 */
export function composeTitleLabels(hits: LabelHit[]): LabelHit[] {
  const out: LabelHit[] = [];
  for (let k = 0; k < hits.length; k++) {
    const hit = hits[k]!;
    const next = hits[k + 1];
    if (
      hit.meanings.some((m) => m.role === 'title') &&
      next?.meanings.some((m) => m.role === 'numberWord') &&
      next.start - hit.end <= 2
    ) {
      const tokens = hit.line.tokens.slice(hit.start, next.end);
      out.push({
        line: hit.line,
        start: hit.start,
        end: next.end,
        meanings: [{ role: 'invoiceNumber', lang: hit.meanings[0]!.lang, strength: 0.9 }],
        text: tokens.map((t) => t.text).join(' '),
        box: unionBox(tokens.map((t) => t.box)),
        fuzzy: hit.fuzzy || next.fuzzy,
      });
      k++;
      continue;
    }
    out.push(hit);
  }
  return out;
}

/** Words that say a total includes the tax named after them (`incl.`, `inklusive`, `TTC`-like). */
const INCLUDING = new Set([
  'incl',
  'inc',
  'including',
  'inclusive',
  'inclusief',
  'inkl',
  'inklusive',
  'einschl',
  'einschließlich',
  'einschliesslich',
  'inclus',
  'incluse',
  'avec',
]);
/** Words that say a total leaves out the tax named after them. */
const EXCLUDING = new Set([
  'excl',
  'exc',
  'ex',
  'excluding',
  'exclusive',
  'exclusief',
  'exkl',
  'exklusive',
  'zzgl',
  'ohne',
  'hors',
  'sans',
  'before',
  'voor',
]);

/**
 * Joins a total label, a qualifier and a tax word into one label: `Total Amount (Inclusive GST)`,
 * `Total Sales Incl. GST`, `Gesamtsumme inkl. MwSt.` announce the total, `Summe exkl. USt` the net
 * — in any wording, not only those the vocabulary lists. One unlabelled word may stand between
 * the total word and the qualifier (`Total Sales`), and `of` after it (`inclusive of VAT`).
 */
export function composeQualifiedTotals(hits: LabelHit[]): LabelHit[] {
  const out: LabelHit[] = [];
  for (let k = 0; k < hits.length; k++) {
    const hit = hits[k]!;
    const composed = hit.meanings.some((m) => m.role === 'totalAmount' || m.role === 'netAmount')
      ? qualifiedTotal(hit, hits.slice(k + 1, k + 4))
      : undefined;
    if (!composed) {
      out.push(hit);
      continue;
    }
    out.push(composed.hit);
    k += composed.used;
  }
  return out;
}

/** The total label `hit` joined with a qualifier and a tax word among the hits after it, if they follow. */
function qualifiedTotal(
  hit: LabelHit,
  after: readonly LabelHit[],
): { hit: LabelHit; used: number } | undefined {
  const tokens = hit.line.tokens;
  for (let n = 0; n < after.length; n++) {
    const tax = after[n]!;
    // Words read as labels of their own in between (`Bill`, `of`) are fine; a value label is not.
    if (!tax.meanings.some((m) => m.role === 'taxAmount')) {
      if (tax.meanings.some((m) => FIELD_ROLES.has(m.role))) return undefined;
      continue;
    }
    // The tax label must be short (`GST`, `VAT`, `MwSt.`), not a label of its own with a value.
    if (tax.end - tax.start > 2) return undefined;
    // Between the two labels: [one word] qualifier [of] (rates aside: `incl. 21% VAT`).
    const between = tokens
      .slice(hit.end, tax.start)
      .map((t) => t.norm)
      .filter((norm) => norm !== '' && !/^@?\d{1,2}(?:[.,]\d{1,2})?%$/.test(norm));
    let qualifier: 'incl' | 'excl' | undefined;
    for (let skip = 0; skip <= 1 && skip < between.length && !qualifier; skip++) {
      const rest = between.slice(skip + 1);
      if (rest.length > 1 || (rest.length === 1 && rest[0] !== 'of' && rest[0] !== 'de')) continue;
      const word = between[skip]!;
      qualifier = INCLUDING.has(word) ? 'incl' : EXCLUDING.has(word) ? 'excl' : undefined;
    }
    if (!qualifier) return undefined;
    const span = tokens.slice(hit.start, tax.end);
    return {
      hit: {
        line: hit.line,
        start: hit.start,
        end: tax.end,
        meanings: [
          {
            role: qualifier === 'incl' ? 'totalAmount' : 'netAmount',
            lang: hit.meanings[0]!.lang,
            strength: STRONG,
          },
        ],
        text: span.map((t) => t.text).join(' '),
        box: unionBox(span.map((t) => t.box)),
        fuzzy: hit.fuzzy || tax.fuzzy,
      },
      used: n + 1,
    };
  }
  return undefined;
}
