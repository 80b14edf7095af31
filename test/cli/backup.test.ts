/**
 * `proeffactuur backup DEST` copies a running server's data folder consistently: a server started on
 * the copy serves the same runs with their reports, and the uploaded files are there.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from '@jest/globals';
import { fromRoot } from '../../runtime/paths.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { postRun, startTestServer, type TestServer, uploadForm } from '../server/harness.js';

const bin = fromRoot('bin', 'proeffactuur.js');
const cleanup: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

function cli(dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { timeout: 30_000, env: { ...process.env, DATA_DIR: dataDir } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

test('backs up a running server; a server started on the copy serves the same run and report', async () => {
  const live: TestServer = await startTestServer({ workers: 1 });
  cleanup.push(() => live.close());
  const run = await postRun(live, uploadForm(await textInvoicePdf()));
  expect(run.body.status).toBe('completed');

  const dest = path.join(mkdtempSync(path.join(tmpdir(), 'proeffactuur-backup-')), 'copy');
  cleanup.push(() => rmSync(path.dirname(dest), { recursive: true, force: true }));
  const backup = await cli(live.dataDir, 'backup', dest);
  expect(backup.stderr).toBe('');
  expect(backup.code).toBe(0);
  expect(JSON.parse(backup.stdout)).toMatchObject({ backup: dest, database: 'store.sqlite', files: 1 });
  const sha = run.body.file.sha256 as string;
  expect(existsSync(path.join(dest, 'files', sha.slice(0, 2), sha))).toBe(true);

  const restored = await startTestServer({ workers: 1, dataDir: dest });
  cleanup.push(() => restored.close({ keepData: true }));
  const again = (await (await fetch(`${restored.url}/api/runs/${run.body.id}`)).json()) as Record<
    string,
    any
  >;
  expect(again.status).toBe('completed');
  expect(again.verdict).toBe(run.body.verdict);
  expect(again.report).toEqual(run.body.report);
  // The restored server still has the uploaded file: its page images can be drawn.
  expect((await fetch(`${restored.url}/api/runs/${run.body.id}/pages/1.png`)).status).toBe(200);
}, 90_000);

test('refuses a folder that is not empty, and a data folder without a database', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-backup-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const full = path.join(dir, 'full');
  mkdirSync(full);
  writeFileSync(path.join(full, 'something'), 'x');
  const empty = path.join(dir, 'empty-data');
  mkdirSync(empty);
  const noDatabase = await cli(empty, 'backup', path.join(dir, 'copy'));
  expect(noDatabase.code).toBe(2);
  expect(noDatabase.stderr).toContain('there is no database');
  const live = await startTestServer({ workers: 1 });
  cleanup.push(() => live.close());
  const notEmpty = await cli(live.dataDir, 'backup', full);
  expect(notEmpty.code).toBe(2);
  expect(notEmpty.stderr).toContain('is not empty');
  expect((await cli(live.dataDir, 'backup')).code).toBe(2);
});
