/**
 * Stage 2, analyze: sees a PDF the way capture software does. pdf.js gives the version, metadata,
 * permissions, JavaScript, form fields, and per page the size, the text layer (words with boxes) and
 * the operator list (images with their effective DPI, paths, invisible text); pdf-lib gives what pdf.js
 * does not tell (the encryption dictionary, fonts, attachments). A Factur-X / ZUGFeRD / XRechnung / UBL
 * invoice attached to the PDF, or uploaded on its own, is read into `embeddedInvoice`. pdf-lib parses
 * the file once per run, here: a scanner's page (one full-page image) is kept on its page model
 * (`scan`), so the render stage draws its JPEG without parsing the file again.
 *
 * A PDF that cannot be opened is a fact about the document (`unreadable`), not a failure of the run.
 * Work is bounded: pages beyond `maxPagesToRead` are counted, not read; attachments are not inflated
 * beyond a limit; images above pdf.js's `maxImageSize` are not decoded.
 */
import {
  DEFAULT_STRUCTURE_LIMITS,
  type FoundAttachment,
  type PdfStructure,
  readStructure,
} from '../adapters/pdf-structure.js';
import {
  loadedFontInfo,
  PDF_OPS,
  type PdfDocument,
  PdfOpenError,
  type PdfPage,
  withPdf,
} from '../adapters/pdfjs.js';
import { boundedPdf } from '../adapters/resource-limits.js';
import type { ScanPage } from '../adapters/scan-pages.js';
import { readEInvoice, sniffEInvoiceSyntax } from '../einvoice/read.js';
import type {
  DocumentModel,
  EmbeddedInvoice,
  EmbeddedInvoiceError,
  FormField,
  JavaScriptSite,
  PageKind,
  PageModel,
  PageText,
  PdfAttachment,
  PdfEncryption,
  PdfFacts,
  PdfPermissions,
} from '../model/document.js';
import type { Box } from '../model/geometry.js';
import { type PageContent, readPageContent } from './page-content.js';
import { pageSignals } from './page-signals.js';
import { placeGlyphs } from './text-glyphs.js';
import { languageScore, textCoverage } from './text-quality.js';
import { runsToWords, type TextRun, textStats } from './text-words.js';
import { readXmp } from './xmp.js';

/** Options of the analyze stage. */
export interface AnalyzeOptions {
  /** Pages beyond this many are counted but not read (a 5 000-page file must not stall a run). */
  readonly maxPagesToRead?: number;
  /**
   * Pages whose operator list is read (images, DPI, drawings). It decodes each image (about 60 ms for a
   * 300 DPI scan page), so later pages of a long scan get only their text layer.
   */
  readonly maxGraphicsPages?: number;
  /** Most bytes an attachment is inflated to (an attachment bomb is summarised, not unpacked). */
  readonly maxAttachmentBytes?: number;
  /** Called after each page, for progress reports. */
  readonly onPage?: (pageNumber: number, pageCount: number) => void;
}

const DEFAULT_MAX_PAGES_TO_READ = 200;
const DEFAULT_MAX_GRAPHICS_PAGES = 100;
/** Form fields listed (a form with thousands of fields is summarised by the first ones). */
const MAX_FORM_FIELDS = 500;
/** Characters of text that make a page a text page. */
const TEXT_PAGE_MIN_CHARS = 20;

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** The higher of two `major.minor` versions. */
function laterVersion(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined || !/^\d+\.\d+$/.test(b)) return a;
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return (bm ?? 0) > (am ?? 0) || ((bm ?? 0) === (am ?? 0) && (bn ?? 0) > (an ?? 0)) ? b : a;
}

