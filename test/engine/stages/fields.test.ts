import { describe, expect, test } from '@jest/globals';
import { registry } from '../../../checks/index.js';
import { buyerField, reportFields } from '../../../engine/fields/buyer-view.js';
import type { DocumentModel } from '../../../engine/model/document.js';
import { runPipeline } from '../../../engine/pipeline.js';
import { readFields } from '../../../engine/stages/fields.js';
import { textInvoicePdf } from '../../fixtures/pdfs.js';
import { docOf, dutchInvoice, lines, ocrOf, words } from '../../fixtures/words.js';
import { testProfile } from '../../helpers.js';

/** One page whose text layer and OCR read different invoice numbers. */
function twoChannelDoc(): DocumentModel {
  return {
    file: { sha256: 'x', bytes: 1, kind: 'pdf' },
    pages: [
      {
        index: 0,
        widthPt: 595.28,
        heightPt: 841.89,
        rotation: 0,
        text: { words: words(lines(['Factuurnummer: TXT-1'])), charCount: 20, garbledRatio: 0 },
        ocr: ocrOf(words(dutchInvoice({ number: 'OCR-2' }), 91), 91),
      },
    ],
  };
}

describe('fields stage', () => {
  test('reads every channel that has words, without changing the document it was given', () => {
    const doc = twoChannelDoc();
    const read = readFields(doc, testProfile());
    expect(doc.fields).toBeUndefined();
    expect(read.fields?.text?.values.invoiceNumber?.value).toBe('TXT-1');
    expect(read.fields?.ocr?.values.invoiceNumber?.value).toBe('OCR-2');
    expect(read.fields?.ocr?.channel).toBe('ocr');
  });

  test('reads the text layer of a scan as "nothing found", and OCR only when it ran', () => {
    const read = readFields(docOf([[]]), testProfile());
    expect(read.fields?.text?.values).toEqual({});
    expect(read.fields?.ocr).toBeUndefined();
  });

  test("the profile's channels decide which value the buyer reads", () => {
    const doc = readFields(twoChannelDoc(), testProfile());
    expect(buyerField(doc, testProfile({ channels: 'text' }), 'invoiceNumber')?.value).toBe('TXT-1');
    expect(buyerField(doc, testProfile({ channels: 'ocr' }), 'invoiceNumber')?.value).toBe('OCR-2');
    // Both: the text layer first, OCR for what the text layer lacks.
    const both = reportFields(doc, testProfile({ channels: 'both' }));
    expect(both.invoiceNumber).toMatchObject({ value: 'TXT-1', channel: 'text' });
    expect(both.totalAmount).toMatchObject({ value: '1090.00', channel: 'ocr' });
    expect(reportFields(doc, testProfile({ channels: 'text' })).totalAmount).toBeUndefined();
  });

  test("adds the labels a profile's field rules name to the vocabulary", () => {
    const doc = docOf([words(lines(['Notanr 7781']))]);
    expect(readFields(doc, testProfile()).fields?.text?.values.invoiceNumber).toBeUndefined();
    const profile = testProfile({ fields: { invoiceNumber: { labels: ['Notanr'] } } });
    expect(readFields(doc, profile).fields?.text?.values.invoiceNumber?.value).toBe('7781');
  });

  test("does not take the profile buyer's VAT id for the seller's", () => {
    const doc = docOf([words(lines(['Factuur', 'NL853746333B01', '', '', 'NL810433941B01']))]);
    const plain = readFields(doc, testProfile()).fields?.text?.values;
    expect(plain?.sellerVatId?.value).toBe('NL853746333B01');
    const profile = testProfile({ buyer: { name: 'X', vatId: 'NL853746333B01' } });
    const values = readFields(doc, profile).fields?.text?.values;
    expect(values?.sellerVatId?.value).toBe('NL810433941B01');
    expect(values?.buyerVatId?.value).toBe('NL853746333B01');
  });
});

describe('runPipeline with fields', () => {
  test('puts report.fields and report.channels in the report', async () => {
    const report = await runPipeline({ bytes: await textInvoicePdf() }, testProfile(), { registry });
    expect(report.fields.invoiceNumber).toEqual({
      value: 'F-2026-0042',
      raw: 'F-2026-0042',
      channel: 'text',
      page: 1,
      box: expect.objectContaining({ y: expect.any(Number) }),
      label: 'Factuurnummer:',
      confidence: expect.any(Number),
    });
    expect(report.channels.text?.values.totalAmount?.value).toBe('1090.00');
    expect(report.channels.ocr).toBeUndefined();
  });

  test('takes "today" from the injected clock', async () => {
    const bytes = await textInvoicePdf(); // dated 12-01-2026
    const before = await runPipeline({ bytes }, testProfile(), {
      registry,
      clock: () => new Date('2026-01-10T12:00:00Z'),
    });
    expect(before.findings.map((f) => f.messageId)).toContain('fields.date-not-in-future.future');
    const after = await runPipeline({ bytes }, testProfile(), {
      registry,
      clock: () => new Date('2026-01-13T12:00:00Z'),
    });
    expect(after.findings.map((f) => f.messageId)).not.toContain('fields.date-not-in-future.future');
  });

  test('skips the fields stage for a file that is not a PDF', async () => {
    const report = await runPipeline({ bytes: new TextEncoder().encode('hello') }, testProfile(), {
      registry,
    });
    expect(report.stages.find((s) => s.name === 'fields')?.skipped).toBe(true);
    expect(report.fields).toEqual({});
  });
});
