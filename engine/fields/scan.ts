/**
 * Finding the value a label announces: to its right on its line (passing over a few other words),
 * at the start of the next line when the label ends its line, or below it in its column (for amounts,
 * every row of a table column). A scan ends at another label.
 */
import type { FieldId } from '../model/fields.js';
import type { LabelHit } from './labels.js';
import type { Line, PageLayout, Token } from './layout.js';
import { type Reading, STOPPING_ROLES, stops, stopsName } from './reading.js';
import {
  currencyToken,
  type ReadValue,
  readAmount,
  readCurrency,
  readDate,
  readGroupedId,
  readKvk,
  readName,
  readReference,
  type ValueKind,
} from './values.js';

/** The kind of value each field holds. */
export const FIELD_KIND: Readonly<Record<FieldId, ValueKind>> = {
  invoiceNumber: 'reference',
  issueDate: 'date',
  dueDate: 'date',
  currency: 'currency',
  totalAmount: 'amount',
  payableAmount: 'amount',
  taxAmount: 'amount',
  netAmount: 'amount',
  sellerName: 'name',
  sellerVatId: 'vatId',
  sellerKvk: 'kvk',
  iban: 'iban',
  buyerName: 'name',
  buyerVatId: 'vatId',
  buyerReference: 'reference',
  orderReference: 'reference',
};

/** How many non-value words a scan to the right of a label may pass over, per kind. */
const MAX_SKIP: Readonly<Record<ValueKind, number>> = {
  reference: 1,
  date: 2,
  amount: 4,
  vatId: 2,
  iban: 2,
  kvk: 2,
  currency: 1,
  name: 0,
};

/** How many lines below a label a value may sit, per kind (amounts: table columns). */
const MAX_ROWS: Readonly<Record<ValueKind, number>> = {
  reference: 2,
  date: 2,
  amount: 12,
  vatId: 2,
  iban: 2,
  kvk: 2,
  currency: 2,
  name: 3,
};

/** A value found for a label, with how well it is placed (1: right next to it). */
export interface ScanHit {
  readonly value: ReadValue;
  readonly placement: number;
  readonly source: 'label-right' | 'label-below';
}

/**
 * The value of `kind` for `field` at token `index` of a line, if one is there. `allowInteger` lets an
 * amount be a bare integer; a buyer reference may be letters only.
 */
export function readValueAt(
  reading: Reading,
  kind: ValueKind,
  line: Line,
  index: number,
  field: FieldId,
  allowInteger: boolean,
): ReadValue | undefined {
  const options = { ...reading.readOptions, allowInteger, lettersOnly: field === 'buyerReference' };
  switch (kind) {
    case 'amount':
      return readAmount(line, index, options);
    case 'date':
      return readDate(line, index, options);
    case 'reference':
      return readReference(line, index, options);
    case 'vatId':
      return readGroupedId(line, index, 'vatId');
    case 'iban':
      return readGroupedId(line, index, 'iban');
    case 'kvk':
      return readKvk(line, index);
    case 'currency':
      return readCurrency(line, index);
    case 'name':
      return readName(line, index, (j) => stopsName(reading, line, j));
  }
}

