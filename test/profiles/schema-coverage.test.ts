/**
 * Every rule the profile schema accepts changes a verdict. The test walks every leaf of
 * `profiles/acceptance-profile.schema.json` (following `$ref`s, so each field's rule operators are
 * leaves of their own) and, for each, either runs a generated file through the whole pipeline under a
 * base profile and again with the leaf set, and sees the verdict change, or finds the schema saying
 * why the leaf does not change a verdict (a description with "Informational", on the leaf or a
 * parent, or "Informational for <field>" on a shared field rule). A leaf added to the schema without
 * either fails this test: that is intended.
 *
 * Most leaves restrict (accepted → rejected). Two only permit (`file.imagesAllowed`,
 * `file.restrictionsAllowed: true` has a restrictive `false` twin tested here); they are shown to turn
 * a rejected file into an accepted one. Date operators on non-date fields cannot be set at all: the
 * profile is refused, which is tested too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { AcceptanceProfile } from '../../engine/model/profile.js';
import type {
  GreyImage,
  OcrEngine,
  OcrLinePx,
  OcrRequestOptions,
  OcrWordPx,
} from '../../engine/ocr-engine.js';
import { fromRoot } from '../../profiles/files.js';
import { validateProfile } from '../../profiles/schema.js';
import { eml, gmailEml, invoicingPackageEml, outlookEml } from '../fixtures/emails.js';
import { engineFrom } from '../fixtures/ocr.js';
import { INVOICE_LINES, imageOnlyPdf, pdfkitPdf, scanLikePng, textInvoicePdf } from '../fixtures/pdfs.js';
import { smallPrintPdf } from '../fixtures/scans.js';
import { checkWith, testProfile } from '../helpers.js';

type Json = Record<string, unknown>;
const schema = JSON.parse(
  readFileSync(fromRoot('profiles', 'acceptance-profile.schema.json'), 'utf8'),
) as Json;
const defs = schema.$defs as Record<string, Json>;

/** A schema node with its `$ref` followed (the node's own description kept). */
function resolve(node: Json): Json {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  const target = defs[ref.replace('#/$defs/', '')];
  if (!target) throw new Error(`unknown $ref ${ref}`);
  return { ...target, ...(node.description !== undefined && { description: node.description }) };
}

interface Leaf {
  readonly pointer: string;
  /** Descriptions from the root down to the leaf. */
  readonly descriptions: readonly string[];
}

/** Every leaf of the schema: a property whose value is not an object with properties of its own. */
function leaves(node: Json, pointer = '', descriptions: readonly string[] = []): Leaf[] {
  const resolved = resolve(node);
  const here =
    typeof resolved.description === 'string' ? [...descriptions, resolved.description] : descriptions;
  const properties = resolved.properties as Record<string, Json> | undefined;
  if (!properties) return [{ pointer, descriptions: here }];
  return Object.entries(properties).flatMap(([name, child]) => leaves(child, `${pointer}/${name}`, here));
}

/** Whether the schema documents the leaf as not changing a verdict. */
function informational(leaf: Leaf): boolean {
  const parts = leaf.pointer.split('/');
  const field = parts[1] === 'fields' ? parts[2] : undefined;
  return leaf.descriptions.some(
    (d) =>
      /(^|\. )Informational( on its own)?:/.test(d) ||
      (field !== undefined && d.includes(`Informational for ${field}:`)),
  );
}

// --- generated files ---------------------------------------------------------------------------

/** A full invoice: every field the extraction knows is printed, with valid identifiers. */
const RICH_LINES = [
  'Bakkerij De Korenschoof B.V.',
  'Molenstraat 12, 3512 AB Utrecht',
  'KvK 12345678   BTW NL123456782B01',
  '',
  'FACTUUR',
  'Factuurnummer: F-2026-0042',
  'Factuurdatum: {{issue}}',
  'Vervaldatum: {{due}}',
  'Uw referentie: REF-7781',
  'Ordernummer: PO-5521',
  '',
  'Aan: Gemeente Voorbeeld',
  'Btw-nummer afnemer: NL000099998B57',
  '',
  'Omschrijving                         Bedrag',
  'Brood en banket, januari            1.000,00',
  'Subtotaal                           1.000,00',
  'BTW 9%                                 90,00',
  'Totaal EUR                          1.090,00',
  'Reeds betaald                         100,00',
  'Te betalen                            990,00',
  '',
  'IBAN NL91 ABNA 0417 1643 00 t.n.v. Bakkerij De Korenschoof B.V.',
];

async function pdfOf(pages: readonly (readonly string[])[], size = 11): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([595.28, 841.89]);
    for (const [i, line] of lines.entries())
      if (line) page.drawText(line, { x: 56, y: 770 - i * 16, size, font });
  }
  return doc.save();
}

