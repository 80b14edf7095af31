/** Stage "mail" and the intake's sniffing of a saved e-mail (`.eml`, `message/rfc822`). */
import { describe, expect, test } from '@jest/globals';
import { sniffKind } from '../../../engine/stages/intake.js';
import { sniffPart } from '../../../engine/stages/mail.js';
import { gmailEml, TNEF_BYTES } from '../../fixtures/emails.js';
import { textInvoicePdf } from '../../fixtures/pdfs.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('sniffing an e-mail message', () => {
  test('knows a message built by a mail program by its header block', async () => {
    expect(sniffKind(await gmailEml())).toBe('email');
    expect(sniffKind(bytes('Received: from x\r\nFrom: a@b.example\r\nSubject: hi\r\n\r\nbody'))).toBe(
      'email',
    );
  });

  test('takes a message carrying an unencoded PDF early on for a message, not a PDF', () => {
    expect(sniffKind(bytes('From: a@b.example\r\nSubject: x\r\n\r\n%PDF-1.4 ...'))).toBe('email');
  });

  test('does not take a PDF, plain text with a colon, or a single header for a message', async () => {
    expect(sniffKind(await textInvoicePdf())).toBe('pdf');
    expect(sniffKind(bytes('Note: this is just text\nwith two lines\n'))).toBe('text');
    expect(sniffKind(bytes('Subject: only one known header\n\nbody'))).toBe('text');
  });

  test('tells archives and Outlook TNEF from the first bytes of a part', () => {
    expect(sniffPart(TNEF_BYTES)).toBe('tnef');
    expect(sniffPart(new Uint8Array([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00]))).toBe('rar');
    expect(sniffPart(new Uint8Array([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]))).toBe('7z');
    expect(sniffPart(new Uint8Array([0x1f, 0x8b, 8]))).toBe('gzip');
    expect(sniffPart(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe('zip');
  });
});
