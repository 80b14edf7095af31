import { describe, expect, test } from '@jest/globals';
import { degrees, PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { DEFAULT_STRUCTURE_LIMITS, readStructure } from '../../../engine/adapters/pdf-structure.js';
import { PDF_OPS, withPdf } from '../../../engine/adapters/pdfjs.js';
import { analyze, classifyPage, permissionsFromFlags } from '../../../engine/stages/analyze.js';
import { intake } from '../../../engine/stages/intake.js';
import { readPageContent } from '../../../engine/stages/page-content.js';
import {
  attachmentBombPdf,
  cyclicPageTreePdf,
  deepNameTreePdf,
  facturXPdf,
  ownerPasswordPdf,
  pdfWithXmp,
  scanPdf,
} from '../../fixtures/analysis-pdfs.js';
import { scanLikePng, textInvoicePdf } from '../../fixtures/pdfs.js';
import { scannedInvoicePdf } from '../../fixtures/scans.js';

const analyse = (bytes: Uint8Array) => analyze(intake({ bytes }), bytes);

/** A page with a full-page scan and a text layer over it (a scan after OCR), and a page of drawn shapes. */
async function mixedAndVectorPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const image = await doc.embedPng(await scanLikePng(620, 877));
  const mixed = doc.addPage([595.28, 841.89]);
  mixed.drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  mixed.drawText('Factuur F-2026-0042 Bakkerij De Korenschoof', {
    x: 56,
    y: 760,
    size: 11,
    font,
    opacity: 0,
  });
  const vector = doc.addPage([595.28, 841.89]);
  for (let i = 0; i < 30; i++) vector.drawRectangle({ x: 56 + i * 10, y: 700, width: 6, height: 12 });
  return doc.save();
}

