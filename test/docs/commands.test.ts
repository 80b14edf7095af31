/**
 * Every shell block in README.md, ARCHITECTURE.md and docs/*.md runs as written. A shell block (`sh`,
 * `console`, …) carries a marker comment right before it: `<!-- run: ID -->` — this test runs it, ID
 * names what it checks below — or `<!-- not-run: REASON -->` for the few a test cannot run (starting the
 * server itself); `<!-- file: NAME -->` before any block writes it as the file NAME the page's commands
 * use.
 *
 * The blocks of one page run in page order, each in its own bash (`-euo pipefail`) in one folder per
 * page, as a reader works through the page, against one test server. Only three things are swapped: the
 * server's address, the webhook receiver's port (both free ports here), and `npx proeffactuur` for the
 * repository's own bin. The reader's files (`factuur.pdf`, a scan, …) are generated fixtures. A
 * `console` block runs its `$ ` lines and must print the lines shown, in order (`…` stands for anything).
 * Needs bash, curl and jq (skipped, and so reported, without them).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { fromRoot } from '../../runtime/paths.js';
import { ublXml } from '../fixtures/analysis-pdfs.js';
import { pdfkitPdf, textInvoicePdf } from '../fixtures/pdfs.js';
import { scannedInvoiceImage, scannedInvoicePdf } from '../fixtures/scans.js';
import { startReceiver } from '../server/api-helpers.js';
import { startTestServer, type TestServer } from '../server/harness.js';
import { type Block, blocks, docPages, SHELL_LANGS } from './markdown.js';

/** What one block printed. */
interface Output {
  readonly code: number | null;
  /** Standard output so far (a block's background process may still write). */
  stdout(): string;
  readonly stderr: string;
  /** The page's folder. */
  readonly dir: string;
}

/** What a `run:` block needs and what it must do. */
interface Scenario {
  /** Files the block reads, written into the page's folder before it runs. */
  readonly files?: Record<string, () => Promise<Uint8Array> | Uint8Array>;
  /** Shell lines run before the block, in its bash: what the page says the reader has already. */
  readonly prelude?: string;
  /** Exit code (default 0). */
  readonly code?: number;
  /** What the output must show. */
  readonly check?: (output: Output) => void | Promise<void>;
}

const invoice = { 'factuur.pdf': textInvoicePdf };

