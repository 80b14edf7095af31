/**
 * report.html as a document a supplier can print and forward: generated invoices run through the
 * real in-process server, then the page is read as the supplier would get it.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { INVOICE_LINES, imageOnlyPdf, textInvoicePdf } from '../fixtures/pdfs.js';
import { postRun, startTestServer, type TestServer, uploadForm } from '../server/harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ workers: 1 });
});
afterAll(async () => {
  await server?.close();
});

/** The invoice lines with a total of € 5.079,46 (4.197,90 + 21% VAT) dated 14 March 2025. */
const LINES = INVOICE_LINES.map((line) =>
  line
    .replace('Factuurdatum: 12-01-2026', 'Factuurdatum: 14-03-2025')
    .replace('Vervaldatum: 11-02-2026', 'Vervaldatum: 13-04-2025')
    .replace('Brood en banket, januari            1.000,00', 'Brood en banket, maart              4.197,90')
    .replace('Subtotaal                           1.000,00', 'Subtotaal                           4.197,90')
    .replace('BTW 9%                                 90,00', 'BTW 21%                               881,56')
    .replace('Totaal te betalen                   1.090,00', 'Totaal te betalen                 € 5.079,46'),
);

/** Submits `bytes` against `profile` and returns the run and its report.html in `lang`. */
async function reportOf(bytes: Uint8Array, name: string, profile: string, lang: 'nl' | 'en') {
  const posted = await postRun(server, uploadForm(bytes, { profile }, { name }), '?wait=60');
  expect(posted.status).toBeLessThan(300);
  const run = posted.body;
  expect(run.status).toBe('completed');
  const res = await fetch(`${server.url}/api/runs/${run.id}/report.html?lang=${lang}`);
  expect(res.status).toBe(200);
  return { run, html: await res.text() };
}

/** The HTML between <body> and the appendix heading: what a reader sees before the technical part. */
const mainPart = (html: string, appendix: string): string => {
  const body = html.slice(html.indexOf('<body>'));
  const at = body.indexOf(appendix);
  expect(at).toBeGreaterThan(0);
  return body
    .slice(0, at)
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');
};

describe('report.html of a Dutch invoice', () => {
  let bytes: Uint8Array;
  let nl: string;
  let en: string;
  beforeAll(async () => {
    bytes = await textInvoicePdf({ lines: LINES, pages: 2 });
    nl = (await reportOf(bytes, 'factuur-maart.pdf', 'text-capture', 'nl')).html;
    en = (await reportOf(bytes, 'factuur-maart.pdf', 'text-capture', 'en')).html;
  });

  test('names the sample by its file name and SHA-256', () => {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(nl).toContain('factuur-maart.pdf');
    expect(nl).toContain(sha256);
    expect(en).toContain(sha256);
  });

  test('carries every page as an inline image, so a saved copy shows them offline', () => {
    const images = [...nl.matchAll(/<img src="data:image\/png;base64,([A-Za-z0-9+/=]+)"/g)];
    expect(images).toHaveLength(2);
    for (const [, base64] of images)
      expect(
        Buffer.from(base64 as string, 'base64')
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
    expect(nl).not.toMatch(/<img src="(?!data:)/);
  });

  test('shows amounts and dates as the invoice prints them, with field names in words', () => {
    const body = mainPart(nl, 'Bijlage: technische gegevens').replace(/[\u00a0\u202f]/g, ' ');
    const table = body.slice(body.indexOf('<table class="fields">'), body.indexOf('</table>'));
    expect(table).toContain('<th scope="row">Totaalbedrag</th><td><span class="value">€ 5.079,46</span>');
    expect(table).toContain('<th scope="row">Factuurdatum</th><td><span class="value">14-03-2025</span>');
    expect(body).toContain('14-03-2025');
    expect(body).toContain('Factuurnummer');
    expect(body).not.toContain('5079.46');
    expect(body).not.toContain('2025-03-14');
    expect(body).not.toContain('invoiceNumber');
    expect(body).not.toContain('<li class="sev-error">'); // the fixture itself adds up
  });

  test('writes no ISO timestamps anywhere in the body, and moments in the page language', () => {
    const body = nl.slice(nl.indexOf('<body>'));
    expect(body).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    expect(body).toMatch(/<dt>Ingediend<\/dt><dd>\d{1,2} [a-z]{3} \d{4}, \d{2}:\d{2} CES?T<\/dd>/);
  });

  test('names the preset in the page language', () => {
    expect(nl).toContain('Herkenning van de tekstlaag (geen scans)');
    expect(en).toContain('Text-layer capture (no scans)');
  });

  test('keeps check ids, boxes and stage times in the appendix only', () => {
    const appendix = nl.slice(nl.indexOf('Bijlage: technische gegevens'));
    const body = mainPart(nl, 'Bijlage: technische gegevens');
    expect(body).not.toMatch(/\bms<\/td>|\bpt\b|<code>/);
    expect(appendix).toMatch(/\d+ ms<\/td>/);
    expect(appendix).toContain('<code>invoiceNumber</code>');
    expect(appendix).toMatch(/vak x \d/);
  });

  test('prints on A4 with the pages and the appendix each starting a new sheet', () => {
    expect(nl).toMatch(/@media print\{[\s\S]*@page\{size:A4/);
    expect(nl).toMatch(/\.appendix\{break-before:page\}/);
  });
});

describe('report.html of a three-page scan checked for a text layer', () => {
  test('lists the same finding on every page once, with the pages as a range', async () => {
    const { run, html } = await reportOf(await imageOnlyPdf(3), 'scan.pdf', 'text-capture', 'nl');
    const perPage = (run.report.findings as { checkId: string; location?: { page?: number } }[]).filter(
      (f) => f.location?.page !== undefined,
    );
    const byCheck = new Map<string, number>();
    for (const f of perPage) byCheck.set(f.checkId, (byCheck.get(f.checkId) ?? 0) + 1);
    const repeated = [...byCheck].filter(([, n]) => n === 3).map(([id]) => id);
    expect(repeated.length).toBeGreaterThan(0); // the JSON keeps one finding per page
    const body = mainPart(html, 'Bijlage: technische gegevens');
    expect(body).toContain("Waar: pagina's 1–3");
    expect(body).toContain("Hetzelfde geldt voor pagina's 2, 3.");
    const items = body.match(/<li class="sev-/g) ?? [];
    expect(items.length).toBeLessThan(run.report.findings.length);
  });
});
