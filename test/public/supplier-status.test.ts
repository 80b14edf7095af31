/**
 * The supplier's page for a returning supplier, in a real browser (Debian's Chromium via
 * playwright-core) against the real app, at desktop (1280×800) and phone (390×844) sizes: the page opens
 * on where the invitation stands (status panel at the top, focused), with the invoice address, the start
 * date and the buyer's comment once approved; the buyer's contact address at every stage; an automatic
 * pass worded as "meets the requirements; waiting for approval"; the advice about a wrong file kept when
 * Controleren is clicked; a reload during a run resumes following it; the home page `/` shows the same
 * report component; the page starts in the browser's language.
 *
 * `UPDATE_SCREENSHOTS=1` also writes the go-live state as the page opens (go-live-desktop.png,
 * go-live-phone.png) and whole pages (supplier-report-desktop.png: a sample waiting for approval after a
 * resumed run; supplier-report-phone.png: approved; supplier-report-awaiting-desktop.png;
 * supplier-report-home-phone.png: the home page /) to docs/screenshots/.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { fromRoot } from '../../runtime/paths.js';
import { imageOnlyPdf, slowPdf, textInvoicePdf } from '../fixtures/pdfs.js';
import { startTestServer, type TestServer, uploadForm } from '../server/harness.js';
import { collectErrors, eventually, launchChromium, PHONE, SIDEWAYS_OVERFLOW, text } from './browser.js';

const MAILBOX = 'facturen@acme.nl';
const CONTACT = 'inkoop@acme.nl';
const DESKTOP = { viewport: { width: 1280, height: 800 } } as const;
const SIZES = [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const;

let server: TestServer;
let browser: Browser;
let apiKey = '';
let profileId = '';
const errors: string[] = [];
// Expected console noise: page images a test server may not have (404).
const EXPECTED = /status of 404/;

beforeAll(async () => {
  // One worker: a slow run holds it, so a supplier's run waits in the queue while the page reloads.
  server = await startTestServer({ workers: 1 });
  apiKey = (await server.services.buyers.createBuyer('ACME B.V.')).apiKey;
  const profile = await api('POST', '/api/profiles', {
    name: 'ACME crediteuren',
    channels: 'text',
    delivery: {
      invoiceAddress: MAILBOX,
      contactAddress: CONTACT,
      startDate: '2099-03-01',
      manualApproval: true,
    },
  });
  profileId = profile.id as string;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function api(method: string, path: string, body?: unknown): Promise<Record<string, any>> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const json = (await res.json()) as Record<string, any>;
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** A new invitation; its link's path and token. */
async function invite(name: string): Promise<{ link: string; token: string }> {
  const created = await api('POST', '/api/invitations', {
    supplierName: name,
    supplierEmail: 'admin@korenschoof.nl',
    profileId,
  });
  const link = created.link as string;
  return { link: `${server.url}${link}`, token: link.split('/i/')[1]! };
}

/** A sample uploaded through the invitation's API, waited for until it is checked. */
async function supplierUpload(token: string, bytes: Uint8Array): Promise<Record<string, any>> {
  const res = await fetch(`${server.url}/api/i/${token}/runs`, { method: 'POST', body: uploadForm(bytes) });
  const run = (await res.json()) as Record<string, any>;
  return (await fetch(`${server.url}/api/i/${token}/runs/${run.id}?wait=20`).then((r) => r.json())) as Record<
    string,
    any
  >;
}

async function openPage(
  options: object,
  url: string,
  locale = 'nl-NL',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...options, locale });
  const page = await context.newPage();
  collectErrors(page, errors, EXPECTED);
  await page.goto(url);
  return { context, page };
}

/** Whether the element's box lies wholly inside the viewport (as the page opened, without scrolling). */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).boundingBox();
  const size = page.viewportSize();
  return !!box && !!size && box.y >= 0 && box.y + box.height <= size.height;
}

