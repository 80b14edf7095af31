/**
 * mail.size — the whole message must fit the buyer's invoice mailbox. Mail servers count the encoded
 * message (headers and base64 attachments, about 37% more than the files on disk) against the
 * mailbox's limit (`mail.maxMessageBytes`, else `delivery.maxEmailBytes`); a larger message bounces
 * or is dropped. Source: RFC 1870 (SIZE), RFC 2045 §6.8 (base64 grows 4/3).
 */
import { defineCheck } from '../engine/check.js';
import { formatSizes } from './support/sizes.js';

export default defineCheck({
  id: 'mail.size',
  scope: 'mail',
  title: {
    en: 'The e-mail fits the mailbox',
    nl: 'De e-mail past in de mailbox',
    de: 'Die E-Mail passt ins Postfach',
    fr: 'L’e-mail tient dans la boîte aux lettres',
  },
  docs: "an e-mail's encoded size (headers and base64 attachments) fits `mail.maxMessageBytes`, else `delivery.maxEmailBytes` (no limit set: not judged)",
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding, profile }) {
    const mail = doc.mail;
    const limit = profile.mail?.maxMessageBytes ?? profile.delivery?.maxEmailBytes;
    if (!mail || limit === undefined || mail.encodedBytes <= limit) return [];
    const [size, limitText] = formatSizes([mail.encodedBytes, limit]);
    return [
      finding('mail.size.too-large', {
        data: { encodedBytes: mail.encodedBytes, limitBytes: limit },
        vars: { size, limit: limitText },
      }),
    ];
  },
});
