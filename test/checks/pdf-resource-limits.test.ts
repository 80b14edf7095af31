import { describe, expect, test } from '@jest/globals';
import { DEFAULT_RESOURCE_LIMITS } from '../../engine/adapters/resource-limits.js';
import { flateBombPdf, manyOperatorsPdf } from '../fixtures/bombs.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { check, documentOf, findingsOf, testProfile } from '../helpers.js';

describe('pdf.resource-limits', () => {
  test('passes an ordinary invoice', async () => {
    const report = await check(await textInvoicePdf());
    expect(findingsOf(report, 'pdf.resource-limits')).toEqual([]);
    expect(report.verdict).toBe('accepted');
  });

  test('rejects a 4 GiB flate bomb with a finding, after inflating no more than the cap', async () => {
    const bytes = await flateBombPdf(4096);
    const report = await check(bytes);
    expect(report.verdict).toBe('rejected');
    expect(report.incomplete).toBeUndefined();
    const [finding] = findingsOf(report, 'pdf.resource-limits');
    expect(finding).toMatchObject({ severity: 'error', messageId: 'pdf.resource-limits.exceeded' });
    expect(finding?.data).toMatchObject({ count: 1, limits: 'stream-bytes' });
    expect(finding?.message.en).toContain('Parts of the PDF (1 in all) are so large');
    expect(finding?.message.nl).toContain('Delen van de PDF (1 in totaal) zijn zo groot');
    expect(finding?.hint?.nl).toContain('Opslaan als PDF');
    // The counters of the run's own analysis: stopped just past the cap, not at 4 GiB.
    const { doc } = await documentOf(bytes, testProfile());
    expect(doc.resources?.largestStreamBytes).toBe(DEFAULT_RESOURCE_LIMITS.maxStreamBytes + 1);
    expect(doc.resources?.inflatedBytes).toBeLessThan(DEFAULT_RESOURCE_LIMITS.maxStreamBytes * 1.1);
  });

  test('rejects a page of more operators than the cap', async () => {
    const report = await check(await manyOperatorsPdf(120_000));
    const [finding] = findingsOf(report, 'pdf.resource-limits');
    expect(finding?.data).toMatchObject({
      count: 1,
      limits: 'stream-operators',
      largestStreamOperators: 100_001,
    });
  });
});
