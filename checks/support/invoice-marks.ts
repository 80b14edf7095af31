/**
 * Marks on a page that tell one invoice from the next, read from a page's words (text layer or OCR):
 * invoice numbers after a label in any vocabulary language (nl, en, de, fr), the page's own numbering
 * ("Pagina 1 van 2", "Page 1 of 2", "Seite 1 von 2", "Page 1 sur 2", or a bare "1/2" in the header or
 * footer) and the seller's ids (VAT number, IBAN, KvK, SIREN/SIRET). Pure.
 */
import { VOCABULARY } from '../../engine/fields/vocabulary.js';
import type { Box, Word } from '../../engine/model/geometry.js';

/** The marks of one page through one channel. */
export interface PageMarks {
  /** Labelled invoice numbers, upper case, in reading order. */
  readonly numbers: readonly { readonly value: string; readonly box: Box }[];
  /** The page's own numbering, when printed. */
  readonly numbering?: { readonly n: number; readonly of: number; readonly box: Box };
  /**
   * Ids of a party (VAT numbers, IBANs, KvK, SIREN/SIRET), upper case without spaces, with their kind
   * and where the first is.
   */
  readonly ids: ReadonlyMap<string, { readonly kind: IdKind; readonly box: Box }>;
}

/** The kinds of party id. */
export type IdKind = 'vat' | 'iban' | 'registry';

/** Words read per page (numbering, labels and ids are in the first few hundred). */
const MAX_WORDS = 20_000;
/** Most invoice numbers noted per page. */
const MAX_NUMBERS = 20;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One character folded: lower case without accents (one character in, one out, so offsets hold). */
const foldChar = (ch: string): string => (ch.normalize('NFD')[0] ?? ch).toLowerCase();
const fold = (text: string): string => Array.from(text, foldChar).join('');

/** Every strong invoice-number label of the vocabulary, longest first, spaces and dots loose. */
const LABELS = [...new Set(Object.values(VOCABULARY.invoiceNumber.strong).flatMap((labels) => labels ?? []))]
  .map((label) => fold(label).replace(/\.$/, ''))
  .sort((a, b) => b.length - a.length)
  .map((label) =>
    label
      .split(/\s+/)
      .map((part) => escapeRegExp(part).replace(/-/g, '[\\s-]?'))
      .join('[\\s.]*'),
  );
/** A label, punctuation, then a value with at least one digit (an id, not a word). */
const LABELLED_NUMBER = new RegExp(
  `(?<![\\p{L}])(?:${LABELS.join('|')})\\.?\\s*[:#.]?\\s*([\\p{L}\\d][\\p{L}\\d\\-/._]{0,40})`,
  'gu',
);

/** "Pagina 1 van 2", "Page 1 of 2", "Seite 1 von 2", "Page 1 sur 2", "Blad 1/2", "p. 1 de 2". */
const PAGE_NUMBER =
  /\b(?:pagina|page|seite|blad|pag\.?|p\.)\s*(\d{1,4})\s*(?:van|of|von|de|sur|\/)\s*(\d{1,4})\b/gu;

/** A bare page number "2/3" (only in a page's header or footer band, where page numbers are printed). */
const BARE_NUMBERING = /^(\d{1,3})\/(\d{1,3})$/;
/** Header and footer bands, as a share of the page height. */
const BAND = 0.12;

/** Buyer-side words just before an id: such an id belongs to the buyer, not the seller. */
const BUYER_SIDE =
  /(afnemer|klant|uw |aan:|t\.a\.v|customer|buyer|bill to|your |client|acheteur|kunde|kaufer|empfanger|ihre )[^\n]{0,40}$/;

/** Id patterns on folded-to-upper text: VAT numbers of the common EU formats, IBAN, KvK, SIREN/SIRET. */
const ID_PATTERNS: readonly (readonly [IdKind, RegExp])[] = [
  ['vat', /\b(NL\s?\d{9}\s?B\s?\d{2})\b/g],
  ['vat', /\b(BE\s?0?\d{3}\.?\d{3}\.?\d{3})\b/g],
  ['vat', /\b(DE\s?\d{9})\b/g],
  ['vat', /\b(FR\s?[0-9A-Z]{2}\s?\d{3}\s?\d{3}\s?\d{3})\b/g],
  ['vat', /\b(ATU\s?\d{8}|ES\s?[0-9A-Z]\d{7}[0-9A-Z]|IT\s?\d{11}|LU\s?\d{8})\b/g],
  ['iban', /\b([A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?)\b/g],
  ['registry', /\bKVK(?:-?NUMMER|-?NR)?[\s.:]*(\d{8})\b/g],
  ['registry', /\bSIRE[NT][\s.:N°]*((?:\d\s?){9})/g],
];

/** ISO 13616 check of an IBAN (mod 97). */
function validIban(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const digits = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest === 1;
}

function union(boxes: readonly Box[]): Box {
  if (boxes.length === 0) return { x: 0, y: 0, w: 0, h: 0 };
  const x0 = Math.min(...boxes.map((b) => b.x));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.w));
  const y1 = Math.max(...boxes.map((b) => b.y + b.h));
  return { x: x0, y: y0, w: Math.round((x1 - x0) * 100) / 100, h: Math.round((y1 - y0) * 100) / 100 };
}

