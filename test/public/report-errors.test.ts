import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../server/harness.js';
import { launchChromium } from './browser.js';

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

/** Renders a run with `public/report.js` in the browser; the text of its incomplete note. */
async function noteOf(incomplete: Record<string, unknown>, lang: 'nl' | 'en'): Promise<string | null> {
  const page = await browser.newPage();
  try {
    await page.goto(`${server.url}/`);
    const run = {
      status: 'completed',
      verdict: 'undetermined',
      createdAt: '2026-01-01T00:00:00Z',
      file: { name: 'f.pdf' },
      profile: { id: 'lenient', version: 1 },
      report: {
        verdict: 'undetermined',
        findings: [],
        fields: {},
        channels: {},
        document: { name: 'f.pdf' },
        stages: [],
        incomplete,
        engine: { name: 'proeffactuur', version: '0' },
      },
    };
    // A string, so the page's DOM types are not needed here.
    await page.evaluate(`(async () => {
      const { renderReport } = await import('/report.js');
      const container = document.createElement('div');
      container.id = 'under-test';
      document.body.append(container);
      renderReport(container, ${JSON.stringify(run)}, ${JSON.stringify({ lang })});
    })()`);
    return await page.locator('#under-test .findings .finding.warning').textContent();
  } finally {
    await page.close();
  }
}

describe('the report page (public/report.js) of a run with a failed stage', () => {
  const incomplete = {
    code: 'stage_failed',
    message: { nl: 'Een stap is mislukt.', en: 'A step failed.' },
    errorId: 'err_abcdefghjkmn',
  };

  test('shows the error id after the note, in Dutch and in English', async () => {
    expect(await noteOf(incomplete, 'nl')).toBe(
      'Een stap is mislukt. Foutcode (noem die aan de helpdesk): err_abcdefghjkmn',
    );
    expect(await noteOf(incomplete, 'en')).toBe(
      'A step failed. Error id (quote it to the helpdesk): err_abcdefghjkmn',
    );
  });

  test('shows only the note when there is no error id', async () => {
    const { errorId: _, ...withoutId } = incomplete;
    expect(await noteOf(withoutId, 'en')).toBe('A step failed.');
  });
});
