import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { fromRoot } from '../../runtime/paths.js';
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

/** Runs the CLI with `input` piped to its standard input. */
function cliWithInput(
  input: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, DATA_DIR: dataDir } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += String(chunk);
    });
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input);
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

  test('create-user reads the password from stdin; the server signs the user in; disable-user and set-password work', async () => {
    const buyer = JSON.parse((await cli('buyer', 'create', '--name', 'Gemeente Voorbeeld')).stdout) as {
      buyerId: string;
    };
    const tooShort = await cliWithInput(
      'kort\n',
      'buyer',
      'create-user',
      buyer.buyerId,
      '--email',
      'jan@voorbeeld.nl',
    );
    expect(tooShort.code).toBe(2);
    expect(tooShort.stderr).toMatch(/at least 12 characters/);
    expect((await cliWithInput('x\n', 'buyer', 'create-user', buyer.buyerId)).stderr).toMatch(/--email/);

    const created = await cliWithInput(
      'een lang genoeg wachtwoord\n',
      'buyer',
      'create-user',
      buyer.buyerId,
      '--email',
      'Jan@Voorbeeld.nl',
    );
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({ buyerId: buyer.buyerId, email: 'jan@voorbeeld.nl' });
    const again = await cliWithInput(
      'een lang genoeg wachtwoord\n',
      'buyer',
      'create-user',
      buyer.buyerId,
      '--email',
      'jan@voorbeeld.nl',
    );
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already a user/);

    const users = await cli('buyer', 'list-users', buyer.buyerId);
    expect(JSON.parse(users.stdout).users).toEqual([expect.objectContaining({ email: 'jan@voorbeeld.nl' })]);
    expect(users.stdout).not.toMatch(/scrypt|password/i);

    const running = await startTestServer({ dataDir });
    try {
      const signIn = (password: string) =>
        fetch(`${running.url}/api/session`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'jan@voorbeeld.nl', password }),
        }).then((r) => r.status);
      expect(await signIn('een lang genoeg wachtwoord')).toBe(201);
      expect((await cli('buyer', 'disable-user', '--email', 'jan@voorbeeld.nl')).code).toBe(0);
      expect(await signIn('een lang genoeg wachtwoord')).toBe(401);
      const reset = await cliWithInput(
        'een heel ander wachtwoord\n',
        'buyer',
        'set-password',
        '--email',
        'jan@voorbeeld.nl',
      );
      expect(reset.code).toBe(0);
      expect(await signIn('een heel ander wachtwoord')).toBe(201);
    } finally {
      await running.close({ keepData: true });
    }
    expect((await cli('buyer', 'disable-user', '--email', 'niemand@voorbeeld.nl')).code).toBe(1);
  }, 60_000);

  test('create --user-email makes the buyer and its first user in one step, who can sign in at once', async () => {
    const buyerNames = async () =>
      (JSON.parse((await cli('buyer', 'list')).stdout) as { buyers: { name: string }[] }).buyers.map(
        (b) => b.name,
      );
    const create = (input: string, email: string) =>
      cliWithInput(input, 'buyer', 'create', '--name', 'Waterschap Eerste', '--user-email', email);

    // A mistake in the user's e-mail or password stores nothing: no buyer without its user.
    const tooShort = await create('kort\n', 'anna@waterschap.nl');
    expect(tooShort.code).toBe(2);
    expect(tooShort.stderr).toMatch(/at least 12/);
    const notAnAddress = await create('een lang genoeg wachtwoord\n', 'anna-at-waterschap');
    expect(notAnAddress.code).toBe(2);
    expect(notAnAddress.stderr).toMatch(/not an e-mail address/);
    expect(await buyerNames()).not.toContain('Waterschap Eerste');

    const created = await create('een lang genoeg wachtwoord\n', 'Anna@Waterschap.nl');
    expect(created.code).toBe(0);
    const out = JSON.parse(created.stdout) as { buyerId: string; apiKey: string; user: { email: string } };
    expect(out.buyerId).toMatch(/^buyer_/);
    expect(out.apiKey).toMatch(/^pfk_/);
    expect(out.user.email).toBe('anna@waterschap.nl');
    const users = JSON.parse((await cli('buyer', 'list-users', out.buyerId)).stdout) as { users: unknown[] };
    expect(users.users).toEqual([expect.objectContaining({ email: 'anna@waterschap.nl' })]);

    // The same address cannot make a second buyer.
    const taken = await create('een lang genoeg wachtwoord\n', 'anna@waterschap.nl');
    expect(taken.code).toBe(2);
    expect(taken.stderr).toMatch(/already a user/);
    expect((await buyerNames()).filter((n) => n === 'Waterschap Eerste')).toHaveLength(1);

    const running = await startTestServer({ dataDir });
    try {
      const signIn = await fetch(`${running.url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'anna@waterschap.nl', password: 'een lang genoeg wachtwoord' }),
      });
      expect(signIn.status).toBe(201);
    } finally {
      await running.close({ keepData: true });
    }
  }, 60_000);

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