/** The marks of a page from its words; `heightPt` places the header and footer bands. */
export function pageMarks(
  allWords: readonly Word[],
  heightPt: number,
  excludedIds: ReadonlySet<string>,
): PageMarks {
  const words = allWords.length > MAX_WORDS ? allWords.slice(0, MAX_WORDS) : allWords;
  const starts: number[] = [];
  let text = '';
  for (const word of words) {
    starts.push(text.length);
    text += `${word.text} `;
  }
  const boxOf = (from: number, to: number): Box =>
    union(
      words
        .filter((w, i) => (starts[i] ?? 0) < to && (starts[i] ?? 0) + w.text.length > from)
        .map((w) => w.box),
    );
  const folded = fold(text);

  const numbers: { value: string; box: Box; at: number }[] = [];
  // A label followed by a word ("FACTURE Numéro de facture: …" reads "facture numero" + "de") must not
  // hide a label that starts inside it: after a miss, search again one character on.
  const labelled = new RegExp(LABELLED_NUMBER.source, LABELLED_NUMBER.flags);
  for (let match = labelled.exec(folded); match; match = labelled.exec(folded)) {
    const raw = (match[1] ?? '').replace(/[.\-/_]+$/, '');
    if (!/\d/.test(raw)) {
      labelled.lastIndex = match.index + 1;
      continue;
    }
    const at = (match.index ?? 0) + match[0].lastIndexOf(match[1] ?? '');
    const value = text.slice(at, at + raw.length).toUpperCase();
    if (!numbers.some((n) => n.at === at)) numbers.push({ value, box: boxOf(at, at + raw.length), at });
    if (numbers.length >= MAX_NUMBERS) break;
  }
  numbers.sort((a, b) => a.at - b.at);

  let numbering: PageMarks['numbering'];
  for (const match of folded.matchAll(PAGE_NUMBER)) {
    const n = Number(match[1]);
    const of = Number(match[2]);
    if (n < 1 || of < 1 || n > of) continue;
    numbering = { n, of, box: boxOf(match.index ?? 0, (match.index ?? 0) + match[0].length) };
    break;
  }
  if (!numbering) {
    for (const word of words) {
      const bare = BARE_NUMBERING.exec(word.text);
      const inBand = word.box.y < heightPt * BAND || word.box.y + word.box.h > heightPt * (1 - BAND);
      if (!bare || !inBand) continue;
      const n = Number(bare[1]);
      const of = Number(bare[2]);
      if (n >= 1 && of >= 1 && n <= of) {
        numbering = { n, of, box: word.box };
        break;
      }
    }
  }

  const ids = new Map<string, { kind: IdKind; box: Box }>();
  const upper = folded.toUpperCase();
  for (const [kind, pattern] of ID_PATTERNS) {
    for (const match of upper.matchAll(pattern)) {
      const at = (match.index ?? 0) + match[0].indexOf(match[1] ?? '');
      const id = (match[1] ?? '').replace(/[\s.]/g, '');
      if (kind === 'iban' && !validIban(id)) continue;
      if (excludedIds.has(id) || BUYER_SIDE.test(folded.slice(Math.max(0, at - 40), at))) continue;
      if (!ids.has(id)) ids.set(id, { kind, box: boxOf(at, at + (match[1]?.length ?? 0)) });
    }
  }
  return { numbers: numbers.map(({ value, box }) => ({ value, box })), ...(numbering && { numbering }), ids };
}

/**
 * An invoice number as compared across pages and channels: upper case, letters and digits only, with
 * the letters OCR mistakes for digits read as those digits (O, Q, D→0; I, L→1; Z→2; S→5; G→6; B→8).
 * Digits stay as they are: sequential invoice numbers differ in one digit.
 */
export function canonicalNumber(value: string): string {
  const AS_DIGIT: Readonly<Record<string, string>> = {
    O: '0',
    Q: '0',
    D: '0',
    I: '1',
    L: '1',
    Z: '2',
    S: '5',
    G: '6',
    B: '8',
  };
  return value
    .toUpperCase()
    .replace(/[^\p{L}\d]/gu, '')
    .replace(/[OQDILZSGB]/g, (ch) => AS_DIGIT[ch] ?? ch);
}
