import { describe, expect, test } from '@jest/globals';
import { fixture, recordedEngine } from '../fixtures/ocr.js';
import { checkWith, findingsOf, testProfile } from '../helpers.js';

const ocrProfile = testProfile({ channels: 'ocr' });
/** A buyer whose software states a confidence limit of its own. */
const strictProfile = testProfile({ channels: 'ocr', ocr: { minConfidence: 80 } });

describe('ocr.min-confidence', () => {
  test('accepts a clean scan, read with high confidence', async () => {
    const report = await checkWith(await fixture('scan-clean'), strictProfile, {
      ocr: recordedEngine('scan-clean'),
    });
    expect(findingsOf(report, 'ocr.min-confidence')).toEqual([]);
    expect(report.verdict).toBe('accepted');
  });

  test('rejects a fax-quality scan with its confidence, the limit and the weakest line', async () => {
    const report = await checkWith(await fixture('scan-fax'), strictProfile, {
      ocr: recordedEngine('scan-fax'),
    });
    const [finding] = findingsOf(report, 'ocr.min-confidence');
    expect(report.verdict).toBe('rejected');
    expect(finding?.data).toMatchObject({ page: 1, limit: 80 });
    expect(finding?.data.confidence).toBeLessThan(60);
    expect(finding?.location?.page).toBe(1);
    expect(finding?.location?.box?.w).toBeGreaterThan(0);
    expect(finding?.message.en).toMatch(/only \d+% certainty.*at least 80%/);
    expect(finding?.message.nl).toContain('zekerheid');
  });

  test("judges by the profile's own ocr.minConfidence", async () => {
    const noisy = await fixture('scan-noisy');
    const strict = await checkWith(noisy, strictProfile, { ocr: recordedEngine('scan-noisy') });
    expect(findingsOf(strict, 'ocr.min-confidence')).toHaveLength(1);
    const lenient = await checkWith(noisy, testProfile({ channels: 'ocr', ocr: { minConfidence: 60 } }), {
      ocr: recordedEngine('scan-noisy'),
    });
    expect(findingsOf(lenient, 'ocr.min-confidence')).toEqual([]);
  });

  test('without a limit in the profile, holds pages only to the legibility floor (60)', async () => {
    // A noisy 150 DPI scan (confidence 68) that OCR still reads: no limit of the buyer's is broken.
    const noisy = await checkWith(await fixture('scan-noisy'), ocrProfile, {
      ocr: recordedEngine('scan-noisy'),
    });
    expect(findingsOf(noisy, 'ocr.min-confidence')).toEqual([]);
    // A fax-quality scan (confidence about 54) is illegible under any buyer.
    const fax = await checkWith(await fixture('scan-fax'), ocrProfile, { ocr: recordedEngine('scan-fax') });
    const [finding] = findingsOf(fax, 'ocr.min-confidence');
    expect(finding).toMatchObject({ severity: 'error', data: { page: 1, limit: 60 } });
    expect(fax.verdict).toBe('rejected');
  });

  test('leaves one-character specks out of the confidence', async () => {
    // The clean scan with OCR noise added: many low-confidence single characters (a logo, rules).
    const clean = recordedEngine('scan-clean');
    const specked = {
      ...clean,
      concurrency: clean.concurrency,
      async recognize(...args: Parameters<typeof clean.recognize>) {
        const result = await clean.recognize(...args);
        const specks = Array.from({ length: result.words.length }, (_, i) => ({
          text: i % 2 ? '|' : '~',
          box: { x: 10 + i, y: 10, w: 4, h: 12 },
          confidence: 20,
          line: 0,
        }));
        return { ...result, words: [...result.words, ...specks] };
      },
    };
    const report = await checkWith(await fixture('scan-clean'), strictProfile, { ocr: specked });
    expect(findingsOf(report, 'ocr.min-confidence')).toEqual([]);
  });
});
