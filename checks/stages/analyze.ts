/**
 * Stage 2, analyze: opens a PDF with pdf.js and adds its document facts and each page's size and
 * text layer (words with boxes). A PDF that cannot be opened is a fact about the document
 * (`unreadable`), not a failure of the run.
 */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PdfOpenError, withPdf } from '../adapters/pdfjs.js';
import type { DocumentModel, PageModel, PdfFacts } from '../model/document.js';
import { runsToWords, type TextRun, textStats } from './text-words.js';

/** Options of the analyze stage. */
export interface AnalyzeOptions {
  /** Pages beyond this many are counted but not read (a 5 000-page file must not stall a run). */
  readonly maxPagesToRead?: number;
  /** Called after each page, for progress reports. */
  readonly onPage?: (pageNumber: number, pageCount: number) => void;
}

const DEFAULT_MAX_PAGES_TO_READ = 200;

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

async function documentFacts(pdf: PDFDocumentProxy): Promise<PdfFacts> {
  const metadata = await pdf.getMetadata().catch(() => undefined);
  // pdf.js types the info dictionary as `Object`; these keys are the ones it documents.
  const info = (metadata?.info ?? {}) as Record<string, unknown>;
  const filter = str(info.EncryptFilterName);
  const facts: PdfFacts['info'] = {
    ...(str(info.Producer) && { producer: str(info.Producer) }),
    ...(str(info.Creator) && { creator: str(info.Creator) }),
    ...(str(info.Title) && { title: str(info.Title) }),
    ...(str(info.CreationDate) && { creationDate: str(info.CreationDate) }),
    ...(str(info.ModDate) && { modDate: str(info.ModDate) }),
  };
  return {
    ...(str(info.PDFFormatVersion) && { version: str(info.PDFFormatVersion) }),
    pageCount: pdf.numPages,
    // It opened without a password, so there is no user password.
    encryption: { encrypted: filter !== undefined, userPassword: false, ...(filter && { filter }) },
    info: facts,
  };
}

async function readPage(page: PDFPageProxy, index: number): Promise<PageModel> {
  const viewport = page.getViewport({ scale: 1 });
  const base = { index, widthPt: viewport.width, heightPt: viewport.height, rotation: page.rotate };
  try {
    const content = await page.getTextContent();
    const runs = content.items.filter((item): item is typeof item & TextRun => 'str' in item);
    const words = runsToWords(runs, viewport.transform);
    return { ...base, text: { words, ...textStats(words) } };
  } catch (error) {
    return { ...base, error: error instanceof Error ? error.message : String(error) };
  } finally {
    page.cleanup();
  }
}

async function readPages(pdf: PDFDocumentProxy, options: AnalyzeOptions): Promise<PageModel[]> {
  const count = Math.min(pdf.numPages, options.maxPagesToRead ?? DEFAULT_MAX_PAGES_TO_READ);
  const pages: PageModel[] = [];
  for (let n = 1; n <= count; n++) {
    try {
      pages.push(await readPage(await pdf.getPage(n), n - 1));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      pages.push({ index: n - 1, widthPt: 0, heightPt: 0, rotation: 0, error: message });
    }
    options.onPage?.(n, count);
  }
  return pages;
}

/** Stage entry point. Does nothing for files that are not PDFs. */
export async function analyze(
  doc: DocumentModel,
  bytes: Uint8Array,
  options: AnalyzeOptions = {},
): Promise<DocumentModel> {
  if (doc.file.kind !== 'pdf') return doc;
  try {
    return await withPdf(bytes, async (pdf) => ({
      ...doc,
      pdf: await documentFacts(pdf),
      pages: await readPages(pdf, options),
    }));
  } catch (error) {
    if (!(error instanceof PdfOpenError)) throw error;
    const reason = error.reason === 'damaged' && doc.file.hasEofMarker === false ? 'truncated' : error.reason;
    return { ...doc, unreadable: { reason, detail: error.message } };
  }
}
