/**
 * The OCR host: a worker thread that owns the process's tesseract pool. Keeping tesseract.js in its
 * own thread means none of its failures can take down the HTTP thread (a damaged model, for one,
 * throws inside tesseract.js's own message handler); if the host dies, its client rejects the
 * pages it had and starts a new host on the next page.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type GreyImage, ocrErrorCode } from '../../engine/ocr-engine.js';
import { createTesseractPool, type OcrSettings } from './tesseract-pool.js';

/** Messages to the host. */
export type HostRequest =
  | { readonly type: 'recognize'; readonly id: number; readonly image: GreyImage; readonly dpi: number }
  | { readonly type: 'cancel'; readonly id: number };

/** Messages from the host. */
export type HostReply =
  | { readonly type: 'result'; readonly id: number; readonly result: unknown }
  | { readonly type: 'error'; readonly id: number; readonly code: string; readonly message: string };

const port = parentPort;
if (!port) throw new Error('ocr-host must run in a worker thread');

const pool = createTesseractPool(workerData as OcrSettings);
const running = new Map<number, AbortController>();

port.on('message', (message: HostRequest) => {
  if (message.type === 'cancel') {
    running.get(message.id)?.abort();
    return;
  }
  const controller = new AbortController();
  running.set(message.id, controller);
  pool
    .recognize(message.image, { dpi: message.dpi, signal: controller.signal })
    .then(
      (result) => port.postMessage({ type: 'result', id: message.id, result } satisfies HostReply),
      (error: unknown) =>
        port.postMessage({
          type: 'error',
          id: message.id,
          code: ocrErrorCode(error),
          message: error instanceof Error ? error.message : String(error),
        } satisfies HostReply),
    )
    .finally(() => running.delete(message.id));
});
