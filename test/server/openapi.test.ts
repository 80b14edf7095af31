import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { fromRoot } from '../../runtime/paths.js';
import { ERROR_CODES } from '../../server/http/openapi/error-codes.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { buyerClient, expectSchema } from './api-helpers.js';
import { startTestServer, type TestServer, uploadForm } from './harness.js';

let server: TestServer;
let doc: Record<string, any>;
beforeAll(async () => {
  server = await startTestServer();
  doc = (await fetch(`${server.url}/api/openapi.json`).then((r) => r.json())) as Record<string, any>;
});
afterAll(() => server.close());

/** "METHOD /path/{param}" for every route registered in the Express app, walking nested routers. */
function expressRoutes(app: TestServer['app']): Set<string> {
  const found = new Set<string>();
  const walk = (stack: any[], prefix: string): void => {
    for (const layer of stack) {
      if (layer.route) {
        const paths: string[] = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
        for (const p of paths)
          for (const method of Object.keys(layer.route.methods).filter((m) => m !== '_all'))
            found.add(`${method.toUpperCase()} ${(prefix + p).replace(/:(\w+)/g, '{$1}')}`);
      } else if (layer.handle?.stack) {
        const mount = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
        walk(layer.handle.stack, prefix + mount);
      }
    }
  };
  walk((app as any).router.stack, '');
  return found;
}

function documentedRoutes(document: Record<string, any>): Set<string> {
  const found = new Set<string>();
  for (const [p, item] of Object.entries<Record<string, unknown>>(document.paths))
    for (const method of ['get', 'put', 'post', 'delete', 'patch'])
      if (item[method]) found.add(`${method.toUpperCase()} ${p}`);
  return found;
}

