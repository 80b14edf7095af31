/**
 * The verdict banner on the supplier's page (public/report.js, verdictBanner) words the verdict by the
 * kind of its errors and folds away the list of checks that passed; at desktop and phone widths.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { verdictHeadline } from '../../engine/i18n/headline.js';
import type { Lang, ReasonKind } from '../../engine/model/finding.js';
import { fromRoot } from '../../runtime/paths.js';
import { badVatIdInvoicePdf } from '../fixtures/kinds.js';
import { startTestServer, type TestServer } from '../server/harness.js';
import { collectErrors, eventually, launchChromium, PHONE, SIDEWAYS_OVERFLOW, text } from './browser.js';

const BUYER = 'Gemeente Voorbeeldstad';
let server: TestServer;
let browser: Browser;
let pdf: Uint8Array;

beforeAll(async () => {
  server = await startTestServer({ workers: 1 });
  browser = await launchChromium();
  pdf = await badVatIdInvoicePdf();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh invitation of the buyer, checked against the text-capture preset; its supplier link. */
async function invitationLink(): Promise<string> {
  const { apiKey } = await server.services.buyers.createBuyer(BUYER);
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(201);
    return (await res.json()) as Record<string, any>;
  };
  const { $schema: _, ...preset } = JSON.parse(
    readFileSync(fromRoot('profiles', 'examples', 'text-capture.json'), 'utf8'),
  );
  const profile = await post('/api/profiles', preset);
  const created = await post('/api/invitations', {
    supplierName: 'Bakkerij De Korenschoof B.V.',
    supplierEmail: 'info@korenschoof.example',
    profileId: profile.id,
  });
  return `${server.url}${created.link}`;
}

const SIZES: [string, BrowserContextOptions][] = [
  ['desktop (1280×800)', { viewport: { width: 1280, height: 800 } }],
  ['phone (390×844)', PHONE],
];

describe('the verdict banner of a Dutch invoice whose only error is its VAT number’s check digits', () => {
  test.each(SIZES)(
    'says the software reads it but data is wrong, with the passed checks folded away, on a %s',
    async (_, size) => {
      const context = await browser.newContext({ ...size, locale: 'nl-NL' });
      const page = await context.newPage();
      const errors: string[] = [];
      collectErrors(page, errors, /status of 404/);
      try {
        await page.goto(await invitationLink());
        await page
          .locator('#file')
          .setInputFiles({ name: 'factuur.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
        await page.getByRole('button', { name: 'Controleren' }).click();
        await eventually(
          async () => expect(await page.locator('#verdict').getAttribute('data-verdict')).toBe('rejected'),
          30_000,
        );

        const headline = page.locator('#verdict .headline');
        expect(await text(headline)).toBe(
          'De software van Gemeente Voorbeeldstad kan deze factuur lezen, maar er ontbreken gegevens of er kloppen gegevens niet.',
        );
        await headline.scrollIntoViewIfNeeded();
        expect(await headline.isVisible()).toBe(true);

        const folded = page.locator('#verdict details.checks-passed');
        const summary = await text(folded.locator('summary'));
        const [, passed, run] = /^(\d+) van (\d+) controles geslaagd$/.exec(summary) ?? [];
        expect(Number(passed)).toBe(Number(run) - 1);
        expect(Number(run)).toBeGreaterThan(20);
        expect(await folded.locator('ul').isVisible()).toBe(false);
        await folded.locator('summary').click();
        await eventually(async () =>
          expect(await text(folded.locator('ul'))).toContain('Het bestand is een PDF'),
        );
        expect(await folded.locator('li').count()).toBe(Number(passed));
        expect(await text(folded.locator('ul'))).not.toContain('Btw-nummers zijn geldig');
        expect(await page.evaluate(SIDEWAYS_OVERFLOW)).toBeLessThanOrEqual(0);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
    60_000,
  );
});

describe('the web banner words every kind of reason as the engine’s catalogue does', () => {
  const CASES: [string, ReasonKind[]][] = [
    ['accepted', []],
    ['undetermined', []],
    ['rejected', []],
    ['rejected', ['unreadable']],
    ['rejected', ['data']],
    ['rejected', ['delivery']],
    ['rejected', ['unreadable', 'data', 'delivery']],
    ['rejected', ['data', 'delivery']],
  ];

  test('in Dutch and English, with and without a buyer name', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}/`);
      for (const lang of ['nl', 'en'] as Lang[])
        for (const buyer of [BUYER, 'ACME B.V.', undefined])
          for (const [verdict, reason] of CASES) {
            const report = { verdict: verdict as 'accepted' | 'rejected' | 'undetermined', reason };
            const shown = await page.evaluate(
              `import('/report.js').then((m) => m.verdictHeadline(${JSON.stringify(report)}, '${lang}', ${JSON.stringify(buyer)}))`,
            );
            expect([lang, verdict, reason, shown]).toEqual([
              lang,
              verdict,
              reason,
              verdictHeadline(report, lang, buyer),
            ]);
          }
    } finally {
      await page.close();
    }
  });
});
