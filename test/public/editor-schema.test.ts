/**
 * The profile editor covers the profile schema: every leaf of the schema the server serves
 * (`/api/schema/profile`, checks included) has an input in the editor's form, in a real browser. A
 * setting added to the schema without an input in `public/editor.js` fails here.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { DATE_FIELDS } from '../../profiles/semantics.js';
import { startTestServer, type TestServer } from '../server/harness.js';
import { launchChromium, PHONE } from './browser.js';

type Schema = Record<string, any>;

/**
 * Leaves no buyer edits in the form, and why: `$schema` is a hint for text editors; `id` and
 * `version` are given by the store (the editor shows them in its title).
 */
const NOT_EDITED = new Set(['/$schema', '/id', '/version']);

/** Every leaf of a schema as a JSON Pointer: a setting that is not a group of settings. */
function leaves(schema: Schema): string[] {
  const resolve = (node: Schema): Schema =>
    node.$ref ? resolve(schema.$defs[String(node.$ref).replace('#/$defs/', '')]) : node;
  const out: string[] = [];
  const walk = (raw: Schema, at: string): void => {
    const node = resolve(raw);
    if (node.type === 'object' && node.properties) {
      for (const [name, sub] of Object.entries<Schema>(node.properties)) walk(sub, `${at}/${name}`);
    } else if (node.type !== 'object') out.push(at);
  };
  walk(schema, '');
  return out;
}

/** Whether the profile's own rules allow the leaf at all (date operators only on date fields). */
const settable = (pointer: string): boolean => {
  const rule = /^\/fields\/([^/]+)\/(notInFuture|maxAgeDays)$/.exec(pointer);
  return !rule || DATE_FIELDS.has(rule[1]!);
};

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  server = await startTestServer({ workers: 1 });
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the profile editor and the profile schema', () => {
  test('the editor has an input for every leaf of the schema', async () => {
    const schema = (await fetch(`${server.url}/api/schema/profile`).then((r) => r.json())) as Schema;
    const wanted = leaves(schema).filter((p) => !NOT_EDITED.has(p) && settable(p));
    expect(wanted).toEqual(expect.arrayContaining(['/name', '/buyer/address/city', '/delivery/startDate']));
    expect(wanted.filter((p) => p.startsWith('/checks/')).length).toBeGreaterThan(20);

    const { apiKey } = await server.services.buyers.createBuyer('ACME B.V.');
    const page = await (await browser.newContext({ ...PHONE, locale: 'nl-NL' })).newPage();
    await page.goto(`${server.url}/profiles.html`);
    await page.getByLabel('API-sleutel').fill(apiKey);
    await page.getByLabel('API-sleutel').press('Enter');
    await page.locator('#workspace').waitFor({ state: 'visible' });
    await page.getByLabel('Nieuw profiel, beginnend bij').selectOption('lenient');
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByLabel('Naam van het profiel').waitFor({ state: 'visible' });

    const inputs = await page.$$eval('#form-view [data-pointer]', (fields) =>
      fields
        .filter((field) => field.querySelector('input, select, textarea'))
        .map((field) => field.getAttribute('data-pointer')!),
    );
    expect(wanted.filter((pointer) => !inputs.includes(pointer))).toEqual([]);
  }, 60_000);
});
