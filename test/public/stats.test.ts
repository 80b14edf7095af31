/**
 * The figures on the buyer's dashboard in a real browser (Debian's Chromium via playwright-core),
 * against the real app after real suppliers tested real PDFs through their links: the four charts are
 * drawn as inline SVG, every figure they show is the one `GET /api/stats` gives, each chart is named
 * and has its figures as text and as a table, the filters and the CSV link work, and the section
 * speaks English after the switch.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { imageOnlyPdf, textInvoicePdf } from '../fixtures/pdfs.js';
import { startTestServer, type TestServer, uploadForm } from '../server/harness.js';
import {
  collectErrors,
  eventually,
  launchChromium,
  SIDEWAYS_OVERFLOW,
  text,
  UNLABELLED_CONTROLS,
} from './browser.js';

type Json = Record<string, any>;
const PASSWORD = 'correct horse battery staple';
let server: TestServer;
let browser: Browser;
let page: Page;
let apiKey: string;
const errors: string[] = [];

const nl = (n: number): string => n.toLocaleString('nl-NL', { maximumFractionDigits: 1 });
const pct = (r: number, locale = 'nl-NL'): string =>
  r.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 0 });

async function stats(query = ''): Promise<Json> {
  return (await fetch(`${server.url}/api/stats${query}`, {
    headers: { authorization: `Bearer ${apiKey}` },
  }).then((r) => r.json())) as Json;
}

beforeAll(async () => {
  server = await startTestServer({ workers: 1 });
  const acme = await server.services.buyers.createBuyer('ACME B.V.');
  apiKey = acme.apiKey;
  await server.services.users.createUser(acme.buyer.id, 'jan@acme.nl', PASSWORD);
  const headers = { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' };
  const preset = (await fetch(`${server.url}/api/presets/text-capture`).then((r) => r.json())) as Json;
  const profile = (await fetch(`${server.url}/api/profiles`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ ...preset, name: 'ACME tekstlaag' }),
  }).then((r) => r.json())) as Json;
  const invite = async (name: string): Promise<string> => {
    const res = (await fetch(`${server.url}/api/invitations`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        supplierName: name,
        supplierEmail: 'info@leverancier.nl',
        profileId: profile.id,
      }),
    }).then((r) => r.json())) as Json;
    return (res.link as string).split('/')[2]!;
  };
  const test = async (token: string, pdf: Uint8Array): Promise<void> => {
    await fetch(`${server.url}/api/i/${token}`); // the supplier opens the link
    const run = (await fetch(`${server.url}/api/i/${token}/runs`, {
      method: 'POST',
      body: uploadForm(pdf),
    }).then((r) => r.json())) as Json;
    await fetch(`${server.url}/api/i/${token}/runs/${run.id}?wait=30`);
  };
  await test(await invite('Bakkerij De Korenschoof'), await textInvoicePdf());
  await test(await invite('Drukkerij Scan & Co'), await imageOnlyPdf());
  await invite('Nog Niet Begonnen B.V.');
  browser = await launchChromium();
  page = await (
    await browser.newContext({ locale: 'nl-NL', viewport: { width: 1000, height: 900 } })
  ).newPage();
  collectErrors(page, errors, /status of 401/);
  await page.goto(`${server.url}/buyer.html`);
  await page.locator('#signin-section').waitFor({ state: 'visible' });
  await page.getByLabel('E-mailadres', { exact: true }).fill('jan@acme.nl');
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Wachtwoord', { exact: true }).press('Enter');
  await page.locator('[data-chart="funnel"] svg').waitFor();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const chart = (name: string) => page.locator(`[data-chart="${name}"]`);
const barValue = (name: string, key: string) =>
  text(chart(name).locator(`svg g[data-key="${key}"] .stats-value`));

describe('the figures on the dashboard', () => {
  test('four charts are drawn as inline SVG, each named, with a text summary and a table', async () => {
    const figures = page.locator('#stats figure.stats-chart');
    expect(await figures.count()).toBe(4);
    for (const name of ['funnel', 'days', 'checks', 'profiles']) {
      const svg = chart(name).locator('svg');
      expect(await svg.getAttribute('role')).toBe('img');
      expect(await svg.locator('title').count()).toBe(1);
      expect(await svg.locator('rect.stats-bar').count()).toBeGreaterThan(0);
      // Named by its heading and described by its summary.
      const [titleId, summaryId] = (await svg.getAttribute('aria-labelledby'))!.split(' ');
      expect(await text(page.locator(`[id="${titleId}"]`))).toBe(await text(chart(name).locator('h3')));
      expect(await text(page.locator(`[id="${summaryId}"]`))).not.toBe('');
      expect(await chart(name).locator('details table tbody tr').count()).toBeGreaterThan(0);
    }
    // Nothing loaded from elsewhere: no external image or script, no canvas.
    expect(await page.locator('#stats img, #stats canvas, #stats iframe').count()).toBe(0);
    expect(await page.evaluate(UNLABELLED_CONTROLS)).toEqual([]);
  });

  test('the funnel shows the figures of GET /api/stats', async () => {
    const { funnel } = await stats();
    expect(funnel).toEqual({ invited: 3, opened: 2, tested: 2, passed: 1, approved: 1, live: 1 });
    for (const stage of ['invited', 'opened', 'tested', 'passed', 'approved', 'live'])
      expect(await barValue('funnel', stage)).toBe(
        stage === 'invited'
          ? nl(funnel.invited)
          : `${nl(funnel[stage])} (${pct(funnel[stage] / funnel.invited)})`,
      );
    const rows = await chart('funnel').locator('details tbody tr').allTextContents();
    expect(rows[2]).toBe(`Getest${nl(funnel.tested)}${pct(funnel.tested / funnel.invited)}`);
    // Bars are as long as their figure: "tested" is two thirds of "invited".
    const width = async (key: string) =>
      Number(await chart('funnel').locator(`g[data-key="${key}"] rect.stats-bar`).getAttribute('width'));
    expect((await width('tested')) / (await width('invited'))).toBeCloseTo(2 / 3, 5);
  });

  test('days to approval: the histogram and the summary show the figures of GET /api/stats', async () => {
    const { daysToApproval } = await stats();
    expect(daysToApproval.count).toBe(1);
    const values = await chart('days').locator('svg g .stats-value').allTextContents();
    expect(values).toEqual(daysToApproval.histogram.map((b: Json) => nl(b.count)));
    const labels = await chart('days').locator('svg g .stats-label').allTextContents();
    expect(labels).toEqual(['0–1', '2–3', '4–7', '8–14', '15–30', '31+']);
    expect(await text(chart('days').locator('.stats-summary'))).toBe(
      `${nl(daysToApproval.count)} goedgekeurd; de helft binnen ${nl(daysToApproval.median)} dagen, 90% binnen ${nl(daysToApproval.p90)} dagen.`,
    );
  });

  test('failing checks are shown by their Dutch title with the figures of GET /api/stats', async () => {
    const { failingChecks } = await stats();
    const layer = failingChecks.find((c: Json) => c.checkId === 'text.layer-present');
    expect(layer).toMatchObject({ failedSuppliers: 1, stuckSuppliers: 1, stuckShare: 0.5 });
    for (const check of failingChecks) {
      const group = chart('checks').locator(`svg g[data-key="${check.checkId}"]`);
      expect(await text(group.locator('.stats-label'))).toBe(check.title.nl);
      expect(await text(group.locator('.stats-value'))).toBe(
        `${nl(check.failedSuppliers)} afgekeurd · ${nl(check.stuckSuppliers)} vast (${pct(check.stuckShare)})`,
      );
    }
    expect(await text(chart('checks').locator('.stats-summary'))).toContain(failingChecks[0].title.nl);
  });

  test('pass rate per profile shows the figures of GET /api/stats', async () => {
    const { profiles } = await stats();
    expect(profiles).toHaveLength(1);
    const [p] = profiles;
    expect(await text(chart('profiles').locator(`svg g[data-key="${p.profileId}"] .stats-label`))).toBe(
      'ACME tekstlaag',
    );
    expect(await barValue('profiles', p.profileId)).toBe(
      `${nl(p.suppliersPassed)} van ${nl(p.suppliersTested)} (${pct(p.supplierPassRate)})`,
    );
    const cells = await chart('profiles').locator('details tbody td').allTextContents();
    expect(cells).toEqual([
      `${nl(p.suppliersPassed)} van ${nl(p.suppliersTested)} (${pct(p.supplierPassRate)})`,
      `${nl(p.runsPassed)} van ${nl(p.runs)} (${pct(p.runPassRate)})`,
    ]);
  });

  test('a date filter redraws the figures, keeps the control, and the CSV link follows it', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Uitgenodigd vanaf').fill(tomorrow);
    await page.getByLabel('Uitgenodigd vanaf').dispatchEvent('change');
    await page.locator('#stats-empty').waitFor();
    expect((await stats(`?invitedFrom=${tomorrow}`)).funnel.invited).toBe(0);
    expect(
      await page.locator('#stats-from').evaluate((node) => node === node.ownerDocument.activeElement),
    ).toBe(true);
    const href = (await page.locator('#stats-csv').getAttribute('href'))!;
    expect(href).toBe(`/api/stats/suppliers.csv?invitedFrom=${tomorrow}&lang=nl`);
    await page.getByLabel('Uitgenodigd vanaf').fill('');
    await page.getByLabel('Uitgenodigd vanaf').dispatchEvent('change');
    await chart('funnel').waitFor();
    // The signed-in browser downloads the CSV with its session.
    const csv = await page.evaluate(
      async (url) => (await fetch(url)).text(),
      '/api/stats/suppliers.csv?lang=nl',
    );
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(4);
  });

  test('in English after the switch, check names included', async () => {
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await eventually(async () => expect(await text(page.locator('#stats-title'))).toBe('Figures'));
    const { failingChecks, funnel } = await stats();
    expect(await text(chart('funnel').locator('h3'))).toBe('From invitation to live');
    expect(await text(chart('funnel').locator('svg g[data-key="tested"] .stats-label'))).toBe('Tested');
    expect(await barValue('funnel', 'tested')).toBe(
      `${funnel.tested.toLocaleString('en-GB')} (${pct(funnel.tested / funnel.invited, 'en-GB')})`,
    );
    expect(
      await text(chart('checks').locator(`svg g[data-key="${failingChecks[0].checkId}"] .stats-label`)),
    ).toBe(failingChecks[0].title.en);
    expect(await page.locator('#stats-csv').getAttribute('href')).toBe('/api/stats/suppliers.csv?lang=en');
    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
    await eventually(async () => expect(await text(page.locator('#stats-title'))).toBe('Cijfers'));
  });

  test('fits a phone without scrolling sideways, and the page logged no errors', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(SIDEWAYS_OVERFLOW)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1000, height: 900 });
    expect(errors).toEqual([]);
  });
});
