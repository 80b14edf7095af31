import { describe, expect, test } from '@jest/globals';
import { readChannelFields } from '../../../engine/fields/read-fields.js';
import type { Word } from '../../../engine/model/geometry.js';
import { dutchInvoice, lines, type Placed, words } from '../../fixtures/words.js';
import { read } from './support.js';

const values = (placed: readonly Placed[], channel: 'text' | 'ocr' = 'text') =>
  Object.fromEntries(Object.entries(read(placed, channel).values).map(([k, v]) => [k, v?.value]));

describe('readChannelFields on the text layer', () => {
  test('reads every field of a Dutch invoice, with where it stands and its label', () => {
    const fields = read(dutchInvoice({ reference: 'INK-778', order: 'PO-4711', buyerVat: 'NL853746333B01' }));
    expect(Object.fromEntries(Object.entries(fields.values).map(([k, v]) => [k, v?.value]))).toMatchObject({
      invoiceNumber: 'F-2026-0042',
      issueDate: '2026-01-12',
      dueDate: '2026-02-11',
      currency: 'EUR',
      netAmount: '1000.00',
      taxAmount: '90.00',
      totalAmount: '1090.00',
      sellerVatId: 'NL123456782B01',
      sellerKvk: '12345678',
      iban: 'NL91ABNA0417164300',
      buyerVatId: 'NL853746333B01',
      buyerReference: 'INK-778',
      orderReference: 'PO-4711',
      sellerName: 'Bakkerij De Korenschoof B.V.',
      buyerName: 'Gemeente Voorbeeld',
    });
    const number = fields.values.invoiceNumber!;
    expect(number).toMatchObject({
      raw: 'F-2026-0042',
      label: 'Factuurnummer:',
      page: 1,
      source: 'label-right',
    });
    expect(number.box.y).toBe(72 + 5 * 16);
    expect(number.confidence).toBeGreaterThan(0.8);
    expect(fields.language).toBe('nl');
    expect(fields.totalsConsistent).toBe(true);
    expect(fields.vatLines).toEqual([expect.objectContaining({ rate: 9, amount: '90.00' })]);
  });

  test('reads a value placed below its label (a header row over a value row)', () => {
    const v = values([
      { text: 'Factuurnummer', x: 56, y: 100 },
      { text: 'Factuurdatum', x: 200, y: 100 },
      { text: 'Vervaldatum', x: 340, y: 100 },
      { text: '2026-118', x: 56, y: 114 },
      { text: '3 februari 2026', x: 200, y: 114 },
      { text: '5 maart 2026', x: 340, y: 114 },
    ]);
    expect(v).toMatchObject({ invoiceNumber: '2026-118', issueDate: '2026-02-03', dueDate: '2026-03-05' });
  });

  test('reads the totals block as a whole: the combination where net + VAT = total wins', () => {
    // "Totaal" is printed twice; only 1.210,00 makes net + VAT add up.
    const v = values([
      { text: 'Totaal artikelen 1.150,00', x: 56, y: 100 },
      { text: 'Subtotaal', x: 300, y: 200 },
      { text: '1.000,00', x: 500, y: 200, align: 'right' },
      { text: 'Btw 21%', x: 300, y: 216 },
      { text: '210,00', x: 500, y: 216, align: 'right' },
      { text: 'Totaal', x: 300, y: 232 },
      { text: '1.210,00', x: 500, y: 232, align: 'right' },
    ]);
    expect(v).toMatchObject({ netAmount: '1000.00', taxAmount: '210.00', totalAmount: '1210.00' });
  });

  test('sums VAT printed per rate and keeps each rate line', () => {
    const fields = read([
      { text: 'Subtotaal € 300,00', x: 300, y: 200 },
      { text: 'Btw 9% over € 100,00 € 9,00', x: 300, y: 216 },
      { text: 'Btw 21% over € 200,00 € 42,00', x: 300, y: 232 },
      { text: 'Totaal € 351,00', x: 300, y: 248 },
    ]);
    expect(fields.values.taxAmount?.value).toBe('51.00');
    expect(fields.values.totalAmount?.value).toBe('351.00');
    expect(fields.vatLines.map((l) => [l.rate, l.base, l.amount])).toEqual([
      [9, '100.00', '9.00'],
      [21, '200.00', '42.00'],
    ]);
  });

  test('reads the rows of a VAT table whose other rows carry no label of their own', () => {
    const fields = read([
      { text: 'Code', x: 300, y: 200 },
      { text: 'Taux', x: 340, y: 200 },
      { text: 'Base', x: 400, y: 200 },
      { text: 'Montant TVA', x: 460, y: 200 },
      { text: 'S 20,00%', x: 300, y: 214 },
      { text: '40,00', x: 430, y: 214, align: 'right' },
      { text: '8,00', x: 520, y: 214, align: 'right' },
      { text: 'TVA exonérée 0,00%', x: 250, y: 228 },
      { text: '60,00', x: 430, y: 228, align: 'right' },
      { text: '0,00', x: 520, y: 228, align: 'right' },
      { text: 'Total HT 100,00', x: 300, y: 260 },
      { text: 'Total TVA 8,00', x: 300, y: 274 },
      { text: 'Total TTC 108,00', x: 300, y: 288 },
    ]);
    expect(fields.vatLines.map((l) => [l.rate, l.base, l.amount])).toEqual([
      [0, '60.00', '0.00'],
      [20, '40.00', '8.00'],
    ]);
    expect(fields.values.taxAmount?.value).toBe('8.00');
  });

  test('takes the seller VAT id from the seller block and the buyer one from the buyer block', () => {
    const fields = read([
      { text: 'Leverancier', x: 56, y: 80 },
      { text: 'Bakkerij Jansen B.V.', x: 56, y: 94 },
      { text: 'Btw-nummer: NL853746333B01', x: 56, y: 108 },
      { text: 'Klant', x: 320, y: 80 },
      { text: 'Gemeente Voorbeeld', x: 320, y: 94 },
      { text: 'Btw-nummer: NL810433941B01', x: 320, y: 108 },
    ]);
    expect(fields.values.sellerVatId?.value).toBe('NL853746333B01');
    expect(fields.values.buyerVatId?.value).toBe('NL810433941B01');
    expect(fields.values.buyerName?.value).toBe('Gemeente Voorbeeld');
    expect(fields.identifiers.map((i) => [i.value, i.party])).toEqual([
      ['NL853746333B01', 'seller'],
      ['NL810433941B01', 'buyer'],
    ]);
  });

  test('finds an IBAN by its pattern alone, also in groups with dots', () => {
    expect(
      values(lines(['Graag overmaken op NL67 RABO 0171.218.302 onder vermelding van het nummer.'])).iban,
    ).toBe('NL67RABO0171218302');
  });

  test('keeps runner-up candidates of a field, best first', () => {
    const fields = read(dutchInvoice({ extra: ['Factuurnummer (oud): F-2025-0999'] }));
    expect(fields.values.invoiceNumber?.value).toBe('F-2026-0042');
    expect(fields.values.invoiceNumber?.candidates.map((c) => c.value)).toContain('F-2025-0999');
  });

  test('reads English, German and French labels', () => {
    expect(
      values(lines(['Invoice No.: INV-7', 'Invoice date: Jan 12, 2026', 'Total due: $1,234.50'])),
    ).toMatchObject({
      invoiceNumber: 'INV-7',
      issueDate: '2026-01-12',
      currency: 'USD',
      totalAmount: '1234.50',
    });
    expect(
      values(lines(['Rechnungsnummer: R-99', 'Rechnungsdatum: 24.01.2026', 'Gesamtbetrag: 1.234,50 €'])),
    ).toMatchObject({
      invoiceNumber: 'R-99',
      issueDate: '2026-01-24',
      totalAmount: '1234.50',
      currency: 'EUR',
    });
    expect(
      values(lines(['Facture N° : FA-12', 'Date de facture : 02/03/2026', 'Total TTC : 1 234,50 €'])),
    ).toMatchObject({
      invoiceNumber: 'FA-12',
      issueDate: '2026-03-02',
      totalAmount: '1234.50',
    });
  });

  test('reads a number key just below the title as the invoice number, not one under a party heading', () => {
    expect(values(lines(['FACTUUR', 'Nummer: 2026-0017', 'Datum: 12-01-2026'])).invoiceNumber).toBe(
      '2026-0017',
    );
    expect(
      values(lines(['Factuur', '', '', '', '', 'Verkäufer', 'Nummer: 549910'])).invoiceNumber,
    ).toBeUndefined();
  });

  test('reads US dates month first when another date on the page proves it', () => {
    expect(values(lines(['Invoice Date: 02/03/2026', 'Shipped: 01/27/2026', 'Total $5.00'])).issueDate).toBe(
      '2026-02-03',
    );
    expect(values(lines(['Factuurdatum: 02/03/2026', 'Leverdatum: 27/01/2026'])).issueDate).toBe(
      '2026-03-02',
    );
  });
});

