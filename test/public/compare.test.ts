/**
 * The compare page (/compare) in a real browser against the real app, on the supplier's side: the two
 * tries side by side with their page images, the fixed and the new findings, and the changed fields,
 * in Dutch and in English.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { INVOICE_LINES, textInvoicePdf } from '../fixtures/pdfs.js';
import { startTestServer, type TestServer, uploadForm } from '../server/harness.js';
import { collectErrors, launchChromium, text } from './browser.js';

let server: TestServer;
let browser: Browser;
let token = '';
let first = '';
let second = '';
const errors: string[] = [];

async function upload(bytes: Uint8Array): Promise<string> {
  const res = await fetch(`${server.url}/api/i/${token}/runs`, { method: 'POST', body: uploadForm(bytes) });
  const id = ((await res.json()) as { id: string }).id;
  await fetch(`${server.url}/api/i/${token}/runs/${id}?wait=20`);
  return id;
}

beforeAll(async () => {
  server = await startTestServer({ workers: 1 });
  const { apiKey } = await server.services.buyers.createBuyer('ACME B.V.');
  const headers = { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' };
  const profile = (await fetch(`${server.url}/api/profiles`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      name: 'ACME',
      channels: 'text',
      buyer: { name: 'ACME B.V.' },
      fields: { iban: { required: true } },
    }),
  }).then((r) => r.json())) as { id: string };
  const invitation = (await fetch(`${server.url}/api/invitations`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ supplierName: 'Bakkerij', supplierEmail: 'a@bakkerij.nl', profileId: profile.id }),
  }).then((r) => r.json())) as { link: string };
  token = invitation.link.slice(3);
  first = await upload(await textInvoicePdf());
  second = await upload(
    await textInvoicePdf({
      lines: INVOICE_LINES.filter((l) => !l.startsWith('IBAN')).map((l) =>
        l.startsWith('Aan:') ? 'Aan: ACME B.V.' : l,
      ),
    }),
  );
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the compare page', () => {
  test('shows the fixed and the new findings, the changed fields and both first pages', async () => {
    const page = await (
      await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'nl-NL' })
    ).newPage();
    collectErrors(page, errors, /^$/);
    await page.goto(`${server.url}/compare#token=${token}&a=${first}&b=${second}`);
    await page.locator('#comparison:not([hidden])').waitFor();
    expect(await text(page.locator('#fixed-title'))).toBe('Opgelost (1)');
    expect(await page.locator('#fixed li[data-check-id="fields.buyer-matches"]').count()).toBe(1);
    expect(await text(page.locator('#new-title'))).toBe('Nieuw (1)');
    expect(await page.locator('#new li[data-check-id="fields.required"]').count()).toBe(1);
    expect(await text(page.locator('#fields tr[data-field="iban"]'))).toContain('(niet gelezen)');
    for (const side of ['#before-pages img', '#after-pages img']) {
      const img = page.locator(side).first();
      await img.evaluate(
        (node) =>
          new Promise((resolve) =>
            (node as any).complete ? resolve(null) : node.addEventListener('load', resolve),
          ),
      );
      expect(await img.evaluate((node) => (node as any).naturalWidth)).toBeGreaterThan(100);
    }
    await page.getByRole('button', { name: 'Switch to English' }).click();
    expect(await text(page.locator('#fixed-title'))).toBe('Fixed (1)');
    expect(await text(page.locator('#new-title'))).toBe('New (1)');
    expect(errors).toEqual([]);
  });

  test('the supplier’s history links the newer try to the one before it, and the link opens the comparison', async () => {
    const page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
    await page.goto(`${server.url}/i/${token}`);
    const link = page.locator(`#history li[data-run="${second}"] a.compare-link`);
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`/compare#token=${token}&a=${first}&b=${second}`);
    expect(await page.locator(`#history li[data-run="${first}"] a.compare-link`).count()).toBe(0);
    await link.click();
    await page.locator('#comparison:not([hidden])').waitFor();
    expect(await text(page.locator('#fixed-title'))).toBe('Opgelost (1)');
  });

  test('says plainly when the runs cannot be compared', async () => {
    const page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
    await page.goto(`${server.url}/compare#token=${token}&a=${first}&b=run_doesnotexist00`);
    await page.locator('#error', { hasText: 'Vergelijken lukte niet' }).waitFor();
    expect(await page.locator('#comparison').isHidden()).toBe(true);
  });
});
