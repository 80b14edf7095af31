/**
 * Stage "mail", for an e-mail message (`file.kind` `email`): reads the message (through
 * `engine/adapters/mail.ts`) and adds its facts to the model: encoded size, sender, subject and every
 * part with its sniffed kind and the role a capture mailbox gives it. The server uses the same
 * {@link invoiceParts} to start one run per PDF the mailbox would read as an invoice.
 */
import { type RawMailPart, type RawMessage, readMessage } from '../adapters/mail.js';
import type { DocumentModel } from '../model/document.js';
import type { MailAttachment, MailFacts, MailPartKind } from '../model/mail.js';
import { sniffKind } from './intake.js';

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  signature.every((value, i) => bytes[i] === value);

/** What a part's first bytes say it is (archives and Outlook's TNEF besides the upload kinds). */
export function sniffPart(bytes: Uint8Array): MailPartKind {
  if (startsWith(bytes, [0x78, 0x9f, 0x3e, 0x22])) return 'tnef';
  if (startsWith(bytes, [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07])) return 'rar';
  if (startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return '7z';
  if (startsWith(bytes, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  return sniffKind(bytes);
}

const IMAGE_KINDS: ReadonlySet<MailPartKind> = new Set(['png', 'jpeg', 'gif', 'tiff']);

/** Whether a part is an image shown in the body (a logo, a signature): mailboxes ignore those. */
function isInlineImage(part: RawMailPart, kind: MailPartKind): boolean {
  const image = IMAGE_KINDS.has(kind) || part.contentType.startsWith('image/');
  return image && (part.disposition === 'inline' || part.related);
}

function attachmentOf(part: RawMailPart): MailAttachment {
  const kind = sniffPart(part.content);
  const role = isInlineImage(part, kind) ? 'inline-image' : kind === 'pdf' ? 'invoice' : 'other';
  return {
    ...(part.name !== undefined && { name: part.name }),
    contentType: part.contentType,
    kind,
    bytes: part.content.length,
    disposition: part.disposition,
    role,
  };
}

/** An amount (`1.234,50`, `€ 99.00`) and an invoice word in the body: the invoice was typed into the mail. */
function looksLikeInvoice(text: string | undefined): boolean {
  if (!text) return false;
  const invoiceWord = /\b(factuur|invoice|rechnung|facture)(nummer|number|nr)?\b/i.test(text);
  const amount = /(€|EUR)\s?\d|\d[\d.,]*[.,]\d{2}\b/.test(text);
  const total = /\b(totaal|total|te betalen|amount due|btw|vat)\b/i.test(text);
  return invoiceWord && amount && total;
}

/** The facts of a message read by the adapter. */
export function mailFacts(message: RawMessage): MailFacts {
  const htmlText = message.html?.replace(/<[^>]*>/g, ' ');
  return {
    encodedBytes: message.encodedBytes,
    ...(message.from !== undefined && { from: message.from }),
    ...(message.subject !== undefined && { subject: message.subject }),
    ...(message.messageId !== undefined && { messageId: message.messageId }),
    hasText: (message.text ?? '').trim() !== '',
    hasHtml: message.html !== undefined,
    bodyLooksLikeInvoice: looksLikeInvoice(message.text) || looksLikeInvoice(htmlText),
    attachments: message.parts.map(attachmentOf),
    omittedAttachments: message.omittedParts,
    ...(message.unreadable && { unreadable: message.unreadable }),
  };
}

/** The parts a capture mailbox reads as invoices (PDF attachments), with their bytes, in message order. */
export function invoiceParts(message: RawMessage): { name?: string; bytes: Uint8Array }[] {
  return message.parts
    .filter((part) => attachmentOf(part).role === 'invoice')
    .map((part) => ({ ...(part.name !== undefined && { name: part.name }), bytes: part.content }));
}

/** Reads a message and returns its facts with the invoice parts (for the server, which starts their runs). */
export async function readMail(bytes: Uint8Array): Promise<{
  facts: MailFacts;
  invoices: { name?: string; bytes: Uint8Array }[];
}> {
  const message = await readMessage(bytes);
  return { facts: mailFacts(message), invoices: invoiceParts(message) };
}

/** Stage entry point: the model with the message's facts. */
export async function analyzeMail(doc: DocumentModel, bytes: Uint8Array): Promise<DocumentModel> {
  const message = await readMessage(bytes);
  return { ...doc, mail: mailFacts(message) };
}