describe('readChannelFields on OCR words', () => {
  const ocrWords = (placed: readonly Placed[], swaps: Record<string, string>): Word[] =>
    words(placed).map((w) => ({ ...w, text: swaps[w.text] ?? w.text, confidence: swaps[w.text] ? 61 : 93 }));

  test('reads labels OCR misspelled and values it read right, with lower confidence', () => {
    const placed = dutchInvoice();
    const ocr = ocrWords(placed, {
      'Factuurnummer:': 'Factuurnurnmer:',
      'Vervaldatum:': 'Verva1datum:',
      Subtotaal: 'Subtotaa1',
    });
    const fields = readChannelFields([{ page: 1, width: 595.28, height: 841.89, words: ocr }], {
      channel: 'ocr',
    });
    expect(fields.channel).toBe('ocr');
    expect(fields.values.invoiceNumber?.value).toBe('F-2026-0042');
    expect(fields.values.dueDate?.value).toBe('2026-02-11');
    expect(fields.values.netAmount?.value).toBe('1000.00');
    const text = read(placed);
    expect(fields.values.invoiceNumber!.confidence).toBeLessThan(text.values.invoiceNumber!.confidence);
  });

  test('does not accept misspelled labels on the text layer', () => {
    const placed = dutchInvoice();
    const misspelled = words(placed).map((w) =>
      w.text === 'Factuurnummer:' ? { ...w, text: 'Factuurnurnmer:' } : w,
    );
    const fields = readChannelFields([{ page: 1, width: 595.28, height: 841.89, words: misspelled }]);
    expect(fields.values.invoiceNumber?.label).not.toBe('Factuurnurnmer:');
  });

  test('repairs letters OCR reads for digits inside amounts and dates, only on OCR words', () => {
    const placed = dutchInvoice({ total: '1.O9O,0O', date: '12-0l-2026' });
    const ocr = read(placed, 'ocr').values;
    expect(ocr.totalAmount?.value).toBe('1090.00');
    expect(ocr.issueDate?.value).toBe('2026-01-12');
    const text = read(placed).values;
    expect(text.issueDate?.value).not.toBe('2026-01-12');
    expect(text.totalAmount?.value).not.toBe('1090.00');
  });

  test('does not read an IBAN whose digits OCR got wrong as valid', () => {
    const fields = read(lines(['IBAN: NL91 ABNA 0417 1643 01']), 'ocr');
    expect(fields.values.iban?.value).toBe('NL91ABNA0417164301');
  });
});

