/**
 * The built files that run in threads of their own (worker threads run compiled JavaScript, also under
 * jest), and the project folder they are found from.
 */
import { fromRoot } from '../profiles/files.js';

export { fromRoot, projectRoot } from '../profiles/files.js';

/** The compiled pipeline worker (see `pool/pipeline-worker.ts`). */
export const pipelineWorkerPath = fromRoot('dist', 'runtime', 'pool', 'pipeline-worker.js');

/** The compiled OCR host thread (see `ocr/ocr-host.ts`). */
export const ocrHostPath = fromRoot('dist', 'runtime', 'ocr', 'ocr-host.js');
