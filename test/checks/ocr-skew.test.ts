import { describe, expect, test } from '@jest/globals';
import { fixture, recordedEngine } from '../fixtures/ocr.js';
import { checkWith, findingsOf, testProfile } from '../helpers.js';

const ocrProfile = testProfile({ channels: 'ocr' });

describe('ocr.skew', () => {
  test('accepts an office scan tilted by less than a degree', async () => {
    const report = await checkWith(await fixture('scan-office'), ocrProfile, {
      ocr: recordedEngine('scan-office'),
    });
    expect(findingsOf(report, 'ocr.skew')).toEqual([]);
  });

  test('rejects a scan tilted by 6 degrees, and measures the tilt', async () => {
    const report = await checkWith(await fixture('scan-tilted'), ocrProfile, {
      ocr: recordedEngine('scan-tilted'),
    });
    const [finding] = findingsOf(report, 'ocr.skew');
    expect(finding?.data).toMatchObject({ page: 1, limit: 3, direction: 'clockwise' });
    expect(finding?.data.degrees).toBeCloseTo(6, 0);
    expect(finding?.message.nl).toMatch(/staat 6(,0|\.0)? graden scheef/);
  });

  test("uses the profile's ocr.maxSkewDegrees", async () => {
    const report = await checkWith(
      await fixture('scan-tilted'),
      testProfile({ channels: 'ocr', ocr: { maxSkewDegrees: 8 } }),
      { ocr: recordedEngine('scan-tilted') },
    );
    expect(findingsOf(report, 'ocr.skew')).toEqual([]);
  });
});