/** The standard security handler's `/P` flags as permissions (ISO 32000-2 §7.6.4.2, Table 22). */
export function permissionsFromFlags(p: number, revision = 3): PdfPermissions {
  const bit = (n: number): boolean => ((p >>> (n - 1)) & 1) === 1;
  const print = bit(3);
  const modify = bit(4);
  const copy = bit(5);
  const annotate = bit(6);
  // Revision 2 has no bits 9–12: those rights follow the older bits.
  if (revision < 3)
    return {
      print,
      printHighQuality: print,
      modify,
      copy,
      annotate,
      fillForms: annotate,
      extractForAccessibility: copy,
      assemble: modify,
    };
  return {
    print,
    printHighQuality: print && bit(12),
    modify,
    copy,
    annotate,
    fillForms: bit(9),
    extractForAccessibility: bit(10),
    assemble: bit(11),
  };
}

function encryptionFacts(
  filterFromPdfjs: string | undefined,
  pdfjsPermissions: number[] | null,
  structure: PdfStructure | undefined,
): PdfEncryption {
  const dictionary = structure?.encryption;
  const encrypted = filterFromPdfjs !== undefined || dictionary !== undefined || pdfjsPermissions !== null;
  if (!encrypted) return { encrypted: false, userPassword: false };
  const revision = dictionary?.revision;
  // The dictionary's own /P first; pdf.js's reading of it when pdf-lib could not parse the file.
  const flags =
    dictionary?.p ?? (pdfjsPermissions ? pdfjsPermissions.reduce((sum, flag) => sum | flag, 0) : undefined);
  const filter = dictionary?.filter ?? filterFromPdfjs;
  return {
    encrypted: true,
    // It opened without a password, so there is no user password.
    userPassword: false,
    ...(filter !== undefined && { filter }),
    ...(dictionary?.algorithm !== undefined && { algorithm: dictionary.algorithm }),
    ...(revision !== undefined && { revision }),
    ...(flags !== undefined && { permissions: permissionsFromFlags(flags, revision ?? 3) }),
  };
}

function javaScriptSites(
  fromPdfjs: Record<string, unknown> | null,
  structure: PdfStructure | undefined,
): JavaScriptSite[] {
  const sites = [...(structure?.javaScript ?? [])];
  const has = (where: JavaScriptSite['where']) => sites.some((site) => site.where === where);
  for (const key of Object.keys(fromPdfjs ?? {})) {
    const where = key === 'OpenAction' ? 'open-action' : 'document';
    if (!has(where)) sites.push({ where });
  }
  return sites;
}

/** A rectangle in user space ([x1, y1, x2, y2]) as a top-left box on the displayed page. */
function rectToBox(rect: readonly number[], viewport: readonly number[]): Box {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = viewport;
  const points = [
    [rect[0] ?? 0, rect[1] ?? 0],
    [rect[2] ?? 0, rect[3] ?? 0],
    [rect[0] ?? 0, rect[3] ?? 0],
    [rect[2] ?? 0, rect[1] ?? 0],
  ].map(([x = 0, y = 0]) => [a * x + c * y + e, b * x + d * y + f] as const);
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    x: round(Math.min(...xs)),
    y: round(Math.min(...ys)),
    w: round(Math.max(...xs) - Math.min(...xs)),
    h: round(Math.max(...ys) - Math.min(...ys)),
  };
}

/** The fields of a pdf.js `getFieldObjects()` result that have a widget on a page. */
function formFields(
  objects: Record<string, unknown[]> | null,
  viewports: ReadonlyMap<number, readonly number[]>,
): FormField[] {
  const fields: FormField[] = [];
  for (const [name, entries] of Object.entries(objects ?? {})) {
    for (const entry of entries) {
      if (fields.length >= MAX_FORM_FIELDS) return fields;
      const widget = entry as { page?: unknown; rect?: unknown; value?: unknown; type?: unknown };
      if (typeof widget.page !== 'number' || widget.page < 0) continue;
      const value = widget.value;
      const filled =
        (typeof value === 'string' && value.trim() !== '' && value !== 'Off') ||
        (Array.isArray(value) && value.length > 0);
      const viewport = viewports.get(widget.page);
      const rect = Array.isArray(widget.rect) ? (widget.rect as number[]) : undefined;
      fields.push({
        name,
        page: widget.page + 1,
        ...(rect && viewport && { box: rectToBox(rect, viewport) }),
        filled,
      });
    }
  }
  return fields;
}

