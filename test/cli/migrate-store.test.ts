/**
 * `proeffactuur migrate-store --from DATA_DIR --to DATABASE_URL` moves a data folder made by the real
 * server (a buyer, a profile, an invitation, finished runs, their files, the audit log) into a real
 * PostgreSQL: every table's rows, field by field, the files into `blobs`, a run a stopped server left
 * running queued again, and `proeffactuur serve` and `proeffactuur worker` started on the copy answer
 * its runs for the same API key and check the interrupted run; it refuses a target that is not empty,
 * an unreachable server, a missing folder, and keeps nothing when a row cannot be copied. And
 * `proeffactuur help` lists the commands.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { fromRoot } from '../../runtime/paths.js';
import { newRunId } from '../../server/services/runs.js';
import { AuditStore } from '../../server/store/audit.js';
import { BuyerStore } from '../../server/store/buyers.js';
import { ClusterTaskStore } from '../../server/store/cluster-tasks.js';
import { type Db, openDatabase } from '../../server/store/database.js';
import { migratePostgres } from '../../server/store/pg-schema.js';
import { RunStore } from '../../server/store/runs.js';
import { PgSql } from '../../server/store/sql.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { startTestServer, uploadForm } from '../server/harness.js';
import { freePort, postgresBinaries, startPostgres, type TestPostgres } from '../support/postgres.js';

const bin = fromRoot('bin', 'proeffactuur.js');
const withPostgres = postgresBinaries() !== undefined;
const cleanup: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Starts `proeffactuur serve|worker`; resolves once its log matches `until` (rejects if it ends first). */
function startRole(
  command: 'serve' | 'worker',
  env: Record<string, string>,
  until: RegExp,
): Promise<ChildProcess> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-migrate-role-'));
  const child = spawn(process.execPath, [bin, command], {
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      WORKERS: '1',
      OCR_WORKERS: '1',
      SMTP_PORT: '0',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanup.push(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });
  let log = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      log += chunk.toString();
      if (until.test(log)) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`${command} ended (${code}) before it was ready:\n${log}`)),
    );
  });
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The data tables of a SQLite database (what the copy must carry over). */
const sqliteTables = (db: Db): string[] =>
  (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
      name: string;
    }[]
  ).map((t) => t.name);

test('help lists migrate-store, serve and worker', async () => {
  const help = await cli('help');
  expect(help.code).toBe(0);
  expect(help.stdout).toContain('proeffactuur migrate-store --from DATA_DIR --to DATABASE_URL');
  expect(help.stdout).toContain('proeffactuur serve');
  expect(help.stdout).toContain('proeffactuur worker');
});

test('a missing argument is a usage error (exit 2); a data folder that is not there, or has no database, exits 1', async () => {
  const usage = await cli('migrate-store', '--from', '/nonexistent');
  expect(usage.code).toBe(2);
  expect(usage.stderr).toContain('--to DATABASE_URL');
  const dir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-migrate-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const url = 'postgres://postgres@127.0.0.1:1/proeffactuur';
  const missing = await cli('migrate-store', '--from', path.join(dir, 'gone'), '--to', url);
  expect(missing.code).toBe(1);
  expect(missing.stderr).toBe(`proeffactuur: the data folder ${path.join(dir, 'gone')} does not exist.\n`);
  const empty = await cli('migrate-store', '--from', dir, '--to', url);
  expect(empty.code).toBe(1);
  expect(empty.stderr).toContain(`there is no database (store.sqlite) in ${dir}`);
});

test('an unreachable PostgreSQL exits 1 naming host:port and the error code, without the password', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-migrate-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  openDatabase(dir).close();
  // Port 1 on the loopback: nothing listens there.
  const result = await cli(
    'migrate-store',
    '--from',
    dir,
    '--to',
    'postgres://app:geheim@127.0.0.1:1/proeffactuur',
  );
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/^proeffactuur: cannot reach PostgreSQL at 127\.0\.0\.1:1 \(ECONNREFUSED\)/);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toContain('geheim');
});

