/**
 * Till receipts and OCR noise: GST/VAT-inclusive total labels, tax "included in total", cash and
 * change lines, quantity totals, `RM` amounts, numbers OCR split at the decimal separator, and the
 * document-number labels receipts print. Fixtures are receipts laid out in code.
 */
import { describe, expect, test } from '@jest/globals';
import { layoutPage } from '../../../engine/fields/layout.js';
import { readChannelFields } from '../../../engine/fields/read-fields.js';
import { amountPaid } from '../../../engine/fields/totals.js';
import type { Word } from '../../../engine/model/geometry.js';
import { lines, type Placed, words } from '../../fixtures/words.js';
import { read } from './support.js';

/** A narrow receipt: each row a label at the left margin and, if given, an amount right-aligned. */
function receipt(rows: readonly (readonly [string, string?])[], start = 120): Placed[] {
  return rows.flatMap(([label, amount], i) => {
    const y = start + i * 14;
    return [
      { text: label, x: 40, y },
      ...(amount === undefined ? [] : [{ text: amount, x: 280, y, align: 'right' as const }]),
    ];
  });
}

const header: readonly (readonly [string, string?])[] = [
  ['KEDAI RUNCIT MAJU SDN BHD'],
  ['GST REG NO: 000123456789'],
  ['TAX INVOICE'],
  ['Date: 02/01/2018'],
];

const values = (placed: readonly Placed[], channel: 'text' | 'ocr' = 'ocr') =>
  Object.fromEntries(Object.entries(read(placed, channel).values).map(([k, v]) => [k, v?.value]));

describe('total labels of receipts', () => {
  test('the GST-inclusive total wins over the total row of a GST summary', () => {
    const v = values(
      receipt([
        ...header,
        ['Total Sales (Excluding GST) :', '37.50'],
        ['Discount :', '0.00'],
        ['Total GST :', '2.25'],
        ['Total Sales (Inclusive of GST) :', '39.75'],
        ['GST SUMMARY'],
        ['Total :', '37.50'],
      ]),
    );
    expect(v).toMatchObject({ totalAmount: '39.75', netAmount: '37.50', taxAmount: '2.25' });
  });

  test('reads "Total Incl. GST@6%" as a total label although the rate is glued to it', () => {
    const placed = receipt([...header, ['Item(s) : 3'], ['Total Incl. GST@6%', 'RM 12.30']]);
    expect(values(placed).totalAmount).toBe('12.30');
    const tokens = layoutPage({ page: 1, width: 300, height: 600, words: words(placed, 90) }).lines.flatMap(
      (l) => l.tokens.map((t) => t.text),
    );
    expect(tokens).toEqual(expect.arrayContaining(['GST', '@6%']));
  });

  test('"GST included in total" announces the tax, not the total', () => {
    const v = values(
      receipt([...header, ['TOTAL INCL. GST@6%', 'RM 57.40'], ['GST @6% included in total', 'RM 3.25']]),
    );
    expect(v).toMatchObject({ totalAmount: '57.40', taxAmount: '3.25' });
    // Without the phrase the bare "total" in the sentence was read as a total label.
    const bare = values(receipt([...header, ['Amount included in total', 'RM 3.25']]));
    expect(bare.totalAmount).not.toBe('3.25');
  });

  test.each([
    ['Total Amount (Inclusive GST) :', '39.75', 'totalAmount'],
    ['Total Bill incl. 6% GST', '39.75', 'totalAmount'],
    ['Gesamtsumme inkl. MwSt.', '39,75', 'totalAmount'],
    ['Total Amount Exclusive of VAT', '39.75', 'netAmount'],
    ['Summe exkl. USt', '39,75', 'netAmount'],
  ])('"%s" is one label: a total qualified by the tax it includes or leaves out', (label, amount, field) => {
    const fields = read(receipt([['Muster Handel GmbH'], [label, amount]]), 'ocr').values;
    expect(fields[field as 'totalAmount']?.value).toBe('39.75');
    expect(fields.taxAmount?.value).not.toBe('39.75');
  });

  test.each(['Total Amt', 'Total Amt Payable', 'Amt Due'])(
    '"%s" (amount abbreviated) announces the total',
    (label) => {
      expect(values(receipt([...header, ['Sub Total', '36.00'], [label, '39.75']])).totalAmount).toBe(
        '39.75',
      );
    },
  );

  test('a discount total is not the invoice total', () => {
    const rows: (readonly [string, string?])[] = [...header, ['Total', '18.00'], ['Total Discount', '2.00']];
    expect(values(receipt(rows)).totalAmount).toBe('18.00');
    expect(
      values(receipt(rows.slice(0, -2).concat([['Total Savings', '2.00']]))).totalAmount,
    ).toBeUndefined();
  });

  test('a quantity total is not the invoice total', () => {
    expect(values(receipt([...header, ['Total Items', '2.00']])).totalAmount).toBeUndefined();
    expect(values(receipt([...header, ['Total Items', '2.00'], ['Amount Due', '12.50']])).totalAmount).toBe(
      '12.50',
    );
  });
});

