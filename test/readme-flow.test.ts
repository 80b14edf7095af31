/**
 * Runs the README's "whole flow with curl" as written: the receiver script and the shell lines between
 * the `api-flow` markers, against a test server. Only three things are swapped: the server's address,
 * the receiver's port (both free ports here), and `npx proeffactuur` for the repository's own bin (the
 * script runs in a temporary folder). Needs bash, curl and jq (skipped, and so reported, without them).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { fromRoot } from '../runtime/paths.js';
import { textInvoicePdf } from './fixtures/pdfs.js';
import { startReceiver } from './server/api-helpers.js';
import { startTestServer, type TestServer } from './server/harness.js';

const readme = readFileSync(fromRoot('README.md'), 'utf8');

/** The fenced block of `lang` that follows `<!-- marker -->`. */
function block(marker: string, lang: string): string {
  const at = readme.indexOf(`<!-- ${marker} -->`);
  if (at < 0) throw new Error(`README has no <!-- ${marker} --> marker`);
  const start = readme.indexOf(`\`\`\`${lang}\n`, at) + lang.length + 4;
  return readme.slice(start, readme.indexOf('\n```', start));
}

const haveTools = ['bash', 'curl', 'jq'].every((tool) => {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});

let server: TestServer;
let dir: string;
beforeAll(async () => {
  // Short retries: the receiver starts in the background and may not listen yet at the first attempt.
  server = await startTestServer({ rateLimitPerIp: 300, rateLimitPerKey: 600, webhookRetryBaseMs: 300 });
  dir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-readme-'));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

(haveTools ? test : test.skip)(
  'the README flow works as written',
  async () => {
    const probe = await startReceiver();
    const port = probe.port; // a free port for the README's receiver
    await probe.close();
    writeFileSync(path.join(dir, 'factuur.pdf'), await textInvoicePdf());
    writeFileSync(
      path.join(dir, 'receiver.mjs'),
      block('api-flow:receiver', 'js').replace('listen(4000)', `listen(${port})`),
    );
    const script = block('api-flow:shell', 'sh')
      .replaceAll('http://localhost:3000', server.url)
      .replaceAll('localhost:4000', `127.0.0.1:${port}`)
      .replaceAll('npx proeffactuur', `node ${fromRoot('bin', 'proeffactuur.js')}`);
    expect(script).toContain('receiver.mjs &');

    const child = spawn('bash', ['-euo', 'pipefail', '-c', script], {
      cwd: dir,
      env: { ...process.env, DATA_DIR: server.dataDir },
      detached: true, // its own process group, so the background receiver can be stopped with it
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      expect(stdout).toMatch(/"status": "completed"/);
      expect(stdout).toMatch(/"verdict": "accepted"/);
      expect(stdout).toMatch(/\{"id":"run_[A-Za-z0-9_-]{22}","verdict":"accepted"\}/);
      expect(stdout.trim().split('\n').at(-1)).toBe('204');
      const html = readFileSync(path.join(dir, 'report.html'), 'utf8');
      expect(html).toContain('Accepted');
      const runId = /"id":"(run_[A-Za-z0-9_-]{22})"/.exec(stdout)![1]!;
      expect(server.services.runs.get(runId)?.erasedAt).toBeDefined();
      // The receiver verified the signed delivery and printed it.
      for (let i = 0; i < 300 && !stdout.includes('webhook: run.completed'); i++)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(stdout).toContain(`webhook: run.completed ${runId} accepted`);
      expect(existsSync(path.join(dir, 'webhook.json'))).toBe(true);
    } finally {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  },
  60_000,
);
