/**
 * The `mail.*` checks: each with a passing and a failing `.eml` fixture built with MailComposer in the
 * shapes Outlook, Gmail, Apple Mail and an invoicing package send.
 */
import { describe, expect, test } from '@jest/globals';
import type { AcceptanceProfile } from '../../engine/model/profile.js';
import {
  appleMailEml,
  eml,
  gmailEml,
  invoicingPackageEml,
  logoPng,
  outlookEml,
  outlookRichTextEml,
} from '../fixtures/emails.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { check, findingsOf, messageIds, testProfile } from '../helpers.js';

const mailbox = (mail: AcceptanceProfile['mail'] = {}): AcceptanceProfile => testProfile({ mail });

describe('a run of an e-mail message', () => {
  test('runs only the mail checks and reports the message facts', async () => {
    const report = await check(await gmailEml(), mailbox());
    expect(report.document.kind).toBe('email');
    expect(report.verdict).toBe('accepted');
    expect(report.findings.every((f) => f.checkId.startsWith('mail.'))).toBe(true);
    expect(report.stages.find((s) => s.name === 'mail')?.skipped).toBeUndefined();
    const mail = report.document.mail!;
    expect(mail.from).toBe('facturen@korenaar.example');
    expect(mail.subject).toBe('Factuur 2024-0042');
    expect(mail.messageId).toBe('<fixture-0042@korenaar.example>');
    expect(mail.hasText && mail.hasHtml).toBe(true);
    expect(mail.attachments).toEqual([
      expect.objectContaining({
        name: 'factuur-2024-0042.pdf',
        kind: 'pdf',
        role: 'invoice',
        disposition: 'attachment',
      }),
    ]);
  });

  test('takes an Apple Mail PDF sent inline as the invoice', async () => {
    const report = await check(await appleMailEml(), mailbox());
    expect(report.document.mail?.attachments[0]).toMatchObject({ disposition: 'inline', role: 'invoice' });
    expect(report.verdict).toBe('accepted');
  });
});

describe('mail.size', () => {
  test('accepts a message within the mailbox limit', async () => {
    const report = await check(await gmailEml(), mailbox({ maxMessageBytes: 1024 * 1024 }));
    expect(findingsOf(report, 'mail.size')).toEqual([]);
  });

  test('rejects a message whose encoded size is over the limit, counting base64', async () => {
    const pdf = await textInvoicePdf({ pages: 8 });
    const message = await gmailEml(pdf);
    // The PDF alone fits; encoded in the message it does not.
    const limit = Math.max(10240, Math.floor(pdf.length * 1.2));
    expect(pdf.length).toBeLessThan(limit);
    const report = await check(message, mailbox({ maxMessageBytes: limit }));
    expect(report.verdict).toBe('rejected');
    const [finding] = findingsOf(report, 'mail.size');
    expect(finding?.data).toEqual({ encodedBytes: message.length, limitBytes: limit });
    expect(finding?.message.nl).toContain('factuurmailbox');
  });

  test('falls back to delivery.maxEmailBytes', async () => {
    const message = await gmailEml(await textInvoicePdf({ pages: 12 }));
    expect(message.length).toBeGreaterThan(10240);
    const report = await check(message, testProfile({ delivery: { maxEmailBytes: 10240 } }));
    expect(messageIds(report, 'mail.size')).toEqual(['mail.size.too-large']);
  });
});

describe('mail.pdf-count', () => {
  test('accepts one invoice PDF', async () => {
    expect(findingsOf(await check(await outlookEml(), mailbox()), 'mail.pdf-count')).toEqual([]);
  });

  test('rejects terms and conditions sent along as a second PDF, naming both', async () => {
    const report = await check(await invoicingPackageEml(), mailbox());
    const [finding] = findingsOf(report, 'mail.pdf-count');
    expect(finding?.data).toEqual({ count: 2, names: 'factuur-2024-0042.pdf, algemene-voorwaarden.pdf' });
    expect(report.verdict).toBe('rejected');
  });

  test('accepts several PDFs when the buyer takes many', async () => {
    const report = await check(await invoicingPackageEml(), mailbox({ pdfsPerMessage: 'many' }));
    expect(findingsOf(report, 'mail.pdf-count')).toEqual([]);
  });
});