const richInvoice = (issue = '12-01-2026', due = '11-02-2026'): Promise<Uint8Array> =>
  pdfOf([RICH_LINES.map((l) => l.replace('{{issue}}', issue).replace('{{due}}', due))]);

/** A page of plain text with no invoice fields on it. */
const letter = (): Promise<Uint8Array> =>
  pdfOf([['Beste klant,', '', 'Hierbij sturen wij u onze nieuwe brochure over brood en banket.']]);

/** Two invoices in one file. */
const twoInvoices = (): Promise<Uint8Array> =>
  pdfOf([
    ['Factuur', 'Factuurnummer: F-1', 'Totaal 10,00'],
    ['Factuur', 'Factuurnummer: F-2', 'Totaal 20,00'],
  ]);

/** A blank first page, the invoice on the second. */
async function blankFirstPage(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595.28, 841.89]);
  const page = doc.addPage([595.28, 841.89]);
  for (const [i, line] of INVOICE_LINES.entries())
    if (line) page.drawText(line, { x: 56, y: 770 - i * 16, size: 11, font });
  return doc.save();
}

/**
 * An invoice with three private-use characters in its text layer (a font whose ToUnicode map points
 * its glyphs at private-use code points, as broken font subsets do): under 10% of the page's text.
 */
async function fewGarbledCharacters(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595.28, 841.89]);
  for (const [i, line] of INVOICE_LINES.entries())
    if (line) page.drawText(line, { x: 56, y: 770 - i * 16, size: 11, font });
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Broken def /CMapType 2 def',
    '1 begincodespacerange <00> <FF> endcodespacerange',
    '1 beginbfchar <41> <E000> endbfchar',
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const broken = doc.context.register(
    doc.context.obj({
      Type: 'Font',
      Subtype: 'Type1',
      BaseFont: 'Helvetica',
      Encoding: 'WinAnsiEncoding',
      ToUnicode: doc.context.register(doc.context.stream(cmap)),
    }),
  );
  const name = page.node.newFontDictionary('Broken', broken).toString();
  page.node.addContentStream(
    doc.context.register(doc.context.stream(`BT ${name} 11 Tf 56 100 Td (AAA) Tj ET`)),
  );
  return doc.save();
}

/** A PNG upload (an invoice photographed or scanned to an image). */
const pngUpload = (): Promise<Uint8Array> => scanLikePng();

/**
 * An OCR engine that "reads" the default invoice lines where a page at the request's dpi would show
 * them (11-point text, x-height half the size), with a confidence and a baseline slope: text that is
 * large at 300 DPI is small at 100, as with a real engine.
 */
function invoiceReader(confidence = 92, slope = 0): OcrEngine {
  return engineFrom(async (image: GreyImage, options: OcrRequestOptions) => {
    const scale = options.dpi / 72;
    const words: OcrWordPx[] = [];
    const lines: OcrLinePx[] = [];
    let lineIndex = 0;
    for (const [i, text] of INVOICE_LINES.entries()) {
      if (!text) continue;
      const top = (72 + i * 16) * scale;
      let x = 56 * scale;
      const start = x;
      for (const word of text.split(/\s+/).filter(Boolean)) {
        const w = word.length * 5.5 * scale;
        words.push({ text: word, confidence, box: { x, y: top, w, h: 8 * scale }, line: lineIndex });
        x += w + 3 * scale;
      }
      lines.push({
        box: { x: start, y: top, w: Math.min(x - start, image.width - start), h: 8 * scale },
        baselineSlope: slope,
        xHeightPx: 5.5 * scale,
      });
      lineIndex++;
    }
    return { words, lines };
  });
}

// --- the cases -----------------------------------------------------------------------------------

interface Case {
  /** The file, generated. */
  readonly file: () => Promise<Uint8Array>;
  /** The profile without the leaf (over `testProfile()`). */
  readonly base?: Partial<AcceptanceProfile>;
  /** The leaf set (deep-merged over the base). */
  readonly set: Json;
  /** An OCR engine, for profiles that read page images. */
  readonly ocr?: OcrEngine;
  /** `permits`: the leaf turns a rejected file into an accepted one. */
  readonly direction?: 'restricts' | 'permits';
}

const ocrBase: Partial<AcceptanceProfile> = { channels: 'ocr' };

