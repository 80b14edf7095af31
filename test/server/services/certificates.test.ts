/**
 * Test certificates without HTTP: issuing (JSON and PDF), verifying against the key set, and every
 * way a certificate must fail: a flipped byte anywhere (header, payload, signature, the file around
 * them), an unknown key, a revoked key, a sample whose sha256 differs. Keys: made on first use,
 * rotated (old ones still verify), encrypted at rest when a secret is set.
 */
import { describe, expect, test } from '@jest/globals';
import type { AcceptanceProfile } from '../../../engine/model/profile.js';
import { HarnessError } from '../../../server/core/errors.js';
import {
  CertificateService,
  certificateJson,
  type KeySet,
  verifyCertificate,
} from '../../../server/services/certificates.js';
import { BuyerStore } from '../../../server/store/buyers.js';
import { openDatabase } from '../../../server/store/database.js';
import type { RunRecord } from '../../../server/store/runs.js';
import { SigningKeySecretError, SigningKeyStore } from '../../../server/store/signing-keys.js';

const SAMPLE_SHA = 'ab'.repeat(32);

async function setup(secret?: string) {
  const db = openDatabase(':memory:');
  const buyers = new BuyerStore(db);
  const { buyer } = await buyers.createBuyer('ACME B.V.');
  const keys = new SigningKeyStore(db, secret ? { secret } : {});
  const service = new CertificateService(keys, buyers, () => new Date('2026-12-03T10:00:00Z'));
  const run = (over: Partial<RunRecord> = {}): RunRecord =>
    ({
      id: 'run_cert0000000001',
      status: 'completed',
      verdict: 'accepted',
      buyerId: buyer.id,
      profile: {
        id: 'prof_1',
        version: 3,
        name: 'ACME crediteuren',
        channels: 'text',
      } as unknown as AcceptanceProfile,
      file: { sha256: SAMPLE_SHA, name: 'factuur-2026-001.pdf', bytes: 12345, kind: 'pdf' },
      attempts: 1,
      createdAt: '2026-12-03T09:59:00Z',
      finishedAt: '2026-12-03T09:59:02Z',
      ...over,
    }) as RunRecord;
  return { db, buyers, buyer, keys, service, run };
}

const context = { origin: 'https://proef.example', approvalRequired: false };

async function issued(given?: Awaited<ReturnType<typeof setup>>) {
  const s = given ?? (await setup());
  const { jws, payload } = await s.service.issue(s.run(), context);
  const json = Buffer.from(certificateJson(jws, payload));
  const pdf = await s.service.pdf(jws, payload);
  return { ...s, jws, payload, json, pdf };
}

/** A copy of `bytes` with one bit of position `at` flipped. */
function flipped(bytes: Uint8Array, at: number, bit = 0x01): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy[at] = copy[at]! ^ bit;
  return copy;
}

/** Verifies, mapping an unreadable file to its code (also a failure). */
async function outcome(file: Uint8Array, keys: KeySet, sha?: string): Promise<string> {
  try {
    const result = await verifyCertificate(file, keys, sha);
    return result.valid ? 'valid' : result.reason;
  } catch (error) {
    if (error instanceof HarnessError) return error.code;
    throw error;
  }
}

