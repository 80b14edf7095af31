/**
 * Swagger's "Try it out" on every operation of the OpenAPI document: each request is filled the way
 * Swagger UI fills it (a parameter's example or default, a request body's example or a sample made
 * from its schema: example, default, first enum value, else "string" / 0 / true), sent to the
 * in-process server with an API key (Swagger's "Authorize"), and must not be refused as a bad request.
 * A 404 for an example id that does not exist is fine: the request itself was understood. Like a
 * person trying the operations in order, the test pastes the ids an earlier answer gave (the stored
 * profile, the run, the invitation and its link) into the later requests that ask for one.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { startTestServer, type TestServer } from './harness.js';

type Json = Record<string, any>;

let server: TestServer;
let doc: Json;
let apiKey: string;
let pdf: Uint8Array;
beforeAll(async () => {
  server = await startTestServer({ workers: 1 });
  apiKey = (await server.services.buyers.createBuyer('ACME B.V.')).apiKey;
  doc = (await fetch(`${server.url}/api/openapi.json`).then((r) => r.json())) as Json;
  pdf = await textInvoicePdf();
});
afterAll(() => server?.close());

const resolve = (node: Json | undefined): Json | undefined => {
  let current = node;
  while (current?.$ref) {
    const path = (current.$ref as string).replace(/^#\//, '').split('/');
    current = path.reduce((at: Json, key) => at?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
  }
  return current;
};

/** The value Swagger UI puts in for a schema (its sample generator, simplified). */
function sample(schemaRef: Json | undefined, depth = 0): unknown {
  const schema = resolve(schemaRef);
  if (!schema || depth > 8) return undefined;
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if (schema.default !== undefined) return schema.default;
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s: Json) => sample(s, depth + 1)));
  if (schema.oneOf ?? schema.anyOf) {
    const first = (schema.oneOf ?? schema.anyOf)[0];
    const own = schema.properties ? sample({ ...schema, oneOf: undefined, anyOf: undefined }, depth) : {};
    const picked = sample(first, depth + 1);
    return typeof picked === 'object' && picked !== null ? { ...(own as Json), ...picked } : picked;
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== 'null') : schema.type;
  if (type === 'object' || schema.properties) {
    const out: Json = {};
    for (const [name, prop] of Object.entries((schema.properties ?? {}) as Json)) {
      if (resolve(prop)?.readOnly) continue;
      const value = sample(prop, depth + 1);
      if (value !== undefined) out[name] = value;
    }
    return out;
  }
  if (type === 'array') return [sample(schema.items, depth + 1)];
  if (type === 'integer' || type === 'number') return schema.minimum ?? 0;
  if (type === 'boolean') return true;
  if (type === 'string') {
    const formats: Record<string, string> = {
      'date-time': new Date().toISOString(),
      date: new Date().toISOString().slice(0, 10),
      email: 'user@example.com',
      uri: 'https://example.com/',
      uuid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
    };
    return formats[schema.format] ?? 'string';
  }
  return undefined;
}

/** A parameter's prefilled value in Swagger UI (undefined: left empty). */
const paramValue = (param: Json): unknown => {
  const schema = resolve(param.schema) ?? {};
  return (
    param.example ??
    (param.examples ? (Object.values(param.examples)[0] as Json)?.value : undefined) ??
    schema.example ??
    schema.examples?.[0] ??
    schema.default
  );
};

interface Call {
  readonly name: string;
  readonly method: string;
  readonly path: string;
  readonly op: Json;
  readonly params: Json[];
}

const calls = (): Call[] => {
  const out: Call[] = [];
  for (const [path, item] of Object.entries(doc.paths as Json))
    for (const [method, op] of Object.entries(item as Json)) {
      const params = ((op as Json).parameters ?? []).map((p: Json) => resolve(p)!);
      out.push({ name: `${method.toUpperCase()} ${path}`, method, path, op: op as Json, params });
    }
  // Deleting and revoking come last, as a person trying things out would leave them for the end.
  const last = (c: Call): number => (c.method === 'delete' || c.path.endsWith('/revoke') ? 1 : 0);
  return out.sort((a, b) => last(a) - last(b));
};

/** Ids earlier answers gave, by the collection they belong to ('runs', 'profiles', …, 'token'). */
const created = new Map<string, string>();

/** The id a person would paste for path parameter `name` of `path`, when an earlier answer gave one. */
const pasted = (path: string, name: string): string | undefined => {
  if (name === 'token') return created.get('token');
  if (path.startsWith('/api/i/')) return created.get('supplierRuns');
  return created.get(path.split('/')[2] ?? '');
};

