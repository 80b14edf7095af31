/**
 * Worker entry of the pipeline pool (a child process, or a worker thread): receives one task at a
 * time — a file and profile to check (`runPipeline`: posts progress and the report) or a page image
 * to draw (posts the PNG). Keeps pdf.js and friends off the HTTP thread. Page images for OCR go to the main thread's shared OCR
 * engine as requests (their pixels moved, not copied); when this worker is terminated, the main
 * thread drops its pages.
 */
import { parentPort } from 'node:worker_threads';
import { registry } from '../../checks/index.js';
import { isPdfParseError, withDamagedStructure } from '../../engine/damaged-structure.js';
import type { ExpectedSeller } from '../../engine/model/expected-seller.js';
import type { AcceptanceProfile } from '../../engine/model/profile.js';
import type { Report } from '../../engine/model/report.js';
import {
  type GreyImage,
  type OcrEngine,
  OcrEngineError,
  type OcrErrorCode,
  type OcrRequestOptions,
  type OcrResult,
} from '../../engine/ocr-engine.js';
import { type KnownFileFacts, type ProgressEvent, runPipeline } from '../../engine/pipeline.js';
import { drawPageImage, type PageImageRequest } from '../page-image-draw.js';
import { type SerializedError, serializeError } from './serialized-error.js';
import type { WorkerMessage, WorkerReply } from './worker-pool.js';

/** A file and profile to check. */
export interface PipelineTask {
  readonly type: 'check';
  readonly bytes: Uint8Array;
  readonly name?: string;
  /** The bytes' hash, size and kind as the server computed them on upload (intake reuses them). */
  readonly facts?: KnownFileFacts;
  /** The supplier's master data the run compares the invoice with (`RunInput.expectedSeller`). */
  readonly expectedSeller?: ExpectedSeller;
  readonly profile: AcceptanceProfile;
  /** Pages the main thread's OCR engine reads at once; absent when there is no OCR engine. */
  readonly ocrConcurrency?: number;
}

/** A page image to draw. */
export interface PageImageTask extends PageImageRequest {
  readonly type: 'page-image';
}

/** What the pool sends this worker. */
export type WorkerTask = PipelineTask | PageImageTask;

/** What this worker posts as a task's result: the report, or the PNG (null when there is no page). */
export type WorkerResult = Report | Uint8Array | null;

/** An error a run survived in its worker (a stage or a check that threw), as the worker posts it. */
export interface EngineIncident {
  /** The id the report's `incomplete` note shows. */
  readonly errorId: string;
  /** The stage that threw. */
  readonly stage?: string;
  /** The check that threw (stage `evaluate`). */
  readonly checkId?: string;
  readonly error: SerializedError;
}

/** A page OCR request, as the pipeline pool's request handler receives it. */
export interface OcrRequest {
  readonly kind: 'ocr';
  readonly image: GreyImage;
  readonly dpi: number;
}

/**
 * The way back to the pool: the parent port of a worker thread, or the IPC channel of a child process
 * (the pool's default). `then` runs once the message is handed over (before exiting).
 */
interface PoolPort {
  post(message: unknown, transfer: ArrayBuffer[], then?: () => void): void;
  onMessage(listener: (message: unknown) => void): void;
}

function poolPort(): PoolPort {
  const thread = parentPort;
  if (thread)
    return {
      post: (message, transfer, then) => {
        thread.postMessage(message, transfer);
        then?.();
      },
      onMessage: (listener) => thread.on('message', listener),
    };
  const send = process.send?.bind(process);
  if (!send) throw new Error('pipeline-worker must run in a worker thread or a child process of the pool');
  // A child whose pool is gone (the server was killed) stops instead of working on for nobody.
  process.on('disconnect', () => process.exit(0));
  return {
    post: (message, _transfer, then) => {
      send(message as object, undefined, {}, () => then?.());
    },
    onMessage: (listener) => process.on('message', listener),
  };
}

const port = poolPort();

const post = (message: WorkerMessage<WorkerResult, ProgressEvent>, transfer: ArrayBuffer[] = []): void =>
  port.post(message, transfer);

/**
 * Whether a task is in progress (from its arrival until its result is posted). An uncaught error or
 * unhandled rejection (pdf.js rejects promises of a document it gave up on, sometimes after the
 * check returned) is reported as a fault of that task, or as a late fault of the task before; then
 * this worker exits, so it never takes another run in a broken state.
 */
let busy = false;
let faulted = false;
/**
 * Set while a check task runs: pdf.js's parse exception (a damaged file) raised outside the pipeline
 * during that task. It becomes the run's `pdf.readable` finding instead of a fault; the worker is
 * still replaced after posting the report.
 */
