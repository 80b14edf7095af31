/**
 * The buyer's outbox page in a real browser (Debian's Chromium via playwright-core), against the real
 * app without a mail relay: the buyer signs in on the dashboard, follows the outbox link, and sees the
 * invitation e-mail kept there (with its text and the link), a failed message with its error, and the
 * page in English. Another buyer sees none of it.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../server/harness.js';
import { collectErrors, eventually, launchChromium, text, UNLABELLED_CONTROLS } from './browser.js';

const PASSWORD = 'correct horse battery staple';
let server: TestServer;
let browser: Browser;
let page: Page;
let token = '';
const errors: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ workers: 1 });
  const acme = await server.services.buyers.createBuyer('ACME B.V.');
  await server.services.users.createUser(acme.buyer.id, 'jan@acme.nl', PASSWORD);
  const other = await server.services.buyers.createBuyer('Concurrent B.V.');
  await server.services.users.createUser(other.buyer.id, 'piet@concurrent.nl', PASSWORD);
  const auth = { authorization: `Bearer ${acme.apiKey}`, 'content-type': 'application/json' };
  const profile = (await fetch(`${server.url}/api/profiles`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ name: 'ACME crediteuren', channels: 'text', buyer: { name: 'ACME B.V.' } }),
  }).then((r) => r.json())) as { id: string };
  const invitation = (await fetch(`${server.url}/api/invitations`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({
      supplierName: 'Bakkerij De Korenschoof',
      supplierEmail: 'admin@korenschoof.nl',
      profileId: profile.id,
    }),
  }).then((r) => r.json())) as { link: string };
  token = invitation.link.split('/')[2]!;
  // A message a relay gave up on, as the mailer stores it.
  await server.services.mailer.store.insert({
    buyerId: acme.buyer.id,
    kind: 'invitation-reminder',
    to: 'admin@korenschoof.nl',
    from: server.services.mailer.from,
    subject: 'Herinnering: ACME B.V. wacht op uw proeffactuur',
    text: 'Beste Bakkerij De Korenschoof,',
    messageId: '<failed@proef.localhost>',
    language: 'nl',
    status: 'failed',
    lastError: 'Given up after 8 attempts: connect ECONNREFUSED 127.0.0.1:25',
    createdAt: new Date(Date.now() + 1000).toISOString(),
  });
  browser = await launchChromium();
  page = await (
    await browser.newContext({ viewport: { width: 1000, height: 900 }, locale: 'nl-NL' })
  ).newPage();
  collectErrors(page, errors, /status of 401/);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signIn(email: string): Promise<void> {
  await page.getByLabel('E-mailadres', { exact: true }).fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Wachtwoord', { exact: true }).press('Enter');
}

describe('the outbox page', () => {
  test('is linked from the dashboard and shows the invitation kept without a mail server', async () => {
    await page.goto(`${server.url}/buyer.html`);
    await page.locator('#signin-section').waitFor({ state: 'visible' });
    await signIn('jan@acme.nl');
    await page.locator('#dashboard').waitFor({ state: 'visible' });
    await page.getByRole('link', { name: 'Postvak uit' }).click();
    await page.locator('#outbox').waitFor({ state: 'visible' });
    const held = page.locator('.outbox-message[data-status="held"]');
    await held.waitFor();
    expect(await text(held.locator('.subject'))).toBe('ACME B.V. vraagt u een proeffactuur te testen');
    expect(await text(held)).toContain('Aan: admin@korenschoof.nl');
    expect(await text(held)).toContain('Niet verstuurd (bewaard)');
    expect(await held.locator('pre').isVisible()).toBe(false);
    await held.getByText('Tekst tonen').click();
    expect(await text(held.locator('pre'))).toContain(`/i/${token}?lang=nl`);
    expect(await page.evaluate(UNLABELLED_CONTROLS)).toEqual([]);
  });

  test('shows a failed message with its error, newest first, and filters by state', async () => {
    const items = page.locator('.outbox-message');
    expect(await items.first().getAttribute('data-status')).toBe('failed');
    expect(await text(items.first())).toContain('Fout: Given up after 8 attempts: connect ECONNREFUSED');
    await page.getByLabel('Toon').selectOption('failed');
    await eventually(async () => expect(await items.count()).toBe(1));
    await page.getByLabel('Toon').selectOption('');
    await eventually(async () => expect(await items.count()).toBe(2));
  });

  test('switches to English', async () => {
    await page.getByRole('button', { name: 'Switch to English' }).click();
    expect(await text(page.locator('#outbox-title'))).toBe('Outbox');
    expect(await text(page.locator('.outbox-message[data-status="held"] .status'))).toBe('Not sent (kept)');
    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
  });

  test('shows another buyer none of these messages', async () => {
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.locator('#signin-section').waitFor({ state: 'visible' });
    await signIn('piet@concurrent.nl');
    await page.locator('#outbox').waitFor({ state: 'visible' });
    await eventually(async () => expect(await page.locator('#no-messages').isVisible()).toBe(true));
    expect(await page.locator('.outbox-message').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
