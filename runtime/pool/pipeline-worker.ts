/**
 * Worker-thread entry of the pipeline pool: receives one task at a time — a file and profile to
 * check (`runPipeline`: posts progress and the report) or a page image to draw (posts the PNG). Keeps
 * pdf.js and friends off the HTTP thread. Page images for OCR go to the main thread's shared OCR
 * engine as requests (their pixels moved, not copied); when this worker is terminated, the main
 * thread drops its pages.
 */
import { parentPort } from 'node:worker_threads';
import { registry } from '../../checks/index.js';
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

const port = parentPort;
if (!port) throw new Error('pipeline-worker must run in a worker thread');

const post = (message: WorkerMessage<WorkerResult, ProgressEvent>, transfer: ArrayBuffer[] = []): void =>
  port.postMessage(message, transfer);

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

const fail = (error: unknown): void => post({ type: 'error', error: serializeError(error) });

port.on('message', (message: WorkerTask | WorkerReply) => {
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
  if (task.type === 'page-image') {
    drawPageImage(task).then((png) => {
      if (!png) post({ type: 'result', result: null });
      else post({ type: 'result', result: png }, [png.buffer as ArrayBuffer]);
    }, fail);
    return;
  }
  const { bytes, name, facts } = task;
  runPipeline({ bytes, ...(name !== undefined && { name }), ...(facts && { facts }) }, task.profile, {
    registry,
    onProgress: (event) => post({ type: 'progress', event }),
    onError: (error, context) => {
      const incident: EngineIncident = { ...context, error: serializeError(error) };
      post({ type: 'incident', incident });
    },
    ...(task.ocrConcurrency && { ocr: new RemoteOcrEngine(task.ocrConcurrency) }),
  }).then((report) => post({ type: 'result', result: report }), fail);
});

post({ type: 'ready' });
