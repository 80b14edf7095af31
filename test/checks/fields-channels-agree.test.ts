import { describe, expect, test } from '@jest/globals';
import check from '../../checks/fields-channels-agree.js';
import { evaluate } from '../../engine/evaluate.js';
import type { DocumentModel } from '../../engine/model/document.js';
import type { ChannelFields, ExtractedField } from '../../engine/model/fields.js';
import { NOW, runOne } from '../engine/fields/support.js';
import { dutchInvoice, ocrOf, words } from '../fixtures/words.js';
import { testProfile } from '../helpers.js';

/** A page whose text layer says one thing and whose OCR reads another. */
function twoChannels(textTotal: string, ocrTotal: string, ocrNumber?: string, dpi = 300): DocumentModel {
  const textWords = words(dutchInvoice({ total: textTotal }));
  const ocrWords = words(dutchInvoice({ total: ocrTotal, ...(ocrNumber && { number: ocrNumber }) }), 88);
  return {
    file: { sha256: 'x', bytes: 1, kind: 'pdf' },
    pages: [
      {
        index: 0,
        widthPt: 595.28,
        heightPt: 841.89,
        rotation: 0,
        text: { words: textWords, charCount: 500, garbledRatio: 0 },
        ocr: { ...ocrOf(ocrWords, 88), dpi },
      },
    ],
  };
}

const both = testProfile({ channels: 'both' });

describe('fields.channels-agree', () => {
  test('passes when text layer and page image read the same', () => {
    expect(runOne(check, twoChannels('1.090,00', '1.090,00'), both)).toEqual([]);
  });

  test('reports a total that reads differently in the text layer and on the image', () => {
    const findings = runOne(check, twoChannels('1.090,00', '1.690,00'), both);
    expect(findings).toContainEqual(
      expect.objectContaining({
        messageId: 'fields.channels-agree.mismatch',
        data: { field: 'totalAmount', text: '1090.00', ocr: '1690.00' },
        location: expect.objectContaining({ field: 'totalAmount', channel: 'ocr' }),
      }),
    );
  });

  test('warns, not rejects, when the page image is too coarse for the print to confirm a digit', () => {
    // 10 pt print on a page image drawn at 100 DPI is 14 pixels high: OCR misreads digits at that size.
    const findings = runOne(check, twoChannels('1.090,00', '1.690,00', undefined, 100), both);
    expect(findings).toEqual([
      expect.objectContaining({
        messageId: 'fields.channels-agree.unconfirmed',
        severity: 'warning',
        data: expect.objectContaining({
          field: 'totalAmount',
          text: '1090.00',
          ocr: '1690.00',
          dpi: 100,
          textPx: 14,
        }),
      }),
    ]);
    expect(findings[0]?.message.en).toContain('too coarse to confirm either');
    expect(findings[0]?.message.nl).toContain('te grof');
  });

  test('still reports another value altogether on a coarse page image as a mismatch', () => {
    const findings = runOne(check, twoChannels('1.090,00', '7.345,18', undefined, 100), both);
    expect(findings).toContainEqual(
      expect.objectContaining({ messageId: 'fields.channels-agree.mismatch', severity: 'error' }),
    );
  });

  test('does not apply to a buyer that reads one channel', () => {
    expect(runOne(check, twoChannels('1.090,00', '1.690,00'), testProfile())).toEqual([]);
  });

  test("warns, not rejects, when OCR misreads a value the page shows (O for 0): that is OCR's limit", () => {
    const findings = runOne(check, twoChannels('1.090,00', '1.090,00', 'F-2O26-0042'), both);
    expect(findings).toEqual([
      expect.objectContaining({
        messageId: 'fields.channels-agree.ocr-misread',
        severity: 'warning',
        data: { field: 'invoiceNumber', text: 'F-2026-0042', ocr: 'F-2O26-0042' },
      }),
    ]);
    expect(findings[0]?.message.en).not.toContain('differs');
  });

  test('accepts channels that found the same candidates but ranked them differently', () => {
    const box = { x: 400, y: 300, w: 40, h: 10 };
    const field = (value: string, other: string): ExtractedField => ({
      value,
      raw: value,
      page: 1,
      box,
      confidence: 0.8,
      source: 'totals',
      candidates: [
        { value: other, raw: other, page: 1, box: { ...box, y: 340 }, confidence: 0.7, source: 'totals' },
      ],
    });
    const channel = (name: 'text' | 'ocr', total: ExtractedField): ChannelFields => ({
      channel: name,
      values: { totalAmount: total },
      vatLines: [],
      ambiguities: [],
      identifiers: [],
    });
    const doc: DocumentModel = {
      ...twoChannels('703,15', '703,15'),
      fields: {
        text: channel('text', field('703.15', '281.71')),
        ocr: channel('ocr', field('281.71', '703.15')),
      },
    };
    expect(evaluate(doc, both, [check], { now: NOW }).findings).toEqual([]);
  });
});
