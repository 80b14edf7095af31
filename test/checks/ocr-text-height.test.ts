import { describe, expect, test } from '@jest/globals';
import { fixture, recordedEngine } from '../fixtures/ocr.js';
import { checkWith, findingsOf, testProfile } from '../helpers.js';

const ocrProfile = testProfile({ channels: 'ocr' });

describe('ocr.text-height', () => {
  test('accepts 11-point text at 300 DPI (x-height about 20 pixels)', async () => {
    const report = await checkWith(await fixture('scan-clean'), ocrProfile, {
      ocr: recordedEngine('scan-clean'),
    });
    expect(findingsOf(report, 'ocr.text-height')).toEqual([]);
  });

  test('rejects 4-point print, pointing at the smallest line', async () => {
    const report = await checkWith(await fixture('small-print'), ocrProfile, {
      ocr: recordedEngine('small-print'),
    });
    const [finding] = findingsOf(report, 'ocr.text-height');
    expect(finding?.data).toMatchObject({ page: 1, limit: 10, dpi: 300 });
    expect(finding?.data.xHeightPx).toBeLessThan(10);
    expect(finding?.location?.box?.h).toBeGreaterThan(0);
    // The box is on the page, in points, where the small text is (top part of an A4 page).
    expect(finding?.location?.box?.y).toBeLessThan(200);
    expect(finding?.message.en).toContain('too small');
  });

  test("uses the profile's ocr.minTextHeightPx", async () => {
    const report = await checkWith(
      await fixture('small-print'),
      testProfile({ channels: 'ocr', ocr: { minTextHeightPx: 6 } }),
      { ocr: recordedEngine('small-print') },
    );
    expect(findingsOf(report, 'ocr.text-height')).toEqual([]);
  });
});
