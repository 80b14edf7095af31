/**
 * Shared by the browser tests: Debian's Chromium, headless, driven by playwright-core (which downloads
 * no browser; `.ci/run` installs `chromium` when missing). Set CHROMIUM_PATH to use another binary.
 */
import { type Browser, chromium, type Page } from 'playwright-core';

/** The Chromium binary. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet, offline, sandbox-less headless Chromium (as in CI containers). */
export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts the browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

/** A phone-sized viewport. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

/** Retries an assertion until it holds or `timeoutMs` passes (pages update asynchronously). */
export async function eventually(assertion: () => Promise<void>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** The text of a locator ('' for none). */
export const text = async (locator: { textContent(): Promise<string | null> }): Promise<string> =>
  (await locator.textContent()) ?? '';

/** Collects script errors and console errors of a page, except those `expected` matches. */
export function collectErrors(page: Page, errors: string[], expected: RegExp): void {
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !expected.test(message.text())) errors.push(message.text());
  });
}

/** Ids of form controls with no label (run in the page; this file is compiled without DOM types). */
export const UNLABELLED_CONTROLS = `[...document.querySelectorAll('input, select, textarea')]
  .filter((el) => el.type !== 'hidden' && el.labels.length === 0 && !el.getAttribute('aria-label'))
  .map((el) => el.id || el.name)`;

/** How far the page scrolls sideways (0 or less: it fits). */
export const SIDEWAYS_OVERFLOW = 'document.documentElement.scrollWidth - window.innerWidth';
