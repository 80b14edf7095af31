/**
 * VAT summary tables: a header row naming its columns — rate, taxable base, VAT, gross — in whatever
 * order the supplier's software prints them, rows of a rate with amounts under those headers, and
 * perhaps a sum row. The amounts are read by the column they stand under, never by their position
 * in the row, so a table that prints `VAT | Base` reads the same as one that prints `Base | VAT`.
 * Cost: one look at each line's segments, and for a header at most eight rows below it.
 */
import type { FieldId, VatLine } from '../model/fields.js';
import type { Box } from '../model/geometry.js';
import { type Candidate, candidateOf } from './candidate.js';
import { type Line, type PageLayout, type Token, unionBox } from './layout.js';
import { fold } from './normalise.js';
import { allLines, type Reading } from './reading.js';
import { type ReadValue, readAmount } from './values.js';
import { VAT_TABLE_HEADERS, type VatColumn } from './vocabulary.js';

/** The VAT tables of one channel's pages. */
export interface VatTables {
  /** One line per rate row, base and VAT taken from their columns. */
  readonly vatLines: readonly VatLine[];
  /** Net, VAT and total the tables state: a sum row, a single row, or the sum of the rows. */
  readonly candidates: readonly Candidate[];
  /** Where each amount of a table stands, and in which column. */
  readonly cells: readonly TableCell[];
}

/** An amount in a VAT table: its place and its column. */
export interface TableCell {
  readonly page: number;
  readonly box: Box;
  readonly column: VatColumn;
}

/** The column an amount field's value stands in, in a VAT table. */
const COLUMN_OF: Readonly<Partial<Record<FieldId, VatColumn>>> = {
  netAmount: 'base',
  taxAmount: 'vat',
  totalAmount: 'gross',
  payableAmount: 'gross',
};

/** The column a header segment names, if it names one. */
export function columnOf(text: string): VatColumn | undefined {
  const folded = fold(text);
  for (const [column, pattern] of VAT_TABLE_HEADERS) if (pattern.test(folded)) return column;
  return undefined;
}

interface Column {
  readonly column: VatColumn;
  readonly x0: number;
  readonly x1: number;
}

const RATE = /^[(@]?(\d{1,2}(?:[.,]\d{1,3})?)\s*%\)?:?$/;

/** A header row: at least a VAT column and one of base or gross, each named once. */
function headerColumns(line: Line): Column[] | undefined {
  const bySegment = new Map<number, Token[]>();
  for (const token of line.tokens) {
    const list = bySegment.get(token.segment);
    if (list) list.push(token);
    else bySegment.set(token.segment, [token]);
  }
  const columns: Column[] = [];
  for (const tokens of bySegment.values()) {
    if (tokens.some((t) => /\d/.test(t.text) && !/%/.test(t.text))) return undefined;
    const column = columnOf(tokens.map((t) => t.text).join(' '));
    if (!column) continue;
    if (columns.some((c) => c.column === column)) return undefined;
    const box = unionBox(tokens.map((t) => t.box));
    columns.push({ column, x0: box.x, x1: box.x + box.w });
  }
  const has = (c: VatColumn): boolean => columns.some((k) => k.column === c);
  if (!has('vat') || !(has('base') || has('gross'))) return undefined;
  return columns;
}

/** The column an amount stands under: the most overlap, else the nearest within a column's width. */
function columnUnder(columns: readonly Column[], box: Box): Column | undefined {
  const x0 = box.x;
  const x1 = box.x + box.w;
  let best: Column | undefined;
  let bestOverlap = 0;
  for (const c of columns) {
    const overlap = Math.min(x1, c.x1) - Math.max(x0, c.x0);
    if (overlap > bestOverlap) {
      bestOverlap = overlap;
      best = c;
    }
  }
  if (best) return best;
  let nearest: Column | undefined;
  let distance = Number.POSITIVE_INFINITY;
  for (const c of columns) {
    const d = Math.max(c.x0 - x1, x0 - c.x1);
    if (d < distance) {
      distance = d;
      nearest = c;
    }
  }
  return nearest && distance < 24 ? nearest : undefined;
}

interface Row {
  readonly line: Line;
  readonly rate?: number;
  readonly rateToken?: Token;
  readonly amounts: Partial<Record<VatColumn, ReadValue>>;
}

/** One row under a header: its rate and its amounts by column; undefined when it holds none. */
function rowOf(reading: Reading, line: Line, columns: readonly Column[]): Row | undefined {
  let rate: number | undefined;
  let rateToken: Token | undefined;
  const amounts: Partial<Record<VatColumn, ReadValue>> = {};
  for (let i = 0; i < line.tokens.length; ) {
    const token = line.tokens[i]!;
    const r = RATE.exec(token.text);
    if (r && rate === undefined) {
      rate = Number(r[1]!.replace(',', '.'));
      rateToken = token;
      i++;
      continue;
    }
    const amount = readAmount(line, i, reading.readOptions);
    if (amount) {
      const column = columnUnder(columns, unionBox(amount.tokens.map((t) => t.box)));
      if (column && column.column !== 'rate' && !amounts[column.column]) amounts[column.column] = amount;
      i += amount.tokens.length;
    } else i++;
  }
  if (Object.keys(amounts).length === 0) return undefined;
  return { line, ...(rate !== undefined && { rate, rateToken }), amounts };
}

