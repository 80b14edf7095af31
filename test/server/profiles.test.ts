/** The profiles API over real HTTP: auth, validation errors, tenant isolation, versions, runs. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { imageOnlyPdf, textInvoicePdf } from '../fixtures/pdfs.js';
import { startTestServer, type TestServer, uploadForm } from './harness.js';

let server: TestServer;
let acme: { buyerId: string; apiKey: string };
let other: { buyerId: string; apiKey: string };

beforeAll(async () => {
  server = await startTestServer();
  const a = await server.services.buyers.createBuyer('ACME B.V.');
  const b = await server.services.buyers.createBuyer('Concurrent B.V.');
  acme = { buyerId: a.buyer.id, apiKey: a.apiKey };
  other = { buyerId: b.buyer.id, apiKey: b.apiKey };
});
afterAll(() => server.close());

interface Answer {
  status: number;
  type: string;
  headers: Headers;
  body: Record<string, any>;
}

async function call(
  method: string,
  path: string,
  options: { key?: string; json?: unknown; raw?: string; type?: string; lang?: string } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  if (options.lang) headers['accept-language'] = options.lang;
  let body: string | undefined;
  if (options.json !== undefined || options.raw !== undefined) {
    headers['content-type'] = options.type ?? 'application/json';
    body = options.raw ?? JSON.stringify(options.json);
  }
  const res = await fetch(`${server.url}${path}`, { method, headers, ...(body !== undefined && { body }) });
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    headers: res.headers,
    body: text ? (JSON.parse(text) as Record<string, any>) : {},
  };
}

const strictProfile = {
  name: 'ACME scan-and-capture',
  channels: 'text',
  buyer: { name: 'ACME B.V.', vatId: 'NL123456782B01', kvk: '12345678' },
  file: { maxBytes: 5 * 1024 * 1024, maxPages: 1, pdfVersions: { min: '1.4' } },
  fields: { buyerVatId: { equals: { buyerField: 'vatId' } } },
  delivery: { invoiceAddress: 'facturen@acme.nl', contactAddress: 'inkoop@acme.nl', startDate: '2099-01-01' },
};

const create = async (profile: unknown = strictProfile, key = acme.apiKey) =>
  call('POST', '/api/profiles', { key, json: profile });

describe('authentication', () => {
  test.each([
    ['GET', '/api/profiles'],
    ['POST', '/api/profiles'],
    ['GET', '/api/profiles/prf-aaaaaaaaaaaaaaaaaaaa'],
    ['PUT', '/api/profiles/prf-aaaaaaaaaaaaaaaaaaaa'],
    ['DELETE', '/api/profiles/prf-aaaaaaaaaaaaaaaaaaaa'],
    ['GET', '/api/profiles/prf-aaaaaaaaaaaaaaaaaaaa/versions/1'],
  ])('%s %s without a key is 401 problem+json with WWW-Authenticate', async (method, path) => {
    const res = await call(
      method,
      path,
      method === 'POST' || method === 'PUT' ? { json: strictProfile } : {},
    );
    expect(res.status).toBe(401);
    expect(res.type).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('api_key_missing');
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect(res.body.wwwAuthenticate).toBeUndefined();
  });

  test('an unknown, malformed or revoked key is 401 api_key_invalid', async () => {
    for (const key of [`pfk_${'x'.repeat(43)}`, 'not-a-key']) {
      const res = await call('GET', '/api/profiles', { key });
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('api_key_invalid');
    }
    const res = await fetch(`${server.url}/api/profiles`, {
      headers: { authorization: 'Basic dXNlcjpwYXNz' },
    });
    expect(res.status).toBe(401);

    const temporary = await server.services.buyers.createKey(acme.buyerId);
    expect((await call('GET', '/api/profiles', { key: temporary.apiKey })).status).toBe(200);
    await server.services.buyers.revokeKey(temporary.keyId);
    const revoked = await call('GET', '/api/profiles', { key: temporary.apiKey, lang: 'nl' });
    expect(revoked.status).toBe(401);
    expect(revoked.body.code).toBe('api_key_invalid');
    expect(revoked.body.detail).toContain('ingetrokken');
  });
});

describe('creating and reading profiles', () => {
  test('POST stores version 1 with a store-assigned id and a Location', async () => {
    const res = await create({ ...strictProfile, id: 'my-own-id', version: 7 });
    expect(res.status).toBe(201);
    expect(res.body.id).toMatch(/^prf-[a-z2-7]{20}$/);
    expect(res.headers.get('location')).toBe(`/api/profiles/${res.body.id}`);
    expect(res.body.version).toBe(1);
    expect(res.body.profile).toMatchObject({ ...strictProfile, id: res.body.id, version: 1 });
    const read = await call('GET', `/api/profiles/${res.body.id}`, { key: acme.apiKey });
    expect(read.status).toBe(200);
    expect(read.body.profile).toEqual(res.body.profile);
  });

  test('GET /api/profiles lists only the caller’s profiles', async () => {
    const mine = await create({ ...strictProfile, name: 'Mine' });
    const theirs = await create({ ...strictProfile, name: 'Theirs' }, other.apiKey);
    const list = await call('GET', '/api/profiles', { key: acme.apiKey });
    const ids = list.body.profiles.map((p: { id: string }) => p.id);
    expect(ids).toContain(mine.body.id);
    expect(ids).not.toContain(theirs.body.id);
    expect(list.body.profiles.find((p: { id: string }) => p.id === mine.body.id)).toMatchObject({
      name: 'Mine',
      version: 1,
      archivedAt: null,
    });
  });
});

describe('invalid profiles', () => {
  test('get 400 profile_invalid with one entry per problem, each a JSON Pointer and plain words', async () => {
    const res = await create({
      channels: 'txt',
      colour: 'red',
      file: { maxPages: 0, pdfVersions: { min: '1.7', max: '1.4' } },
      checks: { 'pdf.nope': {} },
      delivery: { invoiceAddress: 'ondersteuning@invoicesharing.com', startDate: '2001-01-01' },
    });
    expect(res.status).toBe(400);
    expect(res.type).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('profile_invalid');
    const pointers = res.body.errors.map((e: { pointer: string }) => e.pointer).sort();
    expect(pointers).toEqual([
      '/channels',
      '/checks/pdf.nope',
      '/colour',
      '/delivery/invoiceAddress',
      '/delivery/startDate',
      '/file/maxPages',
      '/file/pdfVersions',
      '/name',
    ]);
    for (const error of res.body.errors) {
      expect(Object.keys(error).sort()).toEqual(['message', 'messageNl', 'pointer']);
      expect(error.message).not.toMatch(/must (be|have|match)|should/); // not ajv's raw text
    }
  });

  test('malformed JSON is a 400 problem, not a crash', async () => {
    const res = await call('POST', '/api/profiles', { key: acme.apiKey, raw: '{"name": "A", ' });
    expect(res.status).toBe(400);
    expect(res.type).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('malformed_json');
  });

  test.each([
    ['a list', []],
    ['a string', 'profile'],
    ['null', null],
  ])('a body that is %s is profile_invalid or malformed_json', async (_name, body) => {
    const res = await create(body);
    expect(res.status).toBe(400);
    expect(['profile_invalid', 'malformed_json']).toContain(res.body.code);
  });

  test('a body that is not JSON is 415', async () => {
    const res = await call('POST', '/api/profiles', { key: acme.apiKey, raw: 'name=A', type: 'text/plain' });
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('expected_json');
  });

  test('a huge profile is 413 and nothing is stored', async () => {
    const before = (await call('GET', '/api/profiles', { key: acme.apiKey })).body.profiles.length;
    const huge = { ...strictProfile, source: 'x'.repeat(300 * 1024) };
    const res = await create(huge);
    expect(res.status).toBe(413);
    expect(res.type).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('body_too_large');
    expect((await call('GET', '/api/profiles', { key: acme.apiKey })).body.profiles.length).toBe(before);
  });
});

describe('tenant isolation', () => {
  test("another buyer's profile is 404 for every operation, and its content never shows", async () => {
    const { body } = await create({ ...strictProfile, name: 'Geheim profiel van ACME' });
    const id = body.id as string;
    const attempts = [
      await call('GET', `/api/profiles/${id}`, { key: other.apiKey }),
      await call('GET', `/api/profiles/${id}/versions/1`, { key: other.apiKey }),
      await call('PUT', `/api/profiles/${id}`, {
        key: other.apiKey,
        json: { ...strictProfile, name: 'Overgenomen' },
      }),
      await call('DELETE', `/api/profiles/${id}`, { key: other.apiKey }),
      await call('POST', `/api/profiles/validate?profile=${id}`, { key: other.apiKey, json: strictProfile }),
    ];
    for (const res of attempts) {
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain('Geheim');
    }
    // The owner still sees it unchanged and not archived.
    const mine = await call('GET', `/api/profiles/${id}`, { key: acme.apiKey });
    expect(mine.body).toMatchObject({
      version: 1,
      archivedAt: null,
      profile: { name: 'Geheim profiel van ACME' },
    });
  });

  test("a run cannot use another buyer's profile; it is answered like an unknown profile", async () => {
    const { body } = await create();
    const res = await fetch(`${server.url}/api/runs?wait=20`, {
      method: 'POST',
      headers: { authorization: `Bearer ${other.apiKey}` },
      body: uploadForm(await textInvoicePdf(), { profile: body.id }),
    });
    expect(res.status).toBe(400);
    const problem = (await res.json()) as Record<string, any>;
    expect(problem.code).toBe('profile_not_found');
    expect(JSON.stringify(problem)).not.toContain('ACME');
  });
});

describe('versions', () => {
  test('PUT makes a new immutable version; old versions and old runs keep theirs', async () => {
    const { body: created } = await create();
    const id = created.id as string;
    const invoice = await textInvoicePdf({ pages: 2 });
    const run = async () => {
      const res = await fetch(`${server.url}/api/runs?wait=20`, {
        method: 'POST',
        headers: { authorization: `Bearer ${acme.apiKey}` },
        body: uploadForm(invoice, { profile: id }),
      });
      return (await res.json()) as Record<string, any>;
    };
    const first = await run();
    expect(first.status).toBe('completed');
    expect(first.report.profile).toEqual({ id, version: 1 });
    const pageLimit = (run: Record<string, any>) =>
      run.report.findings.filter((f: { checkId: string }) => f.checkId === 'pdf.max-pages');
    expect(first.verdict).toBe('rejected');
    expect(pageLimit(first)).toHaveLength(1); // maxPages 1

    const put = await call('PUT', `/api/profiles/${id}`, {
      key: acme.apiKey,
      json: { ...strictProfile, file: { ...strictProfile.file, maxPages: 5 } },
    });
    expect(put.status).toBe(200);
    expect(put.body.version).toBe(2);

    const second = await run();
    expect(second.report.profile).toEqual({ id, version: 2 });
    expect(pageLimit(second)).toEqual([]);

    const v1 = await call('GET', `/api/profiles/${id}/versions/1`, { key: acme.apiKey });
    expect(v1.body).toMatchObject({ id, version: 1, profile: { file: { maxPages: 1 } } });
    const v2 = await call('GET', `/api/profiles/${id}/versions/2`, { key: acme.apiKey });
    expect(v2.body.profile.file.maxPages).toBe(5);

    // The first run still says it was checked against version 1, with version 1's rules.
    const again = (await fetch(`${server.url}/api/runs/${first.id}`, {
      headers: { authorization: `Bearer ${acme.apiKey}` },
    }).then((r) => r.json())) as Record<string, any>;
    expect(again.profile).toEqual({ id, version: 1 });
    expect(again.verdict).toBe('rejected');
  });

  test('PUT with the same document creates no version; an invalid PUT changes nothing', async () => {
    const { body: created } = await create();
    const id = created.id as string;
    const same = await call('PUT', `/api/profiles/${id}`, { key: acme.apiKey, json: strictProfile });
    expect(same.body.version).toBe(1);
    const bad = await call('PUT', `/api/profiles/${id}`, {
      key: acme.apiKey,
      json: { ...strictProfile, channels: 'fax' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ pointer: '/channels' })]);
    expect((await call('GET', `/api/profiles/${id}`, { key: acme.apiKey })).body.version).toBe(1);
  });

  test('a start date in the past is refused on create but may stay unchanged in a new version', async () => {
    const past = { ...strictProfile, delivery: { ...strictProfile.delivery, startDate: '2020-01-01' } };
    const refused = await create(past);
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ pointer: '/delivery/startDate' })]);

    // A profile whose start date has since passed (stored directly, as time would do it).
    const { body: created } = await create();
    const id = created.id as string;
    await server.services.profiles.addVersion(acme.buyerId, id, { ...past, id, version: 2 } as never);
    const kept = await call('PUT', `/api/profiles/${id}`, {
      key: acme.apiKey,
      json: { ...past, name: 'Renamed' },
    });
    expect(kept.status).toBe(200);
    expect(kept.body.version).toBe(3);
    const moved = await call('PUT', `/api/profiles/${id}`, {
      key: acme.apiKey,
      json: { ...past, delivery: { ...past.delivery, startDate: '2021-01-01' } },
    });
    expect(moved.status).toBe(400);
    expect(moved.body.errors[0].pointer).toBe('/delivery/startDate');
  });

  test('unknown versions are 404', async () => {
    const { body } = await create();
    for (const v of ['2', '0', '-1', 'one', '1.5', '99999999999']) {
      const res = await call('GET', `/api/profiles/${body.id}/versions/${v}`, { key: acme.apiKey });
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('profile_version_not_found');
    }
  });
});

describe('archiving', () => {
  test('DELETE archives: gone from the list, no new versions or runs, old runs and versions kept', async () => {
    const { body: created } = await create();
    const id = created.id as string;
    const run = (await fetch(`${server.url}/api/runs?wait=20`, {
      method: 'POST',
      headers: { authorization: `Bearer ${acme.apiKey}` },
      body: uploadForm(await textInvoicePdf(), { profile: id }),
    }).then((r) => r.json())) as Record<string, any>;

    expect((await call('DELETE', `/api/profiles/${id}`, { key: acme.apiKey })).status).toBe(204);
    expect((await call('DELETE', `/api/profiles/${id}`, { key: acme.apiKey })).status).toBe(204);

    const list = await call('GET', '/api/profiles', { key: acme.apiKey });
    expect(list.body.profiles.map((p: { id: string }) => p.id)).not.toContain(id);
    const archived = await call('GET', '/api/profiles?archived=true', { key: acme.apiKey });
    expect(archived.body.profiles.map((p: { id: string }) => p.id)).toContain(id);

    const read = await call('GET', `/api/profiles/${id}`, { key: acme.apiKey });
    expect(read.body.archivedAt).toEqual(expect.any(String));
    expect((await call('GET', `/api/profiles/${id}/versions/1`, { key: acme.apiKey })).status).toBe(200);
    expect(
      (await call('PUT', `/api/profiles/${id}`, { key: acme.apiKey, json: strictProfile })).body.code,
    ).toBe('profile_archived');
    const newRun = await fetch(`${server.url}/api/runs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${acme.apiKey}` },
      body: uploadForm(await textInvoicePdf(), { profile: id }),
    });
    expect(newRun.status).toBe(409);

    const old = (await fetch(`${server.url}/api/runs/${run.id}`, {
      headers: { authorization: `Bearer ${acme.apiKey}` },
    }).then((r) => r.json())) as Record<string, any>;
    expect(old.profile).toEqual({ id, version: 1 });
  });
});

describe('runs against a stored profile', () => {
  test('need the owner’s key', async () => {
    const { body } = await create();
    const res = await fetch(`${server.url}/api/runs`, {
      method: 'POST',
      body: uploadForm(await textInvoicePdf(), { profile: body.id }),
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as Record<string, any>).code).toBe('api_key_missing');
  });

  test('record the buyer; preset runs record none and need no key', async () => {
    const { body } = await create({ ...strictProfile, channels: 'text' });
    const res = (await fetch(`${server.url}/api/runs?wait=20`, {
      method: 'POST',
      headers: { authorization: `Bearer ${acme.apiKey}` },
      body: uploadForm(await imageOnlyPdf(1), { profile: body.id }),
    }).then((r) => r.json())) as Record<string, any>;
    expect(res.verdict).toBe('rejected'); // text channel: a scan has no text layer
    expect((await server.services.runs.get(res.id))?.buyerId).toBe(acme.buyerId);

    const preset = (await fetch(`${server.url}/api/runs?wait=20`, {
      method: 'POST',
      body: uploadForm(await textInvoicePdf(), { profile: 'text-capture' }),
    }).then((r) => r.json())) as Record<string, any>;
    expect(preset.profile).toEqual({ id: 'text-capture', version: 1 });
    expect((await server.services.runs.get(preset.id))?.buyerId).toBeUndefined();
  });
});

describe('validate and schema', () => {
  test('POST /api/profiles/validate checks without saving and needs no key', async () => {
    const ok = await call('POST', '/api/profiles/validate', { json: strictProfile });
    expect(ok.status).toBe(200);
    expect(ok.body.valid).toBe(true);
    const bad = await call('POST', '/api/profiles/validate', {
      json: { ...strictProfile, delivery: { invoiceAddress: 'x@acme.nl', contactAddress: 'X@acme.nl' } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ pointer: '/delivery/invoiceAddress' })]);
    expect(
      (await call('GET', '/api/profiles', { key: acme.apiKey })).body.profiles.map((p: any) => p.name),
    ).not.toContain('x');
  });

  test('GET /api/schema/profile serves the schema with the registered checks', async () => {
    const res = await call('GET', '/api/schema/profile');
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^application\/schema\+json/);
    expect(res.body.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(res.body.properties.checks.properties)).toContain('text.layer-present');
  });

  test('GET /api/checks lists the registered checks with titles in both languages', async () => {
    const res = await call('GET', '/api/checks');
    const encrypted = res.body.checks.find((c: { id: string }) => c.id === 'pdf.encrypted');
    expect(encrypted.title.nl).toMatch(/\S/);
    expect(encrypted.title.en).toMatch(/\S/);
  });

  test('GET /api/presets/:id gives the whole preset', async () => {
    const res = await call('GET', '/api/presets/nl-legal');
    expect(res.body.fields.invoiceNumber.required).toBe(true);
    expect((await call('GET', '/api/presets/nope')).status).toBe(404);
  });

  test('logged no unexpected errors', () => {
    expect(server.errors).toEqual([]);
  });
});
