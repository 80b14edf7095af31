/**
 * The API reference at /api/docs in a real browser (Debian's Chromium through playwright-core): it
 * renders the OpenAPI document, and every request the page makes stays on this server (no CDN).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { type BrowserContext, chromium } from 'playwright-core';
import { startTestServer, type TestServer } from '../server/harness.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let server: TestServer;
let context: BrowserContext;
let userDataDir: string;

beforeAll(async () => {
  server = await startTestServer({ workers: 1 });
  userDataDir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
}, 60_000);

afterAll(async () => {
  await context?.close();
  rmSync(userDataDir, { recursive: true, force: true });
  await server?.close();
});

test('renders every operation of the document from local assets only', async () => {
  const page = await context.newPage();
  const requested: string[] = [];
  const errors: string[] = [];
  page.on('request', (req) => requested.push(req.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/api/docs`);
  await page
    .locator('.swagger-ui .info .title')
    .filter({ hasText: 'Proeffactuur API' })
    .waitFor({ timeout: 20_000 });
  await page.locator('.opblock-summary-path').first().waitFor();
  const shown = await page.locator('.opblock-summary-path').allInnerTexts();
  const doc = (await fetch(`${server.url}/api/openapi.json`).then((r) => r.json())) as {
    paths: Record<string, Record<string, unknown>>;
    webhooks: Record<string, Record<string, unknown>>;
  };
  const operations = [...Object.values(doc.paths), ...Object.values(doc.webhooks)].reduce(
    (n, item) => n + Object.keys(item).length,
    0,
  );
  expect(shown).toHaveLength(operations);
  expect(shown.map((p) => p.replace(/\u200b/g, ''))).toContain('/api/runs/{id}/report.html');
  expect(requested.filter((url) => !url.startsWith(server.url))).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
}, 60_000);
