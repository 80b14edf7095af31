/**
 * The sign-in page of a new installation: it says, with the exact commands, how to create the first
 * buyer and its user; once there is a buyer, it says nothing of the kind.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../server/harness.js';
import { launchChromium, PHONE, SIDEWAYS_OVERFLOW } from './browser.js';

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  server = await startTestServer({ workers: 1 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The first-use help on the buyer page (null when hidden), at a phone's width. */
async function firstUseHelp(lang: 'nl' | 'en' = 'nl'): Promise<{ text: string | null; overflow: number }> {
  const context = await browser.newContext(PHONE);
  await context.addInitScript(`localStorage.setItem('lang', '${lang}')`);
  const page = await context.newPage();
  try {
    await page.goto(`${server.url}/buyer.html`);
    await page.locator('#signin-user').waitFor();
    await page.waitForLoadState('networkidle');
    const help = page.locator('#first-use');
    const text = (await help.isVisible()) ? await help.textContent() : null;
    return { text, overflow: (await page.evaluate(SIDEWAYS_OVERFLOW)) as number };
  } finally {
    await context.close();
  }
}

const session = async () =>
  (await fetch(`${server.url}/api/session`).then((r) => r.json())) as { signedIn: boolean; setup?: string };

describe('the sign-in page of a new installation', () => {
  test('with no buyer: shows the command that creates the first buyer and its user', async () => {
    expect(await session()).toEqual({ signedIn: false, setup: 'no-buyer' });
    const nl = await firstUseHelp('nl');
    expect(nl.text).toContain('Eerste keer: er is nog geen account');
    expect(nl.text).toContain(
      'npx proeffactuur buyer create --name "Gemeente Voorbeeld" --user-email jan@voorbeeld.nl',
    );
    expect(nl.overflow).toBeLessThanOrEqual(0);
    expect((await firstUseHelp('en')).text).toContain('First time: there is no account yet');
  });

  test('once a buyer exists: no first-use help, and the answer says nothing about the installation', async () => {
    const { buyer } = await server.services.buyers.createBuyer('Gemeente Voorbeeld');
    await server.services.users.createUser(buyer.id, 'jan@voorbeeld.nl', 'een lang genoeg wachtwoord');
    expect(await session()).toEqual({ signedIn: false });
    expect((await firstUseHelp('nl')).text).toBeNull();
  });
});
