/**
 * The supplier's page with a profile that asks for three samples (`delivery.samplesRequired`): after
 * two distinct passing samples it says "2 van 3 voorbeeldfacturen geslaagd" (and in English), and a
 * passing sample offers its test certificate.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { INVOICE_LINES, textInvoicePdf } from '../fixtures/pdfs.js';
import { startTestServer, type TestServer, uploadForm } from '../server/harness.js';
import { launchChromium, text } from './browser.js';

let server: TestServer;
let browser: Browser;
let token = '';

const invoice = (number: string) =>
  textInvoicePdf({
    lines: INVOICE_LINES.map((line) =>
      line.startsWith('Factuurnummer') ? `Factuurnummer: ${number}` : line,
    ),
  });

async function upload(bytes: Uint8Array): Promise<void> {
  const res = await fetch(`${server.url}/api/i/${token}/runs`, { method: 'POST', body: uploadForm(bytes) });
  const id = ((await res.json()) as { id: string }).id;
  await fetch(`${server.url}/api/i/${token}/runs/${id}?wait=20`);
}

beforeAll(async () => {
  server = await startTestServer({ workers: 1 });
  const { apiKey } = await server.services.buyers.createBuyer('ACME B.V.');
  const headers = { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' };
  const profile = (await fetch(`${server.url}/api/profiles`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      name: 'ACME',
      channels: 'text',
      delivery: { samplesRequired: 3, manualApproval: true },
    }),
  }).then((r) => r.json())) as { id: string };
  const invitation = (await fetch(`${server.url}/api/invitations`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ supplierName: 'Bakkerij', supplierEmail: 'a@bakkerij.nl', profileId: profile.id }),
  }).then((r) => r.json())) as { link: string };
  token = invitation.link.slice(3);
  await upload(await invoice('F-2026-0201'));
  await upload(await invoice('F-2026-0202'));
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the supplier page with several samples asked', () => {
  test('shows how many distinct samples passed of how many, and offers each passing sample’s certificate', async () => {
    const page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
    await page.goto(`${server.url}/i/${token}`);
    await page.locator('#state', { hasText: '2 van 3 voorbeeldfacturen geslaagd' }).waitFor();
    expect(await page.locator('#history a.certificate-link').count()).toBe(2);
    const href = (await page.locator('#history a.certificate-link').first().getAttribute('href')) ?? '';
    const pdf = await fetch(`${server.url}${href}`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    expect(await text(page.locator('#state'))).toContain('2 of 3 sample invoices passed');
  });
});
