import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { formatSummary } from '../../cli/summary.js';
import { fromRoot } from '../../runtime/paths.js';
import { badVatIdInvoicePdf } from '../fixtures/kinds.js';
import { pdfkitPdf } from '../fixtures/pdfs.js';
import { check, testProfile } from '../helpers.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-summary-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [fromRoot('bin', 'proeffactuur.js'), ...args],
      { timeout: 60_000 },
      (error, stdout) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout }),
    );
  });
}

describe('the CLI summary words the verdict by the kind of its errors', () => {
  test('a data-only rejection says the software reads the invoice but data is wrong, and counts the checks', async () => {
    const report = await check(await badVatIdInvoicePdf(), testProfile());
    const nl = formatSummary(report, 'nl', 'f.pdf', 'Gemeente Voorbeeldstad').split('\n');
    expect(nl.slice(0, 4)).toEqual([
      'AFGEKEURD  f.pdf',
      'Profiel: test v1',
      'De software van Gemeente Voorbeeldstad kan deze factuur lezen, maar er ontbreken gegevens of er kloppen gegevens niet.',
      `${report.checks!.run - 1} van ${report.checks!.run} controles geslaagd.`,
    ]);
    const en = formatSummary(report, 'en', 'f.pdf');
    expect(en).toContain(
      "\nThe buyer's software can read this invoice, but some details are missing or incorrect.\n",
    );
    const de = formatSummary(report, 'de', 'f.pdf', 'Gemeente Voorbeeldstad').split('\n');
    expect(de.slice(0, 4)).toEqual([
      'ABGELEHNT  f.pdf',
      'Profil: test v1',
      'Das Programm von Gemeente Voorbeeldstad kann diese Rechnung lesen, aber einige Angaben fehlen oder sind falsch.',
      `${report.checks!.run - 1} von ${report.checks!.run} Prüfungen bestanden.`,
    ]);
    const fr = formatSummary(report, 'fr', 'f.pdf').split('\n');
    expect(fr.slice(0, 4)).toEqual([
      'REFUSÉE  f.pdf',
      'Profil: test v1',
      'Le logiciel de votre client peut lire cette facture, mais certaines données manquent ou sont incorrectes.',
      `${report.checks!.run - 1} contrôles réussis sur ${report.checks!.run}.`,
    ]);
  });

  test('a password-protected PDF is worded as unreadable, through the real CLI with the profile’s buyer', async () => {
    const pdf = path.join(dir, 'locked.pdf');
    writeFileSync(pdf, await pdfkitPdf({ userPassword: 'x' }));
    const profile = path.join(dir, 'profile.json');
    writeFileSync(
      profile,
      JSON.stringify({
        id: 'gemeente',
        version: 1,
        name: 'Gemeente',
        channels: 'text',
        buyer: { name: 'Gemeente Voorbeeldstad' },
      }),
    );
    const { code, stdout } = await cli('check', pdf, '--profile', profile, '--lang', 'nl');
    expect(code).toBe(1);
    expect(stdout.split('\n')[2]).toBe(
      'De software van Gemeente Voorbeeldstad kan deze factuur niet goed lezen.',
    );
  });
});
