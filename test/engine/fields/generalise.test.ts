/**
 * The kinds of misses that kept field reading from generalising to invoices the rules were not
 * written on, one test each, on placed words: VAT tables with their columns in another order,
 * the issue date among other dates, invoice numbers under a table header, currencies shown only
 * by a column header, and party names from unlabelled address blocks.
 */
import { describe, expect, test } from '@jest/globals';
import { readPages } from '../../../engine/fields/reading.js';
import { columnOf, findVatTables } from '../../../engine/fields/vat-table.js';
import { type Placed, words } from '../../fixtures/words.js';
import { read } from './support.js';

const value = (fields: ReturnType<typeof read>, id: string): string | undefined =>
  fields.values[id as keyof typeof fields.values]?.value;

/** A VAT summary table: header and rows right-aligned at the given column edges. */
function vatTable(columns: readonly (readonly [string, readonly string[]])[], y: number): Placed[] {
  const out: Placed[] = [];
  columns.forEach(([header, cells], i) => {
    const x = 300 + i * 80;
    out.push({ text: header, x, y, align: 'right' });
    cells.forEach((cell, r) => {
      out.push({ text: cell, x, y: y + 14 * (r + 1), align: 'right' });
    });
  });
  return out;
}

describe('VAT summary tables are read by their column headers', () => {
  test('VAT before the base: the amounts are not swapped', () => {
    const fields = read([
      ...vatTable(
        [
          ['Btw %', ['21%']],
          ['Btw', ['€ 42,00']],
          ['Grondslag', ['€ 200,00']],
        ],
        300,
      ),
      { text: 'Totaal € 242,00', x: 330, y: 360 },
    ]);
    expect(value(fields, 'netAmount')).toBe('200.00');
    expect(value(fields, 'taxAmount')).toBe('42.00');
    expect(value(fields, 'totalAmount')).toBe('242.00');
  });

  test('two rates and a sum row, gross column first: the sums are the totals', () => {
    const fields = read(
      vatTable(
        [
          ['Brutto', ['119,00', '107,00', '226,00']],
          ['USt-Betrag', ['19,00', '7,00', '26,00']],
          ['MwSt.-Satz', ['19%', '7%', 'Summe']],
          ['Netto', ['100,00', '100,00', '200,00']],
        ],
        300,
      ),
    );
    expect(value(fields, 'netAmount')).toBe('200.00');
    expect(value(fields, 'taxAmount')).toBe('26.00');
    expect(value(fields, 'totalAmount')).toBe('226.00');
    expect(fields.vatLines.map((l) => [l.rate, l.base, l.amount])).toEqual([
      [19, '100.00', '19.00'],
      [7, '100.00', '7.00'],
    ]);
  });

  test('the column a header names, whatever else it says', () => {
    const headers = [
      'Taux TVA',
      'Btw %',
      'Total excl. VAT',
      'Montant TVA',
      'Total VAT',
      'TTC',
      'Bruttobetrag',
    ];
    expect(headers.map(columnOf)).toEqual(['rate', 'rate', 'base', 'vat', 'vat', 'gross', 'gross']);
  });

  test('an item table with an amount column is no VAT table', () => {
    const reading = readPages(
      [
        {
          page: 1,
          width: 595.28,
          height: 841.89,
          words: words([
            { text: 'Omschrijving', x: 56, y: 300 },
            { text: 'Bedrag', x: 540, y: 300, align: 'right' },
            { text: 'Advies (21%)', x: 56, y: 314 },
            { text: '100,00', x: 540, y: 314, align: 'right' },
          ]),
        },
      ],
      'text',
    );
    expect(findVatTables(reading).vatLines).toEqual([]);
  });
});

describe('the issue date among other dates', () => {
  test('a header that names its date whole (Date of supply, PO date) does not announce the invoice date', () => {
    const fields = read([
      { text: 'PO date', x: 56, y: 250, size: 8 },
      { text: 'Date of supply', x: 226, y: 250, size: 8 },
      { text: 'Invoice ID', x: 396, y: 250, size: 8 },
      { text: '10 December 2026', x: 56, y: 261 },
      { text: '19 December 2026', x: 226, y: 261 },
      { text: 'INV-20261220/522', x: 396, y: 261 },
      { text: 'Payment due', x: 56, y: 280, size: 8 },
      { text: 'Date', x: 226, y: 280, size: 8 },
      { text: '3 January 2027', x: 56, y: 291 },
      { text: '20 December 2026', x: 226, y: 291 },
    ]);
    expect(value(fields, 'issueDate')).toBe('2026-12-20');
    expect(value(fields, 'invoiceNumber')).toBe('INV-20261220/522');
  });

  test('a wide cell reaching into the next column is not that column’s value', () => {
    const fields = read([
      { text: 'Leistungszeitraum', x: 54, y: 286, size: 9 },
      { text: 'Rechnungsdatum', x: 230, y: 286, size: 9 },
      { text: '1. September 2026 bis 30. September 2026', x: 54, y: 300, size: 9 },
      { text: '27. Oktober 2026', x: 236, y: 300, size: 9 },
    ]);
    expect(value(fields, 'issueDate')).toBe('2026-10-27');
  });
});

