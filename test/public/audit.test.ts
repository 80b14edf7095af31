/**
 * Overrides and waivers in the browser: the buyer waives a failed check for one supplier on the run
 * page and approves another failed sample all the same (a reason is required); the supplier's report
 * shows the waived point as "vrijgesteld door de afnemer" with the reason; the audit page lists both.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { imageOnlyPdf, textInvoicePdf } from '../fixtures/pdfs.js';
import { startTestServer, type TestServer, uploadForm } from '../server/harness.js';
import { collectErrors, eventually, launchChromium, text } from './browser.js';

// Real runs on a shared 2-core machine: generous time, no timing assertions.
jest.setTimeout(120_000);

let server: TestServer;
let browser: Browser;
let buyerPage: Page;
let token = '';
let waivedRunId = '';
let overriddenRunId = '';
const PASSWORD = 'correct horse battery staple';
const WAIVER_REASON = 'Wij boeken op inkoopordernummer; de tenaamstelling maakt ons niet uit.';
const OVERRIDE_REASON = 'Deze scan leest onze software goed; akkoord.';
const errors: string[] = [];

/** fetch, sent once more when a keep-alive connection the server had just closed was reused (a loaded machine). */
async function fetchOnce(url: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code ?? '';
    if (!['UND_ERR_SOCKET', 'ECONNRESET', 'UND_ERR_CLOSED'].includes(code)) throw error;
    return fetch(url, init);
  }
}

async function upload(bytes: Uint8Array): Promise<string> {
  const res = await fetchOnce(`${server.url}/api/i/${token}/runs`, {
    method: 'POST',
    body: uploadForm(bytes),
  });
  const id = ((await res.json()) as { id: string }).id;
  const done = (await fetchOnce(`${server.url}/api/i/${token}/runs/${id}?wait=30`).then((r) => r.json())) as {
    verdict: string;
  };
  expect(done.verdict).toBe('rejected');
  return id;
}

