import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { fromRoot } from '../../server/paths.js';
import { startTestServer, type TestServer } from '../server/harness.js';

const bin = fromRoot('bin', 'proeffactuur.js');
let dataDir: string;

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

beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-buyer-cli-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('proeffactuur buyer', () => {
  let server: TestServer | undefined;
  afterAll(() => server?.close({ keepData: true }));

  test('create prints the buyer id and a key that the server in the same DATA_DIR accepts; revoke-key ends it', async () => {
    const created = await cli('buyer', 'create', '--name', 'ACME B.V.');
    expect(created.code).toBe(0);
    const out = JSON.parse(created.stdout) as Record<string, string>;
    expect(out.buyerId).toMatch(/^buyer_/);
    expect(out.apiKey).toMatch(/^pfk_[A-Za-z0-9_-]{43}$/);
    expect(out.name).toBe('ACME B.V.');

    server = await startTestServer({ dataDir });
    const auth = { authorization: `Bearer ${out.apiKey}` };
    expect((await fetch(`${server.url}/api/profiles`, { headers: auth })).status).toBe(200);

    const second = JSON.parse((await cli('buyer', 'create-key', out.buyerId!)).stdout) as Record<
      string,
      string
    >;
    expect(second.apiKey).not.toBe(out.apiKey);

    const keys = await cli('buyer', 'list-keys', out.buyerId!);
    expect(keys.stdout).not.toContain(out.apiKey);
    expect(keys.stdout).not.toContain(second.apiKey);
    expect((JSON.parse(keys.stdout) as { keys: unknown[] }).keys).toHaveLength(2);

    const revoked = await cli('buyer', 'revoke-key', out.apiKey!);
    expect(revoked.code).toBe(0);
    expect(JSON.parse(revoked.stdout)).toMatchObject({ keyId: out.keyId, buyerId: out.buyerId });
    expect((await fetch(`${server.url}/api/profiles`, { headers: auth })).status).toBe(401);
    const stillGood = { authorization: `Bearer ${second.apiKey}` };
    expect((await fetch(`${server.url}/api/profiles`, { headers: stillGood })).status).toBe(200);
    expect((await cli('buyer', 'revoke-key', second.keyId!)).code).toBe(0);
    expect((await fetch(`${server.url}/api/profiles`, { headers: stillGood })).status).toBe(401);

    const list = JSON.parse((await cli('buyer', 'list')).stdout) as { buyers: { id: string }[] };
    expect(list.buyers.map((b) => b.id)).toContain(out.buyerId);
  });

  test.each([
    [['buyer', 'create'], /--name/],
    [['buyer', 'create', '--name', '   '], /--name/],
    [['buyer', 'create-key'], /BUYER_ID/],
    [['buyer', 'frobnicate'], /Unknown buyer command/],
    [['buyer', 'create', '--nam', 'x'], /Unknown option/],
    [['buyer', 'create', '--name', 'x', '--scope', 'admin'], /Unknown scope "admin"/],
    [['buyer', 'create', '--name', 'x', '--expires-in-days', '0'], /--expires-in-days takes/],
    [['buyer', 'set-limits', 'buyer_x', '--max-active-runs', 'lots'], /--max-active-runs/],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const res = await cli(...args);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(message);
    expect(res.stdout).toBe('');
  });

  test('an unknown buyer or key exits 1 with a message', async () => {
    expect((await cli('buyer', 'create-key', 'buyer_nope')).stderr).toContain('no buyer buyer_nope');
    const res = await cli('buyer', 'revoke-key', 'key_nope');
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('no such key');
  });

  test('create-key --scope read makes a read-only key; --expires-in-days sets its end', async () => {
    const { buyerId } = JSON.parse((await cli('buyer', 'create', '--name', 'Scoped B.V.')).stdout) as Record<
      string,
      string
    >;
    const res = await cli('buyer', 'create-key', buyerId!, '--scope', 'read', '--expires-in-days', '30');
    expect(res.code).toBe(0);
    const key = JSON.parse(res.stdout) as { apiKey: string; scopes: string[]; expiresAt: string };
    expect(key.scopes).toEqual(['read']);
    expect(Date.parse(key.expiresAt) - Date.now()).toBeGreaterThan(29 * 86_400_000);
    const listed = JSON.parse((await cli('buyer', 'list-keys', buyerId!)).stdout) as {
      keys: { scopes: string[]; expiresAt?: string }[];
    };
    expect(listed.keys.map((k) => k.scopes)).toEqual([
      ['read', 'runs:write', 'profiles:write', 'webhooks:write'],
      ['read'],
    ]);

    server ??= await startTestServer({ dataDir });
    const auth = { authorization: `Bearer ${key.apiKey}` };
    expect((await fetch(`${server.url}/api/profiles`, { headers: auth })).status).toBe(200);
    const write = await fetch(`${server.url}/api/profiles`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x', channels: 'text' }),
    });
    expect(write.status).toBe(403);
  });

  test('set-limits stores the buyer\'s upload and active-run limits; "default" clears one', async () => {
    const { buyerId } = JSON.parse((await cli('buyer', 'create', '--name', 'Limited B.V.')).stdout) as Record<
      string,
      string
    >;
    const set = await cli('buyer', 'set-limits', buyerId!, '--max-upload-mb', '2', '--max-active-runs', '3');
    expect(set.code).toBe(0);
    expect(JSON.parse(set.stdout).limits).toEqual({ maxUploadBytes: 2 * 1024 * 1024, maxActiveRuns: 3 });
    const cleared = await cli('buyer', 'set-limits', buyerId!, '--max-upload-mb', 'default');
    expect(JSON.parse(cleared.stdout).limits).toEqual({ maxActiveRuns: 3 });
  });
});
