/**
 * `proeffactuur check FILE --profile A --profile B --profile C`: the file against each profile, the
 * table of verdicts and differing findings (as the server's run sets), and the exit code (1 when any
 * is rejected).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { fromRoot } from '../../runtime/paths.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';

const bin = fromRoot('bin', 'proeffactuur.js');
let dir: string;
const file = (name: string): string => path.join(dir, name);

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-multi-'));
  writeFileSync(file('factuur.pdf'), await textInvoicePdf());
  const profile = (name: string, buyer: string, fields: object) =>
    JSON.stringify({ name, channels: 'text', buyer: { name: buyer }, fields });
  writeFileSync(file('alpha.json'), profile('Alpha', 'Gemeente Voorbeeld', {}));
  writeFileSync(
    file('beta.json'),
    profile('Beta', 'Gemeente Voorbeeld', { orderReference: { required: true } }),
  );
  writeFileSync(
    file('gamma.json'),
    profile('Gamma', 'Gemeente Voorbeeld', { buyerReference: { required: true } }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('proeffactuur check with --profile more than once', () => {
  test('prints each profile’s verdict and the findings that differ, and exits 1 when one rejects', async () => {
    const { code, stdout } = await cli(
      'check',
      file('factuur.pdf'),
      '--profile',
      file('alpha.json'),
      '--profile',
      file('beta.json'),
      '--profile',
      file('gamma.json'),
      '--lang',
      'en',
    );
    expect(code).toBe(1);
    expect(stdout).toContain('One file, 3 profiles');
    const row = (name: string) => stdout.split('\n').find((l) => l.startsWith(file(name)))!;
    expect(row('alpha.json')).toMatch(/\(Gemeente Voorbeeld\)\s+ACCEPTED$/);
    expect(row('beta.json')).toMatch(/REJECTED$/);
    expect(row('gamma.json')).toMatch(/REJECTED$/);
    const differing = stdout.slice(stdout.indexOf('Findings that differ:'));
    const section = (name: string) => {
      const start = differing.indexOf(`${file(name)} (Gemeente Voorbeeld):`);
      const next = differing.indexOf('\n/', start + 1);
      return differing.slice(start, next === -1 ? undefined : next);
    };
    expect(section('alpha.json')).toContain('none');
    expect(section('beta.json')).toContain('fields.required');
    expect(section('beta.json')).toMatch(/purchase order|order/i);
    expect(section('gamma.json')).toContain('fields.required');
    expect(section('gamma.json')).not.toMatch(/purchase order/i);
  }, 90_000);

  test('exits 0 when every profile accepts, and --json gives each report with the table', async () => {
    const { code, stdout } = await cli(
      'check',
      file('factuur.pdf'),
      '--profile',
      'lenient',
      '--profile',
      file('alpha.json'),
      '--json',
    );
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { runs: { profile: string; verdict: string }[]; common: unknown[] };
    expect(out.runs.map((r) => [r.profile, r.verdict])).toEqual([
      ['lenient', 'accepted'],
      [file('alpha.json'), 'accepted'],
    ]);
    expect(Array.isArray(out.common)).toBe(true);
  }, 90_000);

  test('refuses more than 20 profiles as a usage error', async () => {
    const args = Array.from({ length: 21 }, () => ['--profile', 'lenient']).flat();
    const { code, stderr } = await cli('check', file('factuur.pdf'), ...args);
    expect(code).toBe(2);
    expect(stderr).toContain('at most 20 profiles');
  });
});