describe('issuing a certificate', () => {
  test('signs the sample, buyer, profile version, engine, verdict, approval, date and run', async () => {
    const { payload, jws, buyer, keys } = await issued();
    expect(payload).toMatchObject({
      typ: 'proeffactuur-test-certificate',
      iss: 'https://proef.example',
      kid: (await keys.list())[0]!.kid,
      runId: 'run_cert0000000001',
      sample: { sha256: SAMPLE_SHA, name: 'factuur-2026-001.pdf', bytes: 12345 },
      buyer: { id: buyer.id, name: 'ACME B.V.' },
      profile: { id: 'prof_1', version: 3 },
      engine: { version: expect.any(String) },
      verdict: 'accepted',
      approval: 'not_required',
      checkedAt: '2026-12-03T09:59:02Z',
      issuedAt: '2026-12-03T10:00:00.000Z',
      verifyUrl: 'https://proef.example/verify',
    });
    const header = JSON.parse(Buffer.from(jws.split('.')[0]!, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    expect(header).toMatchObject({ alg: 'EdDSA', kid: payload.kid });
  });

  test('the JSON, the PDF and the bare JWS each verify, with and without the sample', async () => {
    const { json, pdf, jws, keys } = await issued();
    for (const file of [json, pdf, Buffer.from(jws)]) {
      const result = await verifyCertificate(file, await keys.jwks());
      expect(result).toMatchObject({ valid: true, reason: 'valid', sample: 'not_given' });
      expect((await verifyCertificate(file, await keys.jwks(), SAMPLE_SHA)).sample).toBe('matches');
    }
    expect((await verifyCertificate(pdf, await keys.jwks())).form).toBe('pdf');
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('records the approval state and refuses a run that did not pass or was rejected by the buyer', async () => {
    const s = await setup();
    expect((await s.service.issue(s.run(), { ...context, approvalRequired: true })).payload.approval).toBe(
      'pending',
    );
    expect(
      (await s.service.issue(s.run(), { ...context, approvalRequired: true, lastDecision: 'approved' }))
        .payload.approval,
    ).toBe('approved');
    const refusals = [
      s.run({ verdict: 'rejected' }),
      s.run({ status: 'failed', verdict: undefined }),
      s.run({ erasedAt: '2026-12-03T11:00:00Z' }),
      s.run({ buyerId: undefined }),
    ].map((run) => s.service.issue(run, context));
    refusals.push(s.service.issue(s.run(), { ...context, lastDecision: 'rejected' }));
    for (const refusal of refusals)
      await expect(refusal).rejects.toMatchObject({ code: 'certificate_unavailable', status: 409 });
  });
});

describe('a tampered certificate fails', () => {
  test('a flipped bit in every byte of the JSON file fails', async () => {
    const { json, keys } = await issued();
    const jwks = await keys.jwks();
    const passed: number[] = [];
    for (let at = 0; at < json.length; at++)
      if ((await outcome(flipped(json, at), jwks)) === 'valid') passed.push(at);
    expect(passed).toEqual([]);
  });

  test('a flipped byte in the JWS header, payload and signature fails, each with its reason', async () => {
    const { jws, keys } = await issued();
    const jwks = await keys.jwks();
    const [header, payload] = jws.split('.') as [string, string, string];
    const bytes = Buffer.from(jws);
    const classes = {
      header: [0, 5, header.length - 1],
      payload: [header.length + 1, header.length + 40, header.length + payload.length],
      signature: [header.length + payload.length + 2, bytes.length - 20, bytes.length - 1],
    };
    for (const [, positions] of Object.entries(classes))
      for (const at of positions)
        for (const bit of [0x01, 0x02, 0x20]) {
          expect(await outcome(flipped(bytes, at, bit), jwks)).not.toBe('valid');
        }
    // A changed signature byte (still valid base64url) is a bad signature, not a shape problem.
    const sigAt = bytes.length - 10;
    const other = bytes[sigAt] === 0x41 ? 0x42 : 0x41;
    const changed = Uint8Array.from(bytes);
    changed[sigAt] = other;
    expect(await outcome(changed, jwks)).toBe('bad_signature');
  });

  test('a flipped bit anywhere in the PDF (a sample of positions over the whole file, and all of its tail) fails', async () => {
    const { pdf, keys, jws } = await issued();
    const jwks = await keys.jwks();
    const text = Buffer.from(pdf).toString('latin1');
    const embedded = text.indexOf(jws);
    expect(embedded).toBeGreaterThan(0);
    const positions = new Set<number>();
    for (let at = 0; at < pdf.length; at += 97) positions.add(at);
    for (let at = Math.max(0, pdf.length - 400); at < pdf.length; at++) positions.add(at); // the seal
    for (const part of [0, 10, jws.indexOf('.') + 3, jws.length - 3]) positions.add(embedded + part); // embedded JWS
    const passed: number[] = [];
    for (const at of positions) if ((await outcome(flipped(pdf, at), jwks)) === 'valid') passed.push(at);
    expect(positions.size).toBeGreaterThan(150);
    expect(passed).toEqual([]);
  });
});

describe('keys', () => {
  test('a certificate signed by an unknown key fails, naming the key in Dutch and English', async () => {
    const { json, payload } = await issued();
    const elsewhere = await setup();
    await elsewhere.keys.rotate(); // another server with its own key
    const result = await verifyCertificate(json, await elsewhere.keys.jwks());
    expect(result).toMatchObject({ valid: false, reason: 'unknown_key' });
    expect(result.message.nl).toContain(payload.kid);
    expect(result.message.nl).toContain('sleutel');
    expect(result.message.en).toContain('does not know');
  });

  test('after rotation old certificates still verify; after revocation they fail as revoked', async () => {
    const s = await issued();
    const oldKid = s.payload.kid;
    const next = await s.keys.rotate();
    expect(next.kid).not.toBe(oldKid);
    expect((await s.keys.jwks()).keys.map((k) => k.kid)).toEqual([oldKid, next.kid]);
    expect((await verifyCertificate(s.json, await s.keys.jwks())).valid).toBe(true);
    const fresh = await s.service.issue(s.run(), context);
    expect(fresh.payload.kid).toBe(next.kid);

    expect(await s.keys.revoke(oldKid)).toBe(true);
    expect(await s.keys.revoke(oldKid)).toBe(false);
    const jwks = await s.keys.jwks();
    expect(jwks.keys.map((k) => k.kid)).toEqual([next.kid]);
    expect(jwks.revoked.map((k) => k.kid)).toEqual([oldKid]);
    for (const file of [s.json, s.pdf]) {
      const result = await verifyCertificate(file, jwks);
      expect(result).toMatchObject({ valid: false, reason: 'revoked_key' });
      expect(result.message.nl).toContain('ingetrokken');
      expect(result.message.en).toContain('revoked');
    }
  });

  test('a sample whose sha256 differs fails, saying the certificate is genuine but not for this file', async () => {
    const { json, keys } = await issued();
    const result = await verifyCertificate(json, await keys.jwks(), 'cd'.repeat(32));
    expect(result).toMatchObject({ valid: false, reason: 'sample_mismatch', sample: 'differs' });
    expect(result.message.nl).toContain('hoort niet bij dit bestand');
    expect(result.message.en).toContain('does not belong to this file');
  });

  test('with a secret the private key is stored encrypted and cannot be used without it', async () => {
    const s = await setup('a long secret for the tests');
    await s.service.issue(s.run(), context);
    const row = s.db.prepare('SELECT private_key, encrypted FROM signing_keys').get() as {
      private_key: string;
      encrypted: number;
    };
    expect(row.encrypted).toBe(1);
    expect(row.private_key).not.toContain('PRIVATE KEY');
    await expect(new SigningKeyStore(s.db).active()).rejects.toThrow(SigningKeySecretError);
    await expect(new SigningKeyStore(s.db, { secret: 'wrong' }).active()).rejects.toThrow(
      SigningKeySecretError,
    );
  });

  test('a file that is no certificate at all is refused as unreadable', async () => {
    const { keys } = await setup();
    await expect(verifyCertificate(Buffer.from('GIF89a....'), await keys.jwks())).rejects.toMatchObject({
      code: 'certificate_unreadable',
    });
  });
});