/** Remembers the ids of what an operation created. */
function remember(call: Call, body: Json): void {
  if (call.method !== 'post') return;
  if (call.path === '/api/runs') created.set('runs', body.id);
  if (call.path === '/api/profiles') created.set('profiles', body.id);
  if (call.path === '/api/webhooks') created.set('webhooks', body.id);
  if (call.path === '/api/i/{token}/runs') created.set('supplierRuns', body.id);
  if (call.path === '/api/invitations') {
    created.set('invitations', body.invitation.id);
    created.set('token', String(body.link).replace('/i/', ''));
  }
}

/** Builds the request Swagger UI would send; the problems that leave it unsendable. */
function request(call: Call): { url: string; init: RequestInit; missing: string[] } {
  const missing: string[] = [];
  let url = call.path;
  const query = new URLSearchParams();
  const headers: Record<string, string> = { authorization: `Bearer ${apiKey}`, accept: 'application/json' };
  for (const param of call.params) {
    const value = paramValue(param);
    if (value === undefined) {
      if (param.required) missing.push(`${param.in} parameter ${param.name} has no example`);
      continue;
    }
    if (param.in === 'path')
      url = url.replace(
        `{${param.name}}`,
        encodeURIComponent(pasted(call.path, param.name) ?? String(value)),
      );
    // A list to import into: the profile stored earlier (a person picks one of theirs).
    else if (param.in === 'query')
      query.set(
        param.name,
        param.name === 'profileId' ? (created.get('profiles') ?? String(value)) : String(value),
      );
    else if (param.in === 'header') headers[param.name] = String(value);
  }
  const init: RequestInit = { method: call.method.toUpperCase(), headers, redirect: 'manual' };
  const body = call.op.requestBody as Json | undefined;
  const content = (body?.content ?? {}) as Json;
  if (content['application/json']) {
    const media = content['application/json'] as Json;
    headers['content-type'] = 'application/json';
    const value = (media.example ?? sample(media.schema)) as Json;
    // The invitation's profile: the one stored earlier (a person picks one of theirs).
    if (typeof value === 'object' && 'profileId' in value && created.has('profiles'))
      value.profileId = created.get('profiles');
    init.body = JSON.stringify(value);
  } else if (content['multipart/form-data']) {
    const media = content['multipart/form-data'] as Json;
    const form = new FormData();
    const values = (media.example ?? sample(media.schema)) as Json;
    for (const [name, value] of Object.entries(values)) {
      const prop = resolve(resolve(media.schema)?.properties?.[name]);
      if (prop?.contentMediaType || prop?.format === 'binary')
        form.append(name, new Blob([pdf], { type: 'application/pdf' }), 'factuur.pdf'); // the chosen file
      else form.append(name, String(value));
    }
    init.body = form;
  } else if (content['text/csv']) {
    // A CSV file (the supplier list), as its example shows it.
    headers['content-type'] = 'text/csv';
    init.body = String((content['text/csv'] as Json).example ?? '');
  }
  const qs = query.toString();
  return { url: `${url}${qs ? `?${qs}` : ''}`, init, missing };
}

describe('the OpenAPI document’s examples ("Try it out")', () => {
  test('every operation can be sent as documented, and the server understands it (no 400)', async () => {
    const problems: string[] = [];
    let sent = 0;
    for (const call of calls()) {
      if (call.op['x-no-try']) continue;
      const { url, init, missing } = request(call);
      problems.push(...missing.map((m) => `${call.name}: ${m}`));
      if (missing.length > 0) continue;
      const controller = new AbortController();
      const res = await fetch(`${server.url}${url}`, { ...init, signal: controller.signal });
      sent++;
      if (res.ok && res.headers.get('content-type')?.includes('json'))
        remember(call, (await res.json()) as Json);
      else if (res.status === 400 || res.status === 422) {
        const detail = await res.text();
        problems.push(`${call.name}: ${res.status} ${detail.slice(0, 300)}`);
      }
      controller.abort(); // event streams stay open
      await res.body?.cancel().catch(() => undefined);
    }
    expect(problems).toEqual([]);
    expect(sent).toBe(calls().length);
  }, 120_000);

  test('POST /api/runs offers a real preset as its profile', () => {
    const submission = resolve(doc.components.schemas.RunSubmission)!;
    const profile = sample(submission.properties.profile);
    expect(doc.paths['/api/presets'].get).toBeDefined();
    expect([
      'lenient',
      'text-capture',
      'ocr-only',
      'scan-capture-strict',
      'nl-legal',
      'cloud-capture',
    ]).toContain(profile);
  });
});
