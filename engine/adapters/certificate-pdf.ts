/**
 * Draws a test certificate as a one-page A4 PDF (pdf-lib): a title, rows of label and value in Dutch
 * and English, a QR code (drawn as squares) and its link, and the signed certificate (a compact JWS)
 * in the document information under `/ProeffactuurCertificate`, so the PDF alone verifies. Saved
 * without object streams, so the JWS stays readable as plain bytes (the verify page and CLI find it
 * without a PDF library).
 */
import { type PDFDict, PDFDocument, PDFName, PDFString, rgb, StandardFonts } from 'pdf-lib';

/** What the page shows. */
export interface CertificatePage {
  readonly title: string;
  readonly subtitle: string;
  /** Rows: a label (Dutch / English) and a value. */
  readonly rows: readonly { readonly label: string; readonly value: string }[];
  /** The QR code's modules, row by row (`size` × `size`). */
  readonly qr: { readonly size: number; readonly dark: (row: number, column: number) => boolean };
  readonly qrCaption: string;
  readonly link: string;
  /** Small print under the rows. */
  readonly notes: readonly string[];
  /** The signed certificate, embedded in the document information. */
  readonly jws: string;
  /** Creation date of the PDF (kept fixed for reproducible bytes). */
  readonly date: Date;
}

/** The key under which the JWS is stored in the document information. */
export const CERTIFICATE_INFO_KEY = 'ProeffactuurCertificate';

/** Characters the standard fonts cannot show (outside Latin-1) become "?". */
const printable = (text: string): string =>
  text.replace(/[^\x20-\x7e\xa0-\xff]/g, (c) =>
    c === '’' || c === '‘' ? "'" : c === '–' || c === '—' ? '-' : '?',
  );

/** Splits a long value into pieces of at most `max` characters (file names, hashes, links). */
function chunks(text: string, max: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += max) out.push(text.slice(i, i + max));
  return out.length > 0 ? out : [''];
}

/** The certificate PDF. */
export async function drawCertificatePdf(page: CertificatePage): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(printable(page.title));
  doc.setProducer('Proeffactuur');
  doc.setCreator('Proeffactuur');
  doc.setCreationDate(page.date);
  doc.setModificationDate(page.date);
  // pdf-lib has no public setter for a custom information entry; getInfoDict is stable in 1.17.
  (doc as unknown as { getInfoDict(): PDFDict })
    .getInfoDict()
    .set(PDFName.of(CERTIFICATE_INFO_KEY), PDFString.of(page.jws));
  const sheet = doc.addPage([595.28, 841.89]);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const dark = rgb(0.1, 0.1, 0.1);
  const grey = rgb(0.35, 0.35, 0.35);
  const left = 50;
  let y = 780;
  sheet.drawText(printable(page.title), { x: left, y, size: 20, font: bold, color: dark });
  y -= 22;
  sheet.drawText(printable(page.subtitle), { x: left, y, size: 10, font: regular, color: grey });
  y -= 30;
  for (const row of page.rows) {
    sheet.drawText(printable(row.label), { x: left, y, size: 9, font: bold, color: grey });
    const lines = chunks(printable(row.value), 48);
    for (const line of lines) {
      sheet.drawText(line, { x: left + 190, y, size: 10, font: regular, color: dark });
      y -= 14;
    }
    y -= 6;
  }
  // The QR code: one filled square per dark module, with a quiet zone of 4 modules.
  // Large enough to scan when printed: the link holds the whole certificate (~1 000 characters).
  const qrSide = 240;
  const cell = qrSide / (page.qr.size + 8);
  const qrX = 595.28 - 50 - qrSide;
  const qrY = Math.max(60, y - qrSide - 10);
  for (let r = 0; r < page.qr.size; r++)
    for (let c = 0; c < page.qr.size; c++)
      if (page.qr.dark(r, c))
        sheet.drawRectangle({
          x: qrX + (c + 4) * cell,
          y: qrY + qrSide - (r + 5) * cell,
          width: cell,
          height: cell,
          color: rgb(0, 0, 0),
        });
  let noteY = qrY + qrSide - 10;
  sheet.drawText(printable(page.qrCaption), { x: left, y: noteY, size: 10, font: bold, color: dark });
  noteY -= 14;
  for (const line of chunks(page.link, 48)) {
    sheet.drawText(line, { x: left, y: noteY, size: 8, font: regular, color: grey });
    noteY -= 11;
  }
  noteY -= 8;
  for (const note of page.notes) {
    for (const line of wrap(printable(note), 48)) {
      sheet.drawText(line, { x: left, y: noteY, size: 8, font: regular, color: grey });
      noteY -= 11;
    }
    noteY -= 4;
  }
  return doc.save({ useObjectStreams: false });
}

/** Word-wraps a sentence at `max` characters. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
