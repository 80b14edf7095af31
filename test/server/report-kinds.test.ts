import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { badVatIdInvoicePdf } from '../fixtures/kinds.js';
import { anonymousClient } from './api-helpers.js';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ workers: 1 });
});
afterAll(async () => {
  await server?.close();
});

describe('a run’s report through the API says the kind of each reason and which checks passed', () => {
  test('a VAT number with wrong check digits: one failed check, reason "data", worded as such in report.html', async () => {
    const client = anonymousClient(server);
    const run = await client.submitRun({
      file: await badVatIdInvoicePdf(),
      profile: 'text-capture',
      wait: 20,
    });
    expect(run.verdict).toBe('rejected');
    const report = run.report!;
    expect(report.reason).toEqual(['data']);
    expect(report.checks?.failed).toEqual(['fields.valid-vat-id']);
    expect(report.checks?.passed).toBe(report.checks!.run - 1);
    expect(report.checks?.passedIds).toHaveLength(report.checks!.passed);
    const vat = report.findings.find((finding) => finding.checkId === 'fields.valid-vat-id');
    expect(vat?.reasonKind).toBe('data');

    const nl = await client.reportHtml(run.id, 'nl');
    expect(nl).toContain(
      'De software van de afnemer kan deze factuur lezen, maar er ontbreken gegevens of er kloppen gegevens niet.',
    );
    expect(nl).toContain(`${report.checks!.passed} van ${report.checks!.run} controles geslaagd`);
    const en = await client.reportHtml(run.id, 'en');
    expect(en).toContain(
      'The buyer&#39;s software can read this invoice, but some details are missing or incorrect.',
    );
  });
});
