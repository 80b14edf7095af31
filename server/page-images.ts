/**
 * Page images: page n of a finished run's file as PNG at a modest resolution, with blue boxes around
 * the fields the buyer's software read and red boxes around the findings that have a place on the
 * page (or without boxes, `boxes: false`). PDF pages are drawn by pdf.js, uploaded images are scaled
 * by sharp; the boxes are an SVG overlay composited by sharp.
 *
 * PNGs are cached on disk per run (`<dataDir>/page-images/<run id>/`) and the cache is removed when
 * the run's data is erased (DELETE or the retention sweep, both emit `erased`). Drawing happens on the
 * main thread but at most `maxConcurrent` pages at a time, and one request per image draws it.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { decodeImage, imageFacts, openPdfRenderer, type RenderedImage } from '../checks/adapters/render.js';
import type { Box } from '../checks/model/geometry.js';
import { imageDpi } from '../checks/stages/render.js';
import type { PageImageProvider } from './routes/invitations.js';
import type { RunService } from './runs.js';
import type { BlobStore } from './store/blobs.js';
import type { RunRecord } from './store/runs.js';

/** Colours of the boxes. */
export const FIELD_BOX_COLOUR = '#1565c0';
export const FINDING_BOX_COLOUR = '#d32f2f';

/** Options of the {@link PageImageService}. */
export interface PageImageOptions {
  readonly dataDir: string;
  readonly blobs: BlobStore;
  /** Resolution of the images (default 100 DPI). */
  readonly dpi?: number;
  /** Pages drawn at the same time (default 2). */
  readonly maxConcurrent?: number;
}

const PAGE_KINDS = new Set(['pdf', 'png', 'jpeg', 'tiff']);

/** Renders and caches page images; see the module comment. */
export class PageImageService {
  private readonly dpi: number;
  private readonly maxConcurrent: number;
  private readonly root: string;
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly inFlight = new Map<string, Promise<Uint8Array | undefined>>();

  constructor(
    private readonly runs: RunService,
    private readonly options: PageImageOptions,
  ) {
    this.dpi = options.dpi ?? 100;
    this.maxConcurrent = Math.max(1, options.maxConcurrent ?? 2);
    this.root = path.join(options.dataDir, 'page-images');
    runs.on('erased', (id: string) => this.remove(id));
  }

  /** The provider the routes take. */
  readonly provider: PageImageProvider = (run, page, options) => this.image(run, page, options);

  /** The folder of a run's cached images. */
  cacheDir(runId: string): string {
    return path.join(this.root, runId);
  }

  /** Removes a run's cached images. */
  remove(runId: string): void {
    rmSync(this.cacheDir(runId), { recursive: true, force: true });
  }

  /** Page `page` (1-based) as PNG; undefined when the run has no such page to show. */
  async image(run: RunRecord, page: number, options: { boxes: boolean }): Promise<Uint8Array | undefined> {
    const report = run.report;
    if (!report || run.erasedAt || !run.file.sha256 || !PAGE_KINDS.has(run.file.kind)) return undefined;
    const pageCount = report.document.pageCount;
    if (!Number.isInteger(page) || page < 1 || (pageCount !== undefined && page > pageCount))
      return undefined;
    const file = path.join(this.cacheDir(run.id), `${page}-${options.boxes ? 'boxes' : 'plain'}.png`);
    try {
      return await readFile(file);
    } catch {
      // not cached yet
    }
    let pending = this.inFlight.get(file);
    if (!pending) {
      pending = this.limited(() => this.draw(run, page, options.boxes, file)).finally(() =>
        this.inFlight.delete(file),
      );
      this.inFlight.set(file, pending);
    }
    return pending;
  }

