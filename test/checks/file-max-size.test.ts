import { describe, expect, test } from '@jest/globals';
import { EMAIL_OVERHEAD_BYTES, emailBytes, formatSizes } from '../../checks/support/sizes.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { check, findingsOf, testProfile } from '../helpers.js';

describe('file.max-size', () => {
  test('accepts a file within the limit', async () => {
    const report = await check(await textInvoicePdf(), testProfile({ file: { maxBytes: 1024 * 1024 } }));
    expect(findingsOf(report, 'file.max-size')).toEqual([]);
  });

  test('rejects a file over the profile limit and names both sizes in a fitting unit', async () => {
    const pdf = await textInvoicePdf({ pages: 3 });
    const report = await check(pdf, testProfile({ file: { maxBytes: 2000 } }));
    expect(report.verdict).toBe('rejected');
    const [finding] = findingsOf(report, 'file.max-size');
    expect(finding?.data).toEqual({
      bytes: pdf.length,
      limitBytes: 2000,
      emailBytes: emailBytes(pdf.length),
    });
    const kb = (pdf.length / 1024).toFixed(1);
    expect(finding?.message.en).toContain(
      `The file is ${kb} KB; the buyer accepts at most 2.0 KB per invoice`,
    );
    expect(finding?.message.nl).toContain(`Het bestand is ${kb.replace('.', ',')} KB`);
    expect(finding?.message.en).not.toContain('0.00 MB');
    expect(finding?.message.en).toMatch(/Sent by e-mail it takes about \d+\.\d KB\./);
  });

  test('uses a 10 MB default when the profile sets no limit', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(new TextEncoder().encode('%PDF-1.7\n'));
    const report = await check(big, testProfile());
    const [finding] = findingsOf(report, 'file.max-size');
    expect(finding?.data.limitBytes).toBe(10 * 1024 * 1024);
    // One byte over: the message must still tell the two sizes apart.
    expect(finding?.message.en).toContain(
      'The file is 10,485,761 bytes; the buyer accepts at most 10,485,760 bytes',
    );
  });

  test("compares the file's size in an e-mail with the mailbox limit", async () => {
    // A 7.5 MB file is under a 10 MB mailbox on disk, but about 10.3 MB once encoded.
    const file = new Uint8Array(7.5 * 1024 * 1024);
    file.set(new TextEncoder().encode('%PDF-1.7\n'));
    const mailbox = testProfile({
      file: { maxBytes: 50 * 1024 * 1024 },
      delivery: { maxEmailBytes: 10 * 1024 * 1024 },
    });
    const report = await check(file, mailbox);
    expect(report.verdict).toBe('rejected');
    const [finding] = findingsOf(report, 'file.max-size');
    expect(finding?.messageId).toBe('file.max-size.email-too-large');
    expect(finding?.data).toEqual({
      bytes: file.length,
      emailBytes: emailBytes(file.length),
      maxEmailBytes: 10 * 1024 * 1024,
    });
    expect(finding?.message.en).toContain('The file is 7.5 MB, but sent by e-mail it takes about 10.3 MB');
    expect(finding?.message.en).toContain('at most 10.0 MB');
    expect(finding?.message.nl).toContain(
      'Het bestand is 7,5 MB, maar per e-mail verstuurd is het ongeveer 10,3 MB',
    );
    // Without the mailbox limit the same file passes.
    const noMailbox = testProfile({ file: { maxBytes: 50 * 1024 * 1024 } });
    expect(findingsOf(await check(file, noMailbox), 'file.max-size')).toEqual([]);
  });

  test('estimates the e-mail size as base64 in 76-character lines plus headers', () => {
    expect(emailBytes(0)).toBe(EMAIL_OVERHEAD_BYTES);
    expect(emailBytes(57)).toBe(76 + 2 + EMAIL_OVERHEAD_BYTES); // one full line
    const growth = emailBytes(9 * 1024 * 1024) / (9 * 1024 * 1024);
    expect(growth).toBeGreaterThan(1.36);
    expect(growth).toBeLessThan(1.38);
  });

  test('writes sizes in bytes, KB or MB with enough decimals to tell them apart', () => {
    expect(formatSizes([0, 1, 1023]).map((t) => t.en)).toEqual(['0 bytes', '1 byte', '1,023 bytes']);
    expect(formatSizes([2048, 1_500_000]).map((t) => t.en)).toEqual(['2.0 KB', '1.4 MB']);
    expect(formatSizes([2048, 2049]).map((t) => t.en)).toEqual(['2.000 KB', '2.001 KB']);
    expect(formatSizes([1_500_000]).map((t) => t.nl)).toEqual(['1,4 MB']);
  });
});