/** Each pretty-printed JSON document of a stream of them (the `buyer` commands print one per call). */
const jsonDocuments = (text: string): Record<string, unknown>[] =>
  text
    .split(/^(?=\{)/m)
    .filter((part) => part.trim() !== '')
    .map((part) => JSON.parse(part) as Record<string, unknown>);

const waitFor = async (condition: () => boolean, ms: number): Promise<void> => {
  for (let waited = 0; waited < ms && !condition(); waited += 100)
    await new Promise((resolve) => setTimeout(resolve, 100));
};

let server: TestServer;

/** The `run:` blocks by id. */
const SCENARIOS: Record<string, Scenario> = {
  'tour-cli': {
    files: invoice,
    check: ({ stdout }) => {
      expect(stdout()).toMatch(/^ACCEPTED {2}factuur\.pdf$/m);
      expect(stdout()).toMatch(/"verdict": "accepted"/);
    },
  },
  'tour-api': {
    files: invoice,
    check: ({ stdout, dir }) => {
      const [health, run] = jsonDocuments(stdout());
      expect(health).toMatchObject({ status: 'ok', runs: { workers: 2 } });
      expect(run).toMatchObject({
        status: 'completed',
        verdict: 'accepted',
        fields: { invoiceNumber: 'F-2026-0042' },
      });
      expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).toContain('Accepted');
    },
  },
  'cli-encrypted': {
    files: { 'versleuteld.pdf': () => pdfkitPdf({ userPassword: 'geheim' }) },
    code: 1,
  },
  'api-submit': {
    files: invoice,
    check: ({ stdout }) => {
      expect(JSON.parse(stdout())).toMatchObject({ status: 'completed', verdict: 'accepted' });
    },
  },
  'api-page-images': {
    files: invoice,
    check: ({ dir }) => {
      const png = (name: string): Buffer => readFileSync(path.join(dir, name));
      for (const name of ['page1.png', 'page1-plain.png'])
        expect(png(name).subarray(1, 4).toString()).toBe('PNG');
      expect(png('page1.png').equals(png('page1-plain.png'))).toBe(false); // the boxes
    },
  },
  'api-webhook': {
    prelude: 'KEY=$(npx proeffactuur buyer create --name "ACME B.V." | jq -r .apiKey)', // "a buyer's key in KEY"
    check: ({ stdout }) => {
      expect(JSON.parse(stdout())).toMatchObject({
        id: expect.stringMatching(/^whk_/),
        secret: expect.stringMatching(/^whsec_/),
      });
    },
  },
  'api-flow': {
    files: invoice,
    check: async ({ stdout, dir }) => {
      expect(stdout()).toMatch(/"status": "completed"/);
      expect(stdout()).toMatch(/"verdict": "accepted"/);
      expect(stdout()).toMatch(/\{"id":"run_[A-Za-z0-9_-]{22}","verdict":"accepted"\}/);
      expect(stdout().trim().split('\n').at(-1)).toBe('204');
      expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).toContain('Accepted');
      const runId = /"id":"(run_[A-Za-z0-9_-]{22})"/.exec(stdout())![1]!;
      expect((await server.services.runs.get(runId))?.erasedAt).toBeDefined();
      // The receiver verified the signed delivery and printed it.
      await waitFor(() => stdout().includes('webhook: run.completed'), 30_000);
      expect(stdout()).toContain(`webhook: run.completed ${runId} accepted`);
      expect(existsSync(path.join(dir, 'webhook.json'))).toBe(true);
    },
  },
  'cli-xml': {
    files: { 'factuur.xml': () => new TextEncoder().encode(ublXml()) },
    code: 1,
  },
  'ocr-only': {
    files: {
      'scan.pdf': () => scannedInvoicePdf('clean'),
      'scan.jpg': () => scannedInvoiceImage('jpeg', 'clean'),
    },
    check: ({ stdout }) => {
      // curl prints the run without a line break, and the command line's summary follows on the same line.
      const at = stdout().search(/(ACCEPTED|REJECTED|UNDETERMINED) {2}scan\.jpg/);
      const run = JSON.parse(stdout().slice(0, at));
      expect(run).toMatchObject({ status: 'completed', report: { profile: { id: 'ocr-only' } } });
      const stages = (run.report as { stages: { name: string; skipped?: boolean }[] }).stages;
      expect(stages.find((stage) => stage.name === 'ocr')?.skipped).toBeUndefined();
      expect(stdout().slice(at)).toMatch(/^ACCEPTED {2}scan\.jpg\nProfile: ocr-only v1$/m);
    },
  },
  'buyer-keys': {
    check: ({ stdout, dir }) => {
      // `buyer create` wrote buyer.json, and the read-only key went into a variable.
      const [another, expiring, listed, revoked, limits, all] = jsonDocuments(stdout());
      const created = JSON.parse(readFileSync(path.join(dir, 'buyer.json'), 'utf8'));
      expect(created).toMatchObject({ name: 'ACME B.V.', apiKey: expect.stringMatching(/^pfk_/) });
      expect(another).toMatchObject({ buyerId: created.buyerId, apiKey: expect.stringMatching(/^pfk_/) });
      expect(expiring).toMatchObject({
        scopes: expect.arrayContaining(['runs:write']),
        expiresAt: expect.any(String),
      });
      expect((expiring as { scopes: string[] }).scopes).not.toContain('profiles:write');
      const keys = (listed as { keys: { id: string; revokedAt?: string; scopes: string[] }[] }).keys;
      expect(keys).toHaveLength(4);
      expect(JSON.stringify(listed)).not.toContain(created.apiKey);
      expect(revoked).toMatchObject({ keyId: keys.find((key) => key.scopes.join() === 'read')?.id });
      expect(limits).toMatchObject({ limits: { maxUploadBytes: 20 * 1024 * 1024, maxActiveRuns: 50 } });
      expect(JSON.stringify(all)).toContain('ACME B.V.');
    },
  },
  'profiles-api': {
    files: invoice,
    check: ({ stdout, dir }) => {
      const stored = JSON.parse(readFileSync(path.join(dir, 'profile.json'), 'utf8'));
      expect(stored).toMatchObject({ id: expect.stringMatching(/^prf-/), version: 1 });
      expect(JSON.parse(stdout())).toEqual({ id: stored.id, version: 1 });
    },
  },
  'buyer-users': {
    check: ({ stdout, dir }) => {
      // `buyer create` wrote buyer.json.
      const { buyerId } = JSON.parse(readFileSync(path.join(dir, 'buyer.json'), 'utf8'));
      const [user, users, reset, disabled] = jsonDocuments(stdout());
      expect(user).toMatchObject({ buyerId, email: 'jan@acme.nl' });
      expect(users).toMatchObject({ buyerId, users: [{ email: 'jan@acme.nl' }] });
      expect(JSON.stringify(users)).not.toMatch(/scrypt|hash|wachtwoord/);
      expect(reset).toMatchObject({ email: 'jan@acme.nl', disabledAt: null });
      expect(disabled).toMatchObject({ email: 'jan@acme.nl', disabledAt: expect.any(String) });
    },
  },
  'buyer-first-user': {
    check: ({ stdout }) => {
      const [created] = jsonDocuments(stdout());
      expect(created).toMatchObject({
        buyerId: expect.any(String),
        apiKey: expect.any(String),
        user: { email: 'anna@waterschap.example' },
      });
      expect(JSON.stringify(created)).not.toMatch(/scrypt|wachtwoord/);
    },
  },
  'supplier-events': {
    files: invoice,
    check: ({ stdout }) => {
      expect(stdout()).toMatch(/^retry: 2000$/m);
      const finished = /^event: finished\ndata: (.*)$/m.exec(stdout());
      expect(JSON.parse(finished![1]!)).toMatchObject({ status: 'completed', verdict: 'accepted' });
    },
  },
  'ops-backup': {
    check: ({ stdout, dir }) => {
      const answer = JSON.parse(stdout()) as { backup: string; database: string };
      expect(answer.database).toBe('store.sqlite');
      expect(path.dirname(answer.backup)).toBe(dir);
      expect(existsSync(path.join(answer.backup, 'store.sqlite'))).toBe(true);
    },
  },
  'ops-probes': {
    check: ({ stdout }) => {
      const [health, ready, ...queue] = stdout().trim().split('\n');
      expect(JSON.parse(health!)).toMatchObject({ status: 'ok', runs: { workers: 2 } });
      expect(JSON.parse(ready!)).toEqual({ status: 'ready', database: true });
      expect(queue).toEqual([
        expect.stringMatching(/^proeffactuur_queue_depth \d+$/),
        expect.stringMatching(/^proeffactuur_queue_capacity \d+$/),
      ]);
    },
  },
};

