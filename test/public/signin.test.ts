/**
 * The buyer's sign-in, rendered by session.js into each buyer page (dashboard, run page, profile
 * editor), in a real browser (Debian's Chromium via playwright-core) against the real app: the same
 * labelled form everywhere, messages read out and focus on the field to correct, Dutch first with the
 * English switch, and signing in (with a password or an API key) opens the page itself.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { startTestServer, type TestServer, uploadForm } from '../server/harness.js';
import { collectErrors, eventually, launchChromium, text, UNLABELLED_CONTROLS } from './browser.js';

const PASSWORD = 'correct horse battery staple';

let server: TestServer;
let browser: Browser;
let apiKey = '';
let runId = '';
const errors: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ workers: 1 });
  const created = await server.services.buyers.createBuyer('ACME B.V.');
  apiKey = created.apiKey;
  await server.services.users.createUser(created.buyer.id, 'jan@acme.nl', PASSWORD);
  const headers = { authorization: `Bearer ${apiKey}` };
  const profile = (await fetch(`${server.url}/api/profiles`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'ACME crediteuren', channels: 'text' }),
  }).then((r) => r.json())) as { id: string };
  const run = (await fetch(`${server.url}/api/runs?wait=20`, {
    method: 'POST',
    headers,
    body: uploadForm(await textInvoicePdf(), { profile: profile.id }),
  }).then((r) => r.json())) as { id: string };
  runId = run.id;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The id of the element that has focus. */
const focused = (page: Page): Promise<string> => page.evaluate('document.activeElement?.id ?? ""');

/** Opens `path` signed out (a fresh browser context: no cookie, Dutch). */
async function openSignedOut(path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, locale: 'nl-NL' });
  const page = await context.newPage();
  collectErrors(page, errors, /status of 401/);
  await page.goto(`${server.url}${path}`);
  await page.locator('#signin-section').waitFor({ state: 'visible' });
  return page;
}

const PAGES = [
  {
    name: 'the dashboard',
    path: () => '/buyer.html',
    by: 'password',
    opens: '#dashboard',
    heading: 'dashboard-title',
  },
  {
    name: 'the run page',
    path: () => `/run.html?id=${runId}`,
    by: 'key',
    opens: '#verdict',
    heading: 'run-title',
  },
  {
    name: 'the profile editor',
    path: () => '/profiles.html',
    by: 'password',
    opens: '#workspace',
    heading: 'workspace-title',
  },
] as const;

describe.each(PAGES)('signing in on $name', ({ path, by, opens, heading }) => {
  let page: Page;
  beforeAll(async () => {
    page = await openSignedOut(path());
  });
  afterAll(() => page.context().close());

  test('shows the one sign-in form: both ways in, every field labelled, messages read out', async () => {
    expect(await text(page.locator('#signin-title'))).toBe('Inloggen als afnemer');
    expect(await page.getByRole('heading', { name: 'Met e-mailadres en wachtwoord' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Of met een API-sleutel' }).isVisible()).toBe(true);
    expect(await page.evaluate(UNLABELLED_CONTROLS)).toEqual([]);
    for (const id of ['email', 'password', 'api-key']) expect(await page.locator(`#${id}`).count()).toBe(1);
    for (const id of ['signin-user-error', 'signin-error']) {
      expect(await page.locator(`#${id}`).getAttribute('role')).toBe('alert');
      expect(await page.locator(`#${id}`).getAttribute('aria-live')).toBe('assertive');
    }
    expect(await page.getByLabel('E-mailadres', { exact: true }).getAttribute('aria-describedby')).toBe(
      'signin-user-error',
    );
    expect(await page.getByLabel('API-sleutel').getAttribute('aria-describedby')).toBe('signin-error');
  });

  test('an empty form is named and focus goes to the first empty field', async () => {
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    expect(await text(page.locator('#signin-user-error'))).toBe('Vul uw e-mailadres en wachtwoord in.');
    expect(await focused(page)).toBe('email');
    expect(await page.locator('#email').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#password').getAttribute('aria-invalid')).toBe('true');

    await page.getByRole('button', { name: 'Inloggen met sleutel' }).click();
    expect(await text(page.locator('#signin-error'))).toBe('Vul eerst uw API-sleutel in.');
    expect(await focused(page)).toBe('api-key');
  });

  test('a wrong password or key is refused, with focus back on the field to correct', async () => {
    await page.getByLabel('E-mailadres', { exact: true }).fill('jan@acme.nl');
    expect(await page.locator('#email').getAttribute('aria-invalid')).toBeNull(); // typing clears the mark
    await page.getByLabel('Wachtwoord', { exact: true }).fill('not my password');
    await page.getByLabel('Wachtwoord', { exact: true }).press('Enter');
    await eventually(async () =>
      expect(await text(page.locator('#signin-user-error'))).toBe(
        'Het e-mailadres of het wachtwoord klopt niet.',
      ),
    );
    expect(await focused(page)).toBe('password');
    expect(await page.locator('#password').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('API-sleutel').fill('pfk_wrong');
    await page.getByLabel('API-sleutel').press('Enter');
    await eventually(async () =>
      expect(await text(page.locator('#signin-error'))).toMatch(/onbekend of ingetrokken/),
    );
    expect(await focused(page)).toBe('api-key');
    expect(await page.locator('#api-key').getAttribute('aria-invalid')).toBe('true');
  });

  test('speaks English on request, messages included, and Dutch again', async () => {
    await page.getByRole('button', { name: 'Switch to English' }).click();
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    expect(await text(page.locator('#signin-title'))).toBe('Sign in as a buyer');
    expect(await page.getByLabel('E-mail address', { exact: true }).count()).toBe(1);
    expect(await page.getByLabel('Password', { exact: true }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Sign in with key' }).isVisible()).toBe(true);
    expect(await text(page.locator('#signin-user-error'))).toBe(
      'The e-mail address or the password is not right.',
    );
    expect(await text(page.locator('#signin-error'))).toMatch(/unknown or revoked/);
    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
    expect(await text(page.locator('#signin-title'))).toBe('Inloggen als afnemer');
    expect(await text(page.locator('#signin-user-error'))).toBe(
      'Het e-mailadres of het wachtwoord klopt niet.',
    );
  });

  test(`signs in with the right ${by === 'key' ? 'API key' : 'password'} and opens the page`, async () => {
    if (by === 'key') {
      await page.getByLabel('API-sleutel').fill(apiKey);
      await page.getByLabel('API-sleutel').press('Enter');
    } else {
      await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
      await page.getByLabel('Wachtwoord', { exact: true }).press('Enter');
    }
    await page.locator(opens).waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.locator('#signin-section').isVisible()).toBe(false);
    expect(await page.locator('#buyer-nav').isVisible()).toBe(true);
    await eventually(async () => expect(await focused(page)).toBe(heading));
    // The password is not left in the page; the session opened is the buyer's.
    expect(await page.locator('#password').inputValue()).toBe('');
    const session = (await page.evaluate(`fetch('/api/session').then((r) => r.json())`)) as {
      buyer: { name: string };
      signedInWith: string;
    };
    expect(session).toMatchObject({
      buyer: { name: 'ACME B.V.' },
      signedInWith: by === 'key' ? 'apiKey' : 'password',
    });
  });
});

test('the pages raised no script errors', () => {
  expect(errors).toEqual([]);
});