describe('the OpenAPI document', () => {
  test('is served at /api/openapi.json as OpenAPI 3.1', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBe('Proeffactuur API');
  });

  test('documents exactly the routes the app serves, method by method', () => {
    const routes = expressRoutes(server.app);
    const documented = documentedRoutes(doc);
    expect(routes.size).toBeGreaterThan(20);
    expect([...routes].filter((r) => !documented.has(r)).sort()).toEqual([]);
    expect([...documented].filter((r) => !routes.has(r)).sort()).toEqual([]);
  });

  // Which codes exist is the catalogue's (test/server/core/error-catalogue.test.ts); the compiler
  // refuses a HarnessError with a code that is not in it.
  test('lists every error code of the catalogue as the ErrorCode enum', () => {
    expect(Object.keys(ERROR_CODES).length).toBeGreaterThan(25);
    expect(doc.components.schemas.ErrorCode.enum.sort()).toEqual(Object.keys(ERROR_CODES).sort());
  });

  test('passes redocly lint (recommended rules) without errors or warnings', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-openapi-'));
    try {
      const file = path.join(dir, 'openapi.json');
      writeFileSync(file, JSON.stringify(doc));
      const out = await new Promise<string>((resolve, reject) => {
        execFile(
          fromRoot('node_modules', '.bin', 'redocly'),
          ['lint', file, '--format=json'],
          {
            timeout: 60_000,
            env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
          },
          (error, stdout, stderr) =>
            stdout.trim().startsWith('{') ? resolve(stdout) : reject(error ?? new Error(stderr)),
        );
      });
      const result = JSON.parse(out) as { totals: Record<string, number>; problems: unknown[] };
      expect(result.problems).toEqual([]);
      expect(result.totals).toMatchObject({ errors: 0, warnings: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('/api/docs', () => {
  test('serves a reference page whose scripts and styles all come from this server', async () => {
    const res = await fetch(`${server.url}/api/docs`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(3);
    for (const asset of assets) expect(asset).toMatch(/^\//);
    for (const asset of assets) expect((await fetch(`${server.url}${asset}`)).status).toBe(200);
    expect(await fetch(`${server.url}/api-docs.js`).then((r) => r.text())).toContain('validatorUrl: null');
  });
});

describe('request validation against the document', () => {
  test('refuses query parameters that break their schema, naming each', async () => {
    const { apiKey } = await buyerClient(server);
    const res = await fetch(`${server.url}/api/runs?limit=0&verdict=maybe&createdFrom=yesterday`, {
      headers: { authorization: `Bearer ${apiKey}` },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const problem = (await res.json()) as Record<string, any>;
    expectSchema('Problem', problem);
    expect(problem.code).toBe('request_invalid');
    expect(problem.errors.map((e: { name: string }) => e.name).sort()).toEqual(
      expect.arrayContaining(['createdFrom', 'limit', 'verdict']),
    );
  });

  test('refuses a webhook body with an unknown member or a wrong event', async () => {
    const { apiKey } = await buyerClient(server);
    const res = await fetch(`${server.url}/api/webhooks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ url: 'https://example.com/hook', events: ['run.deleted'], colour: 'red' }),
    });
    expect(res.status).toBe(400);
    const problem = (await res.json()) as Record<string, any>;
    expect(problem.code).toBe('request_invalid');
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ in: 'body', message: 'has an unknown member "colour"' }),
        expect.objectContaining({ in: 'body', pointer: '/events/0' }),
      ]),
    );
  });

  test('refuses unknown or repeated multipart fields of a run', async () => {
    const pdf = await textInvoicePdf();
    const unknown = await fetch(`${server.url}/api/runs`, {
      method: 'POST',
      body: uploadForm(pdf, { profil: 'lenient' }),
    });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as Record<string, unknown>).code).toBe('request_invalid');
    const long = await fetch(`${server.url}/api/runs`, {
      method: 'POST',
      body: uploadForm(pdf, { supplierReference: 'x'.repeat(201) }),
    });
    expect(long.status).toBe(400);
  });

  test('answers runs, lists and problems in the shapes the document gives', async () => {
    const { client } = await buyerClient(server);
    const run = await client.submitRun({
      file: await textInvoicePdf(),
      wait: 20,
      supplierReference: 'SUP-1',
    });
    expectSchema('Run', run);
    expectSchema(
      'RunList',
      await fetch(`${server.url}/api/runs`, {
        headers: { authorization: `Bearer ${(client as any).options.apiKey}` },
      }).then((r) => r.json()),
    );
    expectSchema('Health', await client.health());
    const presets = await client.presets();
    for (const preset of presets.presets) expectSchema('Preset', preset);
    expectSchema('AcceptanceProfile', await fetch(`${server.url}/api/presets/lenient`).then((r) => r.json()));
  });
});

describe('the onboarding routes', () => {
  test('answer sessions, invitations, the supplier’s side and reviews in the shapes the document gives', async () => {
    const { apiKey } = await buyerClient(server);
    const call = async (
      method: string,
      url: string,
      init: { key?: boolean; json?: unknown; form?: FormData; cookie?: string } = {},
    ) => {
      const headers: Record<string, string> = {};
      if (init.key) headers.authorization = `Bearer ${apiKey}`;
      if (init.cookie) headers.cookie = init.cookie;
      if (init.json !== undefined) headers['content-type'] = 'application/json';
      const res = await fetch(`${server.url}${url}`, {
        method,
        headers,
        ...(init.json !== undefined && { body: JSON.stringify(init.json) }),
        ...(init.form && { body: init.form }),
      });
      return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, any> };
    };

    const signedIn = await call('POST', '/api/session', { json: { apiKey } });
    expect(signedIn.status).toBe(201);
    expectSchema('SessionState', signedIn.body);
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0]!;
    expectSchema('SessionState', (await call('GET', '/api/session', { cookie })).body);
    expect((await call('GET', '/api/session')).body).toEqual({ signedIn: false });

    const profile = await call('POST', '/api/profiles', {
      key: true,
      json: {
        name: 'ACME crediteuren',
        channels: 'text',
        buyer: { name: 'ACME B.V.' },
        checks: { 'text.layer-present': { severity: 'error' } },
        delivery: { invoiceAddress: 'facturen@acme.nl', manualApproval: true },
      },
    });
    expect(profile.body).toMatchObject({ id: expect.any(String) });
    const created = await call('POST', '/api/invitations', {
      key: true,
      json: { supplierName: 'Bakkerij', supplierEmail: 'admin@bakkerij.nl', profileId: profile.body.id },
    });
    expect(created.status).toBe(201);
    expectSchema('InvitationWithLink', created.body);
    const token = (created.body.link as string).slice('/i/'.length);

    const inventory = await call('PUT', `/api/i/${token}/inventory`, {
      json: { software: 'other', softwareOther: 'Eigen Excel', handmade: 'yes' },
    });
    expect(inventory.status).toBe(200);
    expectSchema('Inventory', inventory.body);
    const submitted = await call('POST', `/api/i/${token}/runs`, {
      form: uploadForm(await textInvoicePdf({ buyerName: 'ACME B.V.' }), {}),
    });
    expect(submitted.status).toBe(202);
    expectSchema('SupplierRun', submitted.body);
    const run = await call('GET', `/api/i/${token}/runs/${submitted.body.id}?wait=20`);
    expectSchema('SupplierRun', run.body);
    expect(run.body.verdict).toBe('accepted');

    const reviews = await call('GET', `/api/runs/${run.body.id}/reviews`, { key: true });
    expectSchema('RunReviews', reviews.body);
    expect(reviews.body.reviewable).toBe(true);
    const review = await call('POST', `/api/runs/${run.body.id}/reviews`, {
      key: true,
      json: { decision: 'approved', comment: 'Prima.' },
    });
    expect(review.status).toBe(201);
    expectSchema('Review', review.body);

    const supplier = await call('GET', `/api/i/${token}`);
    expectSchema('SupplierInvitation', supplier.body);
    expect(supplier.body.goLive).toMatchObject({ invoiceAddress: 'facturen@acme.nl' });
    const invitations = await call('GET', '/api/invitations', { key: true });
    for (const invitation of invitations.body.invitations) expectSchema('Invitation', invitation);
    expect(invitations.body.invitations[0].status.stage).toBe('live');
    expectSchema(
      'Invitation',
      (await call('POST', `/api/invitations/${created.body.invitation.id}/revoke`, { key: true })).body,
    );
    const gone = await call('GET', `/api/i/${token}`);
    expect(gone.status).toBe(404);
    expectSchema('Problem', gone.body);
    expect(gone.body.code).toBe('invitation_unavailable');
    expectSchema(
      'InvitationWithLink',
      (await call('POST', `/api/invitations/${created.body.invitation.id}/link`, { key: true })).body,
    );
    for (const software of (await call('GET', '/api/invoicing-software')).body.software)
      expectSchema('InvoicingSoftware', software);
  });
});
