import { afterAll, describe, expect, test } from '@jest/globals';
import contentSingleInvoice from '../../checks/content-single-invoice.js';
import { evaluate } from '../../engine/evaluate.js';
import type { DocumentModel } from '../../engine/model/document.js';
import { createTesseractPool } from '../../runtime/ocr/tesseract-pool.js';
import { invoiceLines, pagesPdf, twoInvoicesPdf } from '../fixtures/analysis-pdfs.js';
import { invoiceNumbered, joinedScansPdf } from '../fixtures/joined-invoices.js';
import { INVOICE_LINES, textInvoicePdf } from '../fixtures/pdfs.js';
import { docOf, dutchInvoice, lines, ocrOf, type Placed, words } from '../fixtures/words.js';
import { check, checkWith, documentOf, findingsOf, testProfile } from '../helpers.js';

const withoutNumber = invoiceLines('').filter((line) => !line.startsWith('Factuurnummer'));

describe('content.single-invoice', () => {
  test('accepts one invoice over two pages ("Pagina 1 van 2", "Pagina 2 van 2", one invoice number)', async () => {
    expect(findingsOf(await check(await textInvoicePdf({ pages: 2 })), 'content.single-invoice')).toEqual([]);
  });

  test('flags two invoice numbers on two pages, pointing at the second one', async () => {
    const [finding] = findingsOf(await check(await twoInvoicesPdf()), 'content.single-invoice');
    expect(finding?.messageId).toBe('content.single-invoice.several-numbers');
    expect(finding?.data).toMatchObject({ count: 2, numbers: 'F-2026-0042, F-2026-0043', page: 2 });
    expect(finding?.location?.page).toBe(2);
    expect(finding?.location?.box?.x).toBeGreaterThan(56);
    expect(finding?.hint?.nl).toContain('eigen PDF-bestand');
    expect(finding?.severity).toBe('warning');
  });

  test('flags page numbering that starts again when no invoice numbers are printed', async () => {
    const pdf = await pagesPdf([
      { lines: withoutNumber, footer: 'Pagina 1 van 2' },
      { lines: withoutNumber, footer: 'Pagina 2 van 2' },
      { lines: withoutNumber, footer: 'Pagina 1 van 1' },
    ]);
    const [finding] = findingsOf(await check(pdf), 'content.single-invoice');
    expect(finding).toMatchObject({
      messageId: 'content.single-invoice.numbering-restarts',
      data: { page: 3, label: '1/1' },
      location: { page: 3 },
    });
  });

  test('rejects when the profile asks one invoice per file, and is silent when it allows several', async () => {
    const strict = testProfile({ file: { singleInvoice: true } });
    expect((await check(await twoInvoicesPdf(), strict)).verdict).toBe('rejected');
    const several = testProfile({ file: { singleInvoice: false } });
    expect(findingsOf(await check(await twoInvoicesPdf(), several), 'content.single-invoice')).toEqual([]);
  });
});

// --- several invoices found through OCR, in other languages, by seller, by bare page numbers ---------

const strict = testProfile({ file: { singleInvoice: true }, channels: 'ocr' });
const evaluateOn = (doc: DocumentModel, profile = strict) =>
  evaluate(doc, profile, [contentSingleInvoice]).findings;
const ocrDoc = (...pages: Placed[][]) =>
  docOf(
    pages.map((p) => words(p, 0.9)),
    'ocr',
  );

/** A French invoice: its own seller, number and labels. */
const FRENCH_LINES = [
  'Boulangerie Dupont SARL',
  '12 rue de la Paix, 75002 Paris',
  'SIRET 732 829 320 00074   N° TVA FR40 303 265 045',
  '',
  'FACTURE',
  'Numéro de facture : FA-2025-118',
  'Date de facture : 14/03/2025',
  '',
  'Client : Gemeente Voorbeeld',
  'Total TTC                          1 090,00 €',
  'IBAN FR76 3000 6000 0112 3456 7890 189',
];

