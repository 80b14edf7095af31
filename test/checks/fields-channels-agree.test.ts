import { describe, expect, test } from '@jest/globals';
import check from '../../checks/fields-channels-agree.js';
import type { DocumentModel } from '../../engine/model/document.js';
import { runOne } from '../engine/fields/support.js';
import { dutchInvoice, ocrOf, words } from '../fixtures/words.js';
import { testProfile } from '../helpers.js';

/** A page whose text layer says one thing and whose OCR reads another. */
function twoChannels(textTotal: string, ocrTotal: string): DocumentModel {
  const textWords = words(dutchInvoice({ total: textTotal }));
  const ocrWords = words(dutchInvoice({ total: ocrTotal }), 88);
  return {
    file: { sha256: 'x', bytes: 1, kind: 'pdf' },
    pages: [
      {
        index: 0,
        widthPt: 595.28,
        heightPt: 841.89,
        rotation: 0,
        text: { words: textWords, charCount: 500, garbledRatio: 0 },
        ocr: ocrOf(ocrWords, 88),
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

  test('does not apply to a buyer that reads one channel', () => {
    expect(runOne(check, twoChannels('1.090,00', '1.690,00'), testProfile())).toEqual([]);
  });
});
