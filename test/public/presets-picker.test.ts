/**
 * The preset pickers group the presets by vendor (GET /api/presets `groups`): the open upload page and
 * the profile editor's "start from a preset" show one <optgroup> per vendor, named in the page
 * language, and the editor starts (and saves) a new profile from a vendor preset.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../server/harness.js';
import { collectErrors, eventually, launchChromium, PHONE, text } from './browser.js';

let server: TestServer;
let browser: Browser;
let groups: { vendor: string; names: { nl: string; en: string }; presets: string[] }[];
beforeAll(async () => {
  server = await startTestServer({ workers: 1 });
  browser = await launchChromium();
  groups = ((await fetch(`${server.url}/api/presets`).then((r) => r.json())) as { groups: typeof groups })
    .groups;
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Each <optgroup> of a select: its label and the values of its options, in page order. */
const shownGroups = (page: Page, select: string) =>
  page.$$eval(`${select} optgroup`, (nodes) =>
    nodes.map((g) => ({
      label: g.getAttribute('label'),
      presets: [...g.querySelectorAll('option')].map((o) => o.getAttribute('value')),
    })),
  );

describe('the upload page’s preset picker', () => {
  test('shows the presets in one group per vendor, named in the page language', async () => {
    const errors: string[] = [];
    const page = await (await browser.newContext({ ...PHONE, locale: 'nl-NL' })).newPage();
    collectErrors(page, errors, /^$/);
    await page.goto(`${server.url}/?lang=nl`);
    await page.locator('#profile optgroup').first().waitFor({ state: 'attached' });
    expect(await shownGroups(page, '#profile')).toEqual(
      groups.map((g) => ({ label: g.names.nl, presets: g.presets })),
    );
    expect(await page.locator('#profile').inputValue()).toBe('lenient');
    expect(
      await text(page.locator('#profile optgroup[label="Tungsten Automation (Kofax)"] option').first()),
    ).toBe('Tungsten ReadSoft Online (herkenning in de cloud)');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await eventually(async () =>
      expect((await shownGroups(page, '#profile')).map((g) => g.label)).toEqual(
        groups.map((g) => g.names.en),
      ),
    );
    expect(await page.locator('#profile optgroup').first().getAttribute('label')).toBe('Generic');
    expect(await text(page.locator('#profile option[value="kofax-readsoft-online"]'))).toBe(
      'Tungsten ReadSoft Online (cloud capture)',
    );
    expect(await page.locator('#profile').inputValue()).toBe('lenient');
    expect(errors).toEqual([]);
  }, 60_000);
});

describe('the profile editor’s "start from a preset"', () => {
  test('groups the presets by vendor and starts a new profile from a vendor preset, which saves', async () => {
    const errors: string[] = [];
    const { apiKey } = await server.services.buyers.createBuyer('Gemeente Presetstad');
    const page = await (await browser.newContext({ ...PHONE, locale: 'nl-NL' })).newPage();
    collectErrors(page, errors, /status of 40[01]/);
    await page.goto(`${server.url}/profiles.html`);
    await page.getByLabel('API-sleutel').fill(apiKey);
    await page.getByLabel('API-sleutel').press('Enter');
    await page.locator('#workspace').waitFor({ state: 'visible' });
    await page.locator('#preset optgroup').first().waitFor({ state: 'attached' });
    expect(await shownGroups(page, '#preset')).toEqual(
      groups.map((g) => ({ label: g.names.nl, presets: g.presets })),
    );

    await page.getByLabel('Nieuw profiel, beginnend bij').selectOption('abbyy-vantage');
    await eventually(async () =>
      expect(await text(page.locator('#preset-help'))).toMatch(/Hoogstens 30 MB per bestand/),
    );
    await page.getByRole('button', { name: 'Begin' }).click();
    await eventually(async () =>
      expect(await page.getByLabel('Naam van het profiel').inputValue()).toBe('ABBYY Vantage (cloud)'),
    );
    await eventually(async () =>
      expect(await page.getByLabel('Grootste bestand (MB)').inputValue()).toBe('30'),
    );
    await eventually(async () =>
      expect(await page.getByLabel('Eén factuur per PDF?').inputValue()).toBe('true'),
    );

    await page.getByLabel('Naam van het profiel').fill('Presetstad via ABBYY Vantage');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await eventually(async () =>
      expect((await text(page.locator('#save-status'))).trim()).toBe('Opgeslagen als versie 1.'),
    );
    const headers = { authorization: `Bearer ${apiKey}` };
    const list = (await fetch(`${server.url}/api/profiles`, { headers }).then((r) => r.json())) as {
      profiles: { id: string }[];
    };
    expect(list.profiles).toHaveLength(1);
    const stored = (await fetch(`${server.url}/api/profiles/${list.profiles[0]?.id}`, { headers }).then((r) =>
      r.json(),
    )) as { profile: Record<string, unknown> };
    expect(stored.profile).toMatchObject({
      name: 'Presetstad via ABBYY Vantage',
      channels: 'both',
      file: { maxBytes: 30 * 1024 * 1024, singleInvoice: true, imagesAllowed: true },
      ocr: { dpi: 300, minImageDpi: 200 },
    });
    expect(errors).toEqual([]);
  }, 90_000);
});
