/**
 * CSV import of suppliers over real HTTP: delimiter and BOM, several IBANs in a cell, duplicates in the
 * file and already invited, invalid rows refused while the others are created, limits, 10,000 rows
 * streamed with progress, and a read-only key refused.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { MAX_IMPORT_ROWS } from '../../server/services/supplier-import.js';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
let key: string;
let readOnlyKey: string;
let profileId: string;
let buyerId: string;

const IBAN_A = 'NL91ABNA0417164300';
const IBAN_B = 'NL44RABO0123456789';

beforeAll(async () => {
  server = await startTestServer();
  const acme = await server.services.buyers.createBuyer('ACME B.V.');
  key = acme.apiKey;
  buyerId = acme.buyer.id;
  readOnlyKey = (await server.services.buyers.createKey(buyerId, { scopes: ['read'] })).apiKey;
  const res = await fetch(`${server.url}/api/profiles`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'ACME crediteuren', channels: 'text' }),
  });
  profileId = ((await res.json()) as { id: string }).id;
});
afterAll(() => server.close());

async function importCsv(
  csv: string | Uint8Array,
  options: { key?: string; type?: string; accept?: string; query?: Record<string, string> } = {},
) {
  const query = new URLSearchParams({ profileId, ...options.query });
  const res = await fetch(`${server.url}/api/invitations/import?${query}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${options.key ?? key}`,
      'content-type': options.type ?? 'text/csv',
      ...(options.accept && { accept: options.accept }),
    },
    body: csv,
  });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}
const json = (answer: { text: string }) => JSON.parse(answer.text) as Record<string, any>;
const invitationCount = async () => (await server.services.invitations.list(buyerId)).length;

describe('POST /api/invitations/import', () => {
  test('reads a Dutch Excel file (BOM, `;`, Dutch headers) with two IBANs in one quoted cell', async () => {
    const csv =
      '\uFEFFNaam;E-mail;BTW-nummer;KvK-nummer;IBAN\r\n' +
      `Bakkerij De Korenschoof B.V.;admin@korenschoof.nl;NL123456782B01;12345678;"${IBAN_A}|${IBAN_B}"\r\n` +
      'Slagerij Jansen;info@jansen.nl;;;\r\n';
    const answer = await importCsv(csv);
    expect(answer.status).toBe(200);
    const report = json(answer);
    expect(report).toMatchObject({ delimiter: ';', rows: 2, created: 2, refused: 0, ignoredColumns: [] });
    expect(report.results[0]).toMatchObject({
      row: 2,
      status: 'created',
      supplierEmail: 'admin@korenschoof.nl',
    });
    expect(report.results[0].link).toMatch(/^\/i\/[A-Za-z0-9_-]{43}$/);
    const invitation = (await server.services.invitations.list(buyerId)).find(
      (i) => i.id === report.results[0].invitationId,
    );
    expect(invitation?.masterData).toEqual({
      name: 'Bakkerij De Korenschoof B.V.',
      vatId: 'NL123456782B01',
      kvk: '12345678',
      ibans: [IBAN_A, IBAN_B],
    });
    expect(invitation?.profileId).toBe(profileId);
  });

  test('reads a comma-separated file with English headers and ignores unknown columns', async () => {
    const csv = `name,email,vat id,iban,notes\n"Drukkerij Smit, Zonen",smit@example.nl,,${IBAN_B},x\n`;
    const report = json(await importCsv(csv));
    expect(report).toMatchObject({ delimiter: ',', created: 1, ignoredColumns: ['notes'] });
    expect(report.results[0].supplierName).toBe('Drukkerij Smit, Zonen');
  });

  test('refuses duplicates in the file and suppliers already invited, and creates the rest', async () => {
    const csv = [
      'naam;email;btw',
      'Een;een@example.nl;NL810433941B01',
      'Twee;EEN@example.nl;', // same e-mail as row 2
      'Drie;drie@example.nl;NL810433941B01', // same VAT id as row 2
      'Vier;admin@korenschoof.nl;', // invited by the first test
      'Vijf;vijf@example.nl;NL123456782B01', // VAT id invited by the first test
      'Zes;zes@example.nl;',
    ].join('\n');
    const report = json(await importCsv(csv));
    expect(report.results.map((r: any) => [r.row, r.status, r.problems?.map((p: any) => p.field)])).toEqual([
      [2, 'created', undefined],
      [3, 'refused', ['email']],
      [4, 'refused', ['vatId']],
      [5, 'refused', ['email']],
      [6, 'refused', ['vatId']],
      [7, 'created', undefined],
    ]);
    expect(report.results[1].problems[0].message).toBe(
      'The e-mail address een@example.nl is already in row 2 of this file.',
    );
    expect(report.results[3].problems[0].messageNl).toMatch(/^U hebt admin@korenschoof.nl al uitgenodigd/);
  });

  test('refuses a row with an invalid IBAN or VAT id or e-mail, naming the column, and creates the others', async () => {
    const csv = [
      'naam;email;btw;kvk;iban',
      'Goed;goed@example.nl;;;',
      'Fout IBAN;iban@example.nl;;;NL91ABNA0417164301',
      'Fout btw;btw@example.nl;NL123456789B01;;',
      'Fout kvk;kvk@example.nl;;1234;',
      'Geen e-mail;;;;',
    ].join('\n');
    const report = json(await importCsv(csv));
    expect(report).toMatchObject({ rows: 5, created: 1, refused: 4 });
    expect(report.results.slice(1).map((r: any) => r.problems.map((p: any) => p.field))).toEqual([
      ['ibans'],
      ['vatId'],
      ['kvk'],
      ['email'],
    ]);
    expect(report.results[1].problems[0].messageNl).toContain('geen geldig IBAN');
  });

  test('reads a Windows-1252 file (plain Excel CSV) as such', async () => {
    const csv = Buffer.from('naam;email\nCaf\xe9 De Bl\xfcte;cafe@example.nl\n', 'latin1');
    const report = json(await importCsv(new Uint8Array(csv)));
    expect(report.results[0]).toMatchObject({ status: 'created', supplierName: 'Café De Blüte' });
  });

  test('refuses a file without a name or e-mail column whole, creating nothing', async () => {
    const before = await invitationCount();
    const answer = await importCsv('naam;telefoon\nEen;0301234567\n');
    expect(answer.status).toBe(400);
    expect(json(answer)).toMatchObject({ code: 'import_invalid' });
    expect(json(answer).detail).toContain('no column for the e-mail address');
    expect((await importCsv('')).status).toBe(400);
    expect(await invitationCount()).toBe(before);
  });

  test('refuses an unknown profile, a file that is not CSV text, and a read-only key (403)', async () => {
    expect(json(await importCsv('naam;email\n', { query: { profileId: 'prf-nope' } })).code).toBe(
      'import_invalid',
    );
    expect((await importCsv('naam;email\n', { type: 'application/json' })).status).toBe(415);
    const forbidden = await importCsv('naam;email\nX;x@example.nl\n', { key: readOnlyKey });
    expect(forbidden.status).toBe(403);
    expect(json(forbidden).code).toBe('insufficient_scope');
  });

  test('refuses more rows than the limit, and more bytes, before creating anything', async () => {
    const before = await invitationCount();
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `L${i};l${i}@example.nl`);
    const answer = await importCsv(`naam;email\n${rows.join('\n')}\n`);
    expect(answer.status).toBe(413);
    expect(json(answer)).toMatchObject({ code: 'import_too_large', maxRows: MAX_IMPORT_ROWS });
    const big = await importCsv(`naam;email\n${'x'.repeat(6 * 1024 * 1024)}\n`);
    expect(big.status).toBe(413);
    expect(await invitationCount()).toBe(before);
  });

  test('imports 10,000 rows, streaming progress lines that end in the report', async () => {
    const rows = Array.from(
      { length: MAX_IMPORT_ROWS },
      (_, i) => `Leverancier ${i};lev${i}@bulk.example;;;${IBAN_A}`,
    );
    const answer = await importCsv(`naam;email;btw;kvk;iban\n${rows.join('\n')}\n`, {
      accept: 'application/x-ndjson',
    });
    expect(answer.status).toBe(200);
    expect(answer.type).toContain('application/x-ndjson');
    const lines = answer.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const progress = lines.filter((l) => l.type === 'progress');
    expect(progress.length).toBeGreaterThanOrEqual(100);
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual({ type: 'progress', done: MAX_IMPORT_ROWS, total: MAX_IMPORT_ROWS });
    const last = lines.at(-1);
    expect(last.type).toBe('report');
    expect(last.report).toMatchObject({ rows: MAX_IMPORT_ROWS, created: MAX_IMPORT_ROWS, refused: 0 });
  }, 120_000);
});