const cents = (value: string): number => Math.round(Number(value) * 100);
const money = (c: number): string => (c / 100).toFixed(2);

/** Finds the VAT tables on every page. */
export function findVatTables(reading: Reading): VatTables {
  const vatLines: VatLine[] = [];
  const candidates: Candidate[] = [];
  const cells: TableCell[] = [];
  for (const [layout, line] of allLines(reading.layouts)) {
    const columns = headerColumns(line);
    if (!columns) continue;
    readTable(reading, layout, line, columns, { vatLines, candidates, cells });
  }
  return { vatLines, candidates, cells };
}

function readTable(
  reading: Reading,
  layout: PageLayout,
  header: Line,
  columns: readonly Column[],
  out: { vatLines: VatLine[]; candidates: Candidate[]; cells: TableCell[] },
): void {
  const rows: Row[] = [];
  let sum: Row | undefined;
  let above = header;
  for (let l = header.index + 1; l < layout.lines.length && l <= header.index + 8; l++) {
    const line = layout.lines[l]!;
    // Rows follow each other closely: a wide gap ends the table.
    if (line.top - above.bottom > Math.max(header.height, line.height) * 2) break;
    const row = rowOf(reading, line, columns);
    if (!row) break;
    if (row.rate === undefined) {
      // A row without a rate but with amounts in two columns, after the rate rows, sums them up.
      if (rows.length > 0 && Object.keys(row.amounts).length >= 2) sum = row;
      break;
    }
    rows.push(row);
    above = line;
  }
  if (rows.length === 0) return;
  // Every row's amounts must stand under the table's amount columns for it to be read as one.
  const hasVat = rows.every((r) => r.amounts.vat || (r.amounts.base && r.amounts.gross));
  if (!hasVat) return;
  for (const row of [...rows, ...(sum ? [sum] : [])])
    for (const [column, value] of Object.entries(row.amounts) as [VatColumn, ReadValue][])
      out.cells.push({ page: row.line.page, box: unionBox(value.tokens.map((t) => t.box)), column });
  let netSum = 0;
  let taxSum = 0;
  let grossSum = 0;
  let complete = true;
  for (const row of rows) {
    const { base, vat, gross } = row.amounts;
    const vatCents = vat ? cents(vat.value) : cents(gross!.value) - cents(base!.value);
    const baseCents = base ? cents(base.value) : gross ? cents(gross.value) - vatCents : undefined;
    if (baseCents === undefined) complete = false;
    netSum += baseCents ?? 0;
    taxSum += vatCents;
    grossSum += gross ? cents(gross.value) : (baseCents ?? 0) + vatCents;
    const tokens = Object.values(row.amounts).flatMap((v) => v.tokens);
    out.vatLines.push({
      rate: row.rate!,
      amount: money(vatCents),
      ...(baseCents !== undefined && { base: money(baseCents) }),
      raw: row.line.tokens.map((t) => t.text).join(' '),
      page: row.line.page,
      box: unionBox([...(row.rateToken ? [row.rateToken.box] : []), ...tokens.map((t) => t.box)]),
    });
  }
  // What the table states for the invoice: its sum row, its only row, else the sums of its rows.
  const stated = sum ?? (rows.length === 1 ? rows[0] : undefined);
  const push = (field: FieldId, column: VatColumn, computed: number | undefined, score: number): void => {
    const value = stated?.amounts[column];
    if (value) out.candidates.push(candidateOf(field, value, score * value.quality, 'label-below'));
    else if (computed !== undefined) {
      const anchor = rows.at(-1)!;
      const tokens = Object.values(anchor.amounts).flatMap((v) => v.tokens);
      out.candidates.push(
        candidateOf(
          field,
          { value: money(computed), raw: money(computed), tokens, quality: 1 },
          score * 0.9,
          'derived',
        ),
      );
    }
  };
  push('netAmount', 'base', complete ? netSum : undefined, 0.95);
  push('taxAmount', 'vat', taxSum, 0.95);
  if (columns.some((c) => c.column === 'gross') || sum) push('totalAmount', 'gross', undefined, 0.9);
  else if (rows.length > 1 && complete) push('totalAmount', 'gross', grossSum, 0.5);
}

/**
 * Whether a labelled amount candidate contradicts a VAT table: its value stands in a table column
 * that holds another kind of amount (`Total` at the start of a sum row, read rightwards into the
 * VAT column; a header whose column scan wandered into the next column).
 */
export function contradictsTable(candidate: Candidate, tables: VatTables): boolean {
  const own = COLUMN_OF[candidate.field];
  if (!own || candidate.source === 'derived') return false;
  const b = candidate.box;
  return tables.cells.some(
    (cell) =>
      cell.column !== own &&
      cell.page === candidate.page &&
      Math.min(b.x + b.w, cell.box.x + cell.box.w) - Math.max(b.x, cell.box.x) > 0.5 &&
      Math.min(b.y + b.h, cell.box.y + cell.box.h) - Math.max(b.y, cell.box.y) > 0.5,
  );
}
