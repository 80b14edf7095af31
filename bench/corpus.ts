/**
 * What the corpus benchmarks share: where the shared corpus is and its manifest
 * (`../shared/corpus/manifest.json` beside the repository; `CORPUS_DIR` overrides the folder), and the
 * OCR they read pages with: the server's tesseract pool (two workers), optionally answered from a
 * folder of stored results. A page image read before (same pixels, dpi and languages; keyed by a
 * sha256 of them) is read back from the folder; anything else goes to OCR and is stored. Used by
 * `bench:accuracy`, `bench:channels` and `bench:verdicts`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GreyImage, OcrEngine, OcrRequestOptions, OcrResult } from '../engine/ocr-engine.js';
import { createTesseractPool } from '../runtime/ocr/tesseract-pool.js';
import { fromRoot } from '../runtime/paths.js';

/** One case of the corpus manifest (the fields the benchmarks read). */
export interface CorpusCase {
  readonly file: string;
  readonly kind: string;
  readonly language?: string;
  readonly truth?: Readonly<Record<string, string>>;
  readonly notPrinted?: readonly string[];
}

/** The corpus folder and its manifest; `cases` is empty (and `found` false) when there is no corpus. */
export interface Corpus {
  readonly folder: string;
  readonly manifestPath: string;
  readonly found: boolean;
  readonly cases: readonly CorpusCase[];
}

/** The shared corpus (`CORPUS_DIR` or `../shared/corpus`) and its manifest. */
export function loadCorpus(): Corpus {
  const folder = process.env.CORPUS_DIR ?? fromRoot('..', 'shared', 'corpus');
  const manifestPath = path.join(folder, 'manifest.json');
  const found = existsSync(manifestPath);
  const cases = found ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as CorpusCase[]) : [];
  return { folder, manifestPath, found, cases };
}

/** The bytes of a corpus file. */
export const corpusBytes = (corpus: Corpus, file: string): Uint8Array =>
  new Uint8Array(readFileSync(path.join(corpus.folder, file)));

/** The languages the benchmarks read with (the server's default). */
export const BENCH_LANGUAGES: readonly string[] = ['nld', 'eng'];

/** The default folder of stored OCR results. */
export const DEFAULT_OCR_CACHE = '/tmp/proeffactuur-ocr-cache';

/**
 * The folder of stored OCR results asked for: `--ocr-cache DIR`, else `BENCH_OCR_CACHE`, else
 * `fallback` (none unless given); `--no-cache` turns it off.
 */
export function ocrCacheFolder(fallback?: string): string | undefined {
  if (process.argv.includes('--no-cache')) return undefined;
  const at = process.argv.indexOf('--ocr-cache');
  const value = at >= 0 ? process.argv[at + 1] : (process.env.BENCH_OCR_CACHE ?? fallback);
  return value ? path.resolve(value) : undefined;
}

/** An OCR engine that answers from `folder` where the same page image was read before. */
export interface CachedOcr extends OcrEngine {
  /** Pages read back from the folder. */
  hits: number;
  /** Pages read by OCR (and stored). */
  misses: number;
}

/** Wraps `engine` with a folder of stored results. */
export function cachedOcr(engine: OcrEngine, folder: string, languages: readonly string[]): CachedOcr {
  mkdirSync(folder, { recursive: true });
  const cache: CachedOcr = {
    concurrency: engine.concurrency,
    hits: 0,
    misses: 0,
    async recognize(image: GreyImage, options: OcrRequestOptions): Promise<OcrResult> {
      const key = createHash('sha256')
        .update(`${image.width}x${image.height}@${options.dpi}:${languages.join('+')}:`)
        .update(image.pixels)
        .digest('hex');
      const file = path.join(folder, `${key}.json`);
      if (existsSync(file)) {
        cache.hits++;
        return JSON.parse(readFileSync(file, 'utf8')) as OcrResult;
      }
      cache.misses++;
      // The engine may take over (detach) the pixels: the key is computed before.
      const result = await engine.recognize(image, options);
      writeFileSync(file, JSON.stringify(result));
      return result;
    },
  };
  return cache;
}

/** The benchmarks' OCR: the tesseract pool, behind the cache folder when one is set. Close it after. */
export interface BenchOcr {
  readonly ocr: OcrEngine;
  /** The cache, when results are read back from a folder. */
  readonly cache?: CachedOcr;
  readonly cacheFolder?: string;
  close(): Promise<void>;
}

/** Starts the tesseract pool (two workers) and wraps it with the cache folder asked for, if any. */
export function benchOcr(options: { pageTimeoutMs: number; defaultCacheFolder?: string }): BenchOcr {
  const pool = createTesseractPool({
    workers: 2,
    pageTimeoutMs: options.pageTimeoutMs,
    languages: [...BENCH_LANGUAGES],
  });
  const cacheFolder = ocrCacheFolder(options.defaultCacheFolder);
  const cache = cacheFolder ? cachedOcr(pool, cacheFolder, BENCH_LANGUAGES) : undefined;
  return {
    ocr: cache ?? pool,
    ...(cache && { cache, cacheFolder }),
    close: () => pool.close(),
  };
}