beforeAll(async () => {
  server = await startTestServer({ workers: 1 });
  const { buyer, apiKey } = await server.services.buyers.createBuyer('ACME B.V.');
  await server.services.users.createUser(buyer.id, 'jan@acme.nl', PASSWORD);
  const headers = { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' };
  const profile = (await fetchOnce(`${server.url}/api/profiles`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      name: 'ACME crediteuren',
      channels: 'text',
      buyer: { name: 'ACME B.V.' },
      delivery: { invoiceAddress: 'facturen@acme.nl', manualApproval: true },
    }),
  }).then((r) => r.json())) as { id: string };
  expect(profile).toHaveProperty('id');
  const invitation = (await fetchOnce(`${server.url}/api/invitations`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ supplierName: 'Bakkerij', supplierEmail: 'a@bakkerij.nl', profileId: profile.id }),
  }).then((r) => r.json())) as { link: string };
  expect(invitation).toHaveProperty('link');
  token = invitation.link.slice('/i/'.length);
  overriddenRunId = await upload(await imageOnlyPdf());
  // Addressed to another company: only `fields.buyer-matches` fails. Uploaded last: the supplier page shows it.
  waivedRunId = await upload(await textInvoicePdf({ buyerName: 'Andere Klant B.V.' }));
  browser = await launchChromium();
  buyerPage = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  collectErrors(buyerPage, errors, /status of 4\d\d/);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('overrides and waivers', () => {
  test('the buyer waives the failed check on the run page: the report shows it waived and the verdict passes', async () => {
    await buyerPage.goto(`${server.url}/buyer.html`);
    await buyerPage.getByLabel('E-mailadres', { exact: true }).fill('jan@acme.nl');
    await buyerPage.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
    await buyerPage.getByLabel('Wachtwoord', { exact: true }).press('Enter');
    await buyerPage.locator('#dashboard').waitFor({ state: 'visible' });
    expect(await buyerPage.getByRole('link', { name: 'Auditlogboek' }).getAttribute('href')).toBe(
      '/audit.html',
    );

    await buyerPage.goto(`${server.url}/run.html?id=${waivedRunId}`);
    await buyerPage.locator('#waivers-section').waitFor({ state: 'visible' });
    expect(await buyerPage.getByLabel('Controle', { exact: true }).inputValue()).toBe('fields.buyer-matches');
    await buyerPage.getByLabel('Reden (verplicht; de leverancier ziet deze)').last().fill(WAIVER_REASON);
    await buyerPage.getByRole('button', { name: 'Vrijstellen' }).click();
    const waived = buyerPage.locator('#report li.finding.waived[data-check="fields.buyer-matches"]').first();
    await waived.waitFor();
    expect(await text(waived)).toContain('Vrijgesteld door de afnemer');
    expect(await text(waived)).toContain(WAIVER_REASON);
    await eventually(async () =>
      expect(await buyerPage.locator('#waiver-list li[data-check="fields.buyer-matches"]').count()).toBe(1),
    );
    // Now it passes: the ordinary approve-or-reject form is offered.
    await eventually(async () =>
      expect(await text(buyerPage.locator('#review-title'))).toBe('Goedkeuren of afwijzen'),
    );
  });

  test('the buyer approves a failed sample all the same, only with a reason', async () => {
    await buyerPage.goto(`${server.url}/run.html?id=${overriddenRunId}`);
    await buyerPage.locator('#review-section').waitFor({ state: 'visible' });
    expect(await text(buyerPage.locator('#review-title'))).toBe('Toch goedkeuren');
    expect(await buyerPage.locator('#reject').isVisible()).toBe(false);
    await buyerPage.getByRole('button', { name: 'Toch goedkeuren' }).click();
    await eventually(async () =>
      expect(await text(buyerPage.locator('#review-status'))).toMatch(/^Dat lukte niet: .*met een reden/),
    );
    await buyerPage.locator('#comment').fill(OVERRIDE_REASON);
    await buyerPage.getByRole('button', { name: 'Toch goedkeuren' }).click();
    await eventually(async () =>
      expect(await text(buyerPage.locator('#reviews'))).toContain('Toch goedgekeurd door jan@acme.nl'),
    );
    expect(await text(buyerPage.locator('#reviews'))).toContain(OVERRIDE_REASON);
  });

  test('the supplier’s report shows the waived point as waived by the buyer, with the reason', async () => {
    const page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
    await page.goto(`${server.url}/i/${token}`);
    const waived = page.locator('#result li.finding.waived[data-check="fields.buyer-matches"]').first();
    await waived.waitFor();
    expect(await text(waived)).toContain('Vrijgesteld door de afnemer');
    expect(await text(waived)).toContain(WAIVER_REASON);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await eventually(async () => expect(await text(waived)).toContain('Waived by the buyer'));
    expect(await text(waived)).toContain(`Reason: ${WAIVER_REASON}`);
    await page.close();
  });

  test('the audit page lists the waiver and the override, with who and why', async () => {
    await buyerPage.goto(`${server.url}/audit.html`);
    const override = buyerPage.locator('#entry-rows tr[data-action="review.override"]');
    await override.waitFor();
    expect(await text(override)).toContain('Afgekeurde proeffactuur toch goedgekeurd');
    expect(await text(override)).toContain('jan@acme.nl');
    expect(await text(override)).toContain(OVERRIDE_REASON);
    const waiver = buyerPage.locator('#entry-rows tr[data-action="waiver.created"]');
    expect(await text(waiver)).toContain('fields.buyer-matches');
    expect(await text(waiver)).toContain(WAIVER_REASON);
    await buyerPage.getByLabel('Toon').selectOption('waiver');
    await eventually(async () => expect(await buyerPage.locator('#entry-rows tr').count()).toBe(1));
    expect(errors).toEqual([]);
  });
});
