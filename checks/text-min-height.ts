/**
 * text.min-height — the invoice's data must not be printed smaller than the buyer's software reads
 * reliably (`text.minTextHeightPt`, the font size in points). Capture services state a smallest text
 * height (Azure AI Document Intelligence: 12 pixels, about 8-point text at 150 DPI); smaller amounts,
 * numbers and dates are misread or skipped. An invoice field printed too small, or a page mostly in
 * small print where no field could be read at a readable size, is an error; fine print beside
 * readable invoice data (terms, a footer) is a warning from a tenth of the page's text on.
 */
import { defineCheck } from '../engine/check.js';
import type { FieldId } from '../engine/model/fields.js';
import type { Finding } from '../engine/model/finding.js';
import type { Box, Word } from '../engine/model/geometry.js';
import { alnum, union } from '../engine/model/words.js';
import { fieldLocation, fieldVars } from './support/fields.js';

/**
 * The invoice data capture software must read: identifiers, dates and amounts. Names are left out:
 * a company's name is often repeated in a small legal footer under a large letterhead or logo.
 */
const KEY_FIELDS: ReadonlySet<string> = new Set([
  'invoiceNumber',
  'issueDate',
  'dueDate',
  'currency',
  'totalAmount',
  'payableAmount',
  'netAmount',
  'taxAmount',
  'iban',
  'sellerVatId',
  'buyerVatId',
]);
/** Rounding slack of the word boxes (points). */
const SLACK_PT = 0.05;
/** Share of a page's characters in small print from which the page as a whole is too small. */
const MOSTLY_SMALL = 0.5;
/** Share of a page's characters in small print from which it is worth a warning. */
const SOME_SMALL = 0.1;

/**
 * A word's text height in points: the side of its box across the baseline. A text-layer word's box is
 * as high as its font size; a word running up or down the page (rotated text) is taller than wide.
 */
export function textHeightPt(word: Word): number {
  const { w, h } = word.box;
  const chars = [...word.text].length;
  return chars >= 3 && h >= w * 1.5 ? w : h;
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

const inside = (inner: Box, outer: Box): boolean => {
  const cx = inner.x + inner.w / 2;
  const cy = inner.y + inner.h / 2;
  return cx >= outer.x && cx <= outer.x + outer.w && cy >= outer.y && cy <= outer.y + outer.h;
};

export default defineCheck({
  id: 'text.min-height',
  title: {
    en: 'Text is not too small',
    nl: 'Tekst is niet te klein',
    de: 'Der Text ist nicht zu klein',
    fr: 'Le texte n’est pas trop petit',
  },
  docs: "key invoice fields (ids, dates, amounts, currency) are printed at least the profile's `text.minTextHeightPt` (points) high, and a page where none was read is not mostly smaller; other fine print from a tenth of a page's text warns (off when unset)",
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding, profile }) {
    const min = profile.text?.minTextHeightPt;
    if (min === undefined || min <= 0) return [];
    const fields = Object.entries(doc.fields?.text?.values ?? {});
    const findings: Finding[] = [];
    for (const page of doc.pages) {
      const words = (page.text?.words ?? []).filter((word) => alnum(word.text).length > 0);
      if (words.length === 0) continue;
      const small = words.filter((word) => textHeightPt(word) < min - SLACK_PT);
      if (small.length === 0) continue;
      const chars = (list: readonly Word[]): number => list.reduce((n, w) => n + alnum(w.text).length, 0);
      const share = chars(small) / Math.max(1, chars(words));
      const pageNo = page.index + 1;
      const smallest = round1(Math.min(...small.map(textHeightPt)));
      // The key invoice fields read on this page whose value is printed in small print.
      const smallFields = fields.filter(
        ([id, field]) =>
          KEY_FIELDS.has(id) &&
          field !== undefined &&
          field.page === pageNo &&
          small.some((word) => inside(word.box, field.box)) &&
          !words.some((word) => inside(word.box, field.box) && textHeightPt(word) >= min - SLACK_PT),
      );
      const base = { page: pageNo, minPt: min, smallestPt: smallest, share: Math.round(share * 100) };
      const first = smallFields[0];
      if (first?.[1]) {
        findings.push(
          finding('text.min-height.field-too-small', {
            data: { ...base, fields: smallFields.map(([id]) => id).join(', '), value: first[1].raw },
            vars: { ...base, value: first[1].raw, ...fieldVars(first[0] as FieldId) },
            location: fieldLocation(first[0] as FieldId, first[1], 'text'),
          }),
        );
        continue;
      }
      const box = union(small.map((word) => word.box));
      const location = { page: pageNo, ...(box && { box }) };
      // Invoice data read at a readable size on this page: the small print is not what the buyer captures.
      const dataReadable = fields.some(([id, field]) => KEY_FIELDS.has(id) && field?.page === pageNo);
      if (share >= MOSTLY_SMALL && !dataReadable) {
        findings.push(finding('text.min-height.page-too-small', { data: base, location }));
      } else if (share >= SOME_SMALL) {
        const info = profile.checks?.['text.min-height']?.severity === 'info';
        findings.push(
          finding('text.min-height.fine-print', {
            data: base,
            location,
            severity: info ? 'info' : 'warning',
          }),
        );
      }
      if (findings.length >= 20) break;
    }
    return findings;
  },
});
