/**
 * The one place that talks to tesseract.js. Language data comes from npm packages
 * (`@tesseract.js-data/<lang>`, model `4.0.0_best_int`), never from the network, and nothing is
 * cached in the working folder (`cacheMethod: 'none'`). tesseract.js needs every language of a
 * worker in one folder, so a folder of symbolic links is made once per process.
 *
 * Two tesseract.js traps are handled here: without an `errorHandler` a failed job becomes an
 * uncaught exception that kills the process, and with one, `createWorker` may never settle when
 * loading fails — so creation is wrapped in a time-out.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readlinkSync,
  readSync,
  renameSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import { type GreyImage, OcrEngineError, type OcrResult } from '../ocr-engine.js';
import { parseHocr } from './hocr.js';

const require = createRequire(import.meta.url);

/** The trained model every language uses: LSTM, integer-quantised ("best_int"). */
export const MODEL_FOLDER = '4.0.0_best_int';

/** Languages read by default: Dutch first (Dutch invoices), then English. */
export const DEFAULT_LANGUAGES: readonly string[] = ['nld', 'eng'];

/** Language data is missing or damaged: OCR cannot start. The message says which file and what to do. */
export class OcrSetupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OcrSetupError';
  }
}

/** Where the npm package of one language keeps its data file. */
export function languageDataFile(language: string): string {
  if (!/^[a-z]{3}(_[a-z]+)?$/i.test(language))
    throw new OcrSetupError(`"${language}" is not a tesseract language code (e.g. nld, eng).`);
  const pkg = `@tesseract.js-data/${language}`;
  let root: string;
  try {
    root = path.dirname(require.resolve(`${pkg}/package.json`));
  } catch (error) {
    throw new OcrSetupError(
      `OCR language data for "${language}" is not installed: npm package ${pkg} is missing. Run \`npm ci\`, or add it with \`npm install ${pkg}\`.`,
      { cause: error },
    );
  }
  return path.join(root, MODEL_FOLDER, `${language}.traineddata.gz`);
}

const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * Fast start-up check: every language's data file exists and looks like gzip. Throws an
 * {@link OcrSetupError} naming the file otherwise.
 */
export function checkLanguageData(languages: readonly string[]): string[] {
  return languages.map((language) => {
    const file = languageDataFile(language);
    if (!existsSync(file))
      throw new OcrSetupError(
        `OCR language data file missing: ${file}. Reinstall the package with \`npm ci\` (or \`npm install @tesseract.js-data/${language}\`).`,
      );
    const head = Buffer.alloc(2);
    const fd = openSync(file, 'r');
    try {
      readSync(fd, head, 0, 2, 0);
    } finally {
      closeSync(fd);
    }
    if (!GZIP_MAGIC.every((byte, i) => head[i] === byte))
      throw new OcrSetupError(
        `OCR language data file is damaged (not gzip): ${file}. Reinstall it with \`npm ci\`.`,
      );
    return file;
  });
}

/**
 * Full check of one data file: it inflates and carries a tesseract data-file directory (entry count,
 * then that many 64-bit offsets inside the file). tesseract.js crashes its host thread on a damaged
 * model, so this runs before any worker loads it.
 */
export function validateLanguageData(file: string): void {
  let data: Buffer;
  try {
    data = gunzipSync(readFileSync(file));
  } catch (error) {
    throw new OcrSetupError(
      `OCR language data file is damaged (${(error as Error).message}): ${file}. Reinstall it with \`npm ci\`.`,
      {
        cause: error,
      },
    );
  }
  const entries = data.length >= 4 ? data.readInt32LE(0) : -1;
  const tableEnd = 4 + 8 * entries;
  let valid = 0;
  if (entries > 0 && entries < 100 && data.length > tableEnd) {
    for (let i = 0; i < entries; i++) {
      const offset = Number(data.readBigInt64LE(4 + 8 * i));
      if (offset === -1) continue;
      if (offset < tableEnd || offset >= data.length) {
        valid = 0;
        break;
      }
      valid++;
    }
  }
  if (valid === 0)
    throw new OcrSetupError(
      `OCR language data file is not a tesseract model: ${file}. Reinstall it with \`npm ci\`.`,
    );
}

/**
 * Makes (once) a folder holding a symbolic link to each language's data file, under `parent`
 * (default: the OS temporary folder), and returns it. The folder name is derived from the linked
 * files, so processes share it and nothing accumulates.
 */
