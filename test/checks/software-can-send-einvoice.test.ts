import { describe, expect, test } from '@jest/globals';
import { producedBy } from '../fixtures/analysis-pdfs.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { check, findingsOf } from '../helpers.js';

describe('software.can-send-einvoice', () => {
  test('says nothing when the producing software is not a known invoicing package', async () => {
    expect(findingsOf(await check(await textInvoicePdf()), 'software.can-send-einvoice')).toEqual([]);
  });

  test('tells a Moneybird user it can send e-invoices through Peppol, with a how-to in both languages', async () => {
    const [finding] = findingsOf(await check(await producedBy('Moneybird')), 'software.can-send-einvoice');
    expect(finding).toMatchObject({
      messageId: 'software.can-send-einvoice.peppol',
      severity: 'info',
      data: { software: 'Moneybird', einvoice: 'peppol' },
    });
    expect(finding?.hint?.nl).toMatch(/^Moneybird verstuurt facturen via Peppol/);
    expect(finding?.hint?.en).toMatch(/^Moneybird sends invoices through Peppol/);
  });

  test('recognises a package in the Creator too, and one that only makes UBL files', async () => {
    const [finding] = findingsOf(
      await check(await producedBy('wkhtmltopdf 0.12', 'Informer Online Boekhouden')),
      'software.can-send-einvoice',
    );
    expect(finding?.messageId).toBe('software.can-send-einvoice.ubl');
  });

  test('says nothing for office software that cannot send e-invoices', async () => {
    const word = await producedBy('Microsoft® Word voor Microsoft 365');
    expect(findingsOf(await check(word), 'software.can-send-einvoice')).toEqual([]);
  });
});