let checking = false;
let damaged: unknown;
const onFault = (error: unknown): void => {
  if (faulted) return;
  if (busy && checking && isPdfParseError(error)) {
    damaged ??= error;
    return;
  }
  faulted = true;
  port.post({ type: 'fault', late: !busy, error: serializeError(error) }, [], () => process.exit(70));
};
process.on('uncaughtException', onFault);
process.on('unhandledRejection', onFault);

/**
 * Lets errors a finished task left behind surface (pdf.js settles a destroyed document's promises on
 * the next turns of the event loop), so they count against this task and not the next one.
 */
const settle = async (): Promise<void> => {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setImmediate(resolve));
  }
};

/** Posts a task's outcome once late errors have had their chance; nothing if the worker faulted. */
const done = async (message: WorkerMessage<WorkerResult, ProgressEvent>, transfer: ArrayBuffer[] = []) => {
  await settle();
  if (faulted) return;
  const cause = damaged;
  const report = message.type === 'result' && checking ? (message.result as Report) : undefined;
  busy = false;
  checking = false;
  damaged = undefined;
  if (cause === undefined) {
    post(message, transfer);
    return;
  }
  // The damaged document may still hold pdf.js work: report it as a late fault of this run (logged
  // against it), so this worker is replaced before it takes another run.
  post(
    report ? { type: 'result', result: withDamagedStructure(report, errorText(cause)) } : message,
    transfer,
  );
  onFault(cause);
};

const errorText = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/**
 * Faults on demand, for tests only (`PROEFFACTUUR_FAULT_INJECTION=1` in the worker's environment and
 * a file named `fault-<kind>…`): `heap` exhausts the heap with large arrays (the allocation that
 * aborts a whole process from a worker thread), `rss` holds memory outside the heap, `reject` leaves
 * an unhandled rejection during the run, `late` one just after its result.
 */
const injectedFault = (name: string | undefined): string | undefined =>
  process.env.PROEFFACTUUR_FAULT_INJECTION === '1'
    ? /^fault-(heap|rss|reject|late)/.exec(name ?? '')?.[1]
    : undefined;

const hold: unknown[] = [];
function injectFault(kind: string): void {
  if (kind === 'heap') for (;;) hold.push(new Array(10_000_000).fill(1.5));
  if (kind === 'rss') for (let i = 0; i < 32; i++) hold.push(Buffer.alloc(64 * 1024 * 1024, 1));
  if (kind === 'reject') void Promise.reject(new Error('injected fault during the run'));
}

const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
let nextId = 1;

/** The shared OCR engine of the main thread, reached through requests. */
class RemoteOcrEngine implements OcrEngine {
  constructor(readonly concurrency: number) {}

  recognize(image: GreyImage, options: OcrRequestOptions): Promise<OcrResult> {
    const id = nextId++;
    const { pixels } = image;
    const owned = pixels.byteOffset === 0 && pixels.byteLength === pixels.buffer.byteLength;
    const page = owned ? image : { ...image, pixels: new Uint8Array(pixels) };
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      const request: OcrRequest = { kind: 'ocr', image: page, dpi: options.dpi };
      post({ type: 'request', id, request }, [page.pixels.buffer as ArrayBuffer]);
    });
  }
}

const fail = (error: unknown): Promise<void> => done({ type: 'error', error: serializeError(error) });

port.onMessage((received) => {
  const message = received as WorkerTask | WorkerReply;
  if ('type' in message && message.type === 'reply') {
    const request = waiting.get(message.id);
    waiting.delete(message.id);
    if (!request) return;
    if (message.ok) request.resolve(message.value);
    else
      request.reject(
        new OcrEngineError((message.error.code ?? 'ocr_failed') as OcrErrorCode, message.error.message),
      );
    return;
  }
  const task = message as WorkerTask;
  busy = true;
  if (task.type === 'page-image') {
    drawPageImage(task).then(
      (png) =>
        png
          ? done({ type: 'result', result: png }, [png.buffer as ArrayBuffer])
          : done({ type: 'result', result: null }),
      fail,
    );
    return;
  }
  checking = true;
  const { bytes, name, facts, expectedSeller } = task;
  const fault = injectedFault(name);
  if (fault) injectFault(fault);
  const input = {
    bytes,
    ...(name !== undefined && { name }),
    ...(facts && { facts }),
    ...(expectedSeller && { expectedSeller }),
  };
  runPipeline(input, task.profile, {
    registry,
    onProgress: (event) => post({ type: 'progress', event }),
    onError: (error, context) => {
      const incident: EngineIncident = { ...context, error: serializeError(error) };
      post({ type: 'incident', incident });
    },
    ...(task.ocrConcurrency && { ocr: new RemoteOcrEngine(task.ocrConcurrency) }),
  }).then(
    (report) =>
      done({ type: 'result', result: report }).then(() => {
        if (fault === 'late') setTimeout(() => void Promise.reject(new Error('injected late fault')), 0);
      }),
    fail,
  );
});

post({ type: 'ready' });