describe('content.single-invoice across channels and languages', () => {
  test('two scanned invoices joined are flagged from the OCR words, pointing at the second number', () => {
    const findings = evaluateOn(ocrDoc(dutchInvoice(), dutchInvoice({ number: 'F-2026-0077' })));
    expect(findings).toMatchObject([
      {
        messageId: 'content.single-invoice.several-numbers',
        severity: 'error',
        data: { numbers: 'F-2026-0042, F-2026-0077', page: 2 },
        location: { page: 2, channel: 'ocr' },
      },
    ]);
  });

  test('one scanned invoice over two pages whose number OCR misread on page 2 (O for 0) is not flagged', () => {
    expect(evaluateOn(ocrDoc(dutchInvoice(), dutchInvoice({ number: 'F-2026-OO42' })))).toEqual([]);
  });

  test('a Dutch and a French invoice joined are flagged', async () => {
    const pdf = await pagesPdf([{ lines: INVOICE_LINES }, { lines: FRENCH_LINES }]);
    const [finding] = findingsOf(
      await check(pdf, testProfile({ file: { singleInvoice: true } })),
      'content.single-invoice',
    );
    expect(finding).toMatchObject({
      messageId: 'content.single-invoice.several-numbers',
      severity: 'error',
      reasonKind: 'delivery',
      data: { numbers: 'F-2026-0042, FA-2025-118', page: 2 },
      location: { page: 2, channel: 'text' },
    });
  });

  test('an invoice number after a label known only to the vocabulary (German "Belegnummer") counts', () => {
    const german = lines(['Bäckerei Müller GmbH', 'Belegnummer: 2025-0077', 'Datum: 14.03.2025']);
    const [finding] = evaluateOn(ocrDoc(dutchInvoice(), german));
    expect(finding).toMatchObject({ messageId: 'content.single-invoice.several-numbers', data: { page: 2 } });
    expect(finding?.data.numbers).toContain('2025-0077');
  });

  test('a second invoice without a readable number is flagged by its other seller (VAT number, SIRET, IBAN)', () => {
    const withoutNumber = FRENCH_LINES.filter((line) => !line.startsWith('Numéro'));
    const [finding] = evaluateOn(ocrDoc(dutchInvoice(), lines(withoutNumber)));
    expect(finding).toMatchObject({
      messageId: 'content.single-invoice.seller-changes',
      data: { page: 2 },
      location: { page: 2, channel: 'ocr' },
    });
    expect(finding?.message.nl).toMatch(/^Op pagina 2 staat een andere leverancier \(/);
    expect(String(finding?.data.before)).toContain('NL123456782B01');
  });

  test('page numbering printed as bare "1/2" that starts again ("1/2, 2/2, 1/1") is flagged', async () => {
    const pdf = await pagesPdf([
      { lines: withoutNumber, footer: '1/2' },
      { lines: withoutNumber, footer: '2/2' },
      { lines: withoutNumber, footer: '1/1' },
    ]);
    const [finding] = findingsOf(await check(pdf), 'content.single-invoice');
    expect(finding).toMatchObject({
      messageId: 'content.single-invoice.numbering-restarts',
      data: { page: 3, label: '1/1' },
    });
  });

  test('a genuine 3-page invoice (1/3 2/3 3/3, its number in every header, the buyer’s VAT number on the last page) is not flagged', async () => {
    const header = 'Bakkerij De Korenschoof B.V. - Factuurnummer F-2026-0042';
    const footer = (n: number) => `KvK 12345678  BTW NL123456782B01  IBAN NL91 ABNA 0417 1643 00   ${n}/3`;
    const pdf = await pagesPdf([
      { lines: INVOICE_LINES, footer: footer(1) },
      {
        lines: [header, '', 'Brood en banket, februari     1.000,00', 'Gebak, februari     500,00'],
        footer: footer(2),
      },
      {
        lines: [
          header,
          '',
          'Totaal te betalen   1.635,00',
          'Btw-nummer afnemer: NL001234567B01',
          'Zie ook factuur F-2025-0999 (creditnota).',
        ],
        footer: footer(3),
      },
    ]);
    const profile = testProfile({ file: { singleInvoice: true } });
    expect(findingsOf(await check(pdf, profile), 'content.single-invoice')).toEqual([]);
    // Read through OCR words as well (both channels), it is still one invoice.
    const { doc } = await documentOf(pdf, profile);
    const both = {
      ...doc,
      pages: doc.pages.map((page) => ({ ...page, ocr: ocrOf(page.text?.words ?? []) })),
    };
    expect(evaluateOn(both, { ...profile, channels: 'both' })).toEqual([]);
  });
});

describe('content.single-invoice with real OCR', () => {
  const pool = createTesseractPool({ workers: 1, pageTimeoutMs: 60_000, languages: ['nld', 'eng'] });
  afterAll(() => pool.close());

  test('two scanned invoices joined in one image-only PDF are flagged through OCR', async () => {
    const pdf = await joinedScansPdf([invoiceNumbered('F-2026-0042'), invoiceNumbered('F-2026-0077')]);
    const profile = testProfile({ channels: 'ocr', file: { singleInvoice: true } });
    const report = await checkWith(pdf, profile, { ocr: pool });
    const [finding] = findingsOf(report, 'content.single-invoice');
    expect(finding).toMatchObject({
      messageId: 'content.single-invoice.several-numbers',
      severity: 'error',
      data: { numbers: 'F-2026-0042, F-2026-0077', page: 2 },
      location: { page: 2, channel: 'ocr' },
    });
    expect(report.reason).toContain('delivery');
  }, 60_000);
});