const activeId = (page: Page) => page.evaluate('document.activeElement && document.activeElement.id');

/** Writes a screenshot of what the viewport shows to docs/screenshots/ when asked to. */
async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  // The page images load after the report: wait for them (a string, this file has no DOM types).
  await eventually(async () =>
    expect(
      await page.evaluate(`[...document.querySelectorAll('.page-images img')].every((img) => img.complete)`),
    ).toBe(true),
  );
  const png = await page.screenshot({ fullPage, animations: 'disabled' });
  writeFileSync(
    fromRoot('docs', 'screenshots', name),
    await sharp(png).png({ palette: true, colours: 48, compressionLevel: 9, effort: 10 }).toBuffer(),
  );
}

describe('a returning supplier', () => {
  let approved: { link: string; token: string };
  let awaiting: { link: string; token: string };
  let rejected: { link: string; token: string };

  beforeAll(async () => {
    approved = await invite('Bakkerij De Korenschoof');
    const first = await supplierUpload(approved.token, await imageOnlyPdf());
    expect(first.verdict).toBe('rejected');
    const pass = await supplierUpload(approved.token, await textInvoicePdf());
    expect(pass.verdict).toBe('accepted');
    await api('POST', `/api/runs/${pass.id}/reviews`, {
      decision: 'approved',
      comment: 'Welkom! Stuur ze voortaan naar ons factuuradres.',
    });

    awaiting = await invite('Drukkerij Letterzetter');
    expect((await supplierUpload(awaiting.token, await textInvoicePdf())).verdict).toBe('accepted');

    rejected = await invite('Schilder Kwast');
    const refused = await supplierUpload(rejected.token, await textInvoicePdf());
    await api('POST', `/api/runs/${refused.id}/reviews`, {
      decision: 'rejected',
      comment: 'Zet ons inkoopordernummer op de factuur.',
    });
  }, 60_000);

  for (const [size, options] of SIZES)
    test(`once approved, sees the invoice address, the start date and the buyer's comment at the top (${size})`, async () => {
      const { context, page } = await openPage(options, approved.link);
      try {
        await eventually(async () => expect(await activeId(page)).toBe('status-panel'));
        const panel = page.locator('#status-panel');
        expect(await text(panel.locator('h2'))).toBe('Goedgekeurd door ACME B.V.');
        expect(await text(page.locator('#golive-address'))).toBe(MAILBOX);
        expect(await text(page.locator('#golive-when'))).toMatch(/Vanaf 1 maart 2099/);
        expect(await text(page.locator('#review-comment'))).toBe(
          'Toelichting van ACME B.V.: “Welkom! Stuur ze voortaan naar ons factuuradres.”',
        );
        expect(await text(page.locator('#contact'))).toBe(`Vragen? Mail ACME B.V.: ${CONTACT}`);
        // All of it is on screen as the page opens; the report follows below and is not scrolled to.
        await page.locator('#verdict').waitFor({ state: 'attached' });
        for (const part of [
          '#status-title',
          '#golive-address',
          '#golive-when',
          '#review-comment',
          '#contact',
        ])
          expect([part, await inViewport(page, part)]).toEqual([part, true]);
        // Scrolled (if at all) no further than the panel's top: the page opens on the panel.
        const panelBox = (await panel.boundingBox())!;
        expect(panelBox.y).toBeGreaterThanOrEqual(0);
        const verdictBox = (await page.locator('#verdict').boundingBox())!;
        expect(verdictBox.y).toBeGreaterThan(panelBox.y + panelBox.height);
        expect(await panel.getAttribute('aria-live')).toBe('polite');
        expect(await text(page.locator('#verdict h2'))).toBe('Goedgekeurd door ACME B.V.');
        expect(await page.evaluate(SIDEWAYS_OVERFLOW)).toBeLessThanOrEqual(0);
        await screenshot(page, `go-live-${size}.png`);
        if (size === 'phone') await screenshot(page, 'supplier-report-phone.png', true);
      } finally {
        await context.close();
      }
    });

  test('after an automatic pass, reads "meets the requirements; waiting for approval", never "approved"', async () => {
    const { context, page } = await openPage(DESKTOP, awaiting.link);
    try {
      await eventually(async () => expect(await activeId(page)).toBe('status-panel'));
      expect(await text(page.locator('#status-title'))).toBe(
        'Voldoet aan de eisen; wacht op goedkeuring van ACME B.V.',
      );
      expect(await text(page.locator('#state'))).toMatch(/bekijkt hem nog/);
      await eventually(async () =>
        expect(await page.locator('#verdict').getAttribute('data-verdict')).toBe('accepted'),
      );
      expect(await text(page.locator('#verdict h2'))).toBe(
        'Voldoet aan de eisen; wacht op goedkeuring van ACME B.V.',
      );
      expect(await text(page.locator('#history'))).toMatch(/voldoet aan de eisen/);
      expect(await text(page.locator('main'))).not.toMatch(/goedgekeurd door|Goedgekeurd\b/);
      // Whom to ask is there before any approval; the mailbox is not.
      expect(await page.locator('#contact a').getAttribute('href')).toBe(`mailto:${CONTACT}`);
      expect(await page.content()).not.toContain(MAILBOX);
      await screenshot(page, 'supplier-report-awaiting-desktop.png', true);
      await page.getByRole('button', { name: 'Switch to English' }).click();
      expect(await text(page.locator('#status-title'))).toBe(
        "Meets the requirements; waiting for ACME B.V.'s approval",
      );
      expect(await text(page.locator('#verdict h2'))).toBe(
        "Meets the requirements; waiting for ACME B.V.'s approval",
      );
      expect(await text(page.locator('#history'))).toMatch(/meets the requirements/);
    } finally {
      await context.close();
    }
  });

  test('once rejected by the buyer, sees the comment and whom to ask at the top', async () => {
    const { context, page } = await openPage(PHONE, rejected.link);
    try {
      await eventually(async () => expect(await activeId(page)).toBe('status-panel'));
      expect(await text(page.locator('#status-title'))).toBe('Afgewezen door ACME B.V.');
      expect(await text(page.locator('#review-comment'))).toBe(
        'Toelichting van ACME B.V.: “Zet ons inkoopordernummer op de factuur.”',
      );
      expect(await inViewport(page, '#contact')).toBe(true);
      expect(await text(page.locator('#contact'))).toContain(CONTACT);
      expect(await page.content()).not.toContain(MAILBOX);
    } finally {
      await context.close();
    }
  });
});

