import { describe, expect, test } from '@jest/globals';
import { scanPdf } from '../fixtures/analysis-pdfs.js';
import { check, findingsOf, testProfile } from '../helpers.js';

describe('images.min-dpi', () => {
  test('accepts a scan of 300 DPI (1240 × 1754 pixels drawn on half an A4 page)', async () => {
    const pdf = await scanPdf(1240, 1754, { x: 0, y: 421, width: 297.64, height: 420.94 });
    expect(findingsOf(await check(pdf), 'images.min-dpi')).toEqual([]);
  });

  test('warns about a 50 DPI full-page scan by default, pointing at the image', async () => {
    const report = await check(await scanPdf(413, 585));
    const [finding] = findingsOf(report, 'images.min-dpi');
    expect(finding?.severity).toBe('warning');
    expect(finding?.data).toMatchObject({ dpi: 50, minDpi: 200 });
    expect(finding?.location?.page).toBe(1);
    expect(finding?.location?.box).toMatchObject({ x: 0, y: 0 });
    expect(finding?.location?.box?.w).toBeCloseTo(595.28, 0);
    expect(finding?.message.nl).toContain('50 DPI');
  });

  test('rejects a 150 DPI scan when the profile asks 300 DPI (ocr.minImageDpi)', async () => {
    const profile = testProfile({ ocr: { minImageDpi: 300 } });
    const report = await check(await scanPdf(1240, 1754), profile);
    const [finding] = findingsOf(report, 'images.min-dpi');
    expect(finding).toMatchObject({ severity: 'error', data: { dpi: 150, minDpi: 300 } });
  });

  test('ignores a small low-resolution image such as a logo', async () => {
    const logo = await scanPdf(60, 60, { x: 56, y: 760, width: 60, height: 60 });
    expect(findingsOf(await check(logo), 'images.min-dpi')).toEqual([]);
  });
});
