import { describe, expect, test } from '@jest/globals';
import { damagedPdf, textInvoicePdf, truncated } from '../fixtures/pdfs.js';
import { check, findingsOf, messageIds } from '../helpers.js';

describe('pdf.readable', () => {
  test('accepts a well-formed PDF', async () => {
    const report = await check(await textInvoicePdf({ pages: 2 }));
    expect(findingsOf(report, 'pdf.readable')).toEqual([]);
    expect(report.document.pageCount).toBe(2);
  });

  test('rejects a PDF that is garbage after its header as damaged', async () => {
    const report = await check(damagedPdf());
    expect(report.verdict).toBe('rejected');
    expect(messageIds(report, 'pdf.readable')).toEqual(['pdf.readable.damaged']);
  });

  test('calls a PDF cut off before its end truncated', async () => {
    const report = await check(truncated(await textInvoicePdf(), 0.05));
    expect(report.verdict).toBe('rejected');
    expect(messageIds(report, 'pdf.readable')).toEqual(['pdf.readable.truncated']);
    expect(findingsOf(report, 'pdf.readable')[0]?.message.nl).toContain('onvolledig');
  });

  test('warns when a PDF without its end could still be read', async () => {
    const pdf = await textInvoicePdf();
    const text = Buffer.from(pdf).toString('latin1');
    const cut = new Uint8Array(pdf.slice(0, text.lastIndexOf('%%EOF')));
    const report = await check(cut);
    expect(messageIds(report, 'pdf.readable')).toEqual(['pdf.readable.truncated-recovered']);
    expect(findingsOf(report, 'pdf.readable')[0]?.severity).toBe('warning');
  });
});