describe('the page language', () => {
  test("starts in the browser's language, and remembers the supplier's choice", async () => {
    const { link } = await invite('Garage Van Dam');
    const { context, page } = await openPage(PHONE, link, 'en-US');
    try {
      await eventually(async () =>
        expect(await text(page.locator('h1'))).toBe('Sample invoice for ACME B.V.'),
      );
      expect(await page.evaluate('document.documentElement.lang')).toBe('en');
      expect(await text(page.locator('#status-title'))).toBe('You have not tested a sample invoice yet');
      expect(await text(page.locator('#contact'))).toBe(`Questions? E-mail ACME B.V.: ${CONTACT}`);
      await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
      await page.reload();
      await eventually(async () =>
        expect(await text(page.locator('h1'))).toBe('Proeffactuur voor ACME B.V.'),
      );
    } finally {
      await context.close();
    }
  });

  test('starts in Dutch for a Dutch browser', async () => {
    const { link } = await invite('Garage De Vries');
    const { context, page } = await openPage(DESKTOP, link, 'nl-BE');
    try {
      await eventually(async () =>
        expect(await text(page.locator('h1'))).toBe('Proeffactuur voor ACME B.V.'),
      );
    } finally {
      await context.close();
    }
  });
});

describe('the upload loop', () => {
  // A .docx is a zip (PK…); a renamed one keeps its bytes.
  const docx = Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000word/document.xml');
  const jpg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
  const xml = Buffer.from('<?xml version="1.0"?><Invoice xmlns="urn:oasis:names:specification:ubl"/>');
  const wrongFiles = [
    { name: 'factuur.docx', mimeType: 'application/octet-stream', buffer: docx, advice: /Opslaan als.*PDF/ },
    { name: 'factuur.jpg', mimeType: 'image/jpeg', buffer: jpg, advice: /afbeelding.*geen PDF/ },
    { name: 'factuur.xml', mimeType: 'text/xml', buffer: xml, advice: /e-factuur \(XML\)/ },
    { name: 'factuur.pdf', mimeType: 'application/pdf', buffer: docx, advice: /Opslaan als.*PDF/ },
  ];

  test('keeps the advice about a wrong file when Controleren is clicked (.docx, .jpg, XML, renamed .docx)', async () => {
    const { link } = await invite('Loodgieter Lek');
    const { context, page } = await openPage(PHONE, link);
    try {
      await page.locator('#status-panel').waitFor({ state: 'visible' });
      for (const file of wrongFiles) {
        await page.locator('#file').setInputFiles(file);
        await eventually(async () =>
          expect(await text(page.locator('#file-error'))).toMatch(
            new RegExp(`${file.name.replace('.', '\\.')}.*${file.advice.source}`),
          ),
        );
        const advice = await text(page.locator('#file-error'));
        await page.getByRole('button', { name: 'Controleren' }).click();
        expect(await text(page.locator('#file-error'))).toBe(advice);
        expect(await activeId(page)).toBe('file');
      }
      // With nothing chosen at all, Controleren asks for the file.
      await page.locator('#file').setInputFiles([]);
      await page.getByRole('button', { name: 'Controleren' }).click();
      expect(await text(page.locator('#file-error'))).toBe('Kies eerst het PDF-bestand van uw factuur.');
    } finally {
      await context.close();
    }
  });

  test('holds the progress in view and in focus, and a reload mid-run resumes it without the old report (also on /)', async () => {
    const { link, token } = await invite('Hoveniersbedrijf Groen');
    const { context, page } = await openPage(DESKTOP, link);
    try {
      // A first sample with its (red) report.
      await page.locator('#file').setInputFiles({
        name: 'scan.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from(await imageOnlyPdf()),
      });
      await page.getByRole('button', { name: 'Controleren' }).click();
      await eventually(
        async () => expect(await page.locator('#verdict').getAttribute('data-verdict')).toBe('rejected'),
        20_000,
      );

      // A slow run takes the only worker: the next sample waits in the queue.
      const blocker = (await fetch(`${server.url}/api/runs`, {
        method: 'POST',
        body: uploadForm(await slowPdf()),
      }).then((r) => r.json())) as { id: string };
      await eventually(async () =>
        expect(((await fetch(`${server.url}/health`).then((r) => r.json())) as any).runs.running).toBe(1),
      );

      await page.locator('#file').setInputFiles({
        name: 'factuur.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from(await textInvoicePdf()),
      });
      await page.getByRole('button', { name: 'Controleren' }).click();
      await eventually(async () => expect(await text(page.locator('#upload-label'))).toBe('Geüpload'));
      expect(await activeId(page)).toBe('progress');
      expect(await inViewport(page, '#progress')).toBe(true);
      expect(await page.locator('#upload-button').isDisabled()).toBe(true);
      expect(await page.locator('#result').isVisible()).toBe(false);
      const queued = (await fetch(`${server.url}/api/i/${token}`).then((r) => r.json())) as {
        runs: { id: string; status: string }[];
      };
      expect(queued.runs[0]!.status).toBe('queued');

      await page.reload();
      await eventually(async () => expect(await activeId(page)).toBe('progress'));
      expect(await text(page.locator('#upload-label'))).toBe('Geüpload');
      expect(await page.locator('#upload-progress').getAttribute('value')).toBe('100');
      expect(await text(page.locator('#stages'))).toMatch(/In de wachtrij/);
      expect(await page.locator('#upload-button').isDisabled()).toBe(true);
      expect(await page.locator('#result').isVisible()).toBe(false);
      expect(await page.locator('#verdict').count()).toBe(0);
      expect(await inViewport(page, '#progress')).toBe(true);
      expect(await page.evaluate(`sessionStorage.getItem('proeffactuur:run:${token}')`)).toBe(
        queued.runs[0]!.id,
      );

      // The home page / does the same, for a run of its own waiting behind the others.
      const home = await context.newPage();
      collectErrors(home, errors, EXPECTED);
      await home.goto(`${server.url}/`);
      await eventually(async () => expect(await home.locator('#profile option').count()).toBeGreaterThan(0));
      await home.locator('#file').setInputFiles({
        name: 'factuur.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from(await textInvoicePdf()),
      });
      await home.getByRole('button', { name: 'Controleren' }).click();
      await eventually(async () => expect(await text(home.locator('#stages'))).toMatch(/In de wachtrij/));
      expect(await activeId(home)).toBe('progress');
      expect(await home.locator('#upload-button').isDisabled()).toBe(true);
      await home.reload();
      await eventually(async () => expect(await activeId(home)).toBe('progress'));
      expect(await text(home.locator('#stages'))).toMatch(/In de wachtrij/);
      expect(await home.locator('#upload-button').isDisabled()).toBe(true);
      expect(await home.locator('#verdict').count()).toBe(0);

      // Once the slow run is over, the sample is checked and its report shown.
      await eventually(
        async () => expect(await page.locator('#verdict').getAttribute('data-verdict')).toBe('accepted'),
        45_000,
      );
      expect(
        ((await fetch(`${server.url}/api/runs/${blocker.id}`).then((r) => r.json())) as any).status,
      ).not.toBe('running');
      expect(await page.locator('#upload-button').isDisabled()).toBe(false);
      expect(await page.evaluate(`sessionStorage.getItem('proeffactuur:run:${token}')`)).toBeNull();
      await eventually(
        async () => expect(await home.locator('#verdict').getAttribute('data-verdict')).toBe('accepted'),
        20_000,
      );
      expect(await home.locator('#upload-button').isDisabled()).toBe(false);
      await screenshot(page, 'supplier-report-desktop.png', true);
    } finally {
      await context.close();
    }
  }, 90_000);
});

