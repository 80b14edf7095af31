/**
 * The buyer chooses the invitation's language on the dashboard: the invitation stores it and the
 * e-mail it opens speaks it, even from the Dutch page. Real browser, real server.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../server/harness.js';
import { collectErrors, eventually, launchChromium, text } from './browser.js';

let server: TestServer;
let browser: Browser;
let apiKey: string;

beforeAll(async () => {
  server = await startTestServer({ workers: 1 });
  apiKey = (await server.services.buyers.createBuyer('Gemeente Voorbeeld')).apiKey;
  const created = await fetch(`${server.url}/api/profiles`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Crediteuren', channels: 'text' }),
  });
  expect(created.status).toBe(201);
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the language of an invitation, chosen on the dashboard', () => {
  let page: Page;
  const errors: string[] = [];

  test('starts at the page language and sends an English e-mail when English is chosen', async () => {
    page = await (
      await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' })
    ).newPage();
    collectErrors(page, errors, /status of 40[01]/);
    await page.goto(`${server.url}/buyer.html`);
    await page.getByLabel('API-sleutel').fill(apiKey);
    await page.getByLabel('API-sleutel').press('Enter');
    await page.locator('#dashboard').waitFor({ state: 'visible' });
    await eventually(async () => expect(await page.locator('#invite').isVisible()).toBe(true));
    expect(await page.getByLabel('Taal van de uitnodiging').inputValue()).toBe('nl');

    await page.getByLabel('Naam van de leverancier').fill('Bakkerij Jansen');
    await page.getByLabel('E-mailadres van de leverancier').fill('info@jansen.example');
    await page.getByLabel('Taal van de uitnodiging').selectOption('en');
    await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
    await eventually(async () =>
      expect(await page.getByLabel('Uitnodigingslink').inputValue()).toMatch(/\/i\//),
    );

    const mail = decodeURIComponent((await page.locator('#mailto').getAttribute('href')) ?? '');
    expect(mail).toContain('subject=Sample invoice for Gemeente Voorbeeld');
    expect(mail).toContain('Dear Bakkerij Jansen,');
    expect(await text(page.locator('#link-intro'))).toMatch(/^Stuur deze link naar Bakkerij Jansen/);

    const list = (await fetch(`${server.url}/api/invitations`, {
      headers: { authorization: `Bearer ${apiKey}` },
    }).then((r) => r.json())) as { invitations: { language: string }[] };
    expect(list.invitations.map((i) => i.language)).toEqual(['en']);
    // The form is ready for the next invitation, in the page's language again.
    expect(await page.getByLabel('Taal van de uitnodiging').inputValue()).toBe('nl');
    expect(errors).toEqual([]);
  }, 60_000);
});
