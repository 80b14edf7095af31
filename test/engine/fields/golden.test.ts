/**
 * Golden tests: generated invoice PDFs of different layouts and languages go through the whole
 * pipeline (pdf.js text layer → fields stage → report), and `report.fields` must hold exactly the
 * expected values, each with its page, box and channel.
 */
import { describe, expect, test } from '@jest/globals';
import { registry } from '../../../checks/index.js';
import { runPipeline } from '../../../engine/pipeline.js';
import { drawLayout, LAYOUTS, type Run } from '../../fixtures/invoice-layouts.js';
import { testProfile } from '../../helpers.js';
import { NOW } from './support.js';

const clock = () => NOW;

describe('golden layouts', () => {
  test.each(LAYOUTS.map((layout) => [layout.name, layout] as const))('%s', async (_name, layout) => {
    const report = await runPipeline({ bytes: await drawLayout(layout.pages) }, testProfile(), {
      registry,
      clock,
    });
    const read = Object.fromEntries(
      Object.keys(layout.expected).map((field) => [
        field,
        report.fields[field as keyof typeof report.fields]?.value,
      ]),
    );
    expect(read).toEqual(layout.expected);
    for (const field of Object.keys(layout.expected)) {
      const value = report.fields[field as keyof typeof report.fields]!;
      expect(value.channel).toBe('text');
      expect(value.page).toBeGreaterThanOrEqual(1);
      expect(value.box.w).toBeGreaterThan(0);
      expect(value.confidence).toBeGreaterThan(0);
    }
    // The channel view holds the same values, with candidates.
    expect(report.channels.text?.values.invoiceNumber?.value).toBe(layout.expected.invoiceNumber);
  });

  test('there are at least twelve layouts in four languages', () => {
    expect(LAYOUTS.length).toBeGreaterThanOrEqual(12);
  });
});

describe('bad input through the whole pipeline', () => {
  const run = async (pages: Run[][]) =>
    runPipeline(
      { bytes: await drawLayout(pages) },
      testProfile({ fields: { invoiceNumber: { required: true } } }),
      { registry, clock },
    );

  test('an invoice without labels: the invoice number is reported missing, the dates ambiguous', async () => {
    const report = await run([
      [
        { text: 'Bakkerij Jansen', x: 56, y: 50 },
        { text: 'NL853746333B01', x: 56, y: 64 },
        { text: '12-01-2026', x: 400, y: 100 },
        { text: '11-02-2026', x: 400, y: 114 },
        { text: '1.090,00', x: 400, y: 300 },
      ],
    ]);
    expect(report.fields.invoiceNumber).toBeUndefined();
    expect(report.findings.map((f) => f.messageId)).toEqual(
      expect.arrayContaining(['fields.required.missing', 'fields.ambiguous.unlabelled-dates']),
    );
  });

  test('two invoice numbers give an ambiguity warning pointing at the second', async () => {
    const report = await run([
      [
        { text: 'Factuurnummer: A-100', x: 56, y: 100 },
        { text: 'Factuurnummer: B-200', x: 56, y: 400 },
      ],
    ]);
    const finding = report.findings.find((f) => f.messageId === 'fields.ambiguous.close-candidates');
    expect(finding?.location).toMatchObject({ page: 1, field: 'invoiceNumber', channel: 'text' });
    expect(finding?.location?.box?.y).toBeGreaterThan(390);
  });

  test('twenty VAT lines that add up pass the totals check', async () => {
    const lines: Run[] = [
      { text: 'Factuurnummer: V-20', x: 56, y: 40 },
      { text: 'Subtotaal € 2.000,00', x: 300, y: 60 },
    ];
    for (let r = 1; r <= 20; r++)
      lines.push({ text: `Btw ${r}% over € 100,00 € ${r},00`, x: 300, y: 60 + r * 14 });
    lines.push({ text: 'Totaal € 2.210,00', x: 300, y: 60 + 21 * 14 });
    const report = await run([lines]);
    expect(report.channels.text?.vatLines).toHaveLength(20);
    expect(report.fields.taxAmount?.value).toBe('210.00');
    expect(report.findings.filter((f) => f.checkId === 'totals.sum-matches')).toEqual([]);
  });

  test('amounts in words leave the total unread, without a crash', async () => {
    const report = await run([[{ text: 'Factuurnummer: 7   Totaal: duizend euro', x: 56, y: 100 }]]);
    expect(report.fields.totalAmount).toBeUndefined();
    expect(report.fields.invoiceNumber?.value).toBe('7');
  });

  test('a page of 5 000 words finishes and still finds the fields', async () => {
    const filler: Run[] = [];
    for (let i = 0; i < 500; i++)
      filler.push({
        text: 'regel artikel omschrijving 12 stuks 4,50 per stuk 54,00 levering',
        x: 20,
        y: 200 + (i % 150) * 4,
        size: 3,
      });
    const report = await run([[{ text: 'Factuurnummer: BIG-1', x: 56, y: 60 }, ...filler]]);
    expect(report.fields.invoiceNumber?.value).toBe('BIG-1');
    expect(report.incomplete).toBeUndefined();
  });
});
