import { describe, expect, test } from '@jest/globals';
import check from '../../checks/channels-agree.js';
import type { DocumentModel } from '../../engine/model/document.js';
import type { Word } from '../../engine/model/geometry.js';
import type { OcrResult } from '../../engine/ocr-engine.js';
import { runOne } from '../engine/fields/support.js';
import { engineFrom, fixture, recordedEngine } from '../fixtures/ocr.js';
import { dutchInvoice, ocrOf, words } from '../fixtures/words.js';
import { checkWith, findingsOf, messageIds, testProfile } from '../helpers.js';

const both = testProfile({ channels: 'both' });

describe('channels.agree', () => {
  test('accepts a text invoice whose text layer says what the page shows', async () => {
    const report = await checkWith(await fixture('text-invoice'), both, {
      ocr: recordedEngine('text-invoice'),
    });
    expect(findingsOf(report, 'channels.agree')).toEqual([]);
    expect(report.verdict).toBe('accepted');
  });

  test('catches a number whose invisible text differs from the visible one, with both values and the box', async () => {
    const report = await checkWith(await fixture('hidden-number'), both, {
      ocr: recordedEngine('hidden-number'),
    });
    const findings = findingsOf(report, 'channels.agree');
    expect(findings.map((f) => f.messageId)).toEqual(['channels.agree.number-differs']);
    const [finding] = findings;
    expect(finding?.data).toMatchObject({ page: 1, textValue: '1.284,50', ocrValue: '1.234,50' });
    expect(finding?.message.en).toContain(
      'the text inside the PDF says 1.284,50 but the page shows 1.234,50',
    );
    expect(finding?.message.nl).toContain(
      'zegt de tekst in de PDF 1.284,50, maar op de pagina staat 1.234,50',
    );
    // The box is where the hidden amount sits: x 300 pt, baseline 680 pt from the bottom of an A4 page.
    const box = finding?.location?.box;
    expect(box?.x).toBeCloseTo(300, 0);
    expect((box?.y ?? 0) + (box?.h ?? 0)).toBeCloseTo(841.89 - 680, 0);
    expect(report.verdict).toBe('rejected');
  });

  test('catches a text layer that is garbage while the page reads fine', async () => {
    const report = await checkWith(await fixture('garbled-layer'), both, {
      ocr: recordedEngine('garbled-layer'),
    });
    expect(messageIds(report, 'channels.agree')).toEqual(['channels.agree.text-garbled']);
    const [finding] = findingsOf(report, 'channels.agree');
    expect(String(finding?.data.textSample)).toMatch(/^Cbllfsjk Ef/);
    expect(String(finding?.data.ocrSample)).toMatch(/^Bakkerij De/);
    expect(finding?.data.agreementPercent).toBeLessThan(50);
  });

  test('does not let an unsure OCR reading contradict the text layer', async () => {
    const recorded = recordedEngine('hidden-number');
    const unsure = engineFrom(async (image, options) => {
      const result: OcrResult = await recorded.recognize(image, options);
      return { ...result, words: result.words.map((word) => ({ ...word, confidence: 50 })) };
    });
    const report = await checkWith(await fixture('hidden-number'), both, { ocr: unsure });
    expect(findingsOf(report, 'channels.agree')).toEqual([]);
  });

  test('only applies where the buyer reads both channels', async () => {
    const report = await checkWith(await fixture('hidden-number'), testProfile({ channels: 'ocr' }), {
      ocr: recordedEngine('hidden-number'),
    });
    expect(findingsOf(report, 'channels.agree')).toEqual([]);
  });

  /** A page in `size`-pt print whose amount `textTotal` OCR reads as `ocrTotal` (confidence 90) at `dpi`. */
  function smallPrint(textTotal: string, ocrTotal: string, dpi: number, size = 7): DocumentModel {
    const sized = (total: string): Word[] =>
      words(
        dutchInvoice({ total }).map((placed) => ({ ...placed, size })),
        90,
      );
    return {
      file: { sha256: 'x', bytes: 1, kind: 'pdf' },
      pages: [
        {
          index: 0,
          widthPt: 595.28,
          heightPt: 841.89,
          rotation: 0,
          text: { words: sized(textTotal), charCount: 500, garbledRatio: 0 },
          ocr: { ...ocrOf(sized(ocrTotal), 90), dpi },
        },
      ],
    };
  }

  test('warns, not rejects, when OCR misreads a digit of small print on a coarse page image', () => {
    // 7 pt print at 150 DPI is 15 pixels high; OCR read 1.090,00 as 1.690,00.
    const findings = runOne(check, smallPrint('1.090,00', '1.690,00', 150), both);
    expect(findings).toEqual([
      expect.objectContaining({
        messageId: 'channels.agree.number-unconfirmed',
        severity: 'warning',
        data: expect.objectContaining({
          textValue: '1.090,00',
          ocrValue: '1.690,00',
          dpi: 150,
          textPx: 15,
          minPt: 10,
        }),
      }),
    ]);
    expect(findings[0]?.message.en).toContain('too coarse to confirm either');
    expect(findings[0]?.message.nl).toContain('te grof om een van beide te bevestigen');
    expect(findings[0]?.hint?.en).toContain('at least 10 points high');
  });

  test('rejects the same difference where the page image shows the print large enough', () => {
    // 7 pt at 300 DPI is 29 pixels; 11 pt at 150 DPI is 23 pixels.
    for (const [dpi, size] of [
      [300, 7],
      [150, 11],
    ] as const) {
      const findings = runOne(check, smallPrint('1.090,00', '1.690,00', dpi, size), both);
      expect(findings.map((f) => [f.messageId, f.severity])).toEqual([
        ['channels.agree.number-differs', 'error'],
      ]);
    }
  });

  test('rejects another number altogether even in small print on a coarse page image', () => {
    const findings = runOne(check, smallPrint('1.090,00', '7.345,18', 150), both);
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([
      ['channels.agree.number-differs', 'error'],
    ]);
  });

  test('lets a profile set the print size it trusts OCR at', () => {
    const strict = testProfile({
      channels: 'both',
      checks: { 'channels.agree': { params: { minTextPx: 10 } } },
    });
    const findings = runOne(check, smallPrint('1.090,00', '1.690,00', 150), strict);
    expect(findings.map((f) => f.messageId)).toEqual(['channels.agree.number-differs']);
  });
});
