/**
 * The pages in German and French: a browser that prefers German or French opens the upload page, the
 * supplier's invitation page and the buyer's sign-in in that language, with the report's labels and
 * dates in it too; the switcher offers NL / EN / DE / FR and remembers the choice; an invitation link's
 * own language still wins; a browser in another language gets Dutch. Real server, real Chromium.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { startTestServer, type TestServer, uploadForm } from '../server/harness.js';
import { collectErrors, launchChromium, text } from './browser.js';

let server: TestServer;
let browser: Browser;
let token = '';
let invoicePdf: Uint8Array;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startTestServer({ workers: 1 });
  const { apiKey } = await server.services.buyers.createBuyer('ACME B.V.');
  const headers = { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' };
  const profile = (await fetch(`${server.url}/api/profiles`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ name: 'ACME', channels: 'text' }),
  }).then((r) => r.json())) as { id: string };
  const invitation = (await fetch(`${server.url}/api/invitations`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      supplierName: 'Bäckerei Schmidt',
      supplierEmail: 'a@schmidt.example',
      profileId: profile.id,
    }),
  }).then((r) => r.json())) as { link: string };
  token = invitation.link.slice(3);
  invoicePdf = await textInvoicePdf();
  // One sample already checked, so the supplier page opens on its report.
  const res = await fetch(`${server.url}/api/i/${token}/runs`, {
    method: 'POST',
    body: uploadForm(invoicePdf),
  });
  const id = ((await res.json()) as { id: string }).id;
  await fetch(`${server.url}/api/i/${token}/runs/${id}?wait=30`);
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

/** A fresh browser (no remembered language) whose preferred language is `locale`. */
async function pageIn(locale: string, errors: string[]): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1100, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  collectErrors(page, errors, /status of 40[01]/);
  return page;
}

const htmlLang = (page: Page) => page.evaluate('document.documentElement.lang');
const pressed = (page: Page) =>
  page.locator('#lang-switch button[aria-pressed="true"]').getAttribute('data-lang');

describe('the upload page in a German browser', () => {
  test('speaks German, and so does the report of a checked PDF, its labels and its date', async () => {
    const errors: string[] = [];
    const page = await pageIn('de-DE', errors);
    await page.goto(`${server.url}/`);
    expect(await htmlLang(page)).toBe('de');
    expect(await pressed(page)).toBe('de');
    expect(await page.locator('#lang-switch button').allTextContents()).toEqual([
      'NL – Schakel naar Nederlands',
      'EN – Switch to English',
      'DE – Auf Deutsch umschalten',
      'FR – Passer au français',
    ]);
    expect(await text(page.locator('label[for=file]'))).toBe('Ihre Rechnung (PDF)');
    expect(await page.title()).toBe('Proeffactuur – Ihre Rechnungs-PDF testen');
    expect(await text(page.locator('#upload-button'))).toBe('Prüfen');

    await page.setInputFiles('#file', {
      name: 'rechnung.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(invoicePdf),
    });
    await page.click('#upload-button');
    await page.locator('#result #verdict').waitFor({ timeout: 30_000 });
    expect(['Angenommen', 'Abgelehnt']).toContain(await text(page.locator('#verdict h2')));
    expect(await text(page.locator('#fields-title'))).toBe('Was die Software des Kunden liest');
    expect(await text(page.locator('tr[data-field="invoiceNumber"] th'))).toBe('Rechnungsnummer');
    expect(await text(page.locator('tr[data-field="totalAmount"] th'))).toBe('Gesamtbetrag');
    // "geprüft 03.12.2026, 14:05": the moment of the check as a German reader writes it.
    expect(await text(page.locator('#verdict .meta'))).toMatch(
      / · geprüft \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} · /,
    );
    expect(errors).toEqual([]);
  }, 60_000);
});

describe('the upload page in a French browser', () => {
  test('speaks French before anything is checked', async () => {
    const errors: string[] = [];
    const page = await pageIn('fr-FR', errors);
    await page.goto(`${server.url}/`);
    expect(await htmlLang(page)).toBe('fr');
    expect(await pressed(page)).toBe('fr');
    expect(await page.title()).toBe('Proeffactuur – testez votre facture PDF');
    expect(await text(page.locator('label[for=file]'))).toBe('Votre facture (PDF)');
    expect(await text(page.locator('label[for=profile]'))).toBe('Exigences du client');
    expect(await text(page.locator('#upload-button'))).toBe('Vérifier');
    await page.click('#upload-button');
    expect(await text(page.locator('#status'))).toBe("Choisissez d'abord le fichier PDF de votre facture.");
    expect(errors).toEqual([]);
  }, 60_000);
});

