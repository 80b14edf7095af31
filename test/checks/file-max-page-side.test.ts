import { describe, expect, test } from '@jest/globals';
import { findPreset } from '../../profiles/presets.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { check, findingsOf, testProfile } from '../helpers.js';

describe('file.max-page-side', () => {
  test('accepts an A4 page under a 17-inch limit', async () => {
    const report = await check(await textInvoicePdf(), testProfile({ file: { maxPageSidePt: 1224 } }));
    expect(findingsOf(report, 'file.max-page-side')).toEqual([]);
  });

  test('rejects a page longer than the limit, in either orientation, with its size in mm', async () => {
    const profile = testProfile({ file: { maxPageSidePt: 1224 } });
    for (const size of [
      [1250, 800],
      [800, 1250],
    ] as const) {
      const report = await check(await textInvoicePdf({ size }), profile);
      expect(report.verdict).toBe('rejected');
      const [finding] = findingsOf(report, 'file.max-page-side');
      expect(finding?.data).toMatchObject({ page: 1, limitPt: 1224 });
      expect(finding?.location).toEqual({ page: 1 });
      expect(finding?.message.en).toContain('at most 432 mm (17 inches)');
      expect(finding?.message.nl).toContain('hoogstens 432 mm (17 inch)');
    }
  });

  test('says nothing when the profile sets no limit', async () => {
    const report = await check(await textInvoicePdf({ size: [3000, 3000] }), testProfile());
    expect(findingsOf(report, 'file.max-page-side')).toEqual([]);
  });

  test('the cloud-capture preset rejects a 1,250 pt page, as its description promises', async () => {
    const profile = findPreset('cloud-capture')!;
    const report = await check(await textInvoicePdf({ size: [1250, 1250] }), profile);
    expect(report.verdict).toBe('rejected');
    expect(findingsOf(report, 'file.max-page-side')).toHaveLength(1);
  });
});