export function languageFolder(languages: readonly string[], parent: string = os.tmpdir()): string {
  const files = checkLanguageData(languages);
  const id = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16);
  const folder = path.join(parent, `proeffactuur-tessdata-${id}`);
  const linked = (): boolean =>
    languages.every((language, i) => {
      try {
        return readlinkSync(path.join(folder, `${language}.traineddata.gz`)) === files[i];
      } catch {
        return false;
      }
    });
  if (linked()) return folder;
  // Build next to it and rename, so a concurrent process never sees a half-made folder.
  const staging = `${folder}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  mkdirSync(staging, { recursive: true });
  languages.forEach((language, i) => {
    symlinkSync(files[i]!, path.join(staging, `${language}.traineddata.gz`));
  });
  try {
    rmSync(folder, { recursive: true, force: true });
    renameSync(staging, folder);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!linked())
      throw new OcrSetupError(`Cannot prepare the OCR language folder ${folder}.`, { cause: error });
  }
  return folder;
}

/** Settings of one tesseract worker. */
export interface TesseractWorkerOptions {
  /** Languages, first one preferred (default Dutch, English). */
  readonly languages?: readonly string[];
  /** Folder made by {@link languageFolder}. */
  readonly langFolder: string;
  /** Longest wait for the worker to load its languages (default 30 s). */
  readonly startTimeoutMs?: number;
  /** Called when the worker's thread dies (tesseract.js itself does not notice). */
  readonly onError?: (error: Error) => void;
}

/** One started tesseract.js worker. */
export interface TesseractWorker {
  /** Reads a greyscale page image at `dpi`. Rejects (never throws asynchronously) on failure. */
  recognize(image: GreyImage, dpi: number): Promise<OcrResult>;
  /** Stops the worker's thread. */
  terminate(): Promise<void>;
}

/** A binary PGM (P5) file of the image: the cheapest format leptonica reads (no compression). */
export function toPgm(image: GreyImage): Buffer {
  const header = Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'latin1');
  const file = Buffer.allocUnsafe(header.length + image.pixels.length);
  header.copy(file, 0);
  file.set(image.pixels, header.length);
  return file;
}

const asError = (value: unknown): Error => (value instanceof Error ? value : new Error(String(value)));

/** Starts a tesseract.js worker with offline language data, under a time-out. */
export async function startTesseractWorker(options: TesseractWorkerOptions): Promise<TesseractWorker> {
  const languages = options.languages ?? DEFAULT_LANGUAGES;
  const timeoutMs = options.startTimeoutMs ?? 30_000;
  let failed: ((error: Error) => void) | undefined;
  const creation = createWorker([...languages], OEM.LSTM_ONLY, {
    langPath: options.langFolder,
    gzip: true,
    cacheMethod: 'none',
    // Every failure tesseract reports lands here instead of killing the process. A failed job
    // also rejects its own promise; only a failure while loading needs this to be seen.
    errorHandler: (error: unknown) => {
      failed?.(new OcrEngineError('ocr_unavailable', `tesseract could not load: ${String(error)}`));
    },
  });
  let timer: NodeJS.Timeout | undefined;
  let worker: Worker;
  try {
    worker = await Promise.race([
      creation,
      new Promise<never>((_, reject) => {
        failed = reject;
        timer = setTimeout(
          () =>
            reject(new OcrEngineError('ocr_unavailable', `tesseract did not start within ${timeoutMs} ms`)),
          timeoutMs,
        );
      }),
    ]);
  } catch (error) {
    // If it started after all, do not leave its thread running.
    creation.then(
      (late) => late.terminate(),
      () => undefined,
    );
    throw error instanceof OcrEngineError
      ? error
      : new OcrEngineError('ocr_unavailable', String(error), { cause: error });
  } finally {
    clearTimeout(timer);
    failed = undefined;
  }
  // tesseract.js does not listen for its thread dying: a crash would be an uncaught 'error' event.
  const thread = (worker as unknown as { worker?: NodeJS.EventEmitter }).worker;
  thread?.on('error', (error: unknown) => options.onError?.(asError(error)));
  thread?.on('exit', (code: number) =>
    options.onError?.(new Error(`tesseract thread exited with code ${code}`)),
  );
  return {
    async recognize(image, dpi) {
      try {
        const { data } = await worker.recognize(
          toPgm(image),
          {
            // Tesseract's parameters, passed through per job and restored after it.
            tessedit_pageseg_mode: PSM.AUTO,
            user_defined_dpi: String(Math.round(Math.min(1200, Math.max(70, dpi)))),
          } as Record<string, string>,
          { text: false, hocr: true },
        );
        return parseHocr(data.hocr ?? '');
      } catch (error) {
        throw error instanceof OcrEngineError
          ? error
          : new OcrEngineError('ocr_failed', `tesseract: ${String(error)}`, { cause: error });
      }
    },
    async terminate() {
      thread?.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}
