/**
 * `proeffactuur verify-certificate` and `proeffactuur keys` as a user runs them (the built CLI in a
 * child process): exit 0 for a valid certificate, 1 for a changed one, a wrong sample, an unknown or a
 * revoked key (with the reason in Dutch or English), 2 for usage and file errors.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { AcceptanceProfile } from '../../engine/model/profile.js';
import { fromRoot } from '../../runtime/paths.js';
import { CertificateService, certificateJson } from '../../server/services/certificates.js';
import { BuyerStore } from '../../server/store/buyers.js';
import { type Db, openDatabase } from '../../server/store/database.js';
import type { RunRecord } from '../../server/store/runs.js';
import { SigningKeyStore } from '../../server/store/signing-keys.js';

// Each CLI start takes seconds on a loaded machine: the tests get generous time-outs.
const bin = fromRoot('bin', 'proeffactuur.js');
let dir: string;
let dataDir: string;
let db: Db;
let keys: SigningKeyStore;
let kid: string;
const file = (name: string) => path.join(dir, name);

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
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

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-verify-cli-'));
  dataDir = path.join(dir, 'data');
  db = openDatabase(dataDir);
  const buyers = new BuyerStore(db);
  const { buyer } = await buyers.createBuyer('ACME B.V.');
  keys = new SigningKeyStore(db);
  const sample = Buffer.from('%PDF-1.7 a sample invoice\n');
  writeFileSync(file('sample.pdf'), sample);
  writeFileSync(file('other.pdf'), Buffer.from('%PDF-1.7 another invoice\n'));
  const run = {
    id: 'run_cli00000000001',
    status: 'completed',
    verdict: 'accepted',
    buyerId: buyer.id,
    profile: { id: 'prof_1', version: 2, channels: 'text' } as unknown as AcceptanceProfile,
    file: {
      sha256: createHash('sha256').update(sample).digest('hex'),
      name: 'sample.pdf',
      bytes: sample.length,
      kind: 'pdf',
    },
    attempts: 1,
    createdAt: '2026-12-03T09:00:00Z',
    finishedAt: '2026-12-03T09:00:01Z',
  } as RunRecord;
  const service = new CertificateService(keys, buyers);
  const { jws, payload } = await service.issue(run, {
    origin: 'http://localhost:3000',
    approvalRequired: false,
  });
  kid = payload.kid;
  const json = certificateJson(jws, payload);
  writeFileSync(file('cert.json'), json);
  writeFileSync(file('cert.pdf'), await service.pdf(jws, payload));
  writeFileSync(file('changed.json'), json.replace('"bytes": ', '"bytes":  '));
  writeFileSync(file('jwks.json'), JSON.stringify(await keys.jwks()));
  const elsewhere = new SigningKeyStore(openDatabase(':memory:'));
  await elsewhere.rotate();
  writeFileSync(file('other-jwks.json'), JSON.stringify(await elsewhere.jwks()));
  writeFileSync(file('picture.gif'), 'GIF89a');
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('proeffactuur verify-certificate', () => {
  test('exits 0 for a valid JSON or PDF certificate, with the sample or without', async () => {
    const json = await cli('verify-certificate', file('cert.json'));
    expect(json.code).toBe(0);
    expect(json.stdout).toContain('Het certificaat is echt');
    expect(json.stdout).toContain('run_cli00000000001');
    const pdf = await cli(
      'verify-certificate',
      file('cert.pdf'),
      '--pdf',
      file('sample.pdf'),
      '--lang',
      'en',
    );
    expect(pdf.code).toBe(0);
    expect(pdf.stdout).toContain('belongs to this sample invoice');
  }, 90_000);

  test('exits 1 for a changed file or a sample that is not the certified one', async () => {
    const changed = await cli('verify-certificate', file('changed.json'));
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain('veranderd');
    const other = await cli(
      'verify-certificate',
      file('cert.json'),
      '--pdf',
      file('other.pdf'),
      '--lang',
      'en',
    );
    expect(other.code).toBe(1);
    expect(other.stdout).toContain('does not belong to this file');
  }, 90_000);

  test('takes the keys from --jwks as a file or a URL; exits 1 for a key the set does not have', async () => {
    expect((await cli('verify-certificate', file('cert.json'), '--jwks', file('jwks.json'))).code).toBe(0);
    const unknown = await cli(
      'verify-certificate',
      file('cert.json'),
      '--jwks',
      file('other-jwks.json'),
      '--json',
    );
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.stdout)).toMatchObject({ valid: false, reason: 'unknown_key' });
    const jwks = JSON.stringify(await keys.jwks());
    const served: Server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(jwks);
    });
    await new Promise<void>((resolve) => served.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(served.address() as AddressInfo).port}/.well-known/jwks.json`;
      expect((await cli('verify-certificate', file('cert.pdf'), '--jwks', url)).code).toBe(0);
    } finally {
      served.close();
    }
  }, 90_000);

  test('exits 2 for usage and file errors: no file, a missing file, a file that is no certificate', async () => {
    const none = await cli('verify-certificate');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: proeffactuur verify-certificate');
    expect((await cli('verify-certificate', file('missing.json'))).code).toBe(2);
    const picture = await cli('verify-certificate', file('picture.gif'));
    expect(picture.code).toBe(2);
    expect(picture.stderr).toContain('geen testcertificaat');
    expect((await cli('verify-certificate', file('cert.json'), '--jwks', file('picture.gif'))).code).toBe(2);
  }, 90_000);
});

describe('proeffactuur keys', () => {
  test('rotate keeps the old key verifying; revoke makes its certificates fail as revoked', async () => {
    const rotated = await cli('keys', 'rotate');
    expect(rotated.code).toBe(0);
    const fresh = JSON.parse(rotated.stdout).rotated.kid as string;
    expect(fresh).not.toBe(kid);
    const listed = JSON.parse((await cli('keys', 'list')).stdout).keys as {
      kid: string;
      retiredAt: string | null;
    }[];
    expect(listed.map((k) => k.kid)).toEqual([kid, fresh]);
    expect(listed[0]!.retiredAt).not.toBeNull();
    expect((await cli('verify-certificate', file('cert.json'))).code).toBe(0);

    const revoked = await cli('keys', 'revoke', kid);
    expect(revoked.code).toBe(0);
    expect(JSON.parse(revoked.stdout).revoked.revokedAt).not.toBeNull();
    const after = await cli('verify-certificate', file('cert.json'), '--lang', 'en');
    expect(after.code).toBe(1);
    expect(after.stdout).toContain('was revoked');
    expect((await cli('keys', 'revoke', 'no-such-key')).code).toBe(2);
    expect((await cli('keys', 'frobnicate')).code).toBe(2);
  }, 150_000);
});