describe('mail.other-attachments', () => {
  const withXml = async (): Promise<Uint8Array> =>
    eml({
      text: 'Factuur in de bijlage',
      attachments: [
        { filename: 'factuur.pdf', content: await textInvoicePdf(), contentType: 'application/pdf' },
        { filename: 'factuur.xml', content: '<?xml version="1.0"?><Order/>', contentType: 'text/xml' },
      ],
    });

  test('accepts an attachment of an allowed kind', async () => {
    const report = await check(await withXml(), mailbox({ otherAttachments: ['xml'] }));
    expect(findingsOf(report, 'mail.other-attachments')).toEqual([]);
  });

  test('rejects any other attachment when the buyer allows none', async () => {
    const report = await check(await withXml(), mailbox({ otherAttachments: 'none' }));
    const [finding] = findingsOf(report, 'mail.other-attachments');
    expect(finding?.messageId).toBe('mail.other-attachments.not-allowed');
    expect(finding?.data).toEqual({ name: 'factuur.xml', kind: 'xml' });
    expect(finding?.message.en).toContain('accepts nothing besides the invoice PDF');
  });

  test('reports a forwarded e-mail attached to the message', async () => {
    const inner = await gmailEml();
    const outer = await eml({
      text: 'Zie doorgestuurd bericht',
      attachments: [{ filename: 'Factuur.eml', content: inner, contentType: 'message/rfc822' }],
    });
    const report = await check(outer, mailbox());
    expect(messageIds(report, 'mail.other-attachments')).toEqual(['mail.other-attachments.forwarded']);
    // The PDF inside the forwarded message is not taken: the mailbox does not open it either.
    expect(messageIds(report, 'mail.no-attachment')).toEqual(['mail.no-attachment.none']);
  });

  test('reads at most 20 of 50 attachments and says so', async () => {
    const attachments = Array.from({ length: 50 }, (_, i) => ({
      filename: `bijlage-${i}.txt`,
      content: `bijlage ${i}`,
      contentType: 'text/plain',
    }));
    const report = await check(await eml({ text: 'veel bijlagen', attachments }), mailbox());
    expect(report.document.mail?.attachments).toHaveLength(20);
    expect(report.document.mail?.omittedAttachments).toBe(30);
    expect(findingsOf(report, 'mail.other-attachments')[0]?.data).toEqual({ count: 50, max: 20 });
  });
});

describe('mail.attachment-name', () => {
  test('accepts a plain name that keeps to the rules', async () => {
    const report = await check(
      await gmailEml(),
      mailbox({
        fileName: {
          allowedCharacters: 'A-Za-z0-9._-',
          maxLength: 40,
          pattern: '^factuur-\\d{4}-\\d{4}\\.pdf$',
        },
      }),
    );
    expect(findingsOf(report, 'mail.attachment-name')).toEqual([]);
  });

  test('rejects characters, length and pattern the buyer does not accept', async () => {
    const report = await check(
      await outlookEml(),
      mailbox({ fileName: { allowedCharacters: 'A-Za-z0-9._-', maxLength: 12, pattern: '^INV-' } }),
    );
    expect(messageIds(report, 'mail.attachment-name')).toEqual([
      'mail.attachment-name.characters',
      'mail.attachment-name.too-long',
      'mail.attachment-name.pattern',
    ]);
    expect(findingsOf(report, 'mail.attachment-name')[0]?.data).toEqual({
      name: 'Factuur 2024-0042.pdf',
      characters: '␠',
    });
  });

  test('refuses characters that mail mangles even without rules', async () => {
    const message = await eml({
      text: 'x',
      attachments: [
        { filename: 'factuur#12&13.pdf', content: await textInvoicePdf(), contentType: 'application/pdf' },
      ],
    });
    const [finding] = findingsOf(await check(message, mailbox()), 'mail.attachment-name');
    expect(finding?.data).toEqual({ name: 'factuur#12&13.pdf', characters: '# &' });
  });

  test('tells a lying content type: a PNG named and declared as a PDF', async () => {
    const message = await eml({
      text: 'x',
      attachments: [{ filename: 'factuur.pdf', content: await logoPng(), contentType: 'application/pdf' }],
    });
    const report = await check(message, mailbox());
    expect(report.document.mail?.attachments[0]).toMatchObject({ kind: 'png', role: 'other' });
    expect(findingsOf(report, 'mail.attachment-name')[0]).toMatchObject({
      messageId: 'mail.attachment-name.not-a-pdf',
      data: { name: 'factuur.pdf', kind: 'png' },
    });
    expect(messageIds(report, 'mail.no-attachment')).toEqual(['mail.no-attachment.none']);
  });

  test('takes a PDF declared as octet-stream by its content, and asks for a .pdf name', async () => {
    const message = await eml({
      text: 'x',
      attachments: [
        { filename: 'factuur', content: await textInvoicePdf(), contentType: 'application/octet-stream' },
      ],
    });
    const report = await check(message, mailbox());
    expect(report.document.mail?.attachments[0]?.role).toBe('invoice');
    expect(messageIds(report, 'mail.attachment-name')).toEqual(['mail.attachment-name.not-pdf-name']);
  });
});