  private async limited<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.maxConcurrent) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await work();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }

  private async draw(
    run: RunRecord,
    page: number,
    boxes: boolean,
    file: string,
  ): Promise<Uint8Array | undefined> {
    let bytes: Buffer;
    try {
      bytes = this.options.blobs.get(run.file.sha256);
    } catch {
      return undefined; // erased meanwhile
    }
    const rendered = await this.renderPage(bytes, run.file.kind, page - 1).catch(() => undefined);
    if (!rendered) return undefined;
    const png = await this.toPng(rendered, boxes ? overlayBoxes(run, page) : { fields: [], findings: [] });
    // A run erased while its page was drawn keeps no image.
    if (this.runs.get(run.id)?.erasedAt === undefined) {
      mkdirSync(path.dirname(file), { recursive: true });
      const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
      writeFileSync(temp, png);
      renameSync(temp, file);
      if (this.runs.get(run.id)?.erasedAt !== undefined) this.remove(run.id);
    }
    return png;
  }

  private async renderPage(
    bytes: Uint8Array,
    kind: string,
    index: number,
  ): Promise<RenderedImage | undefined> {
    if (kind === 'pdf') {
      const renderer = await openPdfRenderer(bytes);
      try {
        return await renderer.render(index, this.dpi);
      } finally {
        await renderer.close();
      }
    }
    const facts = await imageFacts(bytes);
    if (index >= facts.pageCount) return undefined;
    const decoded = await decodeImage(bytes, index, imageDpi(facts));
    const width = Math.max(1, Math.round((decoded.widthPt * this.dpi) / 72));
    const height = Math.max(1, Math.round((decoded.heightPt * this.dpi) / 72));
    if (width >= decoded.image.width) return decoded;
    const { data, info } = await sharp(Buffer.from(decoded.image.pixels), {
      raw: { width: decoded.image.width, height: decoded.image.height, channels: 1 },
    })
      .resize(width, height, { fit: 'fill' })
      .toColourspace('b-w')
      .raw()
      .toBuffer({ resolveWithObject: true });
    return {
      ...decoded,
      image: { width: info.width, height: info.height, pixels: new Uint8Array(data) },
      dpi: this.dpi,
    };
  }

  private async toPng(rendered: RenderedImage, boxes: { fields: Box[]; findings: Box[] }): Promise<Buffer> {
    const { width, height, pixels } = rendered.image;
    // Grey to RGB, so the boxes keep their colour.
    const rgb = Buffer.allocUnsafe(width * height * 3);
    for (let i = 0, j = 0; i < pixels.length; i++, j += 3) rgb[j] = rgb[j + 1] = rgb[j + 2] = pixels[i]!;
    let image = sharp(rgb, { raw: { width, height, channels: 3 } });
    if (boxes.fields.length + boxes.findings.length > 0) {
      const scale = width / rendered.widthPt;
      image = image.composite([
        { input: Buffer.from(boxesSvg(width, height, scale, boxes)), top: 0, left: 0 },
      ]);
    }
    return image.png({ compressionLevel: 6 }).toBuffer();
  }
}

/** The boxes to draw on page `page` of a run. */
export function overlayBoxes(run: RunRecord, page: number): { fields: Box[]; findings: Box[] } {
  const report = run.report;
  if (!report) return { fields: [], findings: [] };
  const fields = Object.values(report.fields)
    .filter((field) => field !== undefined && field.page === page)
    .map((field) => field!.box);
  const findings = report.findings
    .filter((finding) => finding.location?.page === page && finding.location.box !== undefined)
    .map((finding) => finding.location!.box!);
  return { fields, findings };
}

const n = (value: number): string => (Number.isFinite(value) ? value.toFixed(1) : '0');

/** An SVG of the boxes (points scaled to pixels by `scale`). */
export function boxesSvg(
  width: number,
  height: number,
  scale: number,
  boxes: { fields: Box[]; findings: Box[] },
): string {
  const rect = (box: Box, colour: string, stroke: number): string => {
    const pad = stroke;
    return `<rect x="${n(box.x * scale - pad)}" y="${n(box.y * scale - pad)}" width="${n(Math.max(1, box.w * scale + 2 * pad))}" height="${n(Math.max(1, box.h * scale + 2 * pad))}" fill="${colour}" fill-opacity="0.12" stroke="${colour}" stroke-width="${stroke}"/>`;
  };
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">`,
    ...boxes.fields.map((box) => rect(box, FIELD_BOX_COLOUR, 2)),
    ...boxes.findings.map((box) => rect(box, FINDING_BOX_COLOUR, 3)),
    '</svg>',
  ].join('');
}