const CASES: Record<string, Case> = {
  '/buyer/name': { file: () => richInvoice(), set: { buyer: { name: 'ACME B.V.' } } },
  '/buyer/vatId': {
    file: () => richInvoice(),
    set: { buyer: { name: 'Gemeente Voorbeeld', vatId: 'NL123456782B01' } },
  },
  '/channels': {
    file: () => imageOnlyPdf(1),
    base: ocrBase,
    set: { channels: 'text' },
    ocr: invoiceReader(),
  },
  '/file/maxBytes': { file: () => textInvoicePdf(), set: { file: { maxBytes: 1024 } } },
  '/file/maxPages': { file: () => textInvoicePdf({ pages: 3 }), set: { file: { maxPages: 2 } } },
  '/file/pdfVersions/min': { file: () => textInvoicePdf(), set: { file: { pdfVersions: { min: '2.0' } } } },
  '/file/pdfVersions/max': { file: () => textInvoicePdf(), set: { file: { pdfVersions: { max: '1.4' } } } },
  '/file/restrictionsAllowed': {
    file: () => pdfkitPdf({ ownerPassword: 'owner' }),
    set: { file: { restrictionsAllowed: false } },
  },
  '/file/pdfaRequired': { file: () => textInvoicePdf(), set: { file: { pdfaRequired: true } } },
  '/file/singleInvoice': { file: twoInvoices, set: { file: { singleInvoice: true } } },
  '/file/pageSizes': { file: () => textInvoicePdf(), set: { file: { pageSizes: ['A5'] } } },
  '/file/maxPageSidePt': { file: () => textInvoicePdf(), set: { file: { maxPageSidePt: 612 } } },
  '/file/firstPageNotBlank': {
    file: blankFirstPage,
    // The blank page has no text layer either: that check only warns here, as in the lenient preset.
    base: { checks: { 'text.layer-present': { severity: 'warning' } } },
    set: { file: { firstPageNotBlank: true } },
  },
  '/file/imagesAllowed': {
    file: pngUpload,
    base: ocrBase,
    set: { file: { imagesAllowed: true } },
    ocr: invoiceReader(),
    direction: 'permits',
  },
  '/text/required': {
    file: () => imageOnlyPdf(1),
    base: ocrBase,
    set: { text: { required: true } },
    ocr: invoiceReader(),
  },
  '/text/maxGarbledRatio': { file: fewGarbledCharacters, set: { text: { maxGarbledRatio: 0.001 } } },
  '/text/minTextHeightPt': { file: () => smallPrintPdf(6), set: { text: { minTextHeightPt: 8 } } },
  '/ocr/dpi': {
    file: () => imageOnlyPdf(1),
    base: ocrBase,
    set: { ocr: { dpi: 100 } },
    ocr: invoiceReader(),
  },
  '/ocr/minConfidence': {
    file: () => imageOnlyPdf(1),
    base: ocrBase,
    set: { ocr: { minConfidence: 95 } },
    ocr: invoiceReader(),
  },
  '/ocr/minImageDpi': {
    file: () => imageOnlyPdf(1),
    base: ocrBase,
    set: { ocr: { minImageDpi: 300 } },
    ocr: invoiceReader(),
  },
  '/ocr/minTextHeightPx': {
    file: () => imageOnlyPdf(1),
    base: ocrBase,
    set: { ocr: { minTextHeightPx: 30 } },
    ocr: invoiceReader(),
  },
  '/ocr/maxSkewDegrees': {
    file: () => imageOnlyPdf(1),
    base: ocrBase,
    set: { ocr: { maxSkewDegrees: 1 } },
    ocr: invoiceReader(92, Math.tan((2 * Math.PI) / 180)),
  },
  '/ocr/minImageSidePx': {
    file: () => imageOnlyPdf(1),
    base: ocrBase,
    set: { ocr: { minImageSidePx: 2000 } },
    ocr: invoiceReader(),
  },
  '/ocr/maxImageSidePx': {
    file: () => imageOnlyPdf(1),
    base: ocrBase,
    set: { ocr: { maxImageSidePx: 1000 } },
    ocr: invoiceReader(),
  },
  '/checks': {
    file: () => textInvoicePdf(),
    set: { checks: { 'text.layer-present': { params: { minChars: 5000 } } } },
  },
  '/delivery/maxEmailBytes': {
    file: () => textInvoicePdf({ pages: 8 }),
    set: { delivery: { maxEmailBytes: 10240 } },
  },
  // The e-mail around the invoice: `.eml` fixtures (test/fixtures/emails.ts).
  '/mail/maxMessageBytes': {
    file: async () => gmailEml(await textInvoicePdf({ pages: 12 })),
    set: { mail: { maxMessageBytes: 10240 } },
  },
  '/mail/pdfsPerMessage': {
    file: () => invoicingPackageEml(),
    set: { mail: { pdfsPerMessage: 'many' } },
    direction: 'permits',
  },
  '/mail/otherAttachments': {
    file: async () =>
      eml({
        text: 'Factuur in de bijlage',
        attachments: [
          { filename: 'factuur.pdf', content: await textInvoicePdf(), contentType: 'application/pdf' },
          { filename: 'factuur.xml', content: '<?xml version="1.0"?><Order/>', contentType: 'text/xml' },
        ],
      }),
    set: { mail: { otherAttachments: 'none' } },
  },
  '/mail/fileName/allowedCharacters': {
    file: () => outlookEml(),
    set: { mail: { fileName: { allowedCharacters: 'A-Za-z0-9._-' } } },
  },
  '/mail/fileName/maxLength': { file: () => outlookEml(), set: { mail: { fileName: { maxLength: 10 } } } },
  '/mail/fileName/pattern': { file: () => outlookEml(), set: { mail: { fileName: { pattern: '^INV-' } } } },
};

