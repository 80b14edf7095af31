import { describe, expect, test } from '@jest/globals';
import { type GreyImage, OcrEngineError, type OcrResult } from '../../../engine/ocr-engine.js';
import { type PoolWorker, TesseractPool, type WorkerFactory } from '../../../runtime/ocr/tesseract-pool.js';

const image: GreyImage = { width: 10, height: 10, pixels: new Uint8Array(100) };
const empty: OcrResult = { words: [], lines: [] };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Fake workers: each job waits `ms` and answers with the worker's number; `behave` can change that. */
function fakeWorkers(
  options: {
    ms?: number;
    behave?: (worker: number, job: number) => 'ok' | 'hang' | 'fail' | 'die';
    startFails?: boolean;
  } = {},
) {
  const started: number[] = [];
  const terminated: number[] = [];
  const servedBy: number[] = [];
  let jobs = 0;
  const factory: WorkerFactory = async (onDeath) => {
    await sleep(5);
    if (options.startFails) throw new OcrEngineError('ocr_unavailable', 'language data missing');
    const id = started.length + 1;
    started.push(id);
    const worker: PoolWorker = {
      async recognize() {
        const job = ++jobs;
        const behaviour = options.behave?.(id, job) ?? 'ok';
        if (behaviour === 'hang') return new Promise<OcrResult>(() => undefined);
        await sleep(options.ms ?? 20);
        if (behaviour === 'fail') throw new Error('tesseract said no');
        if (behaviour === 'die') {
          onDeath(new Error('thread exited'));
          return new Promise<OcrResult>(() => undefined);
        }
        servedBy.push(id);
        return {
          ...empty,
          words: [{ text: `w${id}`, confidence: 90, box: { x: 0, y: 0, w: 1, h: 1 }, line: 0 }],
        };
      },
      async terminate() {
        terminated.push(id);
      },
    };
    return worker;
  };
  return { factory, started, terminated, servedBy };
}

const pool = (
  factory: WorkerFactory,
  overrides: Partial<ConstructorParameters<typeof TesseractPool>[0]> = {},
) => new TesseractPool({ size: 2, pageTimeoutMs: 1000, maxQueued: 10, factory, ...overrides });

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) =>
      error instanceof OcrEngineError ? error.code : `not an OcrEngineError: ${String(error)}`,
  );

describe('TesseractPool', () => {
  test('starts no worker until the first page, then reuses them', async () => {
    const fake = fakeWorkers();
    const ocr = pool(fake.factory);
    expect(fake.started).toEqual([]);
    await ocr.recognize(image, { dpi: 300 });
    await ocr.recognize(image, { dpi: 300 });
    expect(fake.started).toEqual([1]);
    await ocr.close();
    expect(fake.terminated).toEqual([1]);
  });

  test('spreads the pages of one document over its workers', async () => {
    const fake = fakeWorkers({ ms: 30 });
    const ocr = pool(fake.factory);
    await Promise.all(Array.from({ length: 6 }, () => ocr.recognize(image, { dpi: 300 })));
    expect(fake.started).toEqual([1, 2]);
    expect(new Set(fake.servedBy)).toEqual(new Set([1, 2]));
    expect(ocr.stats()).toEqual({ workers: 2, busy: 0, queued: 0 });
    await ocr.close();
  });

  test('refuses pages beyond its queue bound with ocr_busy', async () => {
    const fake = fakeWorkers({ ms: 50 });
    const ocr = pool(fake.factory, { size: 1, maxQueued: 2 });
    const first = ocr.recognize(image, { dpi: 300 });
    const second = ocr.recognize(image, { dpi: 300 });
    const third = codeOf(ocr.recognize(image, { dpi: 300 }));
    expect(await third).toBe('ocr_busy');
    await Promise.all([first, second]);
    await ocr.close();
  });

  test('stops a worker that takes longer than the page time-out, and replaces it', async () => {
    const fake = fakeWorkers({ behave: (_worker, job) => (job === 1 ? 'hang' : 'ok') });
    const ocr = pool(fake.factory, { size: 1, pageTimeoutMs: 100 });
    expect(await codeOf(ocr.recognize(image, { dpi: 300 }))).toBe('ocr_timeout');
    expect(fake.terminated).toEqual([1]);
    expect(await codeOf(ocr.recognize(image, { dpi: 300 }))).toBe('ok');
    expect(fake.started).toEqual([1, 2]);
    await ocr.close();
  });

  test('turns a failed job into a rejection and a fresh worker', async () => {
    const fake = fakeWorkers({ behave: (_worker, job) => (job === 1 ? 'fail' : 'ok') });
    const ocr = pool(fake.factory, { size: 1 });
    expect(await codeOf(ocr.recognize(image, { dpi: 300 }))).toBe('ocr_failed');
    expect(await codeOf(ocr.recognize(image, { dpi: 300 }))).toBe('ok');
    expect(fake.terminated).toContain(1);
    await ocr.close();
  });

  test('turns a worker that dies mid-page into a rejection', async () => {
    const fake = fakeWorkers({ behave: (_worker, job) => (job === 1 ? 'die' : 'ok') });
    const ocr = pool(fake.factory, { size: 1 });
    expect(await codeOf(ocr.recognize(image, { dpi: 300 }))).toBe('ocr_failed');
    expect(await codeOf(ocr.recognize(image, { dpi: 300 }))).toBe('ok');
    await ocr.close();
  });

  test('drops a waiting page when its run is aborted; it never reaches a worker', async () => {
    const fake = fakeWorkers({ ms: 50 });
    const ocr = pool(fake.factory, { size: 1 });
    const busy = ocr.recognize(image, { dpi: 300 });
    const controller = new AbortController();
    const dropped = codeOf(ocr.recognize(image, { dpi: 300, signal: controller.signal }));
    controller.abort();
    expect(await dropped).toBe('ocr_cancelled');
    await busy;
    expect(fake.servedBy).toHaveLength(1);
    await ocr.close();
  });

  test('fails waiting pages with ocr_unavailable when no worker can start, without retrying in a loop', async () => {
    let attempts = 0;
    const fake = fakeWorkers({ startFails: true });
    const counted: WorkerFactory = (onDeath) => {
      attempts++;
      return fake.factory(onDeath);
    };
    const ocr = pool(counted, { startRetryMs: 200 });
    const pages = Array.from({ length: 5 }, () => codeOf(ocr.recognize(image, { dpi: 300 })));
    expect(await Promise.all(pages)).toEqual(Array(5).fill('ocr_unavailable'));
    expect(await codeOf(ocr.recognize(image, { dpi: 300 }))).toBe('ocr_unavailable');
    expect(attempts).toBeLessThanOrEqual(2);
    // After the retry delay it tries again.
    await sleep(250);
    await codeOf(ocr.recognize(image, { dpi: 300 }));
    expect(attempts).toBeGreaterThan(2);
    await ocr.close();
  });

  test('rejects waiting pages on close', async () => {
    const fake = fakeWorkers({ ms: 100 });
    const ocr = pool(fake.factory, { size: 1 });
    const running = codeOf(ocr.recognize(image, { dpi: 300 }));
    const waiting = codeOf(ocr.recognize(image, { dpi: 300 }));
    await sleep(20);
    await ocr.close();
    expect(await waiting).toBe('ocr_unavailable');
    expect(await running).toBe('ocr_unavailable');
  });
});
