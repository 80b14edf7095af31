import { describe, expect, test } from '@jest/globals';
import { formPdf, xfaPdf } from '../fixtures/analysis-pdfs.js';
import { check, findingsOf } from '../helpers.js';

describe('content.no-forms', () => {
  test('accepts a form that was flattened into the page', async () => {
    expect(findingsOf(await check(await formPdf({ flatten: true })), 'content.no-forms')).toEqual([]);
  });

  test('flags a filled-in form field, pointing at its box on the page', async () => {
    const [finding] = findingsOf(await check(await formPdf({ flatten: false })), 'content.no-forms');
    expect(finding).toMatchObject({
      messageId: 'content.no-forms.filled-field',
      data: { page: 1, name: 'iban' },
    });
    // Drawn at x 56, y 200 (bottom-left origin), 200 × 20 on an A4 page: top-left y ≈ 842 − 220.
    expect(finding?.location?.box?.x).toBeCloseTo(56, -1);
    expect(finding?.location?.box?.y).toBeCloseTo(621, -1);
    expect(finding?.hint?.en).toMatch(/Flatten/);
  });

  test('flags an XFA form', async () => {
    const [finding] = findingsOf(await check(await xfaPdf()), 'content.no-forms');
    expect(finding?.messageId).toBe('content.no-forms.xfa');
  });
});
