/**
 * The VAT lines of an invoice: a VAT label with a rate on its line (`BTW 21% € 90,00`,
 * `TVA 20,0% 100,00 20,00`), and the unlabelled rows of the same VAT table just above and below it.
 */

import type { VatLine } from '../model/fields.js';
import type { Box } from '../model/geometry.js';
import type { LabelHit } from './labels.js';
import { type Line, unionBox } from './layout.js';
import type { Reading } from './reading.js';
import { type ReadValue, readAmount } from './values.js';

const right = (box: Box): number => box.x + box.w;

/**
 * The VAT lines a VAT label at `hit` opens, `value` being the amount read right of it; a line at the
 * height of one in `known` (or of one found before it here) is not repeated.
 */
export function vatLinesAt(
  reading: Reading,
  hit: LabelHit,
  value: ReadValue,
  known: readonly VatLine[],
): VatLine[] {
  const found: VatLine[] = [];
  const push = (
    line: Line,
    rate: number,
    amount: ReadValue,
    base: ReadValue | undefined,
    from: number,
    start: Box,
  ) => {
    const box = unionBox([start, ...amount.tokens.map((t) => t.box)]);
    const seen = (v: VatLine): boolean => v.page === line.page && Math.abs(v.box.y - box.y) < 1;
    if (known.some(seen) || found.some(seen)) return;
    found.push({
      rate,
      amount: amount.value,
      ...(base && { base: base.value }),
      raw: line.tokens
        .slice(from)
        .map((t) => t.text)
        .join(' '),
      page: line.page,
      box,
    });
  };
  const line = hit.line;
  const row = rateRow(reading, line, hit.end);
  if (!row) return found;
  const last = row.amounts.at(-1) ?? value;
  push(line, row.rate, last, row.amounts.length >= 2 ? row.amounts.at(-2) : undefined, hit.start, hit.box);
  // Rows of the same VAT table without a label of their own (`S 20,00% 40,00 8,00`): a rate and
  // amounts standing in the same columns, on the lines just above and below.
  const layout = reading.layouts.find((l) => l.page === line.page);
  if (!layout || row.amounts.length === 0) return found;
  const columns = row.amounts.map((a) => a.tokens.at(-1)!.box);
  for (const step of [-1, 1]) {
    for (let l = line.index + step, n = 0; n < 6 && l >= 0 && l < layout.lines.length; l += step, n++) {
      const other = layout.lines[l]!;
      const otherRow = rateRow(reading, other, 0);
      if (!otherRow || otherRow.amounts.length !== row.amounts.length) break;
      const aligned = otherRow.amounts.every(
        (a, i) => Math.abs(right(a.tokens.at(-1)!.box) - right(columns[i]!)) < 6,
      );
      if (!aligned) break;
      const amount = otherRow.amounts.at(-1)!;
      push(
        other,
        otherRow.rate,
        amount,
        otherRow.amounts.length >= 2 ? otherRow.amounts.at(-2) : undefined,
        0,
        amount.tokens[0]!.box,
      );
    }
  }
  return found;
}

/** A rate (`21%`, `19 %`, `(9%)`) on a line, and the amounts after `from`. */
function rateRow(
  reading: Reading,
  line: Line,
  from: number,
): { rate: number; amounts: ReadValue[] } | undefined {
  let rate: number | undefined;
  for (let i = 0; i < line.tokens.length; i++) {
    const text = line.tokens[i]!.text;
    const m =
      /^[(@]?(\d{1,2}(?:[.,]\d{1,2})?)\s*%\)?:?$/.exec(text) ??
      (/^\d{1,2}(?:[.,]\d{1,2})?$/.test(text) && /^%\)?:?$/.test(line.tokens[i + 1]?.text ?? '')
        ? [text, text]
        : null);
    if (m) {
      rate = Number(m[1]!.replace(',', '.'));
      break;
    }
  }
  if (rate === undefined) return undefined;
  const amounts: ReadValue[] = [];
  for (let j = from; j < line.tokens.length; ) {
    const amount = readAmount(line, j, reading.readOptions);
    if (amount) {
      amounts.push(amount);
      j += amount.tokens.length;
    } else j++;
  }
  return { rate, amounts };
}
