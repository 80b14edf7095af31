/**
 * `POST /api/run-sets`: one file against several profiles in one request (the form field `profile`
 * repeated), the answer listing each run and the table; read back by its owner; 21 profiles refused.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { startTestServer, type TestServer } from './harness.js';
import { BUYERS } from './portal-fixtures.js';

let server: TestServer;
let pdf: Uint8Array;
let apiKey = '';
const profileIds: string[] = [];

/** A form with the file and each profile as its own `profile` field. */
function setForm(profiles: readonly string[]): FormData {
  const form = new FormData();
  for (const profile of profiles) form.append('profile', profile);
  form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'factuur.pdf');
  return form;
}

beforeAll(async () => {
  server = await startTestServer({ workers: 1 });
  pdf = await textInvoicePdf();
  ({ apiKey } = await server.services.buyers.createBuyer('Holding B.V.'));
  for (const buyer of BUYERS) {
    const res = await fetch(`${server.url}/api/profiles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: buyer.profile, channels: 'text', fields: buyer.fields }),
    });
    profileIds.push(((await res.json()) as { id: string }).id);
  }
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('one file against several profiles in one request', () => {
  test('starts one run per profile and answers with each run, its verdict and the findings that differ', async () => {
    const res = await fetch(`${server.url}/api/run-sets?wait=30`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}` },
      body: setForm(profileIds),
    });
    expect(res.status).toBe(201);
    const set = (await res.json()) as any;
    expect(res.headers.get('location')).toBe(`/api/run-sets/${set.id}`);
    expect(set.runs.map((r: any) => r.profile.id)).toEqual(profileIds);
    expect(set.runs.map((r: any) => r.verdict)).toEqual(['accepted', 'rejected', 'rejected']);
    const errorsOf = (i: number) =>
      set.runs[i].differing.filter((f: any) => f.severity === 'error').map((f: any) => f.location?.field);
    expect(errorsOf(0)).toEqual([]);
    expect(errorsOf(1)).toEqual(['orderReference']);
    expect(errorsOf(2)).toEqual(['buyerReference']);
    // What all three share is listed once, not per profile.
    const commonKeys = set.common.map((f: any) => `${f.checkId}|${f.messageId}`);
    for (const run of set.runs)
      for (const f of run.differing) expect(commonKeys).not.toContain(`${f.checkId}|${f.messageId}`);
    // Each run is an ordinary run of the buyer.
    for (const run of set.runs) {
      const one = await fetch(`${server.url}/api/runs/${run.runId}`, {
        headers: { authorization: `Bearer ${apiKey}` },
      });
      expect(one.status).toBe(200);
    }
    // Read back with the key; another buyer's key gets 404.
    const again = await fetch(`${server.url}/api/run-sets/${set.id}`, {
      headers: { authorization: `Bearer ${apiKey}` },
    });
    expect(((await again.json()) as any).runs.map((r: any) => r.verdict)).toEqual(
      set.runs.map((r: any) => r.verdict),
    );
    const stranger = (await server.services.buyers.createBuyer('Vreemde B.V.')).apiKey;
    const refused = await fetch(`${server.url}/api/run-sets/${set.id}`, {
      headers: { authorization: `Bearer ${stranger}` },
    });
    expect(refused.status).toBe(404);
    expect((await fetch(`${server.url}/api/run-sets/${set.id}`)).status).toBe(404);
  }, 60_000);

  test('presets need no key, and the set is read back by its id', async () => {
    const res = await fetch(`${server.url}/api/run-sets?wait=30`, {
      method: 'POST',
      body: setForm(['lenient', 'text-capture']),
    });
    expect(res.status).toBe(201);
    const set = (await res.json()) as any;
    expect(set.runs.map((r: any) => r.profile.id)).toEqual(['lenient', 'text-capture']);
    expect((await fetch(`${server.url}/api/run-sets/${set.id}`)).status).toBe(200);
  }, 60_000);

  test('refuses 21 profiles with too_many_profiles, in Dutch and English, and starts no run', async () => {
    const listed = async (): Promise<number> =>
      (
        (await fetch(`${server.url}/api/runs?limit=100`, {
          headers: { authorization: `Bearer ${apiKey}` },
        }).then((r) => r.json())) as { runs: unknown[] }
      ).runs.length;
    const before = await listed();
    const many = Array.from({ length: 21 }, (_, i) => `prf-x${i}`);
    for (const [lang, words] of [
      ['nl', 'ten hoogste 20 profielen'],
      ['en', 'at most 20 profiles'],
    ] as const) {
      const res = await fetch(`${server.url}/api/run-sets`, {
        method: 'POST',
        headers: { 'accept-language': lang, authorization: `Bearer ${apiKey}` },
        body: setForm([...profileIds, ...many.slice(profileIds.length)]),
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { code: string; detail: string; limit: number };
      expect(body.code).toBe('too_many_profiles');
      expect(body.limit).toBe(20);
      expect(body.detail).toContain(words);
    }
    expect(await listed()).toBe(before);
  });

  test('refuses a request that names no profile', async () => {
    const res = await fetch(`${server.url}/api/run-sets`, { method: 'POST', body: setForm([]) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { code: string }).code).toBe('no_profiles');
  });
});

describe('a set is started whole or not at all', () => {
  test('a client without room for every run of the set is refused before any run starts', async () => {
    const small = await startTestServer({ workers: 1, anonymousMaxActiveRuns: 2 });
    try {
      const res = await fetch(`${small.url}/api/run-sets`, {
        method: 'POST',
        headers: { 'accept-language': 'en' },
        body: setForm(['lenient', 'text-capture', 'nl-legal']),
      });
      expect(res.status).toBe(429);
      const body = (await res.json()) as { code: string; detail: string };
      expect(body.code).toBe('too_many_active_runs');
      expect(body.detail).toContain('needs 3 checks at once');
      const stats = await small.services.runs.stats();
      expect(stats.queued + stats.running).toBe(0);
      const fits = await fetch(`${small.url}/api/run-sets`, {
        method: 'POST',
        body: setForm(['lenient', 'text-capture']),
      });
      expect(fits.status).toBe(202);
    } finally {
      await small.close();
    }
  }, 60_000);
});