describe('cash and change', () => {
  test('amountPaid is cash minus change, only with a change line below a tendered line', () => {
    const at = (role: 'tendered' | 'change', value: string, line: number) => ({ role, value, page: 1, line });
    expect(amountPaid([at('tendered', '50.00', 10), at('change', '37.70', 11)])).toBe('12.30');
    expect(amountPaid([at('tendered', '50.00', 10)])).toBeUndefined();
    expect(amountPaid([at('change', '37.70', 9), at('tendered', '50.00', 10)])).toBeUndefined();
    expect(amountPaid([at('tendered', '10.00', 10), at('change', '12.00', 11)])).toBeUndefined();
  });

  test('the total that equals cash minus change is the payable one (not the unrounded sum)', () => {
    const rows: (readonly [string, string?])[] = [
      ...header,
      ['Total Sales Incl GST', '31.96'],
      ['Rounding Adj', '-0.01'],
      ['Total', '31.95'],
      ['Cash', '50.00'],
      ['Change', '18.05'],
    ];
    expect(values(receipt(rows)).totalAmount).toBe('31.95');
    // Without the payment lines the more specific label wins.
    expect(values(receipt(rows.slice(0, -2))).totalAmount).toBe('31.96');
  });

  test('an unlabelled amount equal to cash minus change is read as the total', () => {
    const v = values(
      receipt([...header, ['2 x Coffee', '12.30'], ['CASH', 'RM 50.00'], ['CHANGE', 'RM 37.70']]),
    );
    expect(v.totalAmount).toBe('12.30');
  });

  test('a payment word inside a company name does not cut the name', () => {
    const v = values(receipt([['Segi Cash & Carry Sdn Bhd'], ['Total', '20.05']]), 'text');
    expect(v.sellerName).toBe('Segi Cash & Carry Sdn Bhd');
  });
});

describe('amounts with OCR noise', () => {
  test('RM amounts are Malaysian ringgit, with or without a space', () => {
    expect(values(receipt([...header, ['TOTAL', 'RM 12.30']]))).toMatchObject({
      totalAmount: '12.30',
      currency: 'MYR',
    });
    expect(values(receipt([...header, ['TOTAL', 'RM12.30']]))).toMatchObject({
      totalAmount: '12.30',
      currency: 'MYR',
    });
  });

  test('joins a number OCR split at its decimal separator, on OCR words only', () => {
    const placed = receipt([...header, ['Grand Total', '39. 75']]);
    expect(values(placed).totalAmount).toBe('39.75');
    expect(values(receipt([...header, ['Grand Total', '39 ,75']])).totalAmount).toBe('39.75');
    expect(values(placed, 'text').totalAmount).not.toBe('39.75');
  });

  test('does not join two separate numbers a word space apart', () => {
    // Quantity 3 and a price 50 in two columns are no amount 3.50.
    const v = values(receipt([...header, ['Total', '3      50']]));
    expect(v.totalAmount).not.toBe('3.50');
  });
});

describe('lines of a skewed scan', () => {
  /** The words of a receipt on a page turned by `degrees` (clockwise: lines run downhill to the right). */
  const turned = (placed: readonly Placed[], degrees: number): Word[] => {
    const slope = Math.tan((degrees * Math.PI) / 180);
    return words(placed, 90).map((w) => ({ ...w, box: { ...w.box, y: w.box.y + slope * w.box.x } }));
  };
  const rows = receipt(
    [...header, ['Sub Total', '36.00'], ['GST 6%', '2.16'], ['Grand Total', '38.16']],
    120,
  );

  test('keeps a label and its amount at the far end of a slanted line on one line, along the skew OCR measured', () => {
    const page = { page: 1, width: 300, height: 600, words: turned(rows, 2.5) };
    const straightened = readChannelFields([{ ...page, skewDegrees: 2.5 }], { channel: 'ocr' }).values;
    expect(straightened.totalAmount?.value).toBe('38.16');
    expect(straightened.netAmount?.value).toBe('36.00');
    const line = layoutPage({ ...page, skewDegrees: 2.5 }).lines.find((l) => l.tokens[0]!.text === 'Grand');
    expect(line?.tokens.map((t) => t.text)).toEqual(['Grand', 'Total', '38.16']);
    // Without the skew each amount drifts onto another row's line.
    const slanted = layoutPage(page).lines.find((l) => l.tokens[0]!.text === 'Grand');
    expect(slanted?.tokens.map((t) => t.text)).not.toContain('38.16');
  });
});

describe('document numbers on receipts', () => {
  test.each([
    ['Doc No', 'CS00012504'],
    ['Document No.', 'D-2018-0042'],
    ['Receipt #', 'R-88123'],
    ['Bill No:', '4471'],
  ])('"%s" announces the number', (label, number) => {
    const v = values(lines(['KEDAI RUNCIT MAJU SDN BHD', `${label} ${number}`, 'Total 12.30']));
    expect(v.invoiceNumber).toBe(number.toUpperCase());
  });
});
