/**
 * Where the project's own files are, from source (jest runs `server/*.ts`) and from the build
 * (`dist/server/*.js`) alike: everything is found from the folder that holds package.json.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'profiles'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No project root above ${start}`);
  }
}

/** The project folder (where package.json is). */
export const projectRoot = findRoot(path.dirname(fileURLToPath(import.meta.url)));

/** A path inside the project folder. */
export const fromRoot = (...segments: string[]): string => path.join(projectRoot, ...segments);

/** The compiled pipeline worker (worker threads run built JavaScript, also under jest). */
export const pipelineWorkerPath = fromRoot('dist', 'server', 'pool', 'pipeline-worker.js');

/** The compiled OCR host thread (see `ocr/ocr-host.ts`). */
export const ocrHostPath = fromRoot('dist', 'server', 'ocr', 'ocr-host.js');
