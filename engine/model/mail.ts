/**
 * The e-mail as a unit under test: the facts of one message (its encoded size, sender, subject and
 * every part that rides along), as the intake's mail stage reads them. A capture mailbox sees the
 * message, not the PDF: these facts are what the `mail.*` checks judge.
 */
import { Type } from '@sinclair/typebox';
import { type Contract, component, StringEnum } from './contract.js';

/** What an attachment's first bytes say it is (never its name or declared type). */
export const MAIL_PART_KINDS = [
  'pdf',
  'ubl-xml',
  'cii-xml',
  'xml',
  'png',
  'jpeg',
  'gif',
  'tiff',
  'zip',
  'rar',
  '7z',
  'gzip',
  'tnef',
  'email',
  'html',
  'text',
  'empty',
  'unknown',
] as const;

/** What an attachment's first bytes say it is. */
export type MailPartKind = (typeof MAIL_PART_KINDS)[number];

/** One attachment or inline part of a message. */
export const MailAttachmentSchema = component(
  'MailAttachment',
  Type.Object(
    {
      name: Type.Optional(Type.String({ description: 'The file name the message gives the part, if any.' })),
      contentType: Type.String({ description: 'The content type the message declares, lower case.' }),
      kind: StringEnum(MAIL_PART_KINDS, {
        description: 'What the part’s first bytes say it is (`tnef` is Outlook’s `winmail.dat`).',
      }),
      bytes: Type.Integer({ minimum: 0, description: 'Decoded size in bytes.' }),
      disposition: StringEnum(['attachment', 'inline'], {
        description:
          '`inline` for a part shown in the body (a logo or signature referenced by `cid:`), else `attachment`.',
      }),
      role: StringEnum(['invoice', 'inline-image', 'other'], {
        description:
          'How a capture mailbox treats it: `invoice` (a PDF attachment: read as an invoice), `inline-image` (ignored), `other`.',
      }),
    },
    { description: 'One attachment or inline part of a message.' },
  ),
);

/** One attachment or inline part of a message. */
export type MailAttachment = Contract<typeof MailAttachmentSchema>;

/** The facts of one e-mail message. */
export const MailFactsSchema = component(
  'MailFacts',
  Type.Object(
    {
      encodedBytes: Type.Integer({
        minimum: 0,
        description:
          'Size of the whole message as mail servers count it: headers and encoded (base64) attachments.',
      }),
      from: Type.Optional(Type.String({ description: 'The `From` address.' })),
      subject: Type.Optional(Type.String({ description: 'The subject.' })),
      messageId: Type.Optional(Type.String({ description: 'The `Message-ID`.' })),
      hasText: Type.Boolean({ description: 'The body has a plain-text part.' }),
      hasHtml: Type.Boolean({ description: 'The body has an HTML part.' }),
      bodyLooksLikeInvoice: Type.Boolean({
        description:
          'The body text reads like an invoice (an amount and an invoice word): the invoice is in the body.',
      }),
      attachments: Type.Array(MailAttachmentSchema, {
        description: 'The parts, in message order (at most the parser’s limit).',
      }),
      omittedAttachments: Type.Integer({
        minimum: 0,
        description: 'Parts beyond the parser’s limit, not read.',
      }),
      unreadable: Type.Optional(
        StringEnum(['malformed', 'header-too-large'], {
          description:
            'Set when the message could not be read as MIME: `malformed` (no headers, broken structure), `header-too-large`.',
        }),
      ),
    },
    { description: 'The facts of one e-mail message.' },
  ),
);

/** The facts of one e-mail message. */
export type MailFacts = Contract<typeof MailFactsSchema>;
