/**
 * file.max-size — the file must fit the buyer's capture software and invoice mailbox. Capture services
 * set file limits (`file.maxBytes`); mail servers cap a whole message (`delivery.maxEmailBytes`), and an
 * attachment weighs about 37% more in an e-mail than on disk (base64 plus headers, see
 * `support/sizes.ts`), so a 9 MB PDF does not fit a 10 MB mailbox. A larger invoice is bounced or
 * dropped without the supplier knowing. Every message names the file's size and its size in an e-mail.
 */
import { defineCheck } from '../engine/check.js';
import { emailBytes, formatSizes } from './support/sizes.js';

/** Used when a profile sets no limit: a common invoice-mailbox attachment limit. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export default defineCheck({
  id: 'file.max-size',
  reasonKind: 'delivery',
  title: {
    en: 'The file is not too large',
    nl: 'Het bestand is niet te groot',
    de: 'Die Datei ist nicht zu groß',
    fr: 'Le fichier n’est pas trop volumineux',
  },
  docs: "the file fits the profile's `file.maxBytes` (default 10 MB), and its size in an e-mail (base64 + headers, about 37% more) fits `delivery.maxEmailBytes` when set",
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding, profile }) {
    const bytes = doc.file.bytes;
    const limit = profile.file?.maxBytes ?? DEFAULT_MAX_BYTES;
    const inEmail = emailBytes(bytes);
    const mailLimit = profile.delivery?.maxEmailBytes;
    if (bytes > limit) {
      const [size, limitText, emailSize] = formatSizes([bytes, limit, inEmail]);
      return [
        finding('file.max-size.too-large', {
          data: { bytes, limitBytes: limit, emailBytes: inEmail },
          vars: { size, limit: limitText, emailSize },
        }),
      ];
    }
    if (mailLimit !== undefined && inEmail > mailLimit) {
      const [size, emailSize, limitText] = formatSizes([bytes, inEmail, mailLimit]);
      return [
        finding('file.max-size.email-too-large', {
          data: { bytes, emailBytes: inEmail, maxEmailBytes: mailLimit },
          vars: { size, emailSize, limit: limitText },
        }),
      ];
    }
    return [];
  },
});
