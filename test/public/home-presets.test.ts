/**
 * The open upload page (public/app.js) names the buyers' presets in the page language: the Dutch or
 * English name from GET /api/presets `names`, never the English `name` on a Dutch page.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../server/harness.js';
import { eventually, launchChromium, PHONE, text } from './browser.js';

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  server = await startTestServer({ workers: 1 });
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The shown name of each preset in the choice of requirements, by preset id. */
const shownNames = (page: Page): Promise<Record<string, string>> =>
  page.$$eval('#profile option', (options) =>
    Object.fromEntries(options.map((o) => [o.getAttribute('value') ?? '', o.textContent ?? ''])),
  );

describe('the upload page lists the presets', () => {
  test('by their Dutch names on a Dutch page, and by their English names after switching', async () => {
    const body = (await fetch(`${server.url}/api/presets`).then((r) => r.json())) as {
      presets: { id: string; name: string; names: { nl: string; en: string } }[];
    };
    const dutch = Object.fromEntries(body.presets.map((p) => [p.id, p.names.nl]));
    const english = Object.fromEntries(body.presets.map((p) => [p.id, p.names.en]));
    expect(dutch.lenient).toBe('Soepel (standaard)');
    expect(english.lenient).not.toBe(dutch.lenient);

    const page = await (await browser.newContext(PHONE)).newPage();
    await page.goto(`${server.url}/?lang=nl`);
    await page.locator('#profile option[value="lenient"]').waitFor({ state: 'attached' });
    expect(await shownNames(page)).toEqual(dutch);
    expect(await text(page.locator('#profile option:checked'))).toBe('Soepel (standaard)');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await eventually(async () => expect(await shownNames(page)).toEqual(english));
    expect(await page.locator('#profile').inputValue()).toBe('lenient');
  }, 60_000);
});
