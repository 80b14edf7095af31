/**
 * Supplier master data and the CSV import on the buyer's dashboard, in a real browser against a real
 * server: master data entered with an invitation (a bad IBAN shown at its field) and edited afterwards;
 * a CSV list imported with its progress bar moving to the end and the refused rows listed with why.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../server/harness.js';
import { collectErrors, eventually, launchChromium, text, UNLABELLED_CONTROLS } from './browser.js';

let server: TestServer;
let browser: Browser;
let apiKey: string;
let buyerId: string;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ workers: 1 });
  const created = await server.services.buyers.createBuyer('Gemeente Voorbeeld');
  apiKey = created.apiKey;
  buyerId = created.buyer.id;
  const res = await fetch(`${server.url}/api/profiles`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Crediteuren', channels: 'text' }),
  });
  expect(res.status).toBe(201);
  browser = await launchChromium();
  page = await (
    await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } })
  ).newPage();
  collectErrors(page, errors, /status of 40[01]/);
  await page.goto(`${server.url}/buyer.html`);
  await page.getByLabel('API-sleutel').fill(apiKey);
  await page.getByLabel('API-sleutel').press('Enter');
  await page.locator('#dashboard').waitFor({ state: 'visible' });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const invitations = () => server.services.invitations.list(buyerId);

describe('supplier master data on the dashboard', () => {
  test('is entered with an invitation; an invalid IBAN is named at its field', async () => {
    await eventually(async () => expect(await page.locator('#invite').isVisible()).toBe(true));
    await page.getByLabel('Naam van de leverancier').fill('Bakkerij Jansen');
    await page.getByLabel('E-mailadres van de leverancier').fill('info@jansen.example');
    await page.getByLabel('Btw-nummer').first().fill('NL123456782B01');
    await page.getByLabel('IBAN’s (één per regel)').first().fill('NL91ABNA0417164301');
    await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
    await eventually(async () =>
      expect(await text(page.locator('#invite-master-ibans-error'))).toContain('geen geldig IBAN'),
    );
    expect(await page.locator('#invite-master-ibans').getAttribute('aria-invalid')).toBe('true');
    expect(await invitations()).toEqual([]);

    await page
      .getByLabel('IBAN’s (één per regel)')
      .first()
      .fill('NL91 ABNA 0417 1643 00\nNL44RABO0123456789');
    await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
    await eventually(async () => expect(await invitations()).toHaveLength(1));
    expect((await invitations())[0]?.masterData).toEqual({
      vatId: 'NL123456782B01',
      ibans: ['NL91ABNA0417164300', 'NL44RABO0123456789'],
    });
    await eventually(async () =>
      expect(await text(page.locator('.master-summary'))).toBe(
        'Bekend: NL123456782B01 · NL91ABNA0417164300 · NL44RABO0123456789',
      ),
    );
  }, 60_000);

  test('is edited afterwards from the supplier list', async () => {
    await page.getByRole('button', { name: 'Stamgegevens' }).click();
    const dialog = page.locator('#master-data-dialog');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.getByLabel('IBAN’s (één per regel)').inputValue()).toBe(
      'NL91ABNA0417164300\nNL44RABO0123456789',
    );
    await dialog.getByLabel('KvK-nummer').fill('1234');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await eventually(async () =>
      expect(await text(page.locator('#edit-master-kvk-error'))).toContain('8 cijfers'),
    );
    await dialog.getByLabel('KvK-nummer').fill('12345678');
    await dialog.getByLabel('IBAN’s (één per regel)').fill('NL44RABO0123456789');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(async () =>
      expect((await invitations())[0]?.masterData?.ibans).toEqual(['NL44RABO0123456789']),
    );
    expect((await invitations())[0]?.masterData?.kvk).toBe('12345678');
  }, 60_000);
});

describe('the CSV import on the dashboard', () => {
  test('moves its progress bar to the end and lists the refused rows with why', async () => {
    const ROWS = 1500;
    const lines = ['Naam;E-mail;BTW;KvK;IBAN'];
    for (let i = 0; i < ROWS; i++) lines.push(`Leverancier ${i};lev${i}@bulk.example;;;NL91ABNA0417164300`);
    lines[11] = 'Fout IBAN;fout@bulk.example;;;NL91ABNA0417164301'; // row 12
    lines[21] = 'Dubbel;lev3@bulk.example;;;'; // row 22: e-mail of row 5
    const csv = `\uFEFF${lines.join('\r\n')}\r\n`;

    expect(await page.evaluate(UNLABELLED_CONTROLS)).toEqual([]);
    await eventually(async () => expect(await page.locator('#import-profile option').count()).toBe(1));
    await page.getByLabel('CSV-bestand', { exact: true }).setInputFiles({
      name: 'leveranciers.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    // Every value the progress bar takes (its value attribute; none while it is indeterminate).
    await page.evaluate(`(() => {
      window.progressValues = [];
      const bar = document.getElementById('import-progress');
      new MutationObserver(() => {
        if (bar.hasAttribute('value')) window.progressValues.push([bar.value, bar.max]);
      }).observe(bar, { attributes: true, attributeFilter: ['value', 'max'] });
    })()`);
    await page.getByRole('button', { name: 'Importeren' }).click();
    await eventually(
      async () =>
        expect(await text(page.locator('#import-status'))).toBe(
          `${ROWS - 2} uitnodiging(en) gemaakt en per e-mail verstuurd, 2 regel(s) geweigerd.`,
        ),
      60_000,
    );
    const values = (await page.evaluate('window.progressValues')) as [number, number][];
    const set = values;
    expect(set.length).toBeGreaterThanOrEqual(ROWS / 100);
    expect(set.at(-1)).toEqual([ROWS, ROWS]);
    expect(set.some(([value]) => value > 0 && value < ROWS)).toBe(true);

    const refused = page.locator('#import-refused tbody tr');
    expect(await refused.count()).toBe(2);
    expect(await text(refused.nth(0))).toContain('12');
    expect(await text(refused.nth(0))).toContain('geen geldig IBAN');
    expect(await text(refused.nth(1))).toContain('staat al in regel 5 van dit bestand');
    // The supplier list shows the new suppliers.
    await eventually(async () => expect(await page.locator('#supplier-rows tr').count()).toBe(1 + ROWS - 2));
    expect(errors).toEqual([]);
  }, 120_000);
});
