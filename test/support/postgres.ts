/**
 * A throw-away PostgreSQL cluster for tests: its own data folder and port on 127.0.0.1, started with
 * Debian's (or the PATH's) `initdb` and `pg_ctl`, as the `postgres` user when the tests run as root
 * (PostgreSQL refuses to run as root). `.ci/run` installs the `postgresql` package; where the binaries
 * are missing, `postgresBinaries()` is undefined and the PostgreSQL tests are skipped.
 */
import { execFile } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The folder holding `initdb` and `pg_ctl`, or undefined when PostgreSQL is not installed. */
export function postgresBinaries(): string | undefined {
  const debian = '/usr/lib/postgresql';
  const candidates = [
    ...(process.env.PG_BIN ? [process.env.PG_BIN] : []),
    ...(existsSync(debian)
      ? readdirSync(debian)
          .sort((a, b) => Number(b) - Number(a))
          .map((version) => path.join(debian, version, 'bin'))
      : []),
    ...(process.env.PATH ?? '').split(path.delimiter),
  ];
  return candidates.find(
    (dir) => existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl')),
  );
}

/** A running cluster: `url` connects as the superuser to the `postgres` database. */
export interface TestPostgres {
  readonly url: string;
  readonly port: number;
  /** A connection string for a fresh, empty database of its own. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server (`pg_ctl stop -m fast`: open connections are ended) and keeps its data. */
  pause(): Promise<void>;
  /** Starts a paused server again, on the same port with the same data. */
  resume(): Promise<void>;
  stop(): Promise<void>;
}

/** A port nothing listens on right now, on 127.0.0.1. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.once('error', reject);
  });

/** Starts a cluster (about 2 s); `pause()`/`resume()` stop and restart it; `stop()` ends it and removes its folder. */
export async function startPostgres(): Promise<TestPostgres> {
  const bin = postgresBinaries();
  if (!bin)
    throw new Error('PostgreSQL is not installed (no initdb/pg_ctl found): apt-get install postgresql');
  const root = mkdtempSync(path.join(tmpdir(), 'proeffactuur-pg-'));
  chmodSync(root, 0o755);
  const data = path.join(root, 'data');
  const sockets = path.join(root, 'run');
  mkdirSync(data);
  mkdirSync(sockets);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const uid = Number(stdout.trim());
    chownSync(data, uid, uid);
    chownSync(sockets, uid, uid);
  }
  const pg = (tool: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args])
      : run(path.join(bin, tool), args);
  await pg('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    `-k ${sockets}`,
    '-c listen_addresses=127.0.0.1',
    // A test cluster: speed over durability.
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
  ].join(' ');
  const start = () =>
    pg('pg_ctl', ['-D', data, '-l', path.join(sockets, 'postgres.log'), '-w', '-o', options, 'start']);
  await start();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let stopped = false;
  return {
    url,
    port,
    async createDatabase(name) {
      const { Client } = await import('pg');
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${encodeURIComponent(name)}`;
    },
    async pause() {
      await pg('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    },
    async resume() {
      await start();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      rmSync(root, { recursive: true, force: true });
    },
  };
}