describe('analyze', () => {
  test('reads version, page size, rotation, text coverage and language of a text invoice', async () => {
    const doc = await PDFDocument.load(await textInvoicePdf({ pages: 2 }));
    doc.getPage(1).setRotation(degrees(90));
    const model = await analyse(await doc.save());
    expect(model.pdf).toMatchObject({
      version: '1.7',
      headerVersion: '1.7',
      pageCount: 2,
      structureRead: true,
    });
    const [first, second] = model.pages;
    expect(first).toMatchObject({ widthPt: 595.28, heightPt: 841.89, rotation: 0, kind: 'text' });
    expect(second).toMatchObject({ widthPt: 841.89, heightPt: 595.28, rotation: 90 });
    expect(first?.text?.coverage).toBeGreaterThan(0.01);
    expect(first?.text?.languageScore).toBeGreaterThan(0.85);
    expect(first?.fonts).toEqual([
      { name: 'Helvetica', type: 'Type1', embedded: false, standard14: true, unicode: 'encoding' },
    ]);
    expect(first?.signals?.pageNumber).toMatchObject({ n: 1, of: 2 });
    expect(first?.signals?.invoiceNumbers.map((n) => n.value)).toEqual(['F-2026-0042']);
  });

  test('measures a scan: its image, effective DPI, coverage, and the page kind', async () => {
    const model = await analyse(await scanPdf(1240, 1754));
    const [page] = model.pages;
    expect(page?.kind).toBe('scanned');
    expect(page?.images).toEqual([
      { widthPx: 1240, heightPx: 1754, box: { x: 0, y: 0, w: 595.28, h: 841.89 }, dpi: 150, mask: false },
    ]);
    expect(page?.graphics?.imageCoverage).toBe(1);
  });

  test("describes a scanner's full-page image pages (from the file's objects) exactly as their operator lists would", async () => {
    const scan = await scannedInvoicePdf('office', { pages: 2 });
    // A JPEG scan on a US Letter page, at an odd resolution.
    const letter = await PDFDocument.create();
    const jpeg = await letter.embedJpg(
      await sharp(await scanLikePng(1000, 1294))
        .jpeg()
        .toBuffer(),
    );
    letter.addPage([612, 792]).drawImage(jpeg, { x: 0, y: 0, width: 612, height: 792 });
    // And a PNG scan (Flate-compressed): described the same way, though only JPEGs are drawn by sharp.
    for (const bytes of [scan, await letter.save(), await scanPdf(1240, 1754)]) {
      const model = await analyse(bytes);
      const expected = await withPdf(bytes, async (pdf) => {
        const pages = [];
        for (let n = 1; n <= pdf.numPages; n++) {
          const page = await pdf.getPage(n);
          const view = page.getViewport({ scale: 1 });
          const content = readPageContent(
            await page.getOperatorList(),
            PDF_OPS,
            view.transform,
            view.width,
            view.height,
          );
          pages.push({ images: content.images, graphics: content.graphics, kind: 'scanned' });
        }
        return pages;
      });
      expect(model.pages.map(({ images, graphics, kind }) => ({ images, graphics, kind }))).toEqual(expected);
      expect(model.pages[0]?.images).toHaveLength(1);
    }
  });

  test('tells a scan with a text layer (mixed) and a page of drawn shapes (vector) apart', async () => {
    const model = await analyse(await mixedAndVectorPdf());
    expect(model.pages.map((p) => p.kind)).toEqual(['mixed', 'vector']);
    expect(model.pages[1]?.graphics?.pathOps).toBeGreaterThanOrEqual(30);
  });

  test('reads encryption and permissions from the encryption dictionary of an owner-password PDF', async () => {
    const model = await analyse(await ownerPasswordPdf({ copying: false }));
    expect(model.pdf?.encryption).toMatchObject({
      encrypted: true,
      userPassword: false,
      filter: 'Standard',
      algorithm: 'AES-128',
      revision: 4,
      permissions: { copy: false, print: true, modify: true },
    });
  });

  test('reads a PDF/A claim and the Factur-X attachment with its relationship and MIME type', async () => {
    expect((await analyse(await pdfWithXmp({ part: 2, conformance: 'b' }))).pdf?.xmp).toEqual({
      wellFormed: true,
      pdfa: { part: 2, conformance: 'B' },
    });
    const model = await analyse(await facturXPdf());
    expect(model.pdf?.attachments).toEqual([
      expect.objectContaining({
        fileName: 'factur-x.xml',
        mimeType: 'text/xml',
        relationship: 'Alternative',
        einvoice: 'CII',
      }),
    ]);
    expect(model.embeddedInvoice).toMatchObject({
      syntax: 'CII',
      source: { kind: 'attachment', fileName: 'factur-x.xml' },
      profile: 'urn:cen.eu:en16931:2017',
      documentType: 'invoice',
      fields: {
        invoiceNumber: 'F-2026-0042',
        issueDate: '2026-01-12',
        dueDate: '2026-02-11',
        sellerKvk: '12345678',
      },
    });
  });

  test('leaves an attachment bomb deflated: it is reported too large, not unpacked', async () => {
    const bytes = await attachmentBombPdf();
    const model = await analyse(bytes);
    expect(model.pdf?.attachments[0]).toMatchObject({
      readError: 'too-large',
      declaredBytes: 256 * 1024 * 1024,
    });
    expect(model.embeddedInvoiceError).toMatchObject({ reason: 'too-large' });
    // Counters, not memory: of the 256 MiB on offer, the structure walk inflated the attachment to
    // its 8 MiB cap and stopped; the work limits' measurement did not inflate it at all.
    const structure = await readStructure(bytes);
    expect(structure?.inflatedBytes).toBe(DEFAULT_STRUCTURE_LIMITS.maxInflateBytes);
    expect(model.resources?.inflatedBytes).toBeLessThan(1024 * 1024);
    expect(model.resources?.emptiedStreams).toBe(0);
  });

  test('drops words a hostile text matrix puts nowhere: no box of NaN or Infinity reaches the model', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595, 842]);
    page.node.set(PDFName.of('Resources'), doc.context.obj({ Font: { F1: font.ref } }));
    const huge = '9'.repeat(400); // parses as 1e400: Infinity
    const content = `BT /F1 ${huge} Tf 10 10 Td (Factuur 2026) Tj ET BT /F1 12 Tf 56 780 Td (Totaal 121,00) Tj ET`;
    page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.stream(content)));
    const model = await analyse(await doc.save());
    const words = model.pages[0]?.text?.words ?? [];
    expect(words.map((word) => word.text)).toEqual(['Totaal', '121,00']);
    for (const { box } of words) expect([box.x, box.y, box.w, box.h].every(Number.isFinite)).toBe(true);
  });

  test('bounds the work on a long file: counts every page, reads the first ones, decodes images of fewer', async () => {
    const bytes = await textInvoicePdf({ pages: 5 });
    const model = await analyze(intake({ bytes }), bytes, { maxPagesToRead: 3, maxGraphicsPages: 1 });
    expect(model.pdf?.pageCount).toBe(5);
    expect(model.pages).toHaveLength(3);
    expect(model.pages.map((p) => p.graphics !== undefined)).toEqual([true, false, false]);
    expect(model.pages.map((p) => p.kind)).toEqual(['text', 'text', 'text']);
  });

  test('survives a cyclic page tree and a deeply nested attachment tree', async () => {
    const cyclic = await analyse(cyclicPageTreePdf());
    expect(cyclic.pages[0]?.text?.charCount).toBeGreaterThan(20);
    const deep = await analyse(deepNameTreePdf());
    expect(deep.pdf?.attachments).toEqual([]);
    expect(deep.pages).toHaveLength(1);
  });
});

describe('classifyPage', () => {
  const graphics = (imageCoverage: number, pathOps = 0) => ({
    images: [],
    graphics: { pathOps, textOps: 0, invisibleTextOps: 0, imageCoverage },
  });
  const text = (charCount: number) => ({ words: [], charCount, garbledRatio: 0 });

  test.each([
    ['text', text(400), graphics(0.02)],
    ['mixed', text(400), graphics(0.95)],
    ['scanned', text(0), graphics(0.95)],
    ['vector', text(0), graphics(0, 40)],
    ['blank', text(0), graphics(0.001, 2)],
    ['text', text(6), graphics(0)],
  ] as const)('calls a page %s', (kind, pageText, content) => {
    expect(classifyPage(pageText, content)).toBe(kind);
  });
});

describe('permissionsFromFlags', () => {
  test('reads the /P bits (revision 3+): cleared bits 4 and 5 forbid changes and copying', () => {
    const p = ~((1 << 3) | (1 << 4)); // bits are 1-based in the standard: bit 4 is 1 << 3
    expect(permissionsFromFlags(p, 3)).toMatchObject({
      print: true,
      modify: false,
      copy: false,
      annotate: true,
    });
  });

  test('gives revision 2 files the rights of their older bits', () => {
    const p = ~(1 << 2); // clears bit 3 (print)
    expect(permissionsFromFlags(p, 2)).toMatchObject({
      print: false,
      printHighQuality: false,
      fillForms: true,
    });
  });
});
