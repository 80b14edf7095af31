/**
 * The profile editor as accounts-payable staff use it, in a real browser at desktop and phone widths:
 * four folded sections (only the first open), Dutch names with the actual defaults beside them, check
 * ids only under "advanced", problems named by their setting's label with a link that opens the section
 * and focuses the input, and the buyer's own VAT id refused when its check digits fail.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { fromRoot } from '../../runtime/paths.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { startTestServer, type TestServer } from '../server/harness.js';
import { collectErrors, eventually, launchChromium, PHONE, SIDEWAYS_OVERFLOW, text } from './browser.js';

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

/** Writes a small screenshot of the whole page to docs/screenshots/ when asked to. */
async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  const png = await page.screenshot({ fullPage: true, animations: 'disabled' });
  writeFileSync(
    fromRoot('docs', 'screenshots', name),
    await sharp(png).png({ palette: true, colours: 48, compressionLevel: 9, effort: 10 }).toBuffer(),
  );
}

const DESKTOP = { viewport: { width: 1280, height: 800 } } as const;

describe.each([
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const)('the profile editor for accounts-payable staff (%s)', (device, options) => {
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    const { apiKey } = await server.services.buyers.createBuyer(`Gemeente ${device}`);
    page = await (await browser.newContext({ ...options, locale: 'nl-NL' })).newPage();
    collectErrors(page, errors, /status of 40[01]/);
    await page.goto(`${server.url}/profiles.html`);
    await page.getByLabel('API-sleutel').fill(apiKey);
    await page.getByLabel('API-sleutel').press('Enter');
    await page.locator('#workspace').waitFor({ state: 'visible' });
  }, 30_000);

  test('offers the presets by their Dutch names', async () => {
    await eventually(async () =>
      expect(await text(page.locator('#preset option:checked'))).toBe('Soepel (standaard)'),
    );
    expect(await page.locator('#preset option').allTextContents()).not.toContain('Lenient (default)');
  });

  test('opens a profile with only the first of four sections unfolded', async () => {
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByLabel('Naam van het profiel').waitFor({ state: 'visible' });
    const sections = await page.$$eval('#form-view > details.section', (nodes) =>
      nodes.map((node) => [node.getAttribute('data-section'), (node as unknown as { open: boolean }).open]),
    );
    expect(sections).toEqual([
      ['delivery', true],
      ['reading', false],
      ['fields', false],
      ['advanced', false],
    ]);
    expect(await page.locator('#form-view > details.section > summary').allTextContents()).toEqual([
      '1. Uw organisatie en waar facturen binnenkomen',
      '2. Wat uw software kan lezen',
      '3. Welke gegevens op de factuur moeten staan',
      '4. Geavanceerd: controles',
    ]);
    expect(await page.getByLabel('Resolutie waarmee uw software leest (DPI)').isVisible()).toBe(false);
    await screenshot(page, `editor-${device}.png`);
  });

  test('names settings in Dutch with the actual default beside each', async () => {
    await page.locator('details[data-section="reading"] > summary').click();
    const dpi = page.locator('.field', { has: page.getByLabel('Resolutie waarmee uw software leest (DPI)') });
    expect(await text(dpi.locator('.default'))).toBe('standaard: 300 DPI');
    const garbled = page.locator('.field', {
      has: page.getByLabel('Hoogste deel onleesbare tekens (0 tot 1)'),
    });
    expect(await text(garbled.locator('.default'))).toBe('standaard: 0,1');
    const versions = page.getByLabel('Oudste PDF-versie');
    expect(await text(versions.locator('option[value=""]'))).toBe('— standaard: elke versie —');
    // The default is read out with the control, not only shown.
    expect(
      await page.getByLabel('Resolutie waarmee uw software leest (DPI)').getAttribute('aria-describedby'),
    ).toMatch(/-default\b/);
    // No raw setting names and no English help on the Dutch page.
    const reading = await text(page.locator('details[data-section="reading"]'));
    expect(reading).not.toMatch(/\b(minWords|maxAgeDays|maxBytes|minConfidence|dpi)\b/);
    expect(reading).not.toMatch(/\b(the|which|must)\b/i);
  });

  test('shows check ids only under "advanced"', async () => {
    const outside = await page.$$eval(
      '#form-view > details.section:not([data-section="advanced"])',
      (nodes) => nodes.map((node) => node.textContent ?? '').join(' '),
    );
    expect(outside).not.toMatch(/\b(fields|totals|text|ocr|pdf|file)\.[a-z-]+\b/);
    const advanced = page.locator('details[data-section="advanced"]');
    expect(
      await advanced.locator('details[data-check="fields.date-max-age"] code.check-id').textContent(),
    ).toBe('fields.date-max-age');
  });

  test("refuses the buyer's own VAT id when its check digits fail, naming the field", async () => {
    await page.getByLabel('Officiële naam van uw organisatie').fill('Gemeente Voorbeeld');
    await page.getByLabel('Btw-nummer van uw organisatie').fill('NL001234567B01');
    const problems = page.locator('#problems');
    await eventually(async () => expect(await text(problems)).toMatch(/^1 probleem in het profiel:/));
    expect(await text(problems.locator('li a'))).toBe('Btw-nummer van uw organisatie');
    expect(await text(problems)).toMatch(/NL001234567B01 bestaat niet: de controlecijfers kloppen niet/);
    expect(await text(problems)).not.toContain('/buyer/vatId');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await eventually(async () =>
      expect(await text(page.locator('#save-status'))).toBe(
        'Het profiel heeft nog problemen; zie hierboven.',
      ),
    );
    await page.getByLabel('Btw-nummer van uw organisatie').fill('NL123456782B01');
    await eventually(async () => expect((await text(problems)).trim()).toBe(''));
  });

  test('links each problem to its input: the link unfolds the section and focuses it', async () => {
    // Close every section again, then break two settings: one folded away, one in the open section.
    await page.locator('details[data-section="reading"] > summary').click();
    await page.getByRole('tab', { name: 'JSON' }).click();
    const json = page.getByLabel('Het profiel als JSON');
    const profile = JSON.parse(await json.inputValue()) as Record<string, any>;
    await json.fill(JSON.stringify({ ...profile, ocr: { dpi: 10 }, buyer: { name: 'X', kvk: '00000000' } }));
    const problems = page.locator('#problems');
    await eventually(async () =>
      expect(await problems.locator('li a').allTextContents()).toEqual([
        'Resolutie waarmee uw software leest (DPI)',
        'KvK-nummer van uw organisatie',
      ]),
    );
    expect(await text(problems)).toMatch(/^2 problemen in het profiel:/);
    await page.getByRole('tab', { name: 'Formulier' }).click();
    expect(await page.locator('details[data-section="reading"]').getAttribute('open')).toBeNull();
    await problems.getByRole('link', { name: 'Resolutie waarmee uw software leest (DPI)' }).click();
    const dpi = page.getByLabel('Resolutie waarmee uw software leest (DPI)');
    const id = await dpi.getAttribute('id');
    await eventually(async () => expect(await page.evaluate('document.activeElement?.id')).toBe(id));
    expect(await dpi.isVisible()).toBe(true);
    expect(await dpi.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, `editor-problems-${device}.png`);
  });

  test("previews a sample's verdict under the profile as edited, before saving", async () => {
    await page.getByRole('tab', { name: 'JSON' }).click();
    const json = page.getByLabel('Het profiel als JSON');
    const {
      ocr: _ocr,
      buyer: _buyer,
      ...profile
    } = JSON.parse(await json.inputValue()) as Record<string, any>;
    await json.fill(JSON.stringify(profile));
    await page.getByRole('tab', { name: 'Formulier' }).click();
    await eventually(async () => expect((await text(page.locator('#problems'))).trim()).toBe(''));
    await page.getByLabel('Voorbeeld-PDF', { exact: true }).setInputFiles({
      name: 'factuur.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(await textInvoicePdf()),
    });
    await page.getByRole('button', { name: 'Controleer met dit profiel' }).click();
    const result = page.locator('#preview-result');
    await eventually(
      async () => expect(await text(result)).toBe('Goedgekeurd: deze factuur komt door dit profiel.'),
      30_000,
    );

    // A stricter file limit, not saved: the same sample is now rejected, and the page says why in Dutch.
    await page.locator('details[data-section="reading"]').evaluate((node) => {
      (node as unknown as { open: boolean }).open = true;
    });
    await page.getByLabel('Grootste bestand (MB)').fill('0.001');
    await page.getByRole('button', { name: 'Controleer met dit profiel' }).click();
    await eventually(
      async () =>
        expect(await text(result)).toMatch(/^Afgekeurd: deze factuur komt niet door dit profiel\.Fouten/),
      30_000,
    );
    expect(await text(page.locator('#save-status'))).toBe('');
  }, 90_000);

  test('fits the screen without sideways scrolling and raised no script errors', async () => {
    expect(await page.evaluate(SIDEWAYS_OVERFLOW)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });
});