/** The first value of `kind` to the right of a label on its line, passing over at most `maxSkip` words. */
export function scanRight(
  reading: Reading,
  hit: LabelHit,
  kind: ValueKind,
  field: FieldId,
  layout: PageLayout,
  maxSkip = MAX_SKIP[kind],
): ScanHit | undefined {
  const line = hit.line;
  const tokens = line.tokens;
  const labelRight = hit.box.x + hit.box.w;
  let skipped = 0;
  const segment = tokens[hit.end - 1]!.segment;
  const keyed = /:$/.test(tokens[hit.end - 1]!.text);
  for (let j = hit.end; j < tokens.length; ) {
    const token = tokens[j]!;
    if (stops(reading, line, j)) return undefined;
    // A name belongs to its label's block (`Leverancier X`), or follows a key (`Name:   X`);
    // otherwise the next column holds something else.
    if (kind === 'name' && token.segment !== segment && !(keyed && token.segment === segment + 1))
      return undefined;
    if (token.norm === '' && !currencyToken(token) && !/^[-−–]$/.test(token.text)) {
      j++;
      continue;
    }
    const dx = token.box.x - labelRight;
    if (dx > layout.width * 0.85) return undefined;
    const value = readValueAt(reading, kind, line, j, field, skipped === 0 || kind !== 'amount');
    if (value)
      return {
        value,
        placement: 1 - 0.15 * Math.min(1, Math.max(0, dx) / (layout.width * 0.7)),
        source: 'label-right',
      };
    if (kind !== 'date') {
      const date = readDate(line, j, reading.readOptions);
      if (date) {
        j += date.tokens.length;
        if (++skipped > maxSkip) return undefined;
        continue;
      }
    }
    if (++skipped > maxSkip) return undefined;
    j++;
  }
  return undefined;
}

/** A label that ends its line, in running text: the value starts the next line. */
export function continuation(
  reading: Reading,
  hit: LabelHit,
  kind: ValueKind,
  field: FieldId,
  layout: PageLayout,
): ScanHit | undefined {
  const line = hit.line;
  if (line.tokens.slice(hit.end).some((t) => t.norm !== '')) return undefined;
  // Only a label in the first block of its line: one in a later column has its value below it.
  if (line.tokens[hit.start]!.segment !== line.tokens[0]!.segment) return undefined;
  const next = layout.lines[line.index + 1];
  if (!next || next.top - line.bottom > line.height * 1.5 || stops(reading, next, 0)) return undefined;
  const value = readValueAt(reading, kind, next, 0, field, false);
  return value ? { value, placement: 0.7, source: 'label-below' } : undefined;
}

/** Values of `kind` below a label, in its column (amounts: every row of a table column). */
export function scanBelow(
  reading: Reading,
  hit: LabelHit,
  kind: ValueKind,
  field: FieldId,
  layout: PageLayout,
): ScanHit[] {
  const out: ScanHit[] = [];
  const lines = layout.lines;
  const h = hit.line.height || 8;
  const x0 = hit.box.x - h * 0.6;
  const x1 = hit.box.x + hit.box.w + h * (kind === 'amount' ? 1.5 : 0.6);
  const maxRows = MAX_ROWS[kind];
  let empty = 0;
  for (let l = hit.line.index + 1; l < lines.length && l <= hit.line.index + maxRows + empty; l++) {
    const line = lines[l]!;
    if (line.top - hit.line.bottom > h * (kind === 'amount' ? 30 : 4)) break;
    // A word that starts in the column is its value; one that reaches in from the left is the
    // end of a wider cell beside it (a period `1. Juni 2024 bis 30. Juni 2024`). Amounts are
    // right-aligned and may start left of their header.
    const overlapping = (t: Token): boolean => t.box.x < x1 && t.box.x + t.box.w > x0;
    let index =
      kind === 'amount' ? -1 : line.tokens.findIndex((t) => overlapping(t) && t.box.x >= x0 - h * 0.2);
    if (index < 0) index = line.tokens.findIndex(overlapping);
    if (index < 0) {
      if (++empty > 2) break;
      continue;
    }
    const holder = reading.hitAt.get(line)?.[index];
    if (holder?.meanings.some((m) => STOPPING_ROLES.has(m.role))) break;
    const rows = l - hit.line.index;
    let value = readValueAt(reading, kind, line, index, field, kind !== 'amount');
    // A currency sign in front of a right-aligned amount: the amount may be the next token.
    if (!value && kind === 'amount' && line.tokens[index + 1] && line.tokens[index + 1]!.box.x < x1)
      value = readValueAt(reading, kind, line, index + 1, field, false);
    if (value) {
      const placement = kind === 'amount' ? 0.8 - 0.01 * rows : Math.max(0.5, 0.85 - 0.1 * (rows - 1));
      out.push({ value, placement, source: 'label-below' });
    }
    if (kind !== 'amount') break;
  }
  return out;
}