/** What a page is, from its text layer and what it paints. */
export function classifyPage(
  text: PageText | undefined,
  content: PageContent | undefined,
): PageKind | undefined {
  if (!text && !content) return undefined;
  const chars = text?.charCount ?? 0;
  const coverage = content?.graphics.imageCoverage ?? 0;
  if (chars >= TEXT_PAGE_MIN_CHARS) return coverage >= 0.5 ? 'mixed' : 'text';
  if (coverage >= 0.01) return 'scanned';
  if ((content?.graphics.pathOps ?? 0) >= 10) return 'vector';
  return chars > 0 ? 'text' : 'blank';
}

const hasFiniteBox = (word: { readonly box: Box }): boolean =>
  Number.isFinite(word.box.x) &&
  Number.isFinite(word.box.y) &&
  Number.isFinite(word.box.w) &&
  Number.isFinite(word.box.h);

interface ReadPage {
  readonly model: PageModel;
  readonly viewport?: readonly number[];
}

/**
 * What the operator list of a page that is exactly one full-page image says: one image covering the
 * page, nothing else. Known from the file's objects, so the image need not be decoded to learn it.
 */
export function scanPageContent(scan: ScanPage, pageWidth: number, pageHeight: number): PageContent {
  const dpi = Math.min((scan.widthPx * 72) / scan.drawnWidthPt, (scan.heightPx * 72) / scan.drawnHeightPt);
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    images: [
      {
        widthPx: scan.widthPx,
        heightPx: scan.heightPx,
        box: { x: 0, y: 0, w: round(pageWidth), h: round(pageHeight) },
        dpi: Math.round(dpi),
        mask: false,
      },
    ],
    graphics: { pathOps: 0, textOps: 0, invisibleTextOps: 0, imageCoverage: 1 },
  };
}

async function readPage(
  page: PdfPage,
  index: number,
  fonts: PageModel['fonts'],
  withGraphics: boolean,
  scan: ScanPage | undefined,
): Promise<ReadPage> {
  const viewport = page.getViewport({ scale: 1 });
  const base = {
    index,
    widthPt: viewport.width,
    heightPt: viewport.height,
    rotation: page.rotate,
    ...(fonts && { fonts }),
    // Kept for the render stage, which then needs no second pdf-lib parse of the file.
    ...(scan && { scan }),
  };
  try {
    // Both parse the page's content; started together, pdf.js interleaves their work. A scanner's
    // page (one full-page image) is described without it: its list would decode the image for nothing.
    const operatorList = withGraphics && !scan ? page.getOperatorList().catch(() => undefined) : undefined;
    const textContent = await page.getTextContent();
    const runs = textContent.items.filter((item): item is typeof item & TextRun => 'str' in item);
    const operators = await operatorList;
    // Where the operator list was read, words get boxes from the glyphs as drawn. A hostile font or
    // text matrix (huge or non-numeric entries) gives words without a place: they are dropped here, so
    // no box of NaN or Infinity reaches a finding or a report.
    const glyphs = operators && placeGlyphs(operators, PDF_OPS, (name) => loadedFontInfo(page, name));
    const words = runsToWords(runs, viewport.transform, glyphs).filter(hasFiniteBox);
    const score = languageScore(words);
    const text: PageText = {
      words,
      ...textStats(words),
      coverage: textCoverage(words, viewport.width, viewport.height),
      ...(score !== undefined && { languageScore: score }),
    };
    // Without an operator list the text layer stands on its own; images are then unknown.
    const content: PageContent | undefined = operators
      ? readPageContent(operators, PDF_OPS, viewport.transform, viewport.width, viewport.height)
      : scan && withGraphics
        ? scanPageContent(scan, viewport.width, viewport.height)
        : undefined;
    const kind = classifyPage(text, content);
    return {
      viewport: viewport.transform,
      model: {
        ...base,
        text,
        ...(content && { images: content.images, graphics: content.graphics }),
        ...(kind && { kind }),
        signals: pageSignals(words),
      },
    };
  } catch (error) {
    return {
      viewport: viewport.transform,
      model: { ...base, error: error instanceof Error ? error.message : String(error) },
    };
  } finally {
    page.cleanup();
  }
}