const DATE_FIELDS = new Set(['issueDate', 'dueDate']);

/** A field rule operator's case, for every field. */
function fieldCase(field: string, op: string): Case | 'refused' | undefined {
  const rule = (value: unknown): Json => ({ fields: { [field]: { [op]: value } } });
  switch (op) {
    case 'required':
      return { file: letter, set: rule(true) };
    case 'pattern':
      return { file: () => richInvoice(), set: rule('^NEVER$') };
    case 'equals':
      return { file: () => richInvoice(), set: rule('NEVER') };
    case 'oneOf':
      return { file: () => richInvoice(), set: rule(['NEVER']) };
    case 'maxLength':
      return { file: () => richInvoice(), set: rule(1) };
    case 'notInFuture':
      if (!DATE_FIELDS.has(field)) return 'refused';
      return { file: () => richInvoice('12-01-2026', '11-02-2099'), set: rule(true) };
    case 'maxAgeDays':
      if (!DATE_FIELDS.has(field)) return 'refused';
      return { file: () => richInvoice(), set: rule(30) };
    default:
      return undefined;
  }
}

function merge(base: Json, patch: Json): Json {
  const out: Json = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    out[key] =
      value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object'
        ? merge(current as Json, value as Json)
        : value;
  }
  return out;
}

const allLeaves = leaves(schema);

describe('every leaf of the profile schema changes a verdict or says why it does not', () => {
  test('the walk finds the leaves, field rule operators included', () => {
    const pointers = allLeaves.map((l) => l.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining(['/file/maxPageSidePt', '/fields/iban/pattern', '/checks']),
    );
    expect(pointers.length).toBeGreaterThan(150);
  });

  test('every leaf has a case or is documented as informational in the schema', () => {
    const uncovered = allLeaves
      .filter((leaf) => !informational(leaf))
      .filter((leaf) => {
        if (CASES[leaf.pointer]) return false;
        const [, section, field, op] = leaf.pointer.split('/');
        return !(section === 'fields' && field && op && fieldCase(field, op));
      })
      .map((leaf) => leaf.pointer);
    expect(uncovered).toEqual([]);
  });

  const runnable = allLeaves.filter((leaf) => !informational(leaf));
  test.each(runnable.map((leaf) => [leaf.pointer]))('%s', async (pointer) => {
    const [, section, field, op] = pointer.split('/');
    const found = CASES[pointer] ?? (section === 'fields' && field && op ? fieldCase(field, op) : undefined);
    if (found === undefined) throw new Error(`no case for ${pointer}`);
    if (found === 'refused') {
      const result = validateProfile(
        merge({ name: 'T', channels: 'text' }, { fields: { [field!]: { [op!]: 1 } } }),
        {
          id: 't',
          version: 1,
        },
      );
      expect(result.ok).toBe(false);
      return;
    }
    const base = testProfile(found.base);
    const withLeaf = merge(base as unknown as Json, found.set) as unknown as AcceptanceProfile;
    // The profile with the leaf set is one the schema accepts.
    const validated = validateProfile(withLeaf, { id: 'test', version: 1 });
    expect(validated.ok ? [] : validated.problems).toEqual([]);
    const bytes = await found.file();
    const options = found.ocr ? { ocr: found.ocr } : {};
    const before = await checkWith(bytes.slice(), base, options);
    const after = await checkWith(bytes.slice(), withLeaf, options);
    const summary = (r: typeof before) =>
      `${r.verdict}: ${r.findings
        .filter((f) => f.severity === 'error')
        .map((f) => f.messageId)
        .join(', ')}`;
    if (found.direction === 'permits') {
      expect(summary(before)).toMatch(/^rejected/);
      expect(summary(after)).toMatch(/^accepted/);
    } else {
      expect(summary(before)).toMatch(/^accepted/);
      expect(summary(after)).toMatch(/^rejected/);
    }
  });
});
