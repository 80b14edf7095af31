import { describe, expect, test } from '@jest/globals';
import check, { maskIban } from '../../checks/fields-seller-matches.js';
import { evaluate } from '../../engine/evaluate.js';
import type { DocumentModel } from '../../engine/model/document.js';
import type { ExpectedSeller } from '../../engine/model/expected-seller.js';
import { readFields } from '../../engine/stages/fields.js';
import { NOW, textDoc } from '../engine/fields/support.js';
import { dutchInvoice } from '../fixtures/words.js';
import { testProfile } from '../helpers.js';

// dutchInvoice(): Bakkerij De Korenschoof B.V., NL123456782B01, KvK 12345678, IBAN NL91 ABNA 0417 1643 00.
const ON_FILE = 'NL91ABNA0417164300';
const OTHER = 'NL44RABO0123456789';

function run(doc: DocumentModel, expectedSeller?: ExpectedSeller) {
  const profile = testProfile();
  return evaluate(readFields(doc, profile), profile, [check], {
    now: NOW,
    ...(expectedSeller && { expectedSeller }),
  });
}
const findings = (doc: DocumentModel, seller?: ExpectedSeller) => run(doc, seller).findings;

describe('fields.seller-matches', () => {
  test('passes an invoice whose IBAN, VAT id, KvK and name are the ones on file', () => {
    const seller = {
      name: 'Bakkerij De Korenschoof',
      vatId: 'NL 1234.56782.B01',
      kvk: '12345678',
      ibans: ['NL91 ABNA 0417 1643 00'],
    };
    const result = run(textDoc(dutchInvoice()), seller);
    expect(result.findings).toEqual([]);
    expect(result.checks.passedIds).toContain('fields.seller-matches');
  });

  test('rejects an IBAN that is not on file, saying so plainly and pointing to the buyer’s procedure', () => {
    const [finding, ...rest] = findings(textDoc(dutchInvoice({ iban: 'NL44 RABO 0123 4567 89' })), {
      ibans: [ON_FILE],
    });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      checkId: 'fields.seller-matches',
      severity: 'error',
      messageId: 'fields.seller-matches.iban',
      data: { found: OTHER, onFile: 'NL … 4300' },
      location: { field: 'iban', page: 1 },
    });
    expect(finding?.message.en).toContain('is not the bank account the buyer has on file');
    expect(finding?.message.nl).toContain('niet het rekeningnummer dat de afnemer van u kent');
    expect(finding?.hint?.en).toContain('never through a sample invoice');
    expect(finding?.hint?.nl).toContain('nooit via een voorbeeldfactuur');
    // The full account on file is never shown to whoever holds the link.
    expect(JSON.stringify(finding)).not.toContain(ON_FILE);
  });

  test('passes an invoice that shows the second of two IBANs on file', () => {
    const seller = { ibans: [ON_FILE, OTHER] };
    expect(findings(textDoc(dutchInvoice({ iban: 'NL44 RABO 0123 4567 89' })), seller)).toEqual([]);
    expect(findings(textDoc(dutchInvoice()), seller)).toEqual([]);
  });

  test('rejects a second IBAN printed elsewhere on the invoice when it is not on file', () => {
    const doc = textDoc(dutchInvoice({ extra: ['Of betaal op IBAN NL44 RABO 0123 4567 89'] }));
    expect(findings(doc, { ibans: [ON_FILE] })).toEqual([
      expect.objectContaining({
        messageId: 'fields.seller-matches.iban',
        data: expect.objectContaining({ found: OTHER }),
      }),
    ]);
  });

  test('rejects another VAT id and another KvK number', () => {
    const found = findings(textDoc(dutchInvoice()), { vatId: 'NL810433941B01', kvk: '87654321' });
    expect(found.map((f) => [f.messageId, f.severity, f.data])).toEqual([
      ['fields.seller-matches.vat-id', 'error', { found: 'NL123456782B01', expected: 'NL810433941B01' }],
      ['fields.seller-matches.kvk', 'error', { found: '12345678', expected: '87654321' }],
    ]);
  });

  test('warns (does not reject) when the name differs, but not for a legal form or letter case', () => {
    expect(findings(textDoc(dutchInvoice()), { name: 'BAKKERIJ DE KORENSCHOOF bv' })).toEqual([]);
    const [finding] = findings(textDoc(dutchInvoice()), { name: 'Slagerij Jansen B.V.' });
    expect(finding).toMatchObject({ messageId: 'fields.seller-matches.name', severity: 'warning' });
    expect(
      run(textDoc(dutchInvoice()), { name: 'Slagerij Jansen B.V.' }).findings.some(
        (f) => f.severity === 'error',
      ),
    ).toBe(false);
  });

  test('compares nothing without master data, and is not counted as a check that ran', () => {
    const result = run(textDoc(dutchInvoice({ iban: 'NL44 RABO 0123 4567 89' })));
    expect(result.findings).toEqual([]);
    expect(result.checks.passedIds).not.toContain('fields.seller-matches');
  });

  test('masks an IBAN on file to its country and last four characters', () => {
    expect(maskIban(ON_FILE)).toBe('NL … 4300');
  });
});