async function readPages(
  pdf: PdfDocument,
  structure: PdfStructure | undefined,
  options: AnalyzeOptions,
): Promise<ReadPage[]> {
  const count = Math.min(pdf.numPages, options.maxPagesToRead ?? DEFAULT_MAX_PAGES_TO_READ);
  // pdf-lib's page order matches pdf.js's only when both found the same page tree.
  const fontsKnown = structure !== undefined && structure.pageCount === pdf.numPages;
  const pages: ReadPage[] = [];
  for (let n = 1; n <= count; n++) {
    const fonts = fontsKnown ? structure.pageFonts[n - 1] : undefined;
    const scan = fontsKnown ? structure.scanPages?.pageScan(n - 1) : undefined;
    try {
      const withGraphics = n <= (options.maxGraphicsPages ?? DEFAULT_MAX_GRAPHICS_PAGES);
      pages.push(await readPage(await pdf.getPage(n), n - 1, fonts, withGraphics, scan));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      pages.push({ model: { index: n - 1, widthPt: 0, heightPt: 0, rotation: 0, error: message } });
    }
    options.onPage?.(n, count);
  }
  return pages;
}

/** File names the e-invoice standards prescribe, best first. */
const INVOICE_FILE_NAMES = ['factur-x.xml', 'xrechnung.xml', 'zugferd-invoice.xml', 'order-x.xml'];

function rankAttachment(attachment: PdfAttachment): number {
  const named = INVOICE_FILE_NAMES.indexOf(attachment.fileName.toLowerCase());
  if (named >= 0) return named;
  if (attachment.einvoice) return 10;
  return 100;
}

/** Marks the e-invoice attachments and reads the best one. */
function attachedInvoice(found: readonly FoundAttachment[]): {
  attachments: PdfAttachment[];
  embeddedInvoice?: EmbeddedInvoice;
  embeddedInvoiceError?: EmbeddedInvoiceError;
} {
  const marked = found.map(({ content, ...attachment }) => {
    const syntax = content
      ? sniffEInvoiceSyntax(Buffer.from(content.subarray(0, 8192)).toString('utf8'))
      : undefined;
    return { attachment: { ...attachment, ...(syntax && { einvoice: syntax }) } as PdfAttachment, content };
  });
  const candidates = marked
    .filter(({ attachment }) => rankAttachment(attachment) < 100)
    .sort((a, b) => rankAttachment(a.attachment) - rankAttachment(b.attachment));
  const attachments = marked.map(({ attachment }) => attachment);
  const best = candidates[0];
  if (!best) return { attachments };
  const source = { kind: 'attachment', fileName: best.attachment.fileName } as const;
  if (!best.content) {
    const reason = best.attachment.readError === 'too-large' ? 'too-large' : 'undecodable';
    return { attachments, embeddedInvoiceError: { source, reason } };
  }
  const reading = readEInvoice(best.content, source);
  if (reading.error?.reason === 'invalid-xml') {
    const index = marked.indexOf(best);
    attachments[index] = { ...best.attachment, readError: 'invalid-xml' };
  }
  return reading.invoice
    ? { attachments, embeddedInvoice: reading.invoice }
    : { attachments, embeddedInvoiceError: reading.error };
}

