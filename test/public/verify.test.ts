/**
 * The public verify page (/verify) in a real browser against the real app: a genuine certificate with
 * its sample says so (and only the sample's sha256 leaves the browser); a changed certificate or
 * another sample says why not, in Dutch and in English; the QR code's link (/verify#<jws>) verifies on
 * opening.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { startTestServer, type TestServer, uploadForm } from '../server/harness.js';
import { collectErrors, launchChromium, text } from './browser.js';

let server: TestServer;
let browser: Browser;
let sample: Uint8Array;
let certificate: Buffer;
let jws = '';
const errors: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ workers: 1 });
  const created = await server.services.buyers.createBuyer('ACME B.V.');
  const headers = { authorization: `Bearer ${created.apiKey}` };
  const profile = (await fetch(`${server.url}/api/profiles`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'ACME crediteuren', channels: 'text' }),
  }).then((r) => r.json())) as { id: string };
  sample = await textInvoicePdf();
  const run = (await fetch(`${server.url}/api/runs?wait=20`, {
    method: 'POST',
    headers,
    body: uploadForm(sample, { profile: profile.id }),
  }).then((r) => r.json())) as { id: string; verdict: string };
  expect(run.verdict).toBe('accepted');
  const res = await fetch(`${server.url}/api/runs/${run.id}/certificate`, { headers });
  certificate = Buffer.from(await res.arrayBuffer());
  jws = (JSON.parse(certificate.toString()) as { certificate: string }).certificate;
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path = '/verify'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, locale: 'nl-NL' });
  const page = await context.newPage();
  collectErrors(page, errors, /^$/);
  await page.goto(`${server.url}${path}`);
  return page;
}

const file = (name: string, bytes: Uint8Array, mimeType: string) => ({
  name,
  mimeType,
  buffer: Buffer.from(bytes),
});

describe('the verify page', () => {
  test('says a genuine certificate belongs to its sample, sending only the sample’s sha256', async () => {
    const page = await open();
    const bodies: number[] = [];
    const urls: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/certificates/verify')) {
        urls.push(request.url());
        bodies.push(request.postDataBuffer()?.length ?? 0);
      }
    });
    await page.setInputFiles('#certificate', file('certificaat.json', certificate, 'application/json'));
    await page.setInputFiles('#sample', file('factuur.pdf', sample, 'application/pdf'));
    await page.click('button[type=submit]');
    await page.locator('#result:not([hidden])').waitFor();
    expect(await text(page.locator('#outcome'))).toBe('Echt');
    expect(await text(page.locator('#message'))).toContain('hoort bij deze voorbeeldfactuur');
    expect(await text(page.locator('#details'))).toContain('ACME B.V.');
    expect(urls).toHaveLength(1);
    expect(urls[0]).toMatch(/\?sha256=[0-9a-f]{64}$/);
    expect(bodies).toEqual([certificate.length]); // the certificate only, not the sample
    expect(errors).toEqual([]);
  });

  test('says why a changed certificate or another sample fails, in Dutch and English', async () => {
    const page = await open();
    const changed = Buffer.from(certificate.toString().replace('"bytes": ', '"bytes":  '));
    await page.setInputFiles('#certificate', file('certificaat.json', changed, 'application/json'));
    await page.click('button[type=submit]');
    await page.locator('#result:not([hidden])').waitFor();
    expect(await text(page.locator('#outcome'))).toBe('Niet geldig');
    expect(await text(page.locator('#message'))).toContain('veranderd');

    await page.setInputFiles('#certificate', file('certificaat.json', certificate, 'application/json'));
    await page.setInputFiles(
      '#sample',
      file('andere.pdf', await textInvoicePdf({ buyerName: 'Iemand Anders B.V.' }), 'application/pdf'),
    );
    await page.click('button[type=submit]');
    await page.locator('#message', { hasText: 'hoort niet bij dit bestand' }).waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    expect(await text(page.locator('#outcome'))).toBe('Not valid');
    expect(await text(page.locator('#message'))).toContain('does not belong to this file');
  });

  test('verifies the certificate in the link of the QR code on opening', async () => {
    const page = await open(`/verify#${jws}`);
    await page.locator('#result:not([hidden])').waitFor();
    expect(await text(page.locator('#outcome'))).toBe('Echt');
    expect(await text(page.locator('#details'))).toContain('sha256');
  });
});
