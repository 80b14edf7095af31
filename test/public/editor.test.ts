/**
 * The profile editor in a real browser: Debian's Chromium, headless, driven by playwright-core, against
 * the real app on a free port. Set CHROMIUM_PATH to use another Chromium binary.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../server/harness.js';
import { CHROMIUM, eventually, FLAGS, SIDEWAYS_OVERFLOW, text, UNLABELLED_CONTROLS } from './browser.js';

let server: TestServer;
let context: BrowserContext;
let userDataDir: string;
let apiKey: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ workers: 1 });
  apiKey = (await server.services.buyers.createBuyer('ACME B.V.')).apiKey;
  userDataDir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 390, height: 844 }, // a phone
    locale: 'nl-NL',
    isMobile: true,
    hasTouch: true,
  });
}, 60_000);

afterAll(async () => {
  await context?.close();
  rmSync(userDataDir, { recursive: true, force: true });
  await server?.close();
});

/** The error text shown next to the control with this label. */
const errorNextTo = (page: Page, label: string) =>
  page
    .locator('.field', { has: page.getByLabel(label, { exact: true }) })
    .locator('.error-text')
    .first();

describe('the profile editor', () => {
  let page: Page;
  beforeAll(async () => {
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/status of 40[01]/.test(message.text()))
        pageErrors.push(message.text());
    });
    await page.goto(`${server.url}/profiles.html`);
  });

  test('refuses a wrong key and signs in with the right one, by keyboard alone', async () => {
    const key = page.getByLabel('API-sleutel');
    await key.focus();
    await page.keyboard.type('pfk_wrong');
    await page.keyboard.press('Enter');
    await eventually(async () =>
      expect(await text(page.locator('#signin-error'))).toMatch(/onbekend of ingetrokken/),
    );

    await key.fill('');
    await key.focus();
    await page.keyboard.type(apiKey);
    await page.keyboard.press('Enter');
    await page.locator('#workspace').waitFor({ state: 'visible' });
    await eventually(async () =>
      expect(await text(page.locator('#profile-list'))).toMatch(/nog geen profielen/),
    );
  });

  test('starts from a preset and fills the form from it', async () => {
    expect(await page.locator('#preset option:checked').textContent()).toBe('Soepel (standaard)');
    await page.getByLabel('Nieuw profiel, beginnend bij').selectOption('scan-capture-strict');
    await eventually(async () =>
      expect(await text(page.locator('#preset-help'))).toMatch(/één factuur per PDF/),
    );
    await page.getByRole('button', { name: 'Begin' }).click();
    await eventually(async () =>
      expect(await page.getByLabel('Naam van het profiel').inputValue()).toBe(
        'Scan-and-capture service (strict)',
      ),
    );
    await eventually(async () => expect(await page.getByLabel('Oudste PDF-versie').inputValue()).toBe('1.4'));
    await eventually(async () =>
      expect(await page.getByLabel('Grootste bestand (MB)').inputValue()).toBe('10'),
    );
    await eventually(async () =>
      expect(await page.getByLabel('Eén factuur per PDF?').inputValue()).toBe('true'),
    );
  });

  test('shows each problem next to its field while typing, and clears it once fixed', async () => {
    await page.locator('details[data-section="reading"] > summary').click();
    await page.getByLabel('Naam van het profiel').fill('ACME inkoop');
    await page.getByLabel('Factuuradres (e-mail)').fill('ondersteuning@invoicesharing.com');
    await eventually(async () =>
      expect(await text(errorNextTo(page, 'Factuuradres (e-mail)'))).toMatch(/helpdesk- of no-reply-adres/),
    );
    await eventually(async () =>
      expect(await page.getByLabel('Factuuradres (e-mail)').getAttribute('aria-invalid')).toBe('true'),
    );

    await page.getByLabel("Meeste pagina's per PDF").fill('0');
    await eventually(async () =>
      expect((await text(errorNextTo(page, "Meeste pagina's per PDF"))).trim()).toBe('Moet minstens 1 zijn.'),
    );
    await eventually(async () =>
      expect(await text(page.locator('#problems'))).toMatch(/2 problemen in het profiel/),
    );

    await page.getByLabel('Nieuwste PDF-versie').selectOption('1.3');
    await eventually(async () =>
      expect(await text(errorNextTo(page, 'Oudste PDF-versie'))).toMatch(
        /laagste toegestane versie \(1\.4\)/,
      ),
    );

    await page.getByLabel('Factuuradres (e-mail)').fill('facturen@acme.nl');
    await page.getByLabel("Meeste pagina's per PDF").fill('5');
    await page.getByLabel('Nieuwste PDF-versie').selectOption('');
    await eventually(async () => expect((await text(page.locator('#problems'))).trim()).toBe(''));
    await eventually(async () =>
      expect((await text(errorNextTo(page, 'Factuuradres (e-mail)'))).trim()).toBe(''),
    );
    await eventually(async () =>
      expect(await page.getByLabel('Factuuradres (e-mail)').getAttribute('aria-invalid')).not.toBe('true'),
    );
  });

  test('names the checks in Dutch', async () => {
    expect(await text(page.locator('details[data-check="pdf.encrypted"] summary'))).toMatch(/wachtwoord/);
  });

  test('sets a field rule inside its fold-out', async () => {
    await page.locator('details[data-section="fields"] > summary').click();
    await page.locator('details[data-field="invoiceNumber"] summary').click();
    const rule = page.locator('details[data-field="invoiceNumber"]');
    await rule.getByLabel('Verplicht?').selectOption('true');
    await rule.getByLabel('Labels waar uw software naar zoekt').fill('Factuurnummer, Factuurnr.');
  });

  test('edits the mailbox settings in a fold-out, and names a bad character list by its label', async () => {
    await page.locator('details[data-group="mail"] > summary').click();
    const mail = page.locator('details[data-group="mail"]');
    await mail.getByLabel("PDF's per e-mail").selectOption('one');
    await mail.getByLabel('Grootste e-mail voor de e-mailcontrole (MB)').fill('20');
    await mail.getByLabel('Langste bestandsnaam (tekens)').fill('80');
    await mail.getByLabel('Vorm van de bestandsnaam').fill('^INV-[0-9]+\\.pdf$');
    const others = mail.getByLabel('Andere bijlagen naast de factuur');
    expect(await others.locator('option:checked').textContent()).toBe('— standaard: niet beoordeeld —');
    await others.selectOption('list');
    await mail.getByLabel('XML (zoals UBL)').check();
    await page.getByLabel('Aantal goedgekeurde proeffacturen').fill('3');

    await mail.getByLabel('Toegestane tekens in de bestandsnaam').fill('A-Z]');
    await eventually(async () =>
      expect(await text(page.locator('#problems'))).toMatch(
        /Toegestane tekens in de bestandsnaam: De toegestane tekens "A-Z\]" vormen geen tekenlijst/,
      ),
    );
    await eventually(async () =>
      expect(await text(errorNextTo(page, 'Toegestane tekens in de bestandsnaam'))).toMatch(
        /geen tekenlijst/,
      ),
    );
    await mail.getByLabel('Toegestane tekens in de bestandsnaam').fill('A-Za-z0-9._-');
    await eventually(async () => expect((await text(page.locator('#problems'))).trim()).toBe(''));
  });

  test('switches to a JSON view that shows and edits the same profile', async () => {
    await page.getByRole('tab', { name: 'JSON' }).click();
    const json = page.getByLabel('Het profiel als JSON');
    const shown = JSON.parse(await json.inputValue()) as Record<string, any>;
    expect(shown).toMatchObject({
      name: 'ACME inkoop',
      file: { maxPages: 5, pdfVersions: { min: '1.4' } },
      fields: { invoiceNumber: { required: true, labels: ['Factuurnummer', 'Factuurnr.'] } },
      delivery: { invoiceAddress: 'facturen@acme.nl', samplesRequired: 3 },
      mail: {
        maxMessageBytes: 20 * 1024 * 1024,
        pdfsPerMessage: 'one',
        otherAttachments: ['xml'],
        fileName: { allowedCharacters: 'A-Za-z0-9._-', maxLength: 80, pattern: '^INV-[0-9]+\\.pdf$' },
      },
    });
    expect(shown.file.pdfVersions.max).toBeUndefined();

    await json.fill(JSON.stringify({ ...shown, channels: 'fax' }, null, 2));
    await eventually(async () =>
      expect(await text(page.locator('#problems'))).toMatch(
        /Hoe leest uw software de PDF\?: Moet een van deze zijn/,
      ),
    );
    await json.fill('{ "name": ');
    await eventually(async () =>
      expect(await text(page.locator('#json-error'))).toMatch(/geen geldige JSON/),
    );
    await page.getByRole('tab', { name: 'Formulier' }).click();
    await eventually(async () =>
      expect(await text(page.locator('#json-error'))).toMatch(/Herstel eerst de JSON/),
    );

    await json.fill(JSON.stringify({ ...shown, channels: 'ocr' }, null, 2));
    await page.getByRole('tab', { name: 'Formulier' }).click();
    await eventually(async () =>
      expect(await page.getByLabel('Hoe leest uw software de PDF?').inputValue()).toBe('ocr'),
    );
    await eventually(async () => expect((await text(page.locator('#problems'))).trim()).toBe(''));
  });

  test('saves through the API and lists the saved profile', async () => {
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await eventually(async () =>
      expect((await text(page.locator('#save-status'))).trim()).toBe('Opgeslagen als versie 1.'),
    );
    await eventually(async () =>
      expect(await text(page.locator('#profile-list'))).toMatch(/ACME inkoop — versie 1/),
    );

    const list = (await fetch(`${server.url}/api/profiles`, {
      headers: { authorization: `Bearer ${apiKey}` },
    }).then((r) => r.json())) as { profiles: { id: string }[] };
    expect(list.profiles).toHaveLength(1);
    const stored = (await fetch(`${server.url}/api/profiles/${list.profiles[0]!.id}`, {
      headers: { authorization: `Bearer ${apiKey}` },
    }).then((r) => r.json())) as Record<string, any>;
    expect(stored.profile).toMatchObject({
      name: 'ACME inkoop',
      channels: 'ocr',
      file: { maxBytes: 10485760, maxPages: 5, singleInvoice: true },
      delivery: { invoiceAddress: 'facturen@acme.nl' },
    });

    // A second save of a change makes version 2.
    await page.getByLabel('Naam van het profiel').fill('ACME inkoop 2');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await eventually(async () =>
      expect((await text(page.locator('#save-status'))).trim()).toBe('Opgeslagen als versie 2.'),
    );
  });

  test('speaks English on request, help texts included', async () => {
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await eventually(async () =>
      expect(await page.getByLabel('Profile name').inputValue()).toBe('ACME inkoop 2'),
    );
    await eventually(async () =>
      expect(await text(page.locator('#form-view'))).toContain('Your invoice mailbox'),
    );
    await page.getByLabel('Largest file (MB)').fill('0');
    await eventually(async () =>
      expect((await text(errorNextTo(page, 'Largest file (MB)'))).trim()).toBe('Must be at least 1024.'),
    );
    await page.getByLabel('Largest file (MB)').fill('25');
    await eventually(async () => expect((await text(page.locator('#problems'))).trim()).toBe(''));
  });

  test('labels every control and fits a phone screen without sideways scrolling', async () => {
    expect(await page.evaluate(UNLABELLED_CONTROLS)).toEqual([]);
    const overflow = await page.evaluate(SIDEWAYS_OVERFLOW);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