const haveTools = ['bash', 'curl', 'jq'].every((tool) => {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});

const pages = docPages();
const allBlocks = pages.flatMap((page) => blocks(page));
const shellBlocks = allBlocks.filter((block) => SHELL_LANGS.has(block.lang));
const where = (block: Block): string => `${block.page}:${block.line}`;

describe('the shell blocks of the documentation', () => {
  test('each is run by this test or says why not', () => {
    const unmarked = shellBlocks.filter(
      (block) => block.marker?.kind !== 'run' && block.marker?.kind !== 'not-run',
    );
    expect(unmarked.map(where)).toEqual([]);
    const notRun = shellBlocks.filter((block) => block.marker?.kind === 'not-run');
    for (const block of notRun) expect(block.marker!.value.length).toBeGreaterThan(10); // a reason
    // The exclusions, kept few: `npm ci && npm start` / `npm test`, starting the server behind a proxy,
    // and the two that need a PostgreSQL server (`proeffactuur serve` / `worker`, and `migrate-store`:
    // test/server/roles.test.ts and test/cli/migrate-store.test.ts run those commands on a real one).
    expect(notRun.map((block) => block.page)).toEqual([
      'README.md',
      'docs/operations.md',
      'docs/operations.md',
      'docs/operations.md',
    ]);
  });

  test('every run: block has a scenario here, and every scenario a block', () => {
    const ids = shellBlocks
      .filter((block) => block.marker?.kind === 'run')
      .map((block) => block.marker!.value);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(Object.keys(SCENARIOS).sort());
  });
});

