/**
 * `client/api-types.ts` is generated from the OpenAPI document the server serves; this fails when the
 * committed file is stale (run `npm run client:types`).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { fromRoot } from '../../runtime/paths.js';
import { clientTypesSource } from '../../scripts/client-types-gen.js';
import { startTestServer, type TestServer } from '../server/harness.js';

let server: TestServer;
let served: Record<string, unknown>;
beforeAll(async () => {
  server = await startTestServer();
  served = (await fetch(`${server.url}/api/openapi.json`).then((r) => r.json())) as Record<string, unknown>;
});
afterAll(() => server.close());

describe('client/api-types.ts', () => {
  test('is what the served OpenAPI document generates (run `npm run client:types` after changing a contract)', async () => {
    const committed = readFileSync(fromRoot('client', 'api-types.ts'), 'utf8');
    expect(await clientTypesSource(served)).toBe(committed);
  });

  test('carries the report fields and channels the onboarding tools read', async () => {
    const generated = await clientTypesSource(served);
    const report = generated.slice(generated.indexOf('readonly Report: {'));
    expect(report.slice(0, report.indexOf('\n        };'))).toMatch(
      /readonly fields: \{[\s\S]*readonly invoiceNumber\?: components\["schemas"\]\["ReportField"\];[\s\S]*readonly channels: components\["schemas"\]\["DocumentFields"\];/,
    );
  });

  test('changes when the document changes', async () => {
    const changed = structuredClone(served) as { components: { schemas: Record<string, any> } };
    changed.components.schemas.Verdict.enum.push('postponed');
    expect(await clientTypesSource(changed)).not.toBe(await clientTypesSource(served));
  });
});