describe('the supplier’s invitation page in a German browser', () => {
  test('speaks German, with the report of the last sample in German', async () => {
    const errors: string[] = [];
    const page = await pageIn('de-DE', errors);
    await page.goto(`${server.url}/i/${token}`);
    await page.locator('#result #verdict').waitFor();
    expect(await htmlLang(page)).toBe('de');
    expect(await text(page.locator('#title'))).toBe('Testrechnung für ACME B.V.');
    expect(await text(page.locator('#greeting'))).toBe('Guten Tag Bäckerei Schmidt,');
    expect(await text(page.locator('#fields-title'))).toBe('Was die Software des Kunden liest');
    expect(await text(page.locator('tr[data-field="issueDate"] th'))).toBe('Rechnungsdatum');
    // The sample passed: the banner says so in the supplier's words.
    expect(await text(page.locator('#verdict h2'))).toBe('Erfüllt die Anforderungen von ACME B.V.');
    expect(errors).toEqual([]);
  }, 60_000);
});

describe('the supplier’s invitation page in a French browser', () => {
  test('speaks French, with the report of the last sample in French', async () => {
    const errors: string[] = [];
    const page = await pageIn('fr-FR', errors);
    await page.goto(`${server.url}/i/${token}`);
    await page.locator('#result #verdict').waitFor();
    expect(await htmlLang(page)).toBe('fr');
    expect(await pressed(page)).toBe('fr');
    expect(await text(page.locator('#title'))).toBe('Facture test pour ACME B.V.');
    expect(await text(page.locator('#greeting'))).toBe('Bonjour Bäckerei Schmidt,');
    expect(await text(page.locator('#fields-title'))).toBe('Ce que lit le logiciel du client');
    expect(await text(page.locator('tr[data-field="invoiceNumber"] th'))).toBe('Numéro de facture');
    expect(await page.title()).toBe('Facture test pour ACME B.V. – Proeffactuur');
    expect(errors).toEqual([]);
  }, 60_000);

  test('switches to German with the switcher, and opens in German next time', async () => {
    const errors: string[] = [];
    const page = await pageIn('fr-FR', errors);
    await page.goto(`${server.url}/i/${token}`);
    await page.locator('#result #verdict').waitFor();
    await page.getByRole('button', { name: 'Auf Deutsch umschalten' }).click();
    expect(await htmlLang(page)).toBe('de');
    expect(await pressed(page)).toBe('de');
    // The button just pressed keeps the focus (the switcher is not rebuilt under the keyboard).
    expect(await page.evaluate('document.activeElement?.dataset.lang')).toBe('de');
    expect(await text(page.locator('#title'))).toBe('Testrechnung für ACME B.V.');
    expect(await text(page.locator('#fields-title'))).toBe('Was die Software des Kunden liest');

    await page.reload();
    await page.locator('#result #verdict').waitFor();
    expect(await text(page.locator('#title'))).toBe('Testrechnung für ACME B.V.');
    expect(errors).toEqual([]);
  }, 60_000);

  test('follows the invitation link’s own language (?lang=en) over the browser’s French', async () => {
    const errors: string[] = [];
    const page = await pageIn('fr-FR', errors);
    await page.goto(`${server.url}/i/${token}?lang=en`);
    await page.locator('#result #verdict').waitFor();
    expect(await htmlLang(page)).toBe('en');
    expect(await text(page.locator('#title'))).toBe('Sample invoice for ACME B.V.');
    expect(errors).toEqual([]);
  }, 60_000);
});

describe('the language a page starts in', () => {
  test('is Dutch for a browser in none of the four languages, on the upload page and the dashboard', async () => {
    const errors: string[] = [];
    const page = await pageIn('es-ES', errors);
    await page.goto(`${server.url}/`);
    expect(await htmlLang(page)).toBe('nl');
    expect(await text(page.locator('label[for=file]'))).toBe('Uw factuur (PDF)');
    await page.goto(`${server.url}/buyer.html`);
    await page.locator('#signin-section:not([hidden])').waitFor();
    expect(await htmlLang(page)).toBe('nl');
    expect(await page.getByLabel('API-sleutel').count()).toBe(1);
    expect(errors).toEqual([]);
  }, 60_000);

  test('is the browser’s own when it is a regional German or French (de-AT, fr-BE), on the dashboard too', async () => {
    const errors: string[] = [];
    const austrian = await pageIn('de-AT', errors);
    await austrian.goto(`${server.url}/buyer.html`);
    await austrian.locator('#signin-section:not([hidden])').waitFor();
    expect(await htmlLang(austrian)).toBe('de');
    expect(await austrian.getByLabel('API-Schlüssel').count()).toBe(1);
    const belgian = await pageIn('fr-BE', errors);
    await belgian.goto(`${server.url}/buyer.html`);
    await belgian.locator('#signin-section:not([hidden])').waitFor();
    expect(await htmlLang(belgian)).toBe('fr');
    expect(await belgian.getByLabel("Clé d'API").count()).toBe(1);
    expect(errors).toEqual([]);
  }, 60_000);
});
