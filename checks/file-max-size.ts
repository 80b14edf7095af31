/**
 * file.max-size — the file must fit the buyer's invoice mailbox and capture software. Mail servers
 * commonly cap attachments at 10–25 MB and capture services set their own file limits; a larger
 * invoice is bounced or dropped without the supplier knowing. Limit: the profile's `file.maxBytes`.
 */
import { defineCheck } from '../engine/check.js';

/** Used when a profile sets no limit: a common invoice-mailbox attachment limit. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const mb = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 1);

export default defineCheck({
  id: 'file.max-size',
  title: { en: 'The file is not too large', nl: 'Het bestand is niet te groot' },
  docs: "the file fits the profile's `file.maxBytes` (default 10 MB)",
  defaultSeverity: 'error',
  params: {},
  run(doc, { finding, profile }) {
    const limit = profile.file?.maxBytes ?? DEFAULT_MAX_BYTES;
    if (doc.file.bytes <= limit) return [];
    return [
      finding('file.max-size.too-large', {
        data: { bytes: doc.file.bytes, limitBytes: limit },
        vars: { sizeMb: mb(doc.file.bytes), limitMb: mb(limit) },
      }),
    ];
  },
});
