/**
 * Issue 13: born-digital invoices whose text layer is true to the print are accepted by buyers that
 * read both channels, and the designed forgery (one number drawn, another in an invisible text layer)
 * is still rejected. OCR is replayed from recordings of real tesseract runs (`npm run record:ocr`).
 */
import { describe, expect, test } from '@jest/globals';
import type { Report } from '../../engine/model/report.js';
import { findPreset } from '../../profiles/presets.js';
import { FACTURX_F20220023, FACTURX_F20220024, fixture, inCorpus, recordedEngine } from '../fixtures/ocr.js';
import { checkWith, findingsOf } from '../helpers.js';

const preset = (id: string) => {
  const found = findPreset(id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
};

/** The errors of the two channel checks in a report. */
const channelErrors = (report: Report) =>
  [...findingsOf(report, 'channels.agree'), ...findingsOf(report, 'fields.channels-agree')].filter(
    (finding) => finding.severity === 'error',
  );

describe('born-digital invoices read through both channels', () => {
  // cloud-capture draws pages at 150 DPI, scan-capture-strict at 300: one recording each.
  test.each([
    ['cloud-capture', 'pdfkit-invoice-150dpi'],
    ['scan-capture-strict', 'pdfkit-invoice'],
  ] as const)(
    'the pdfkit invoice (IBAN NL91 ABNA 0417 1643 00) is accepted under %s',
    async (id, recording) => {
      const report = await checkWith(await fixture(recording), preset(id), {
        ocr: recordedEngine(recording),
      });
      expect(channelErrors(report)).toEqual([]);
      expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
      expect(report.verdict).toBe('accepted');
    },
  );

  // The lenient preset read through both channels, as `{"channels": "both"}` over the default profile.
  const withCorpus = inCorpus(FACTURX_F20220023) ? test : test.skip;
  withCorpus(
    'the official Factur-X sample F20220023 raises no channel error under {"channels": "both"}',
    async () => {
      const report = await checkWith(
        await fixture('facturx-F20220023'),
        { ...preset('lenient'), channels: 'both' },
        {
          ocr: recordedEngine('facturx-F20220023'),
        },
      );
      expect(channelErrors(report)).toEqual([]);
      // Its 5.4–6.8 pt print is too small for OCR at 300 DPI: that rule, not the channels, is what remains.
      const errors = new Set(report.findings.filter((f) => f.severity === 'error').map((f) => f.checkId));
      expect([...errors].filter((id) => id !== 'ocr.text-height')).toEqual([]);
    },
  );

  const withSample24 = inCorpus(FACTURX_F20220024) ? test : test.skip;
  withSample24(
    'the Factur-X sample F20220024 is not rejected under cloud-capture where OCR at 150 DPI misreads its 7.6 pt "8,00"',
    async () => {
      const report = await checkWith(await fixture('facturx-F20220024-150dpi'), preset('cloud-capture'), {
        ocr: recordedEngine('facturx-F20220024-150dpi'),
      });
      expect(channelErrors(report)).toEqual([]);
      // The page image is too coarse to confirm the number: said as a warning, with what OCR read.
      expect(findingsOf(report, 'channels.agree')).toContainEqual(
        expect.objectContaining({
          messageId: 'channels.agree.number-unconfirmed',
          severity: 'warning',
          data: expect.objectContaining({ textValue: '8,00', ocrValue: '3,00', dpi: 150 }),
        }),
      );
    },
  );

  test('the forgery (1.234,50 drawn, 1.284,50 in invisible text) is still rejected under scan-capture-strict', async () => {
    const report = await checkWith(await fixture('hidden-number'), preset('scan-capture-strict'), {
      ocr: recordedEngine('hidden-number'),
    });
    expect(findingsOf(report, 'channels.agree')).toEqual([
      expect.objectContaining({
        messageId: 'channels.agree.number-differs',
        severity: 'error',
        data: expect.objectContaining({ textValue: '1.284,50', ocrValue: '1.234,50' }),
      }),
    ]);
    expect(report.verdict).toBe('rejected');
  });

  test('the forgery in 11 pt print is still rejected under cloud-capture, whose page image is 150 DPI', async () => {
    // 11 pt at 150 DPI is 23 pixels high: large enough to trust OCR's confident read.
    const report = await checkWith(await fixture('hidden-number-150dpi'), preset('cloud-capture'), {
      ocr: recordedEngine('hidden-number-150dpi'),
    });
    expect(findingsOf(report, 'channels.agree')).toContainEqual(
      expect.objectContaining({
        messageId: 'channels.agree.number-differs',
        severity: 'error',
        data: expect.objectContaining({ textValue: '1.284,50', ocrValue: '1.234,50' }),
      }),
    );
    expect(report.verdict).toBe('rejected');
  });
});
