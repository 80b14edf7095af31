/**
 * The supplier portal in a browser: a supplier invited by three buyers (whose profiles differ) asks
 * for a sign-in link, follows it, sees the three invitations, tests one file at all three in one
 * request, and reads a table with each buyer's verdict and the findings only that buyer has. The same
 * link followed again shows that it was used.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { startTestServer, type TestServer } from '../server/harness.js';
import { type Portal, SUPPLIER_EMAIL, setUpPortal, signInPath } from '../server/portal-fixtures.js';
import { collectErrors, launchChromium, text } from './browser.js';

let server: TestServer;
let browser: Browser;
let portal: Portal;
let pdf: Uint8Array;

beforeAll(async () => {
  server = await startTestServer({ workers: 1 });
  portal = await setUpPortal(server);
  pdf = await textInvoicePdf();
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the supplier portal', () => {
  test('signs in by e-mailed link and tests one file at three buyers in one request, with a verdict per buyer', async () => {
    const page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
    const errors: string[] = [];
    collectErrors(page, errors, /status of 4\d\d/);
    const setPosts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/api/supplier/run-sets'))
        setPosts.push(request.url());
    });

    await page.goto(`${server.url}/supplier.html`);
    await page.fill('#email', SUPPLIER_EMAIL);
    await page.click('#signin-button');
    await page.locator('#signin-result', { hasText: 'inloglink onderweg' }).waitFor();
    const path = signInPath(portal.mails, SUPPLIER_EMAIL);
    expect(path).toBeDefined();

    await page.goto(`${server.url}${path}`);
    await page.locator('#signed-in-as', { hasText: SUPPLIER_EMAIL }).waitFor();
    expect(page.url()).not.toContain('signin=');
    const buyers = await page.locator('#invitations tbody th').allTextContents();
    expect(buyers.sort()).toEqual(['Alpha Zorg B.V.', 'Beta Bouw B.V.', 'Gamma Gemeente']);

    await page.setInputFiles('#file', {
      name: 'factuur.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(pdf),
    });
    await page.click('#upload-button');
    await page.locator('#results-state', { hasText: 'Klaar: 3 afnemers' }).waitFor({ timeout: 60_000 });
    expect(setPosts).toHaveLength(1);

    const row = (buyer: string) =>
      page.locator('#results tbody tr', { has: page.locator('th', { hasText: buyer }) });
    expect(await text(row('Alpha Zorg B.V.').locator('.verdict'))).toBe('Goedgekeurd');
    expect(await text(row('Beta Bouw B.V.').locator('.verdict'))).toBe('Afgekeurd');
    expect(await text(row('Gamma Gemeente').locator('.verdict'))).toBe('Afgekeurd');
    expect(await text(row('Beta Bouw B.V.').locator('.differing'))).toContain('inkoopordernummer');
    expect(await text(row('Gamma Gemeente').locator('.differing'))).not.toContain('inkoopordernummer');
    expect(await text(row('Alpha Zorg B.V.').locator('.differing'))).toBe('Geen.');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    expect(await text(row('Alpha Zorg B.V.').locator('.verdict'))).toBe('Accepted');
    expect(errors).toEqual([]);

    // The link works once: followed again (another browser), it says so and offers a new one.
    const again = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
    await again.goto(`${server.url}${path}`);
    await again.locator('#link-error', { hasText: 'al gebruikt' }).waitFor();
    expect(await again.locator('#signin').isVisible()).toBe(true);
    expect(await again.locator('#portal').isVisible()).toBe(false);
  }, 120_000);
});