(withPostgres ? describe : describe.skip)('on a real PostgreSQL', () => {
  let cluster: TestPostgres;
  let dataDir: string;
  const files: Record<string, Uint8Array> = {};
  let requeuedId: string;
  let buyerId: string;
  let apiKey: string;

  afterAll(async () => {
    await cluster?.stop();
  });
  beforeAll(async () => {
    cluster = await startPostgres();
    // A one-machine installation, made by the real server.
    const server = await startTestServer({ workers: 1 });
    dataDir = server.dataDir;
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
    try {
      const created = await server.services.buyers.createBuyer('ACME B.V.');
      buyerId = created.buyer.id;
      apiKey = created.apiKey;
      const headers = { authorization: `Bearer ${apiKey}` };
      const json = { ...headers, 'content-type': 'application/json' };
      const lenient = await (await fetch(`${server.url}/api/presets/lenient`)).json();
      const profile = (await (
        await fetch(`${server.url}/api/profiles`, {
          method: 'POST',
          headers: json,
          body: JSON.stringify(lenient),
        })
      ).json()) as { id: string };
      const invitation = (await (
        await fetch(`${server.url}/api/invitations`, {
          method: 'POST',
          headers: json,
          body: JSON.stringify({
            supplierName: 'Leverancier B.V.',
            supplierEmail: 'info@leverancier.nl',
            profileId: profile.id,
          }),
        })
      ).json()) as { invitation: { id: string }; link: string };
      const one = await textInvoicePdf();
      const two = await textInvoicePdf({ pages: 2 });
      files[sha256(one)] = one;
      files[sha256(two)] = two;
      // The same file twice through the API, another through the invitation's page.
      for (const body of [
        uploadForm(one, { profile: profile.id }),
        uploadForm(one, { profile: profile.id }),
      ]) {
        const run = (await (
          await fetch(`${server.url}/api/runs?wait=30`, { method: 'POST', headers, body })
        ).json()) as { status: string };
        expect(run.status).toBe('completed');
      }
      const token = invitation.link.slice('/i/'.length);
      const posted = (await (
        await fetch(`${server.url}/api/i/${token}/runs`, { method: 'POST', body: uploadForm(two) })
      ).json()) as { id: string };
      const supplierRun = (await (
        await fetch(`${server.url}/api/i/${token}/runs/${posted.id}?wait=30`)
      ).json()) as { status: string };
      expect(supplierRun.status).toBe('completed');
    } finally {
      await server.close({ keepData: true });
    }

    // What a server stopped in the middle of a run leaves: a run marked running.
    const db = openDatabase(dataDir);
    try {
      const runs = new RunStore(db);
      const [first] = db.prepare('SELECT profile_json, file_sha256 FROM runs LIMIT 1').all() as {
        profile_json: string;
        file_sha256: string;
      }[];
      requeuedId = newRunId();
      await runs.insert({
        id: requeuedId,
        profile: JSON.parse(first!.profile_json),
        buyerId,
        file: {
          sha256: first!.file_sha256,
          bytes: files[first!.file_sha256]!.length,
          kind: 'pdf',
          name: 'factuur.pdf',
        },
        createdAt: new Date().toISOString(),
      });
      expect((await runs.claimNext(new Date().toISOString()))?.id).toBe(requeuedId);
      // The real server's actions left audit entries (the profile, the invitation).
      expect((db.prepare('SELECT COUNT(*) AS n FROM audit_log').get() as { n: number }).n).toBeGreaterThan(0);
    } finally {
      db.close();
    }
    // A damaged file (its content is not its name's hash), and an upload that was never finished.
    const damaged = `00${'1'.repeat(62)}`;
    mkdirSync(path.join(dataDir, 'files', '00'), { recursive: true });
    writeFileSync(path.join(dataDir, 'files', '00', damaged), 'not the original bytes');
    writeFileSync(path.join(dataDir, 'files', 'incoming', `${Date.now()}-abc.tmp`), 'half an upload');
  }, 120_000);

  test('copies every table row for row, the files into blobs, and queues the interrupted run', async () => {
    const url = await cluster.createDatabase('migrated');
    const result = await cli('migrate-store', '--from', dataDir, '--to', url);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ {2}runs +4 rows$/m);
    expect(result.stdout).toMatch(/^ {2}buyers +1 rows$/m);
    const blobBytes = Object.values(files).reduce((sum, bytes) => sum + bytes.length, 0);
    expect(result.stdout).toMatch(new RegExp(`^ {2}files +2 files, ${blobBytes} bytes$`, 'm'));
    expect(result.stdout).toContain('Runs that were running and are queued again: 1');
    expect(result.stdout).toContain(`files/00/00${'1'.repeat(62)}: its content's SHA-256 is`);
    expect(result.stdout).toMatch(/ in \d+\.\d s:/);

    const db = openDatabase(dataDir);
    const sql = new PgSql(url);
    cleanup.push(() => sql.close());
    try {
      // Every table: the same number of rows.
      const tables = sqliteTables(db);
      expect(tables).toEqual(
        expect.arrayContaining(['runs', 'buyers', 'profiles', 'invitations', 'audit_log']),
      );
      // Not `cluster_tasks`: when the periodic tasks last ran is the processes' bookkeeping.
      expect((await sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM cluster_tasks'))!.n).toBe(0);
      for (const table of tables.filter((name) => name !== 'cluster_tasks')) {
        const sqliteCount = (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
        const pgCount = (await sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM "${table}"`))!.n;
        expect({ table, rows: pgCount }).toEqual({ table, rows: sqliteCount });
      }
      // Rows field by field, rowids included (PostgreSQL keeps SQLite's implicit rowid in a column).
      for (const [table, order, rowid] of [
        ['buyers', 'id', true],
        ['api_keys', 'id', true],
        ['profiles', 'id', true],
        ['profile_versions', 'profile_id, version', false],
        ['invitations', 'id', true],
        ['invitation_runs', 'run_id', true],
        ['audit_log', 'id', false],
        ['outbox', 'id', true],
      ] as const) {
        const sqliteRows = db
          .prepare(`SELECT ${rowid ? 'rowid, ' : ''}* FROM ${table} ORDER BY ${order}`)
          .all();
        expect(sqliteRows.length).toBeGreaterThan(0);
        expect(await sql.all(`SELECT * FROM ${table} ORDER BY ${order}`)).toEqual(sqliteRows);
      }
      const sqliteRuns = db.prepare('SELECT rowid, * FROM runs ORDER BY id').all() as Record<
        string,
        unknown
      >[];
      const pgRuns = await sql.all<Record<string, unknown>>('SELECT * FROM runs ORDER BY id');
      expect(pgRuns).toEqual(
        sqliteRuns.map((run) => (run.id === requeuedId ? { ...run, status: 'queued' } : run)),
      );
      const interrupted = pgRuns.find((run) => run.id === requeuedId)!;
      expect(interrupted).toMatchObject({ status: 'queued', attempts: 1 });
      expect(sqliteRuns.filter((run) => run.status === 'completed')).toHaveLength(3);

      // The two stored files, byte for byte; not the damaged one, not the unfinished upload.
      const blobs = await sql.all<{ sha256: string; bytes: Buffer; size: number }>(
        'SELECT sha256, bytes, size FROM blobs ORDER BY sha256',
      );
      expect(blobs.map((b) => b.sha256)).toEqual(Object.keys(files).sort());
      for (const blob of blobs) {
        expect(Buffer.compare(blob.bytes, Buffer.from(files[blob.sha256]!))).toBe(0);
        expect(blob.size).toBe(files[blob.sha256]!.length);
        expect(
          blob.bytes.equals(readFileSync(path.join(dataDir, 'files', blob.sha256.slice(0, 2), blob.sha256))),
        ).toBe(true);
      }

      // The identity sequences moved past the copied ids: new rows get new ids, in order.
      const lastAudit = (db.prepare('SELECT MAX(id) AS id FROM audit_log').get() as { id: number }).id;
      const entry = await new AuditStore(sql).append({
        buyerId,
        at: new Date().toISOString(),
        actor: 'command line (test)',
        action: 'profile.created',
        entityType: 'profile',
        entityId: 'prf-test',
      });
      expect(entry.id).toBe(lastAudit + 1);
      const lastBuyerRowid = (db.prepare('SELECT MAX(rowid) AS n FROM buyers').get() as { n: number }).n;
      const next = await new BuyerStore(sql).createBuyer('Tweede B.V.');
      expect(
        (await sql.get<{ rowid: number }>('SELECT rowid FROM buyers WHERE id = ?', [next.buyer.id]))!.rowid,
      ).toBeGreaterThan(lastBuyerRowid);
      expect((await new BuyerStore(sql).listBuyers()).map((b) => b.name)).toEqual([
        'ACME B.V.',
        'Tweede B.V.',
      ]);
    } finally {
      db.close();
    }

    // A second copy into the same database is refused: it never merges.
    const again = await cli('migrate-store', '--from', dataDir, '--to', url);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /^proeffactuur: the PostgreSQL database at 127\.0\.0\.1:\d+\/migrated is not empty \(.*runs \(4\)/,
    );
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect((await sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM runs'))!.n).toBe(4);
  }, 120_000);

  test('the copied installation runs on PostgreSQL: `serve` answers its runs for the same key, `worker` checks the interrupted run', async () => {
    const url = await cluster.createDatabase('served');
    const copied = await cli('migrate-store', '--from', dataDir, '--to', url);
    expect(copied.code).toBe(0);
    const port = await freePort();
    await startRole('serve', { DATABASE_URL: url, PORT: String(port) }, /listens on/);
    await startRole('worker', { DATABASE_URL: url, PORT: String(await freePort()) }, /Proeffactuur worker/);
    const api = `http://127.0.0.1:${port}`;
    const headers = { authorization: `Bearer ${apiKey}` };
    const db = openDatabase(dataDir);
    const finished = db
      .prepare("SELECT id, verdict, report_json FROM runs WHERE status = 'completed' ORDER BY id")
      .all() as { id: string; verdict: string; report_json: string }[];
    db.close();
    expect(finished).toHaveLength(3);
    for (const run of finished) {
      const answer = (await (await fetch(`${api}/api/runs/${run.id}`, { headers })).json()) as Record<
        string,
        any
      >;
      expect(answer).toMatchObject({ id: run.id, status: 'completed', verdict: run.verdict });
      expect(answer.report).toEqual(JSON.parse(run.report_json));
    }
    // The run the stopped server left running: queued again by the copy, taken by the worker.
    const resumed = (await (
      await fetch(`${api}/api/runs/${requeuedId}?wait=30`, { headers })
    ).json()) as Record<string, any>;
    expect(resumed).toMatchObject({ id: requeuedId, status: 'completed' });
    // Page images were not copied: they are drawn again from the copied file.
    expect((await fetch(`${api}/api/runs/${finished[0]!.id}/pages/1.png`, { headers })).status).toBe(200);
  }, 120_000);

  test('a row PostgreSQL refuses stops the copy and leaves the target empty; fixed, the copy is made', async () => {
    const url = await cluster.createDatabase('half');
    const sql = new PgSql(url);
    cleanup.push(() => sql.close());
    // A process started on the new database first has migrated it and taken a periodic task's turn:
    // that is no data, and does not stop the copy.
    await migratePostgres(sql);
    expect(await new ClusterTaskStore(sql).claim('retention', new Date(), 60_000)).toBe(true);
    // SQLite takes a NUL character in text, PostgreSQL does not.
    const db = openDatabase(dataDir);
    db.prepare(
      "INSERT INTO run_sets (id, buyer_id, file_name, file_sha256, created_at) VALUES ('set_nul', NULL, ?, ?, ?)",
    ).run('fac\u0000tuur.pdf', Object.keys(files)[0]!, new Date().toISOString());
    db.close();
    const failed = await cli('migrate-store', '--from', dataDir, '--to', url);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^proeffactuur: copying table run_sets failed, nothing was copied: /);
    for (const table of ['buyers', 'runs', 'audit_log', 'blobs'])
      expect((await sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))!.n).toBe(0);

    const fix = openDatabase(dataDir);
    fix.prepare("DELETE FROM run_sets WHERE id = 'set_nul'").run();
    fix.close();
    const copied = await cli('migrate-store', '--from', dataDir, '--to', url);
    expect(copied.stderr).toBe('');
    expect(copied.code).toBe(0);
    expect((await sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM runs'))!.n).toBe(4);
    expect(await sql.all('SELECT name FROM cluster_tasks')).toEqual([{ name: 'retention' }]);
  }, 120_000);
});
