/**
 * Page images: page n of a finished run's file as PNG at a modest resolution, with blue boxes around
 * the fields the buyer's software read and red boxes around the findings that have a place on the
 * page (or without boxes, `boxes: false`). PDF pages are drawn by pdf.js, uploaded images are scaled
 * by sharp; the boxes are an SVG overlay composited by sharp.
 *
 * PNGs are cached per run (a {@link PageImageCache}: files under `<dataDir>/page-images/<run id>/` by
 * default, PostgreSQL's `page_images` table in a cluster) and a run's cache is removed when the run's
 * data is erased (DELETE or the retention sweep, both emit `erased`). Drawing is done by
 * `draw` (in the server: a pipeline worker thread, see `runtime/page-image-draw.ts`), at most
 * `maxConcurrent` pages at a time, and one request per image draws it.
 *
 * Only a `completed` run's pages are drawn: a run that `timed_out` or `failed` may owe that to its
 * file (a bomb, a file that hangs the reader), and drawing it again would hold a worker as long
 * again on every request. A drawing that fails (the drawer rejects: a time-out, a crashed worker, a
 * page that cannot be drawn) is remembered, in memory and in the cache (a marker file, a row's
 * `failed_at`), so every later request for it answers at once without drawing.
 */
import type { PageBoxes, PageImageRequest } from '../../runtime/page-image-draw.js';
import type { Blobs } from '../store/blobs.js';
import type { RunRecord } from '../store/runs.js';
import { FilePageImageCache, type PageImageCache } from './page-image-cache.js';
import type { RunService } from './runs.js';

/** Renders page `page` (1-based) of a run as PNG, with the boxes of fields and findings unless `boxes` is false. */
export type PageImageProvider = (
  run: RunRecord,
  page: number,
  options: { boxes: boolean },
) => Promise<Uint8Array | undefined>;

/** Draws a page image (PNG), or undefined when there is no such page to draw. */
export type PageImageDrawer = (request: PageImageRequest) => Promise<Uint8Array | undefined>;

/** Options of the {@link PageImageService}. */
export interface PageImageOptions {
  readonly dataDir: string;
  readonly blobs: Blobs;
  /** Draws one page (the server passes the pipeline pool's `pageImage`). */
  readonly draw: PageImageDrawer;
  /** Resolution of the images (default 100 DPI). */
  readonly dpi?: number;
  /** Pages drawn at the same time (default 2). */
  readonly maxConcurrent?: number;
  /** Where images and failures are kept (default: files under `<dataDir>/page-images/`). */
  readonly cache?: PageImageCache;
  /** Reports an error that has no request to answer (removing an erased run's images failed). */
  readonly logError?: (error: unknown) => void;
}

const PAGE_KINDS = new Set(['pdf', 'png', 'jpeg', 'tiff']);

/** Renders and caches page images; see the module comment. */
export class PageImageService {
  private readonly dpi: number;
  private readonly maxConcurrent: number;
  /** Where images and failures are kept (see {@link PageImageOptions.cache}). */
  readonly cache: PageImageCache;
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly inFlight = new Map<string, Promise<Uint8Array | undefined>>();
  /** Images whose drawing failed, by {@link imageKey}: answered at once from here (and from the cache). */
  private readonly failed = new Set<string>();
  /** Counters, for tests and operators: drawings started, and requests answered by a remembered failure. */
  readonly counters = { draws: 0, drawFailures: 0, rememberedFailures: 0, refusedUnfinished: 0 };

  constructor(
    private readonly runs: RunService,
    private readonly options: PageImageOptions,
  ) {
    this.dpi = options.dpi ?? 100;
    this.maxConcurrent = Math.max(1, options.maxConcurrent ?? 2);
    this.cache = options.cache ?? new FilePageImageCache(options.dataDir);
    runs.on('erased', (id: string) => {
      this.remove(id).catch((error: unknown) => options.logError?.(error));
    });
  }

  /** The provider the routes take. */
  readonly provider: PageImageProvider = (run, page, options) => this.image(run, page, options);

  /** The folder of a run's cached images in the default file cache (`<dataDir>/page-images/<run id>`). */
  cacheDir(runId: string): string {
    return new FilePageImageCache(this.options.dataDir).dirOf(runId);
  }

  /**
   * Removes a run's cached images and its remembered failures. (The file cache removes its folder
   * before this returns its promise.)
   */
  remove(runId: string): Promise<void> {
    for (const key of this.failed) if (key.startsWith(`${runId}/`)) this.failed.delete(key);
    return this.cache.removeRun(runId);
  }

  /** Page `page` (1-based) as PNG; undefined when the run has no such page to show. */
  async image(run: RunRecord, page: number, options: { boxes: boolean }): Promise<Uint8Array | undefined> {
    const report = run.report;
    if (!report || run.erasedAt || !run.file.sha256 || !PAGE_KINDS.has(run.file.kind)) return undefined;
    // A run that timed out or failed is not drawn (see the module comment).
    if (run.status !== 'completed') {
      this.counters.refusedUnfinished++;
      return undefined;
    }
    const pageCount = report.document.pageCount;
    if (!Number.isInteger(page) || page < 1 || (pageCount !== undefined && page > pageCount))
      return undefined;
    const key = imageKey(run.id, page, options.boxes);
    const cached = await this.cache.read(run.id, page, options.boxes);
    if (cached) return cached;
    if (this.failed.has(key) || (await this.cache.hasFailed(run.id, page, options.boxes))) {
      this.failed.add(key);
      this.counters.rememberedFailures++;
      return undefined;
    }
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.limited(() => this.draw(run, page, options.boxes, key)).finally(() =>
        this.inFlight.delete(key),
      );
      this.inFlight.set(key, pending);
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
    key: string,
  ): Promise<Uint8Array | undefined> {
    let bytes: Buffer;
    try {
      bytes = await this.options.blobs.get(run.file.sha256);
    } catch {
      return undefined; // erased meanwhile
    }
    this.counters.draws++;
    const png = await this.options
      .draw({
        bytes,
        fileKind: run.file.kind,
        index: page - 1,
        dpi: this.dpi,
        boxes: boxes ? overlayBoxes(run, page) : { fields: [], findings: [] },
      })
      .catch(async () => {
        await this.rememberFailure(run.id, page, boxes, key);
        return undefined;
      });
    if (!png) return undefined;
    // A run erased while its page was drawn keeps no image.
    if ((await this.runs.get(run.id))?.erasedAt === undefined) {
      await this.cache.write(run.id, page, boxes, png);
      if ((await this.runs.get(run.id))?.erasedAt !== undefined) await this.remove(run.id);
    }
    return png;
  }

  private async rememberFailure(runId: string, page: number, boxes: boolean, key: string): Promise<void> {
    this.counters.drawFailures++;
    if ((await this.runs.get(runId))?.erasedAt !== undefined) return;
    this.failed.add(key);
    try {
      await this.cache.markFailed(runId, page, boxes);
    } catch {
      // remembered in memory all the same
    }
  }
}

/** The in-memory name of an image (in-flight drawings, remembered failures). */
const imageKey = (runId: string, page: number, boxes: boolean): string =>
  `${runId}/${page}-${boxes ? 'boxes' : 'plain'}`;

/** The boxes to draw on page `page` of a run. */
export function overlayBoxes(run: RunRecord, page: number): PageBoxes {
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
