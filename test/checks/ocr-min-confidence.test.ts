import { describe, expect, test } from '@jest/globals';
import { fixture, recordedEngine } from '../fixtures/ocr.js';
import { checkWith, findingsOf, testProfile } from '../helpers.js';

const ocrProfile = testProfile({ channels: 'ocr' });

describe('ocr.min-confidence', () => {
  test('accepts a clean scan, read with high confidence', async () => {
    const report = await checkWith(await fixture('scan-clean'), ocrProfile, {
      ocr: recordedEngine('scan-clean'),
    });
    expect(findingsOf(report, 'ocr.min-confidence')).toEqual([]);
    expect(report.verdict).toBe('accepted');
  });

  test('rejects a fax-quality scan with its confidence, the limit and the weakest line', async () => {
    const report = await checkWith(await fixture('scan-fax'), ocrProfile, {
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

  test("uses the profile's ocr.minConfidence", async () => {
    const noisy = await fixture('scan-noisy');
    const strict = await checkWith(noisy, ocrProfile, { ocr: recordedEngine('scan-noisy') });
    expect(findingsOf(strict, 'ocr.min-confidence')).toHaveLength(1);
    const lenient = await checkWith(noisy, testProfile({ channels: 'ocr', ocr: { minConfidence: 60 } }), {
      ocr: recordedEngine('scan-noisy'),
    });
    expect(findingsOf(lenient, 'ocr.min-confidence')).toEqual([]);
  });
});