describe('bad input', () => {
  test('an invoice without any labels: ids by pattern, dates flagged as ambiguous, no invoice number', () => {
    const fields = read(
      lines([
        'Bakkerij Jansen',
        'NL853746333B01',
        'NL91 ABNA 0417 1643 00',
        '12-01-2026',
        '11-02-2026',
        '1.090,00',
      ]),
    );
    expect(fields.values.invoiceNumber).toBeUndefined();
    expect(fields.values.iban?.value).toBe('NL91ABNA0417164300');
    expect(fields.values.sellerVatId?.value).toBe('NL853746333B01');
    expect(fields.values.issueDate?.value).toBe('2026-01-12');
    expect(fields.ambiguities).toContainEqual(
      expect.objectContaining({ field: 'issueDate', reason: 'unlabelled-dates' }),
    );
  });

  test('two different invoice numbers, both labelled, are ambiguous', () => {
    const fields = read(lines(['Factuurnummer: A-100', '', '', '', 'Factuurnummer: B-200']));
    expect(fields.ambiguities).toContainEqual(
      expect.objectContaining({
        field: 'invoiceNumber',
        reason: 'close-candidates',
        values: ['A-100', 'B-200'],
      }),
    );
  });

  test('a credit note keeps its negative amounts', () => {
    const v = values(
      lines([
        'Creditnota',
        'Creditnotanummer: C-12',
        'Subtotaal -1.000,00',
        'Btw 21% -210,00',
        'Totaal incl. btw 1.210,00-',
      ]),
    );
    expect(v).toMatchObject({
      invoiceNumber: 'C-12',
      netAmount: '-1000.00',
      taxAmount: '-210.00',
      totalAmount: '-1210.00',
    });
  });

  test('amounts in words give no amount rather than a wrong one', () => {
    const v = values(lines(['Factuurnummer: 7', 'Totaal: duizend tweehonderd euro']));
    expect(v.totalAmount).toBeUndefined();
    expect(v.invoiceNumber).toBe('7');
  });

  test('twenty VAT lines are read and summed', () => {
    const rates = Array.from({ length: 20 }, (_, i) => i + 1);
    const vat = rates.map((r) => r); // VAT of each line: r% of 100,00 = r,00
    const total = 2000 + vat.reduce((a, b) => a + b, 0);
    const fields = read([
      { text: 'Subtotaal € 2.000,00', x: 300, y: 60 },
      ...rates.map((r, i) => ({ text: `Btw ${r}% over € 100,00 € ${r},00`, x: 300, y: 76 + i * 14 })),
      { text: `Totaal € ${total.toLocaleString('nl-NL')},00`, x: 300, y: 76 + 20 * 14 },
    ]);
    expect(fields.vatLines).toHaveLength(20);
    expect(fields.values.taxAmount?.value).toBe('210.00');
    expect(fields.values.totalAmount?.value).toBe('2210.00');
    expect(fields.totalsConsistent).toBe(true);
  });

  test('right-to-left and CJK text on the page does not disturb the Latin fields', () => {
    const v = values([
      ...dutchInvoice(),
      { text: 'فاتورة رقم ١٢٣ المجموع ١٠٠٠', x: 300, y: 500 },
      { text: '請求書 番号 合計 金額 ¥1,000', x: 300, y: 520 },
    ]);
    expect(v).toMatchObject({ invoiceNumber: 'F-2026-0042', totalAmount: '1090.00', currency: 'EUR' });
  });

  test('a page of 5 000 words is read (extraction stays linear)', () => {
    const filler: Placed[] = [];
    for (let i = 0; filler.length < 500; i++)
      filler.push({
        text: 'regel omschrijving artikel 12 stuks 4,50 per stuk 54,00 levering',
        x: 40,
        y: 400 + (i % 100) * 4,
        size: 3,
      });
    const placed = [...dutchInvoice(), ...filler];
    const all = words(placed);
    expect(all.length).toBeGreaterThanOrEqual(5000);
    const fields = readChannelFields([{ page: 1, width: 595.28, height: 841.89, words: all }]);
    expect(fields.values.invoiceNumber?.value).toBe('F-2026-0042');
  });

  test('an empty page and odd words give nothing and do not throw', () => {
    expect(readChannelFields([{ page: 1, width: 595, height: 842, words: [] }]).values).toEqual({});
    const odd: Word[] = [
      { text: '', box: { x: 0, y: 0, w: 0, h: 0 } },
      { text: '€', box: { x: Number.NaN, y: 1, w: 1, h: 1 } },
      { text: ':::', box: { x: 10, y: 10, w: 5, h: 10 } },
    ];
    expect(() => readChannelFields([{ page: 1, width: 595, height: 842, words: odd }])).not.toThrow();
  });
});