describe('invoice numbers under a table header', () => {
  test('a label is not matched across a column gap: `Nummer factuur | Datum` are two headers', () => {
    const fields = read([
      { text: 'Factuur', x: 57, y: 229, size: 18 },
      { text: 'Nummer factuur', x: 57, y: 259 },
      { text: 'Datum', x: 177, y: 259 },
      { text: 'Vervaldatum', x: 297, y: 259 },
      { text: 'RE-20250414/166', x: 57, y: 273 },
      { text: '14 april 2025', x: 177, y: 273 },
      { text: '14 mei 2025', x: 297, y: 273 },
    ]);
    expect(value(fields, 'invoiceNumber')).toBe('RE-20250414/166');
    expect(value(fields, 'issueDate')).toBe('2025-04-14');
  });

  test('a letter prefix and a slash part stay with the number', () => {
    const fields = read([
      { text: 'Rechnungsnummer', x: 56, y: 200 },
      { text: 'Rechnungsdatum', x: 200, y: 200 },
      { text: 'E2018092011804', x: 56, y: 214 },
      { text: '20.09.2018', x: 200, y: 214 },
    ]);
    expect(value(fields, 'invoiceNumber')).toBe('E2018092011804');
  });
});

describe('the currency shown only by a column header', () => {
  test('`Betrag (CHF)` over bare amounts', () => {
    const fields = read([
      { text: 'Beschreibung', x: 56, y: 300 },
      { text: 'Betrag (CHF)', x: 540, y: 300, align: 'right' },
      { text: 'Beratung', x: 56, y: 314 },
      { text: "1'250.00", x: 540, y: 314, align: 'right' },
      { text: 'Gesamtbetrag', x: 330, y: 340 },
      { text: "1'250.00", x: 540, y: 340, align: 'right' },
    ]);
    expect(value(fields, 'currency')).toBe('CHF');
  });
});

describe('party names from the address blocks, without labels', () => {
  const letterheadAndWindow: Placed[] = [
    { text: 'Van Dijk Installatietechniek', x: 56, y: 48, size: 16 },
    { text: 'Hoofdstraat 1', x: 56, y: 70 },
    { text: '1234 AB Amsterdam', x: 56, y: 82 },
    { text: 'Groen Hoveniers VOF', x: 56, y: 140 },
    { text: 'Molenweg 27', x: 56, y: 152 },
    { text: '9711 AA Groningen', x: 56, y: 164 },
    { text: 'Btw-nr. klant: NL810433941B01', x: 56, y: 176 },
    { text: 'Factuur', x: 56, y: 230, size: 18 },
    { text: 'Factuurnummer: F-1001', x: 56, y: 260 },
    { text: 'Btw-nummer: NL853746333B01', x: 56, y: 780, size: 8 },
  ];

  test('the letterhead is the seller, the window block the buyer (a name starting with `Van` too)', () => {
    const fields = read(letterheadAndWindow);
    expect(value(fields, 'sellerName')).toBe('Van Dijk Installatietechniek');
    expect(value(fields, 'buyerName')).toBe('Groen Hoveniers VOF');
  });

  test('a VAT id printed in the buyer’s block is the buyer’s, not the seller’s', () => {
    const fields = read(
      letterheadAndWindow
        .filter((p) => !p.text.startsWith('Btw-nummer'))
        .map((p) => (p.text.startsWith('Btw-nr. klant') ? { ...p, text: 'NL810433941B01' } : p)),
    );
    expect(value(fields, 'sellerVatId')).toBeUndefined();
    expect(value(fields, 'buyerVatId')).toBe('NL810433941B01');
  });

  test('a right-hand letterhead and a block at the left: the higher block is the seller', () => {
    const fields = read([
      { text: 'Schneider Elektro GmbH', x: 540, y: 50, size: 14, align: 'right' },
      { text: 'Am Markt 3', x: 540, y: 70, align: 'right' },
      { text: '80331 München', x: 540, y: 82, align: 'right' },
      { text: 'Northwind Supplies Ltd', x: 56, y: 130 },
      { text: '22 Baker Road', x: 56, y: 142 },
      { text: 'Bristol BS1 5TR', x: 56, y: 154 },
      { text: 'Rechnung', x: 56, y: 230, size: 18 },
    ]);
    expect(value(fields, 'sellerName')).toBe('Schneider Elektro GmbH');
    expect(value(fields, 'buyerName')).toBe('Northwind Supplies Ltd');
  });

  test('a block written to a person is the buyer’s', () => {
    const fields = read([
      { text: 'Herrn', x: 56, y: 130 },
      { text: 'Max Mustermann', x: 56, y: 142 },
      { text: 'Musterstr. 11', x: 56, y: 154 },
      { text: '12346 Bad Musterhausen', x: 56, y: 166 },
    ]);
    expect(value(fields, 'sellerName')).toBeUndefined();
    expect(value(fields, 'buyerName')).toBe('Herrn Max Mustermann');
  });
});
