import { describe, expect, test } from '@jest/globals';
import check from '../../checks/fields-required.js';
import { runOne, textDoc } from '../engine/fields/support.js';
import { docOf, dutchInvoice, lines, words } from '../fixtures/words.js';
import { testProfile } from '../helpers.js';

const profile = testProfile({
  fields: {
    invoiceNumber: { required: true },
    orderReference: { required: true, labels: ['Inkoopordernummer', 'PO'] },
  },
});

describe('fields.required', () => {
  test('passes when every required field is found', () => {
    expect(runOne(check, textDoc(dutchInvoice({ order: 'PO-4711' })), profile)).toEqual([]);
  });

  test('names a missing field, where the buyer looks for it, and how to fix it', () => {
    const [finding, ...rest] = runOne(check, textDoc(dutchInvoice()), profile);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      checkId: 'fields.required',
      severity: 'error',
      messageId: 'fields.required.missing-labelled',
      location: { field: 'orderReference', channel: 'text' },
    });
    expect(finding?.message.nl).toBe(
      'Het inkoopordernummer is niet gevonden in de tekst van de PDF. Het programma van de afnemer zoekt het naast een label als "Inkoopordernummer", "PO".',
    );
    expect(finding?.hint?.en).toContain('Inkoopordernummer');
  });

  test('reports a field without labels in the profile with an example label', () => {
    const findings = runOne(
      check,
      textDoc(lines(['Rekening 12'])),
      testProfile({ fields: { invoiceNumber: { required: true } } }),
    );
    expect(findings[0]?.messageId).toBe('fields.required.missing');
    expect(findings[0]?.hint?.nl).toContain('"Factuurnummer: …"');
  });

  test('says nothing when the buyer reads only OCR and OCR did not run', () => {
    const ocrProfile = testProfile({ channels: 'ocr', fields: { invoiceNumber: { required: true } } });
    expect(runOne(check, docOf([words(lines(['x']))]), ocrProfile)).toEqual([]);
  });

  test('counts a field found only by OCR for a buyer that reads both channels', () => {
    const both = testProfile({ channels: 'both', fields: { invoiceNumber: { required: true } } });
    const doc = docOf([words(dutchInvoice(), 90)], 'ocr');
    expect(runOne(check, doc, both)).toEqual([]);
    expect(runOne(check, doc, testProfile({ fields: { invoiceNumber: { required: true } } }))).toHaveLength(
      1,
    );
  });
});