describe('the home page /', () => {
  test('shows the same report component as the invitation page', async () => {
    const { context, page } = await openPage(PHONE, `${server.url}/`);
    try {
      await eventually(async () => expect(await page.locator('#profile option').count()).toBeGreaterThan(0));
      await page.locator('#file').setInputFiles({
        name: 'factuur.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from(await textInvoicePdf()),
      });
      await page.getByRole('button', { name: 'Controleren' }).click();
      await eventually(
        async () => expect(await page.locator('#verdict').getAttribute('data-verdict')).toBe('accepted'),
        30_000,
      );
      const result = page.locator('#result');
      expect(await result.locator('.banner h2').count()).toBe(1);
      expect(await result.locator('.report-actions a[download]').count()).toBe(1);
      expect(await result.locator('.fields-table tbody tr').count()).toBeGreaterThan(3);
      expect(await text(result.locator('.fields-table'))).toMatch(/Factuurnummer/);
      expect(await text(page.locator('#stages'))).toMatch(/Velden controleren/);
      expect(await activeId(page)).toBe('verdict');
      await screenshot(page, 'supplier-report-home-phone.png', true);
    } finally {
      await context.close();
    }
  });
});

describe('all these pages', () => {
  test('raised no script errors', () => {
    expect(errors).toEqual([]);
  });
});
