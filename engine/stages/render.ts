/**
 * Stage 3, render: pages to greyscale pixels at the profile's DPI — PDF pages drawn by pdf.js,
 * uploaded images (PNG, JPEG, TIFF) decoded. Lazy: a page is drawn only when the OCR stage asks
 * for the next one, so drawing overlaps with reading and only a few page images are in memory at a
 * time (a 50-page scan never holds 50 × 9 MB).
 */
import {
  DEFAULT_RENDER_LIMITS,
  decodeImage,
  type ImageFacts,
  imageFacts,
  openPdfRenderer,
  type RenderedImage,
  type RenderLimits,
} from '../adapters/render.js';
import type { DocumentModel } from '../model/document.js';

export { DEFAULT_OCR_DPI } from '../model/profile.js';

/** One page as the render stage hands it to OCR: its pixels, or why it could not be drawn. */
export type RenderedPage =
  | ({ readonly index: number; readonly ok: true } & RenderedImage)
  | { readonly index: number; readonly ok: false; readonly detail: string };

/** The pages of a document as pixels, produced one at a time as they are iterated. */
export interface PageImages extends AsyncIterable<RenderedPage> {
  /** Milliseconds spent drawing so far. */
  readonly renderMs: number;
}

/** Options of the render stage. */
export interface RenderOptions {
  /** Resolution to draw PDF pages at (the buyer's DPI). */
  readonly dpi: number;
  /** Draw at most this many pages (the profile's page limit). */
  readonly maxPages: number;
  /** Caps on one page image. */
  readonly limits?: RenderLimits;
}

/** The A4 long side in inches: what an image without a usable resolution is assumed to span. */
const A4_LONG_SIDE_IN = 11.69;

/**
 * The resolution of an uploaded image: the one it declares when plausible for a scan (100–1200
 * DPI; 72 is a screen default, not a scan), otherwise as if its long side were an A4 page.
 */
export function imageDpi(facts: ImageFacts): number {
  if (facts.density !== undefined && facts.density >= 100 && facts.density <= 1200) return facts.density;
  const estimate = Math.max(facts.widthPx, facts.heightPx) / A4_LONG_SIDE_IN;
  return Math.min(1200, Math.max(70, Math.round(estimate)));
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Stage entry point: the document's pages as pixels, drawn lazily. Never throws for bad input. */
export function render(doc: DocumentModel, bytes: Uint8Array, options: RenderOptions): PageImages {
  const limits = options.limits ?? DEFAULT_RENDER_LIMITS;
  let renderMs = 0;
  const timed = async <T>(work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      renderMs += performance.now() - started;
    }
  };

  async function* pdfPages(): AsyncGenerator<RenderedPage> {
    // A page whose content pdf.js could not read is pdf.readable's finding; it is not drawn.
    const targets = doc.pages.slice(0, options.maxPages).filter((page) => page.error === undefined);
    if (targets.length === 0) return;
    // The analysis found the scanner's pages (one full-page JPEG each) from the same pdf-lib parse
    // that read the file's structure; the renderer decodes those JPEGs without parsing again.
    const jpegs = new Map(doc.pages.map((page) => [page.index, page.scan?.jpeg]));
    let renderer: Awaited<ReturnType<typeof openPdfRenderer>>;
    try {
      renderer = await timed(() => openPdfRenderer(bytes, limits, { pageJpeg: (index) => jpegs.get(index) }));
    } catch (error) {
      for (const page of targets) yield { index: page.index, ok: false, detail: message(error) };
      return;
    }
    try {
      for (const page of targets) {
        let rendered: RenderedPage;
        try {
          rendered = {
            index: page.index,
            ok: true,
            ...(await timed(() => renderer.render(page.index, options.dpi))),
          };
        } catch (error) {
          rendered = { index: page.index, ok: false, detail: message(error) };
        }
        yield rendered;
      }
    } finally {
      await renderer.close();
    }
  }

  async function* imagePages(): AsyncGenerator<RenderedPage> {
    let facts: ImageFacts;
    try {
      facts = await timed(() => imageFacts(bytes));
    } catch (error) {
      yield { index: 0, ok: false, detail: message(error) };
      return;
    }
    const dpi = imageDpi(facts);
    for (let index = 0; index < Math.min(facts.pageCount, options.maxPages); index++) {
      let rendered: RenderedPage;
      try {
        rendered = { index, ok: true, ...(await timed(() => decodeImage(bytes, index, dpi, limits))) };
      } catch (error) {
        rendered = { index, ok: false, detail: message(error) };
      }
      yield rendered;
    }
  }

  return {
    [Symbol.asyncIterator]: () => (doc.file.kind === 'pdf' ? pdfPages() : imagePages()),
    get renderMs() {
      return Math.round(renderMs * 100) / 100;
    },
  };
}
