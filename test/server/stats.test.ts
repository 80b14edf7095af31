/**
 * Onboarding analytics over real HTTP: `GET /api/stats` after real suppliers tested real PDFs through
 * their links, who may read it, and the CSV export (BOM, delimiter, language, formula escaping).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { imageOnlyPdf, textInvoicePdf } from '../fixtures/pdfs.js';
import { startTestServer, type TestServer, uploadForm } from './harness.js';

let server: TestServer;
let key: string;
let readOnlyKey: string;
let otherKey: string;
let profileId: string;
const NAMES = {
  formula: '=HYPERLINK("https://evil.example","klik")',
  plus: '+31 20 123 4567 B.V.',
  at: '@SUM(1+1)',
  plain: 'Bakkerij Ünïcode & Zonen',
};

const auth = (apiKey: string) => ({ authorization: `Bearer ${apiKey}` });

async function invite(name: string): Promise<string> {
  const res = await fetch(`${server.url}/api/invitations`, {
    method: 'POST',
    headers: { ...auth(key), 'content-type': 'application/json' },
    body: JSON.stringify({ supplierName: name, supplierEmail: 'info@leverancier.example', profileId }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { link: string }).link.slice('/i/'.length);
}

async function upload(token: string, pdf: Uint8Array): Promise<string> {
  const res = await fetch(`${server.url}/api/i/${token}/runs`, { method: 'POST', body: uploadForm(pdf) });
  expect(res.status).toBe(202);
  const { id } = (await res.json()) as { id: string };
  const done = (await fetch(`${server.url}/api/i/${token}/runs/${id}?wait=30`).then((r) => r.json())) as {
    status: string;
    verdict: string;
  };
  expect(done.status).toBe('completed');
  return done.verdict;
}

beforeAll(async () => {
  server = await startTestServer({ workers: 1 });
  const acme = await server.services.buyers.createBuyer('ACME B.V.');
  key = acme.apiKey;
  readOnlyKey = (await server.services.buyers.createKey(acme.buyer.id, { scopes: ['read'] })).apiKey;
  otherKey = (await server.services.buyers.createBuyer('Concurrent B.V.')).apiKey;
  const preset = (await fetch(`${server.url}/api/presets/text-capture`).then((r) => r.json())) as Record<
    string,
    unknown
  >;
  const created = await fetch(`${server.url}/api/profiles`, {
    method: 'POST',
    headers: { ...auth(key), 'content-type': 'application/json' },
    body: JSON.stringify({ ...preset, name: 'ACME tekstlaag' }),
  });
  expect(created.status).toBe(201);
  profileId = ((await created.json()) as { id: string }).id;
  const passing = await invite(NAMES.formula);
  const failing = await invite(NAMES.plus);
  await invite(NAMES.at);
  await invite(NAMES.plain);
  expect(await upload(passing, await textInvoicePdf())).toBe('accepted');
  expect(await upload(failing, await imageOnlyPdf())).toBe('rejected');
}, 60_000);
afterAll(() => server?.close());

describe('GET /api/stats', () => {
  test("gives the buyer's funnel, failing checks and pass rate after real tests", async () => {
    const res = await fetch(`${server.url}/api/stats`, { headers: auth(key) });
    expect(res.status).toBe(200);
    const stats = (await res.json()) as Record<string, any>;
    // The profile asks no approval by hand and has no start date: the passing supplier is live today.
    expect(stats.funnel).toEqual({ invited: 4, opened: 2, tested: 2, passed: 1, approved: 1, live: 1 });
    expect(stats.daysToApproval.count).toBe(1);
    expect(stats.failingChecks).toContainEqual(
      expect.objectContaining({
        checkId: 'text.layer-present',
        failedSuppliers: 1,
        stuckSuppliers: 1,
        stuckShare: 0.5,
      }),
    );
    expect(stats.profiles).toEqual([
      expect.objectContaining({
        profileId,
        name: 'ACME tekstlaag',
        suppliersTested: 2,
        suppliersPassed: 1,
        supplierPassRate: 0.5,
        runs: 2,
        runsPassed: 1,
      }),
    ]);
  });

  test('a read-only key may read the figures; no key is 401; another buyer sees only its own', async () => {
    const readOnly = await fetch(`${server.url}/api/stats`, { headers: auth(readOnlyKey) });
    expect(readOnly.status).toBe(200);
    expect(((await readOnly.json()) as Record<string, any>).funnel.invited).toBe(4);
    const none = await fetch(`${server.url}/api/stats`);
    expect(none.status).toBe(401);
    expect(((await none.json()) as { code: string }).code).toBe('api_key_missing');
    const other = (await fetch(`${server.url}/api/stats`, { headers: auth(otherKey) }).then((r) =>
      r.json(),
    )) as Record<string, any>;
    expect(other.funnel.invited).toBe(0);
    expect(other.failingChecks).toEqual([]);
    expect(other.daysToApproval).toMatchObject({ count: 0, median: null, p90: null });
  });

  test('filters: a profile, and invitation dates; a malformed date is 400', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const later = (await fetch(`${server.url}/api/stats?invitedFrom=${tomorrow}`, {
      headers: auth(key),
    }).then((r) => r.json())) as Record<string, any>;
    expect(later.funnel.invited).toBe(0);
    expect(later.filter.invitedFrom).toBe(`${tomorrow}T00:00:00.000Z`);
    const mine = (await fetch(`${server.url}/api/stats?profile=${profileId}&invitedTo=${tomorrow}`, {
      headers: auth(key),
    }).then((r) => r.json())) as Record<string, any>;
    expect(mine.funnel.invited).toBe(4);
    const bad = await fetch(`${server.url}/api/stats?invitedFrom=yesterday`, { headers: auth(key) });
    expect(bad.status).toBe(400);
  });
});

describe('GET /api/stats/suppliers.csv', () => {
  const csv = async (query = '', apiKey = key) => {
    const res = await fetch(`${server.url}/api/stats/suppliers.csv${query}`, { headers: auth(apiKey) });
    return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
  };
  const rowsOf = (bytes: Uint8Array): string[] =>
    new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes).split('\r\n').filter(Boolean);

  test('is UTF-8 with a BOM, `;` between cells, Dutch titles, one row per supplier, as a download', async () => {
    const { res, bytes } = await csv();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="leveranciers.csv"');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = rowsOf(bytes);
    expect(rows[0]).toBe(
      'Uitnodiging;Leverancier;E-mailadres;Profiel;Uitgenodigd op;Link geopend op;Tests;Laatste uitslag;Goedgekeurd op;Live vanaf;Status',
    );
    expect(rows).toHaveLength(5);
    expect(rows.find((r) => r.includes('Ünïcode'))).toMatch(/;Bakkerij Ünïcode & Zonen;.*;0;;;;Uitgenodigd$/);
  });

  test('cells that start like a formula (= + @) get a leading quote, so a spreadsheet shows them as text', async () => {
    const text = rowsOf((await csv()).bytes).join('\n');
    expect(text).toContain(`;"'=HYPERLINK(""https://evil.example"",""klik"")";`);
    expect(text).toContain(";'+31 20 123 4567 B.V.;");
    expect(text).toContain(";'@SUM(1+1);");
    for (const name of Object.values(NAMES).slice(0, 3))
      expect(text).not.toMatch(new RegExp(`[;"]\\${name[0]}`));
  });

  test('`delimiter=comma` and `lang=en` give commas and English titles and words', async () => {
    const { res, bytes } = await csv('?delimiter=comma&lang=en');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="suppliers.csv"');
    const rows = rowsOf(bytes);
    expect(rows[0]).toBe(
      'Invitation,Supplier,E-mail address,Profile,Invited at,Link opened at,Tests,Latest result,Approved at,Live from,Status',
    );
    expect(rows.find((r) => r.includes('+31'))).toMatch(/,1,rejected,,,Tested$/);
    expect(rows.find((r) => r.includes('HYPERLINK'))).toMatch(
      /,1,accepted,[0-9T:.Z-]+,\d{4}-\d{2}-\d{2},Live$/,
    );
  });

  test("each supplier's status is the one GET /api/invitations gives", async () => {
    const words: Record<string, string> = {
      invited: 'Invited',
      opened: 'Link opened',
      tested: 'Tested',
      awaiting_approval: 'Awaiting your approval',
      rejected_by_buyer: 'Rejected by you',
      approved: 'Approved',
      live: 'Live',
    };
    const { invitations } = (await fetch(`${server.url}/api/invitations`, { headers: auth(key) }).then((r) =>
      r.json(),
    )) as { invitations: { id: string; status: { stage: string; runCount: number } }[] };
    const rows = rowsOf((await csv('?delimiter=comma&lang=en')).bytes).slice(1);
    expect(rows).toHaveLength(invitations.length);
    for (const invitation of invitations) {
      const row = rows.find((r) => r.startsWith(`${invitation.id},`));
      expect(row).toMatch(
        new RegExp(`,${invitation.status.runCount},[^,]*,[^,]*,[^,]*,${words[invitation.status.stage]}$`),
      );
    }
  });

  test("a read-only key may export; no key is 401; another buyer's export has only the title row", async () => {
    expect((await csv('', readOnlyKey)).res.status).toBe(200);
    const none = await fetch(`${server.url}/api/stats/suppliers.csv`);
    expect(none.status).toBe(401);
    expect(rowsOf((await csv('', otherKey)).bytes)).toHaveLength(1);
  });
});