async function analyzePdf(pdf: PdfDocument, bytes: Uint8Array, options: AnalyzeOptions) {
  const structure = await readStructure(bytes, {
    ...DEFAULT_STRUCTURE_LIMITS,
    maxPages: options.maxPagesToRead ?? DEFAULT_MAX_PAGES_TO_READ,
    ...(options.maxAttachmentBytes !== undefined && { maxInflateBytes: options.maxAttachmentBytes }),
  });
  const metadata = await pdf.getMetadata().catch(() => undefined);
  // pdf.js types the info dictionary as `Object`; these keys are the ones it documents.
  const info = (metadata?.info ?? {}) as Record<string, unknown>;
  const permissions = await pdf.getPermissions().catch(() => null);
  const jsActions = (await pdf.getJSActions().catch(() => null)) as Record<string, unknown> | null;
  const xmpRaw = metadata?.metadata?.getRaw();

  const pages = await readPages(pdf, structure, options);
  const viewports = new Map(
    pages.flatMap(({ model, viewport }) => (viewport ? [[model.index, viewport] as const] : [])),
  );
  const fieldObjects =
    info.IsAcroFormPresent === true
      ? ((await pdf.getFieldObjects().catch(() => null)) as Record<string, unknown[]> | null)
      : null;
  const { attachments, ...invoice } = attachedInvoice(structure?.attachments ?? []);
  const headerVersion = str(info.PDFFormatVersion);
  const version = laterVersion(headerVersion, structure?.catalogVersion);

  const facts: PdfFacts = {
    ...(version && { version }),
    ...(headerVersion && { headerVersion }),
    pageCount: pdf.numPages,
    encryption: encryptionFacts(str(info.EncryptFilterName), permissions, structure),
    info: {
      ...(str(info.Producer) && { producer: str(info.Producer) }),
      ...(str(info.Creator) && { creator: str(info.Creator) }),
      ...(str(info.Title) && { title: str(info.Title) }),
      ...(str(info.CreationDate) && { creationDate: str(info.CreationDate) }),
      ...(str(info.ModDate) && { modDate: str(info.ModDate) }),
    },
    ...(typeof xmpRaw === 'string' && xmpRaw.trim() !== '' && { xmp: readXmp(xmpRaw) }),
    attachments,
    javaScript: javaScriptSites(jsActions, structure),
    forms: {
      acroForm: info.IsAcroFormPresent === true,
      xfa: info.IsXFAPresent === true,
      fields: formFields(fieldObjects, viewports),
    },
    structureRead: structure !== undefined,
  };
  return { pdf: facts, pages: pages.map(({ model }) => model), ...invoice };
}

/** Stage entry point. Analyses PDFs and reads e-invoice XML uploads; other files pass unchanged. */
export async function analyze(
  doc: DocumentModel,
  bytes: Uint8Array,
  options: AnalyzeOptions = {},
): Promise<DocumentModel> {
  if (doc.file.kind === 'ubl-xml' || doc.file.kind === 'cii-xml') {
    const reading = readEInvoice(bytes, { kind: 'upload' });
    return reading.invoice
      ? { ...doc, embeddedInvoice: reading.invoice }
      : { ...doc, embeddedInvoiceError: reading.error };
  }
  if (doc.file.kind !== 'pdf') return doc;
  // Measured once here; pdf.js and pdf-lib read the file with streams over the work limits emptied.
  const resources = boundedPdf(bytes).usage;
  try {
    return { ...doc, resources, ...(await withPdf(bytes, (pdf) => analyzePdf(pdf, bytes, options))) };
  } catch (error) {
    if (!(error instanceof PdfOpenError)) throw error;
    const reason = error.reason === 'damaged' && doc.file.hasEofMarker === false ? 'truncated' : error.reason;
    return { ...doc, resources, unreadable: { reason, detail: error.message } };
  }
}
