/**
 * Key and user changes made with `proeffactuur buyer` land in the buyer's audit log, by the command
 * line and the operating-system user, and `GET /api/audit` shows them.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { fromRoot } from '../../runtime/paths.js';
import { startTestServer } from '../server/harness.js';

const bin = fromRoot('bin', 'proeffactuur.js');
let dataDir: string;

function cli(input: string | undefined, ...args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    if (input === undefined) {
      execFile(
        process.execPath,
        [bin, ...args],
        { timeout: 30_000, env: { ...process.env, DATA_DIR: dataDir } },
        (error, stdout) => resolve({ code: error ? -1 : 0, stdout }),
      );
      return;
    }
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, DATA_DIR: dataDir } });
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += String(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? -1, stdout }));
    child.stdin.end(input);
  });
}

beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-audit-cli-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('proeffactuur buyer and the audit log', () => {
  test('records key creation and revocation and user creation, password change and disabling', async () => {
    const password = 'een lang genoeg wachtwoord\n';
    const created = await cli(
      password,
      'buyer',
      'create',
      '--name',
      'ACME B.V.',
      '--user-email',
      'jan@acme.nl',
    );
    expect(created.code).toBe(0);
    const buyer = JSON.parse(created.stdout) as { buyerId: string; keyId: string; user: { userId: string } };
    const second = JSON.parse((await cli(undefined, 'buyer', 'create-key', buyer.buyerId)).stdout) as {
      keyId: string;
    };
    expect((await cli(undefined, 'buyer', 'revoke-key', second.keyId)).code).toBe(0);
    // Revoking again changes nothing, and writes nothing.
    expect((await cli(undefined, 'buyer', 'revoke-key', second.keyId)).code).toBe(0);
    expect((await cli(password, 'buyer', 'set-password', '--email', 'jan@acme.nl')).code).toBe(0);
    expect((await cli(undefined, 'buyer', 'disable-user', '--email', 'jan@acme.nl')).code).toBe(0);
    const reader = JSON.parse(
      (await cli(undefined, 'buyer', 'create-key', buyer.buyerId, '--scope', 'read')).stdout,
    ) as { apiKey: string; keyId: string };

    const server = await startTestServer({ dataDir });
    try {
      const res = await fetch(`${server.url}/api/audit?limit=100`, {
        headers: { authorization: `Bearer ${reader.apiKey}` },
      });
      expect(res.status).toBe(200);
      const { entries } = (await res.json()) as {
        entries: {
          action: string;
          actor: string;
          entity: { type: string; id: string };
          data: Record<string, unknown>;
        }[];
      };
      expect(entries.map((e) => [e.action, e.entity.id])).toEqual([
        ['api_key.created', reader.keyId],
        ['user.disabled', buyer.user.userId],
        ['user.password_changed', buyer.user.userId],
        ['api_key.revoked', second.keyId],
        ['api_key.created', second.keyId],
        ['user.created', buyer.user.userId],
        ['api_key.created', buyer.keyId],
      ]);
      expect(new Set(entries.map((e) => e.actor))).toEqual(
        new Set([`command line (${userInfo().username})`]),
      );
      expect(entries[0]!.data).toMatchObject({ scopes: ['read'], prefix: reader.apiKey.slice(0, 12) });
      // The secret itself is never written to the log.
      expect(JSON.stringify(entries)).not.toContain(reader.apiKey);
    } finally {
      await server.close({ keepData: true });
    }
  }, 240_000);
});