describe('mail.no-attachment', () => {
  test('accepts a message with the invoice attached', async () => {
    expect(findingsOf(await check(await gmailEml(), mailbox()), 'mail.no-attachment')).toEqual([]);
  });

  test('says when the invoice was typed into the body', async () => {
    const message = await eml({
      text: 'Factuurnummer 2024-0042\nBrood en banket\nTotaal te betalen: € 1.234,50 incl. btw',
    });
    const report = await check(message, mailbox());
    expect(messageIds(report, 'mail.no-attachment')).toEqual(['mail.no-attachment.body-invoice']);
    expect(report.verdict).toBe('rejected');
  });

  test('says when a message has no PDF at all', async () => {
    const report = await check(await eml({ text: 'Zie bijlage' }), mailbox());
    expect(messageIds(report, 'mail.no-attachment')).toEqual(['mail.no-attachment.none']);
  });

  test('answers a header too large to read with a report, not a crash', async () => {
    const header = `From: a@b.example\r\nSubject: x\r\nX-Filler: ${'a'.repeat(70 * 1024)}\r\n\r\nbody\r\n`;
    const report = await check(new TextEncoder().encode(header), mailbox());
    expect(report.document.kind).toBe('email');
    expect(report.document.mail?.unreadable).toBe('header-too-large');
    expect(messageIds(report, 'mail.no-attachment')).toEqual(['mail.no-attachment.unreadable']);
  });

  test('reads malformed MIME (a boundary that never comes) without crashing', async () => {
    const broken =
      'From: a@b.example\r\nSubject: kapot\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="nooit"\r\n\r\n--anders\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 half\r\n';
    const report = await check(new TextEncoder().encode(broken), mailbox());
    expect(report.document.kind).toBe('email');
    expect(report.verdict).toBe('rejected');
    expect(findingsOf(report, 'mail.no-attachment')).toHaveLength(1);
  });
});

describe('mail.archive-attachment', () => {
  test('accepts a message without archives', async () => {
    expect(findingsOf(await check(await gmailEml(), mailbox()), 'mail.archive-attachment')).toEqual([]);
  });

  test('rejects a zipped invoice and a RAR archive', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]);
    const rar = new Uint8Array([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00]);
    const message = await eml({
      text: 'x',
      attachments: [
        { filename: 'factuur.zip', content: zip, contentType: 'application/zip' },
        { filename: 'factuur.rar', content: rar, contentType: 'application/octet-stream' },
      ],
    });
    const report = await check(message, mailbox());
    expect(findingsOf(report, 'mail.archive-attachment').map((f) => f.data)).toEqual([
      { name: 'factuur.zip', kind: 'ZIP' },
      { name: 'factuur.rar', kind: 'RAR' },
    ]);
    // The archive is the reason; no second "no attachment" finding.
    expect(findingsOf(report, 'mail.no-attachment')).toEqual([]);
  });
});

describe('mail.tnef', () => {
  test('accepts Outlook in HTML mode', async () => {
    expect(findingsOf(await check(await outlookEml(), mailbox()), 'mail.tnef')).toEqual([]);
  });

  test('rejects winmail.dat and explains how to switch Outlook to HTML or plain text', async () => {
    const report = await check(await outlookRichTextEml(), mailbox());
    const [finding] = findingsOf(report, 'mail.tnef');
    expect(finding?.data).toEqual({ name: 'winmail.dat' });
    expect(finding?.hint?.en).toContain('HTML or Plain text');
    expect(finding?.hint?.nl).toContain('Tekst zonder opmaak');
    expect(report.document.mail?.attachments[0]?.kind).toBe('tnef');
  });
});

describe('mail.inline-image', () => {
  test('says nothing about a message without images', async () => {
    expect(findingsOf(await check(await gmailEml(), mailbox()), 'mail.inline-image')).toEqual([]);
  });

  test('lists a logo shown in the body as ignored, not as an invoice', async () => {
    const report = await check(await outlookEml(), mailbox());
    const [finding] = findingsOf(report, 'mail.inline-image');
    expect(finding).toMatchObject({ severity: 'info', messageId: 'mail.inline-image.ignored' });
    expect(report.document.mail?.attachments[0]?.role).toBe('inline-image');
    expect(report.verdict).toBe('accepted');
  });

  test('warns about a logo attached as a separate file', async () => {
    const message = await eml({
      text: 'x',
      attachments: [
        { filename: 'factuur.pdf', content: await textInvoicePdf(), contentType: 'application/pdf' },
        { filename: 'logo.png', content: await logoPng(), contentType: 'image/png' },
      ],
    });
    const [finding] = findingsOf(await check(message, mailbox()), 'mail.inline-image');
    expect(finding).toMatchObject({ severity: 'warning', messageId: 'mail.inline-image.attached' });
  });
});
