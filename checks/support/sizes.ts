/**
 * File sizes for messages, and what a file weighs in an e-mail. Sizes are written in the unit that
 * suits them (bytes, KB, MB; 1 KB = 1,024 bytes), with as many decimals as it takes to tell two
 * sizes in one message apart, in each language's own notation.
 */
import { perLang } from '../../engine/i18n/catalogue.js';
import { type Lang, LOCALE_OF, type LocalizedText } from '../../engine/model/finding.js';

const KB = 1024;
const MB = 1024 * 1024;

/**
 * Bytes an e-mail's MIME headers, body text and the attachment's part headers typically add (a
 * plain message from an invoicing package or mail client: about 2–4 KB; the upper end is taken).
 */
export const EMAIL_OVERHEAD_BYTES = 4 * KB;

/**
 * The size a file has in an e-mail (an estimate): base64 turns every 3 bytes into 4 characters, in
 * lines of 76 characters each ending in CR LF (RFC 2045 §6.8), plus {@link EMAIL_OVERHEAD_BYTES} of
 * headers. That is about 37% more than the file; mailbox limits count this size.
 */
export function emailBytes(fileBytes: number): number {
  const base64 = 4 * Math.ceil(fileBytes / 3);
  const lineBreaks = 2 * Math.ceil(base64 / 76);
  return base64 + lineBreaks + EMAIL_OVERHEAD_BYTES;
}

const number = (value: number, decimals: number, lang: Lang): string =>
  value.toLocaleString(LOCALE_OF[lang], {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });

/** The unit words per language (French writes octets: Ko, Mo). */
const UNITS: Readonly<Record<Lang, { one: string; many: string; kb: string; mb: string }>> = {
  nl: { one: 'byte', many: 'bytes', kb: 'KB', mb: 'MB' },
  en: { one: 'byte', many: 'bytes', kb: 'KB', mb: 'MB' },
  de: { one: 'Byte', many: 'Bytes', kb: 'KB', mb: 'MB' },
  fr: { one: 'octet', many: 'octets', kb: 'Ko', mb: 'Mo' },
};

function formatIn(bytes: number, unit: number, decimals: number, lang: Lang): string {
  const words = UNITS[lang];
  if (unit === 1) return `${number(bytes, 0, lang)} ${bytes === 1 ? words.one : words.many}`;
  return `${number(bytes / unit, decimals, lang)} ${unit === KB ? words.kb : words.mb}`;
}

/** The unit for a size: bytes under 1 KB, KB under 1 MB, MB above. */
const unitOf = (bytes: number): number => (bytes < KB ? 1 : bytes < MB ? KB : MB);

/**
 * Several sizes written for one message: each in its own unit, with one decimal (none for bytes), more
 * when two sizes of the same unit would otherwise read the same, and exact bytes when even three
 * decimals cannot tell them apart. Never "0.00 MB".
 */
export function formatSizes(sizes: readonly number[]): LocalizedText[] {
  const render = (lang: Lang): string[] => {
    for (let decimals = 1; decimals <= 3; decimals++) {
      const texts = sizes.map((bytes) => formatIn(bytes, unitOf(bytes), decimals, lang));
      const clash = sizes.some((a, i) => sizes.some((b, j) => i !== j && a !== b && texts[i] === texts[j]));
      if (!clash) return texts;
    }
    return sizes.map((bytes) => formatIn(bytes, 1, 0, lang));
  };
  const texts = { nl: render('nl'), en: render('en'), de: render('de'), fr: render('fr') };
  return sizes.map((_, i) => perLang((lang) => texts[lang][i]!));
}
