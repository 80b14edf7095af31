import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { pino } from 'pino';
import type { AcceptanceProfile } from '../../../engine/model/profile.js';
import { findPreset } from '../../../profiles/presets.js';
import { checkFile, type RunFailure } from '../../../runtime/check-file.js';
import { fromRoot } from '../../../runtime/paths.js';
import { PipelinePool } from '../../../runtime/pool/pipeline-pool.js';
import { RunService } from '../../../server/services/runs.js';
import { BlobStore } from '../../../server/store/blobs.js';
import { openDatabase } from '../../../server/store/database.js';
import { RunStore } from '../../../server/store/runs.js';
import { textInvoicePdf } from '../../fixtures/pdfs.js';

/** Log lines as pino writes them (one JSON object a line). */
class LogLines extends Writable {
  readonly lines: Record<string, any>[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) this.lines.push(JSON.parse(line));
    done();
  }
}

const lenient = findPreset('lenient')!;
/** A field rule that is not an object (the API would refuse it): stage "fields" throws in the worker. */
const brokenStage = { ...lenient, fields: { invoiceNumber: null } } as unknown as AcceptanceProfile;
/** A buyer that is not an object: check fields.buyer-matches throws in the worker. */
const brokenCheck = { ...lenient, buyer: 7 } as unknown as AcceptanceProfile;

let dataDir: string;
let service: RunService;
let pool: PipelinePool;
const log = new LogLines();

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-run-errors-'));
  pool = new PipelinePool(1);
  service = new RunService(new RunStore(openDatabase(dataDir)), new BlobStore(dataDir), pool, {
    runTimeoutMs: 60_000,
    maxQueuedRuns: 10,
    log: pino({ level: 'info' }, log),
  });
  await service.start();
});

afterAll(async () => {
  await service.stop(1000);
  rmSync(dataDir, { recursive: true, force: true });
});

async function runToEnd(profile: AcceptanceProfile) {
  const run = await service.submit({ bytes: await textInvoicePdf(), profile });
  const done = await service.waitFor(run.id, 60_000);
  return done!;
}

describe('a run whose engine fails', () => {
  test('a stage that throws in the worker: the report has an error id, the log has it with the run id and the stack', async () => {
    const run = await runToEnd(brokenStage);
    expect(run.status).toBe('completed');
    expect(run.verdict).toBe('undetermined');
    const errorId = run.report?.incomplete?.errorId;
    expect(run.report?.incomplete?.code).toBe('stage_failed');
    expect(errorId).toMatch(/^err_[a-z2-9]{12}$/);
    const line = log.lines.find((l) => l.errorId === errorId);
    expect(line).toMatchObject({ level: 50, runId: run.id, stage: 'fields', msg: 'stage fields failed' });
    // The stack is the worker's: where in the engine it was thrown.
    expect(line?.err.stack).toMatch(/^TypeError: .*null[\s\S]*\n\s+at .*engine\/(stages|fields)\//);
  });

  test('a check that throws in the worker: the same, with the check id', async () => {
    const run = await runToEnd(brokenCheck);
    const errorId = run.report?.incomplete?.errorId;
    expect(run.report?.incomplete?.code).toBe('check_failed');
    const line = log.lines.find((l) => l.errorId === errorId);
    expect(line).toMatchObject({ runId: run.id, checkId: 'fields.buyer-matches' });
    expect(line?.err.stack).toMatch(/TypeError[\s\S]*\n\s+at .*checks\/fields-buyer-matches/);
  });
});

describe('checkFile', () => {
  test('a worker that fails the task: run_failed with an error id, and the cause keeps the worker stack', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-bad-worker-'));
    const script = path.join(dir, 'worker.mjs');
    writeFileSync(
      script,
      `import { parentPort } from 'node:worker_threads';
import { serializeError } from ${JSON.stringify(fromRoot('dist', 'runtime', 'pool', 'serialized-error.js'))};
function explode() { throw new SyntaxError('hostile input'); }
parentPort.on('message', () => {
  try { explode(); } catch (error) { parentPort.postMessage({ type: 'error', error: serializeError(error) }); }
});
parentPort.postMessage({ type: 'ready' });
`,
    );
    const badPool = new PipelinePool(1, { scriptPath: script, isolation: 'thread' });
    try {
      const failures: RunFailure[] = [];
      const outcome = await checkFile(badPool, { bytes: await textInvoicePdf() }, lenient, {
        timeoutMs: 30_000,
        onFailure: (failure) => failures.push(failure),
      });
      expect(outcome.status).toBe('failed');
      const errorId = outcome.report.incomplete?.errorId;
      expect(outcome.report.incomplete?.code).toBe('run_failed');
      expect(errorId).toMatch(/^err_/);
      expect(failures).toHaveLength(1);
      expect(failures[0]).toMatchObject({ errorId });
      const cause = (failures[0]!.error as Error).cause as Error;
      expect(cause.name).toBe('SyntaxError');
      expect(cause.stack).toMatch(/hostile input[\s\S]*at explode/);
    } finally {
      await badPool.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
