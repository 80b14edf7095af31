import { describe, expect, test } from '@jest/globals';
import type { OcrResult } from '../../engine/ocr-engine.js';
import { engineFrom, fixture, recordedEngine } from '../fixtures/ocr.js';
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
});