let receiverPort: number;
const running = new Set<ChildProcess>();
const folders: string[] = [];

beforeAll(async () => {
  // Short retries: the receiver starts in the background and may not listen yet at the first attempt.
  server = await startTestServer({ rateLimitPerIp: 300, rateLimitPerKey: 600, webhookRetryBaseMs: 300 });
  const probe = await startReceiver();
  receiverPort = probe.port; // a free port for the page's receiver
  await probe.close();
});
afterAll(async () => {
  for (const child of running) stop(child);
  await server.close();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

function stop(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
  running.delete(child);
}

/** The text a block runs, with the three swaps. */
function localised(text: string): string {
  return text
    .replaceAll('http://localhost:3000', server.url)
    .replaceAll('localhost:4000', `127.0.0.1:${receiverPort}`)
    .replaceAll('listen(4000)', `listen(${receiverPort})`)
    .replaceAll('npx proeffactuur', `node ${fromRoot('bin', 'proeffactuur.js')}`);
}

/** Runs a block's script in `dir`; resolves when bash exits (a background job may run on, in its group). */
async function run(
  script: string,
  dir: string,
  exitOnError: boolean,
): Promise<Output & { child: ChildProcess }> {
  const child = spawn('bash', [exitOnError ? '-euo' : '-uo', 'pipefail', '-c', script], {
    cwd: dir,
    env: { ...process.env, DATA_DIR: server.dataDir, SMTP_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so a background job can be stopped with it
  });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { code, stdout: () => stdout, stderr, dir, child };
}

/** A `console` block's `$ ` lines, and the lines it shows they print. */
function transcript(body: string): { script: string; shown: string[] } {
  const lines = body.split('\n');
  return {
    script: lines
      .filter((line) => line.startsWith('$ '))
      .map((line) => line.slice(2))
      .join('\n'),
    shown: lines.filter((line) => !line.startsWith('$ ') && line.trim() !== ''),
  };
}

/** Whether `output` has the `shown` lines in order, `…` standing for anything. */
function expectShown(output: string, shown: string[]): void {
  const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = shown
    .map((line) => (line.trim() === '…' ? '[\\s\\S]*?' : `${line.split('…').map(literal).join('.*?')}\\n`))
    .join('(?:.*\\n)*?');
  expect(output).toMatch(new RegExp(pattern));
}

const runnablePages = pages.filter((page) =>
  shellBlocks.some((b) => b.page === page && b.marker?.kind === 'run'),
);

(haveTools ? test.each : test.skip.each)(runnablePages)(
  '%s: the commands work as written',
  async (page) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-docs-'));
    folders.push(dir);
    for (const block of allBlocks.filter((b) => b.page === page && b.marker?.kind === 'file'))
      writeFileSync(path.join(dir, block.marker!.value), localised(block.body));
    for (const block of shellBlocks.filter((b) => b.page === page && b.marker?.kind === 'run')) {
      const scenario = SCENARIOS[block.marker!.value]!;
      for (const [name, make] of Object.entries(scenario.files ?? {}))
        writeFileSync(path.join(dir, name), await make());
      const shown = block.lang === 'console' ? transcript(block.body) : undefined;
      const script = [scenario.prelude, shown?.script ?? block.body].filter(Boolean).join('\n');
      const output = await run(localised(script), dir, !shown);
      try {
        expect({ block: where(block), code: output.code, stderr: output.stderr }).toEqual({
          block: where(block),
          code: scenario.code ?? 0,
          stderr: '',
        });
        if (shown) expectShown(output.stdout(), shown.shown);
        await scenario.check?.(output);
      } finally {
        stop(output.child);
      }
    }
  },
  180_000,
);
