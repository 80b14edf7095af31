#!/usr/bin/env node
// `npm start` runs this before the server: it compiles the TypeScript only when dist/ is older than a
// source. The check is by modification time against dist/tsconfig.tsbuildinfo (written by the
// incremental build), so a start right after `npm ci` or an earlier start takes a fraction of a second
// instead of a full compile. When something changed, `tsc --incremental` recompiles only what it must.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const buildInfo = path.join(root, 'dist', 'tsconfig.tsbuildinfo');
const SOURCE_DIRS = [
  'engine',
  'runtime',
  'server',
  'checks',
  'profiles',
  'cli',
  'client',
  'bench',
  'scripts',
  'test',
];
const CONFIG_FILES = ['tsconfig.json', 'package.json', 'package-lock.json'];

/** The newest modification time (ms) of the TypeScript and JSON sources and the build's config. */
function newestSource() {
  let newest = 0;
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') visit(full);
        // A folder's time changes when a file in it is added, removed or renamed.
        newest = Math.max(newest, statSync(full).mtimeMs);
      } else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const dir of SOURCE_DIRS) {
    const full = path.join(root, dir);
    if (existsSync(full)) visit(full);
  }
  for (const file of CONFIG_FILES) {
    const full = path.join(root, file);
    if (existsSync(full)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

const current =
  existsSync(buildInfo) &&
  existsSync(path.join(root, 'dist', 'server', 'main.js')) &&
  statSync(buildInfo).mtimeMs >= newestSource();
if (current && !process.argv.includes('--force')) {
  process.stdout.write('dist/ is up to date: not compiling.\n');
} else {
  process.stdout.write('Compiling TypeScript (incremental)…\n');
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json', '--incremental'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  // tsc leaves the build info alone when nothing needed emitting; mark dist/ as current anyway.
  const now = new Date();
  if (existsSync(buildInfo)) utimesSync(buildInfo, now, now);
}
