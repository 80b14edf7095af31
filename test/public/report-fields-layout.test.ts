/**
 * The report's fields table in a real browser at desktop and phone widths: values in the invoice's own
 * formats, and no word broken across lines in a table cell (ids such as an IBAN may wrap when needed).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../server/harness.js';
import { launchChromium, PHONE } from './browser.js';

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

const box = { x: 56, y: 100, w: 120, h: 12 };
const field = (value: string, raw: string) => ({
  value,
  raw,
  channel: 'text',
  page: 1,
  box,
  confidence: 0.9,
});
const finding = (page: number) => ({
  checkId: 'text.layer-present',
  severity: 'error',
  messageId: 'text.layer-present.missing',
  message: { nl: `Pagina ${page} bevat geen tekst.`, en: `Page ${page} has no text.` },
  hint: { nl: 'Maak de PDF vanuit uw factuurprogramma.', en: 'Make the PDF from your invoicing software.' },
  data: { page },
  location: { page, box },
});

/** A finished run as GET /api/runs/:id gives it (the JSON keeps the machine values). */
const RUN = {
  id: 'run_layout',
  status: 'completed',
  verdict: 'rejected',
  createdAt: '2026-01-01T10:00:00Z',
  finishedAt: '2026-01-01T10:00:05Z',
  file: { name: 'factuur-maart.pdf' },
  profile: { id: 'lenient', version: 1 },
  report: {
    verdict: 'rejected',
    findings: [1, 2, 3, 4].map(finding),
    fields: {
      invoiceNumber: field('F-2025-0314', 'F-2025-0314'),
      issueDate: field('2025-03-14', '14-03-2025'),
      dueDate: field('2025-04-13', '13 april 2025'),
      currency: field('EUR', '€'),
      totalAmount: field('5079.46', '5.079,46'),
      taxAmount: field('881.56', '881,56'),
      netAmount: field('4197.90', '4.197,90'),
      sellerName: field('Bakkerij De Korenschoof B.V.', 'Bakkerij De Korenschoof B.V.'),
      sellerVatId: field('NL123456782B01', 'NL 1234.56.782.B01'),
      iban: field('NL91ABNA0417164300', 'NL91 ABNA 0417 1643 00'),
      buyerReference: field('Uitgenodigd-Factuurdatum-Vervaldatum', 'Uitgenodigd-Factuurdatum-Vervaldatum'),
    },
    channels: { text: { channel: 'text', language: 'nl' } },
    document: { name: 'factuur-maart.pdf', pageCount: 4 },
    stages: [{ name: 'intake', ms: 3 }],
    engine: { name: 'proeffactuur', version: '0' },
  },
};

/** Renders RUN with public/report.js into the page, in `lang`. */
async function render(page: Page, lang: 'nl' | 'en'): Promise<void> {
  await page.goto(`${server.url}/`);
  await page.evaluate(`(async () => {
    const { renderReport } = await import('/report.js');
    const container = document.createElement('section');
    container.id = 'under-test';
    (document.querySelector('main') ?? document.body).append(container);
    renderReport(container, ${JSON.stringify(RUN)}, ${JSON.stringify({ lang })});
  })()`);
}

/**
 * Words of the table's cells that the browser laid out over more than one line (a word broken in the
 * middle; a break after a hyphen is no break), except in identifier values, which may wrap where needed.
 * Run in the page.
 */
const BROKEN_WORDS = `(() => {
  const broken = [];
  for (const cell of document.querySelectorAll('#under-test .fields-table th, #under-test .fields-table td')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest('.id')) continue;
      const re = /[^\\s-]+/g;
      for (let m = re.exec(node.data); m; m = re.exec(node.data)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(m[0]);
      }
    }
  }
  return broken;
})()`;

const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

describe.each([
  ['desktop (1280 × 800)', { viewport: { width: 1280, height: 800 } }],
  ['phone (390 × 844)', PHONE],
])('the report’s fields table on a %s', (_name, device) => {
  test('shows amounts and dates as the invoice prints them and keeps the machine value', async () => {
    const context = await browser.newContext(device);
    const page = await context.newPage();
    try {
      await render(page, 'nl');
      const value = (id: string) => page.locator(`#under-test tr[data-field="${id}"] .value`).first();
      expect(plain((await value('totalAmount').textContent()) ?? '')).toBe('€ 5.079,46');
      expect(await value('totalAmount').getAttribute('data-value')).toBe('5079.46');
      expect(await value('issueDate').textContent()).toBe('14-03-2025');
      expect(await value('dueDate').textContent()).toBe('13-04-2025');
      expect(await page.locator('#under-test tr[data-field="issueDate"] th').textContent()).toBe(
        'Factuurdatum',
      );
      await render(page, 'en');
      // The invoice is Dutch: its amounts stay Dutch on the English page.
      expect(plain((await value('totalAmount').textContent()) ?? '')).toBe('€ 5.079,46');
      expect(await page.locator('#under-test tr[data-field="issueDate"] th').textContent()).toBe(
        'Invoice date',
      );
    } finally {
      await context.close();
    }
  });

  test('breaks no word in the middle, in Dutch and in English', async () => {
    const context = await browser.newContext(device);
    const page = await context.newPage();
    try {
      for (const lang of ['nl', 'en'] as const) {
        await render(page, lang);
        expect(await page.evaluate(BROKEN_WORDS)).toEqual([]);
        // The table fits its column: nothing sticks out sideways.
        const overflow = await page.evaluate(
          `(() => { const w = document.querySelector('#under-test .table-wrap'); return w.scrollWidth - w.clientWidth; })()`,
        );
        expect(overflow).toBeLessThanOrEqual(0);
      }
    } finally {
      await context.close();
    }
  });

  test('lists a finding found on four pages once, with the pages as a range', async () => {
    const context = await browser.newContext(device);
    const page = await context.newPage();
    try {
      await render(page, 'nl');
      const items = page.locator('#under-test .finding-list > li');
      expect(await items.count()).toBe(1);
      expect(await items.first().locator('.where').textContent()).toBe("Waar: pagina's 1–4");
      expect(await items.first().locator('.also-on').textContent()).toBe(
        "Hetzelfde geldt voor pagina's 2–4.",
      );
      // The check id and the box are in the technical details only.
      const visible = await page.evaluate(`(() => {
        const copy = document.querySelector('#under-test').cloneNode(true);
        copy.querySelector('details.technical').remove();
        return copy.textContent;
      })()`);
      expect(visible).not.toMatch(/text\.layer-present|\bpt\b/);
      expect(await page.locator('#under-test details.technical').textContent()).toContain(
        'text.layer-present',
      );
      await render(page, 'en');
      expect(await items.first().locator('.where').textContent()).toBe('Where: pages 1–4');
    } finally {
      await context.close();
    }
  });
});
