/**
 * The supplier's page and an e-mail sample, in a real browser (Debian's Chromium) against the real
 * server: the test mailbox's address is shown, a saved `.eml` is uploaded, and the report shows the
 * message (size bar against the limit, attachments with the one taken as the invoice) above the
 * report of each PDF.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { invoicingPackageEml } from '../fixtures/emails.js';
import { startTestServer, type TestServer } from '../server/harness.js';
import { collectErrors, eventually, launchChromium, text } from './browser.js';

let server: TestServer;
let browser: Browser;
let page: Page;
let token: string;
const errors: string[] = [];

beforeAll(async () => {
  server = await startTestServer({}, { mailDomain: 'proef.test' });
  const { buyer } = await server.services.buyers.createBuyer('Gemeente Voorbeeld');
  const profile = await server.services.profiles.create(buyer.id, {
    id: 'x',
    version: 1,
    name: 'Gemeente crediteuren',
    channels: 'text',
    mail: { maxMessageBytes: 200 * 1024, pdfsPerMessage: 'one' },
  });
  ({ token } = await server.services.invitations.create({
    buyerId: buyer.id,
    profileId: profile.id,
    supplierName: 'Bakkerij De Korenaar',
    supplierEmail: 'admin@korenaar.example',
    createdAt: new Date().toISOString(),
    expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
  }));
  browser = await launchChromium();
  page = await (
    await browser.newContext({ locale: 'nl-NL', viewport: { width: 1100, height: 900 } })
  ).newPage();
  collectErrors(page, errors, /status of 4\d\d/);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('an e-mail sample on the supplier page', () => {
  test('shows the test mailbox address to send the sample to', async () => {
    await page.goto(`${server.url}/i/${token}`);
    await page.locator('#test-mailbox-address').waitFor({ state: 'visible' });
    expect(await text(page.locator('#test-mailbox-address'))).toBe(`${token}@proef.test`);
    expect(await text(page.locator('#test-mailbox'))).toContain(
      'Stuur uw voorbeeld precies zoals u straks echte facturen stuurt',
    );
    expect(await text(page.locator('#test-mailbox'))).toContain('hoogstens 200 kB per e-mail');
  });

  test('takes a saved .eml and shows the message above the report of each PDF', async () => {
    const eml = await invoicingPackageEml();
    await page
      .locator('#file')
      .setInputFiles({ name: 'factuur.eml', mimeType: 'message/rfc822', buffer: Buffer.from(eml) });
    expect(await text(page.locator('#file-error'))).toBe('');
    await page.locator('#upload-button').click();
    await eventually(
      async () => expect(await page.locator('.mail-pdf .report [data-verdict]').count()).toBe(2),
      40_000,
    );

    // The message: rejected, because the terms and conditions ride along as a second PDF.
    expect(await page.locator('#verdict').getAttribute('data-verdict')).toBe('rejected');
    expect(await text(page.locator('#result'))).toContain('2 PDF-bestanden');
    // Its size against the mailbox limit.
    const meter = page.locator('#mail-size');
    expect(Number(await meter.getAttribute('max'))).toBe(200 * 1024);
    expect(Number(await meter.getAttribute('value'))).toBe(eml.length);
    expect(await meter.getAttribute('data-over')).toBe('false');
    // Its attachments, with the one taken as the invoice.
    const items = page.locator('#mail-attachments li');
    expect(await items.count()).toBe(3);
    expect(await text(items.nth(0))).toMatch(/logo\.png .*genegeerd/);
    expect(await text(items.nth(1))).toMatch(/factuur-2024-0042\.pdf .*wordt gelezen als de factuur/);
    expect(await text(items.nth(2))).toMatch(/algemene-voorwaarden\.pdf .*óók gelezen als factuur/);
    // The message comes first, then each PDF's own report.
    const order = await page.evaluate(
      `[...document.querySelectorAll('#mail-message, .mail-pdf')].map((n) => n.id || n.querySelector('h2').textContent)`,
    );
    expect(order).toEqual([
      'mail-message',
      'PDF 1: factuur-2024-0042.pdf',
      'PDF 2: algemene-voorwaarden.pdf',
    ]);
    expect(errors).toEqual([]);
  });
});
