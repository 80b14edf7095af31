/**
 * Where the project's own files are, from source (jest runs `profiles/*.ts`) and from the build
 * (`dist/profiles/*.js`) alike: everything is found from the folder that holds package.json. The
 * profiles are the first layer that reads files of the project (their schema and presets are JSON
 * beside them); the layers above take the root from here (`runtime/paths.ts`).
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
