/**
 * Real answers of the running app, validated against the OpenAPI document it serves, operation by
 * operation (the answer schema of that method, path and status): a completed run with the fields and
 * channels the buyer's software read, a problem, a stored profile.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { buyerClient } from './api-helpers.js';
import { startTestServer, type TestServer } from './harness.js';

const addFormats = ((formatsPlugin as unknown as { default?: typeof formatsPlugin }).default ??
  formatsPlugin) as unknown as (ajv: Ajv2020) => Ajv2020;

let server: TestServer;
let ajv: Ajv2020;
let doc: Record<string, any>;
beforeAll(async () => {
  server = await startTestServer();
  doc = (await fetch(`${server.url}/api/openapi.json`).then((r) => r.json())) as Record<string, any>;
  ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(doc, 'urn:proeffactuur:served');
});
afterAll(() => server.close());

const pointer = (segment: string): string => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** The validator of the answer a method, path template and status have in the served document. */
function answerSchema(method: string, path: string, status: number, mediaType: string): ValidateFunction {
  let response = doc.paths[path][method].responses[String(status)];
  let at = `#/paths/${pointer(path)}/${method}/responses/${status}`;
  if (response.$ref) {
    at = response.$ref;
    response = doc.components.responses[String(response.$ref).split('/').pop()!];
  }
  expect(response.content[mediaType]).toBeDefined();
  return ajv.compile({ $ref: `urn:proeffactuur:served${at}/content/${pointer(mediaType)}/schema` });
}

function expectValid(validate: ValidateFunction, value: unknown): void {
  const ok = validate(value);
  expect({ ok, errors: validate.errors ?? null }).toEqual({ ok: true, errors: null });
}

describe('answers match the served OpenAPI document', () => {
  test('a completed run carries the report with the fields and channels the buyer’s software read', async () => {
    const { apiKey } = await buyerClient(server);
    const form = new FormData();
    form.append('profile', 'text-capture'); // the buyer reads the text layer
    form.append('file', new Blob([(await textInvoicePdf()) as Uint8Array<ArrayBuffer>]), 'factuur.pdf');
    const res = await fetch(`${server.url}/api/runs?wait=30`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}` },
      body: form,
    });
    expect(res.status).toBe(201);
    const run = (await res.json()) as Record<string, any>;
    expect(run.status).toBe('completed');
    expect(run.report.fields.invoiceNumber).toMatchObject({ channel: 'text', value: expect.any(String) });
    expect(run.report.fields.totalAmount).toMatchObject({ channel: 'text' });
    expect(run.report.channels.text.values.invoiceNumber.candidates).toEqual(expect.any(Array));
    expect(run.report.channels.ocr).toBeUndefined();
    const validate = answerSchema('post', '/api/runs', 201, 'application/json');
    expectValid(validate, run);

    const fetched = await fetch(`${server.url}/api/runs/${run.id}`, {
      headers: { authorization: `Bearer ${apiKey}` },
    }).then((r) => r.json());
    expectValid(answerSchema('get', '/api/runs/{id}', 200, 'application/json'), fetched);

    // The document really describes the readings: a wrong one does not pass.
    const broken = structuredClone(run);
    broken.report.fields.invoiceNumber.channel = 'fax';
    delete broken.report.channels.text.values.invoiceNumber.candidates;
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining([
        '/report/fields/invoiceNumber/channel',
        '/report/channels/text/values/invoiceNumber',
      ]),
    );
    const withoutFields = structuredClone(run);
    delete withoutFields.report.fields;
    expect(validate(withoutFields)).toBe(false);
  });

  test('a refusal is a problem document as the document gives it', async () => {
    const { apiKey } = await buyerClient(server);
    const res = await fetch(`${server.url}/api/runs/run_AAAAAAAAAAAAAAAAAAAAAA`, {
      headers: { authorization: `Bearer ${apiKey}`, 'accept-language': 'nl' },
    });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await res.json()) as Record<string, unknown>;
    expect(problem).toMatchObject({ status: 404, code: 'run_not_found' });
    const validate = answerSchema('get', '/api/runs/{id}', 404, 'application/problem+json');
    expectValid(validate, problem);
    expect(validate({ ...problem, code: 'no_such_code' })).toBe(false);
  });

  test('a stored profile is answered as the document gives it', async () => {
    const { apiKey } = await buyerClient(server);
    const headers = { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' };
    const created = await fetch(`${server.url}/api/profiles`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        name: 'ACME crediteuren',
        channels: 'both',
        buyer: { name: 'ACME B.V.', vatId: 'NL123456782B01' },
        fields: { invoiceNumber: { required: true, labels: ['Factuurnummer'] } },
        checks: { 'text.layer-present': { severity: 'error', params: { minChars: 40 } } },
        delivery: { invoiceAddress: 'facturen@acme.nl', manualApproval: true },
      }),
    });
    expect(created.status).toBe(201);
    const stored = (await created.json()) as Record<string, any>;
    expectValid(answerSchema('post', '/api/profiles', 201, 'application/json'), stored);
    const fetched = (await fetch(`${server.url}/api/profiles/${stored.id}`, { headers }).then((r) =>
      r.json(),
    )) as Record<string, any>;
    const validate = answerSchema('get', '/api/profiles/{id}', 200, 'application/json');
    expectValid(validate, fetched);
    expect(fetched.profile.fields.invoiceNumber.labels).toEqual(['Factuurnummer']);
    expect(validate({ ...fetched, profile: { ...fetched.profile, channels: 'fax' } })).toBe(false);
  });
});
