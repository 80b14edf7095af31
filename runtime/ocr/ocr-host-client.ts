/**
 * The main thread's side of the OCR host (`ocr-host.ts`): an {@link OcrEngine} that starts the host
 * thread on the first page (a text-only workload never pays for OCR), moves page pixels to it
 * without copying, and turns a dead host into rejected pages.
 */
import { Worker } from 'node:worker_threads';
import {
  type GreyImage,
  type OcrEngine,
  OcrEngineError,
  type OcrErrorCode,
  type OcrRequestOptions,
  type OcrResult,
} from '../../engine/ocr-engine.js';
import { ocrHostPath } from '../paths.js';
import type { HostReply, HostRequest } from './ocr-host.js';
import type { OcrSettings } from './tesseract-pool.js';

interface Pending {
  readonly resolve: (result: OcrResult) => void;
  readonly reject: (error: OcrEngineError) => void;
}

/** A page image whose pixels own their whole buffer can be moved; anything else is copied first. */
function movable(image: GreyImage): GreyImage {
  const { pixels } = image;
  if (
    pixels.byteOffset === 0 &&
    pixels.byteLength === pixels.buffer.byteLength &&
    pixels.buffer instanceof ArrayBuffer
  )
    return image;
  return { width: image.width, height: image.height, pixels: new Uint8Array(pixels) };
}

export class OcrHost implements OcrEngine {
  private thread: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly settings: OcrSettings,
    private readonly scriptPath: string = ocrHostPath,
  ) {}

  get concurrency(): number {
    return this.settings.workers;
  }

  /** Whether the host thread is running (it starts on the first page). */
  get started(): boolean {
    return this.thread !== undefined;
  }

  private host(): Worker {
    if (this.thread) return this.thread;
    // tesseract prints diagnostics ("Detected 754 diacritics") on its standard streams: they are
    // captured and dropped, so they neither mix into the CLI's output nor into the server's log.
    const thread = new Worker(this.scriptPath, { workerData: this.settings, stdout: true, stderr: true });
    thread.stdout.resume();
    thread.stderr.resume();
    const fail = (code: OcrErrorCode, message: string): void => {
      if (this.thread === thread) this.thread = undefined;
      for (const [id, pending] of this.pending) {
        this.pending.delete(id);
        pending.reject(new OcrEngineError(code, message));
      }
    };
    thread.on('message', (reply: HostReply) => {
      const pending = this.pending.get(reply.id);
      if (!pending) return; // cancelled: the result is dropped
      this.pending.delete(reply.id);
      if (reply.type === 'result') pending.resolve(reply.result as OcrResult);
      else pending.reject(new OcrEngineError(reply.code as OcrErrorCode, reply.message));
    });
    thread.on('error', (error) => fail('ocr_failed', `the OCR host crashed: ${error.message}`));
    thread.on('exit', (code) => fail('ocr_failed', `the OCR host stopped (exit code ${code})`));
    thread.unref();
    this.thread = thread;
    return thread;
  }

  recognize(image: GreyImage, options: OcrRequestOptions): Promise<OcrResult> {
    if (this.closed) return Promise.reject(new OcrEngineError('ocr_unavailable', 'OCR is shut down'));
    if (options.signal?.aborted) return Promise.reject(new OcrEngineError('ocr_cancelled', 'cancelled'));
    const thread = this.host();
    const id = this.nextId++;
    const page = movable(image);
    return new Promise<OcrResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      options.signal?.addEventListener(
        'abort',
        () => {
          if (!this.pending.delete(id)) return;
          reject(new OcrEngineError('ocr_cancelled', 'cancelled'));
          this.thread?.postMessage({ type: 'cancel', id } satisfies HostRequest);
        },
        { once: true },
      );
      thread.postMessage({ type: 'recognize', id, image: page, dpi: options.dpi } satisfies HostRequest, [
        page.pixels.buffer as ArrayBuffer,
      ]);
    });
  }

  /** Stops the host thread and its tesseract workers. */
  async close(): Promise<void> {
    this.closed = true;
    const thread = this.thread;
    this.thread = undefined;
    await thread?.terminate();
  }
}
