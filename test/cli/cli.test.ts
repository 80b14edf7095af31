import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { fromRoot } from '../../runtime/paths.js';
import { imageOnlyPdf, pdfkitPdf, textInvoicePdf } from '../fixtures/pdfs.js';
import { scannedInvoicePdf } from '../fixtures/scans.js';
import { postRun, startTestServer, uploadForm } from '../server/harness.js';

const bin = fromRoot('bin', 'proeffactuur.js');
let dir: string;
const files: Record<string, string> = {};

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return cliWith({}, ...args);
}

function cliWith(
  env: Record<string, string>,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { timeout: 60_000, env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-cli-'));
  const write = (name: string, bytes: Uint8Array | string): void => {
    files[name] = path.join(dir, name);
    writeFileSync(files[name], bytes);
  };
  write('good.pdf', await textInvoicePdf());
  write('scan.pdf', await imageOnlyPdf(1));
  write('locked.pdf', await pdfkitPdf({ userPassword: 'geheim' }));
  write('scanned.pdf', await scannedInvoicePdf('clean'));
  write('strict.json', JSON.stringify({ name: 'Strict', channels: 'text', file: { maxPages: 1 } }));
  write('typo.json', JSON.stringify({ name: 'Typo', channels: 'txt', checks: { 'pdf.maxpages': {} } }));
  write('broken.json', '{ "name": ');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('proeffactuur check', () => {
  test('exits 0 and prints a Dutch summary for an accepted invoice', async () => {
    const { code, stdout } = await cli('check', files['good.pdf']!);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^GOEDGEKEURD/);
    expect(stdout).toContain('Profiel: lenient v1');
    expect(stdout).toContain('Gelezen velden:');
    expect(stdout).toMatch(/Factuurnummer\s+F-2026-0042\s+\(pagina 1, tekstlaag\)/);
  });

  test('exits 1 and lists each problem with its fix, in English on request', async () => {
    const { code, stdout } = await cli('check', files['locked.pdf']!, '--lang', 'en');
    expect(code).toBe(1);
    expect(stdout).toMatch(/^REJECTED/);
    expect(stdout).toContain('protected with a password');
    expect(stdout).toContain('Fix: Save the invoice without a password');
    expect(stdout).toContain('(pdf.encrypted)');
  });

  test('--json prints only the report', async () => {
    const { code, stdout, stderr } = await cli('check', files['scan.pdf']!, '--json');
    expect(code).toBe(0); // lenient: a page without text is a warning
    const report = JSON.parse(stdout) as Record<string, any>;
    expect(report.verdict).toBe('accepted');
    expect(report.findings[0].messageId).toBe('text.layer-present.missing');
    expect(stderr).toBe('');
  });

  test('takes a profile file, validated like any profile', async () => {
    const twoPages = path.join(dir, 'two.pdf');
    writeFileSync(twoPages, await textInvoicePdf({ pages: 2 }));
    const { code, stdout } = await cli('check', twoPages, '--profile', files['strict.json']!, '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Record<string, any>;
    expect(report.profile).toEqual({ id: 'strict', version: 1 });
    expect(report.findings.map((f: { checkId: string }) => f.checkId)).toContain('pdf.max-pages');
  });

  test('exits 2 with every problem of an invalid profile file', async () => {
    const { code, stderr } = await cli('check', files['good.pdf']!, '--profile', files['typo.json']!);
    expect(code).toBe(2);
    expect(stderr).toContain('/channels: Must be one of: "text", "ocr", "both".');
    expect(stderr).toContain('/checks/pdf.maxpages: There is no check called "pdf.maxpages".');
  });

  test.each([
    [['check'], /exactly one FILE/],
    [['check', 'nope.pdf'], /Cannot read nope\.pdf: ENOENT/],
    [['check', 'x.pdf', '--lang', 'es'], /--lang must be nl, en, de or fr/],
    [['check', 'x.pdf', '--bogus'], /Unknown option/],
    [['frobnicate'], /Unknown command "frobnicate"/],
  ])('exits 2 on usage and file errors: %j', async (args, message) => {
    const { code, stderr, stdout } = await cli(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stdout).toBe('');
  });

  test('reads a scanned invoice through OCR for an OCR profile, and exits', async () => {
    const { code, stdout } = await cli('check', files['scanned.pdf']!, '--profile', 'ocr-only', '--json');
    const report = JSON.parse(stdout) as Record<string, any>;
    expect(report.stages.find((s: { name: string }) => s.name === 'ocr')).toEqual({
      name: 'ocr',
      ms: expect.any(Number),
    });
    expect(report.verdict).toBe('accepted');
    expect(code).toBe(0);
  }, 60_000);

  test('exits 2 with a clear message when OCR language data is missing', async () => {
    const { code, stderr } = await cliWith(
      { OCR_LANGUAGES: 'fra' },
      'check',
      files['scanned.pdf']!,
      '--profile',
      'ocr-only',
    );
    expect(code).toBe(2);
    expect(stderr).toContain('OCR language data for "fra" is not installed');
    // A text-only profile does not need OCR and does not care.
    expect((await cliWith({ OCR_LANGUAGES: 'fra' }, 'check', files['good.pdf']!)).code).toBe(0);
  });

  test('exits 2 for an unknown preset or a profile that is not JSON', async () => {
    expect((await cli('check', files['good.pdf']!, '--profile', 'no-such-preset')).stderr).toContain(
      'No preset or file called "no-such-preset"',
    );
    const broken = await cli('check', files['good.pdf']!, '--profile', files['broken.json']!);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('is not valid JSON');
  });

  test('gives the same report as the API for the same file (stage times aside)', async () => {
    const server = await startTestServer();
    try {
      for (const name of ['good.pdf', 'scan.pdf', 'locked.pdf']) {
        const { stdout } = await cli('check', files[name]!, '--json');
        const fromCli = JSON.parse(stdout) as Record<string, any>;
        const api = await postRun(
          server,
          uploadForm(new Uint8Array(readFileSync(files[name]!)), {}, { name }),
        );
        const fromApi = api.body.report as Record<string, any>;
        const withoutTimes = (report: Record<string, any>) => ({
          ...report,
          stages: report.stages.map((s: { name: string }) => s.name),
        });
        expect(withoutTimes(fromApi)).toEqual(withoutTimes(fromCli));
      }
    } finally {
      await server.close();
    }
  });
});
