/**
 * Signs on a page that a file holds more than one invoice: the page's own numbering ("Pagina 1 van 2",
 * "Page 1 of 2", "Seite 1 von 2") and invoice numbers printed after a label ("Factuurnummer: F-1",
 * "Invoice no. 123", "Rechnungsnummer 123", "N° de facture 123"). Pure; reads the text layer's words.
 */
import type { PageSignals } from '../model/document.js';
import type { Box, Word } from '../model/geometry.js';

const PAGE_NUMBER =
  /\b(?:pagina|page|seite|blad|pag\.?|p\.)\s*(\d{1,4})\s*(?:van|of|von|de|sur|\/)\s*(\d{1,4})\b/giu;

const INVOICE_LABEL = [
  'factuur\\s*(?:nummer|nr\\.?|no\\.?)',
  'invoice\\s*(?:number|no\\.?|nr\\.?|#)',
  'rechnungs?\\s*-?\\s*(?:nummer|nr\\.?)',
  'n(?:°|o|º|um[ée]ro)\\.?\\s*de\\s*facture',
  'facture\\s*n(?:°|o|º)\\.?',
].join('|');
/** A label, an optional colon, then a value with at least one digit (an id, not a word). */
const INVOICE_NUMBER = new RegExp(
  `(?<![\\p{L}])(?:${INVOICE_LABEL})\\s*[:#.]?\\s*([\\p{L}\\d][\\p{L}\\d\\-/._]{0,40})`,
  'giu',
);

/** Most invoice numbers noted per page. */
const MAX_NUMBERS = 20;
/** Words read per page: numbering and invoice numbers are in the first few hundred; a page of millions is hostile. */
const MAX_WORDS = 20_000;

function union(boxes: readonly Box[]): Box {
  const x0 = Math.min(...boxes.map((b) => b.x));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.w));
  const y1 = Math.max(...boxes.map((b) => b.y + b.h));
  return { x: x0, y: y0, w: Math.round((x1 - x0) * 100) / 100, h: Math.round((y1 - y0) * 100) / 100 };
}

/** Reads the page numbering and labelled invoice numbers from a page's words. */
export function pageSignals(allWords: readonly Word[]): PageSignals {
  const words = allWords.length > MAX_WORDS ? allWords.slice(0, MAX_WORDS) : allWords;
  // The words joined by spaces, with each word's start offset, to map a match back to its boxes.
  const starts: number[] = [];
  let text = '';
  for (const word of words) {
    starts.push(text.length);
    text += `${word.text} `;
  }
  const boxOf = (from: number, to: number): Box => {
    const boxes = words.filter(
      (_, i) => (starts[i] ?? 0) < to && (starts[i] ?? 0) + (words[i]?.text.length ?? 0) > from,
    );
    return union(boxes.length > 0 ? boxes.map((w) => w.box) : [{ x: 0, y: 0, w: 0, h: 0 }]);
  };

  let pageNumber: PageSignals['pageNumber'];
  for (const match of text.matchAll(PAGE_NUMBER)) {
    const n = Number(match[1]);
    const of = Number(match[2]);
    if (n < 1 || of < 1 || n > of) continue;
    pageNumber = { n, of, box: boxOf(match.index ?? 0, (match.index ?? 0) + match[0].length) };
    break;
  }

  const invoiceNumbers: { value: string; box: Box }[] = [];
  for (const match of text.matchAll(INVOICE_NUMBER)) {
    const raw = (match[1] ?? '').replace(/[.\-/_]+$/, '');
    if (!/\d/.test(raw)) continue;
    const value = raw.toUpperCase();
    const start = (match.index ?? 0) + match[0].lastIndexOf(match[1] ?? '');
    invoiceNumbers.push({ value, box: boxOf(start, start + raw.length) });
    if (invoiceNumbers.length >= MAX_NUMBERS) break;
  }
  return { ...(pageNumber && { pageNumber }), invoiceNumbers };
}
