import { describe, expect, test } from '@jest/globals';
import sharp from 'sharp';
import { type GreyImage, OcrEngineError, type OcrResult } from '../../../engine/ocr-engine.js';
import { inkRatio, toPageOcr } from '../../../engine/stages/ocr.js';
import { engineFrom, failingEngine, fixture, recordedEngine } from '../../fixtures/ocr.js';
import { textInvoicePdf } from '../../fixtures/pdfs.js';
import { scannedInvoicePdf } from '../../fixtures/scans.js';
import { checkWith, documentOf, testProfile } from '../../helpers.js';

const textOnly = testProfile({ channels: 'text' });
const ocrOnly = testProfile({ channels: 'ocr', file: { imagesAllowed: true } });
const both = testProfile({ channels: 'both' });

/** An engine that reads nothing but records what it was given. */
function spyEngine(concurrency = 2) {
  const seen: { width: number; height: number; dpi: number; ink: number }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const engine = engineFrom(async (image: GreyImage, options) => {
    seen.push({ width: image.width, height: image.height, dpi: options.dpi, ink: inkRatio(image) });
    maxInFlight = Math.max(maxInFlight, ++inFlight);
    await new Promise((resolve) => setTimeout(resolve, 20));
    inFlight--;
    return { words: [], lines: [] } satisfies OcrResult;
  }, concurrency);
  return { engine, seen, maxInFlight: () => maxInFlight };
}

const stageNames = (report: { stages: readonly { name: string; skipped?: boolean }[] }) =>
  report.stages.map((stage) => `${stage.name}${stage.skipped ? ' (skipped)' : ''}`);

describe('render and ocr stages', () => {
  test('a text-only profile skips both and never touches the OCR engine', async () => {
    const spy = spyEngine();
    const report = await checkWith(await textInvoicePdf(), textOnly, { ocr: spy.engine });
    expect(stageNames(report)).toEqual([
      'intake',
      'analyze',
      'render (skipped)',
      'ocr (skipped)',
      'fields',
      'evaluate',
    ]);
    expect(spy.seen).toEqual([]);
  });

  test('an OCR profile draws each page at its DPI and lists render and ocr with their times', async () => {
    const spy = spyEngine();
    const report = await checkWith(
      await textInvoicePdf({ pages: 2 }),
      testProfile({ channels: 'both', ocr: { dpi: 150 } }),
      {
        ocr: spy.engine,
      },
    );
    expect(stageNames(report)).toEqual(['intake', 'analyze', 'render', 'ocr', 'fields', 'evaluate']);
    expect(report.stages.find((s) => s.name === 'render')?.ms).toBeGreaterThan(0);
    // A4 at 150 DPI, greyscale, with ink where the invoice is.
    expect(spy.seen).toEqual([
      expect.objectContaining({ width: 1240, height: 1754, dpi: 150 }),
      expect.objectContaining({ width: 1240, height: 1754, dpi: 150 }),
    ]);
    expect(spy.seen[0]?.ink).toBeGreaterThan(0.001);
  });

  test('puts OCR words in page points, on top of the same words of the text layer', async () => {
    const { doc } = await documentOf(await fixture('text-invoice'), both, {
      ocr: recordedEngine('text-invoice'),
    });
    const page = doc.pages[0]!;
    const fromText = page.text?.words.find((w) => w.text === 'F-2026-0042');
    const fromOcr = page.ocr?.words.find((w) => w.text === 'F-2026-0042');
    expect(fromText && fromOcr).toBeTruthy();
    expect(fromOcr!.box.x).toBeCloseTo(fromText!.box.x, -1);
    expect(fromOcr!.box.y).toBeGreaterThanOrEqual(fromText!.box.y - 2);
    expect(fromOcr!.box.y + fromOcr!.box.h).toBeLessThanOrEqual(fromText!.box.y + fromText!.box.h + 4);
    expect(page.ocr).toMatchObject({ dpi: 300, widthPx: 2480, heightPx: 3508 });
    expect(page.ocr!.meanConfidence).toBeGreaterThan(85);
    expect(page.ocr!.lines[0]).toMatchObject({ text: 'Bakkerij De Korenschoof B.V.' });
    expect(page.ocr!.lines[0]!.xHeightPx).toBeGreaterThan(15);
  });

  test('keeps the engine busy but bounded: at most its concurrency plus one page in flight', async () => {
    const spy = spyEngine(2);
    await checkWith(await textInvoicePdf({ pages: 6 }), both, { ocr: spy.engine });
    expect(spy.seen).toHaveLength(6);
    expect(spy.maxInFlight()).toBeGreaterThanOrEqual(2);
    expect(spy.maxInFlight()).toBeLessThanOrEqual(3);
  });

  test("reads no page beyond the profile's page limit", async () => {
    const spy = spyEngine();
    await checkWith(
      await textInvoicePdf({ pages: 4 }),
      testProfile({ channels: 'ocr', file: { maxPages: 2 } }),
      {
        ocr: spy.engine,
      },
    );
    expect(spy.seen).toHaveLength(2);
  });

  test('does not send a blank page to OCR', async () => {
    const spy = spyEngine();
    const { doc } = await documentOf(await textInvoicePdf({ lines: [] }), ocrOnly, { ocr: spy.engine });
    // The page holds only its tiny "Pagina 1 van 1" footer: not blank. A truly empty PDF page is.
    expect(spy.seen).toHaveLength(1);
    const blank = await sharp({ create: { width: 1240, height: 1754, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    const { doc: blankDoc } = await documentOf(new Uint8Array(blank), ocrOnly, { ocr: spy.engine });
    expect(spy.seen).toHaveLength(1);
    expect(blankDoc.pages[0]?.ocr).toMatchObject({ skipped: true, words: [], inkRatio: 0 });
    expect(doc.pages[0]?.ocr?.skipped).toBeUndefined();
  });
});

describe('OCR failures make the run undetermined, never accepted', () => {
  test.each([
    ['crashes', 'ocr_failed', 'ocr_failed'],
    ['times out', 'ocr_timeout', 'ocr_timed_out'],
    ['is busy', 'ocr_busy', 'ocr_failed'],
  ] as const)('when the engine %s', async (_name, code, incomplete) => {
    const report = await checkWith(await textInvoicePdf(), both, { ocr: failingEngine(code) });
    expect(report.verdict).toBe('undetermined');
    expect(report.incomplete?.code).toBe(incomplete);
    expect(report.incomplete?.message.en).toMatch(/page 1/);
  });

  test('without an engine at all', async () => {
    const report = await checkWith(await textInvoicePdf(), both, {});
    expect(report.verdict).toBe('undetermined');
    expect(report.incomplete?.code).toBe('ocr_failed');
  });

  test('a document error still rejects (the verdict does not wait for OCR)', async () => {
    const report = await checkWith(
      await textInvoicePdf({ pages: 3 }),
      testProfile({ channels: 'both', file: { maxPages: 2 } }),
      { ocr: failingEngine('ocr_failed') },
    );
    expect(report.verdict).toBe('rejected');
    expect(report.incomplete?.code).toBe('ocr_failed');
  });

  test('an engine that cannot start is asked once, not once per page', async () => {
    let calls = 0;
    const engine = engineFrom(async () => {
      calls++;
      throw new OcrEngineError('ocr_unavailable', 'language data missing');
    }, 1);
    const { doc, report } = await documentOf(await textInvoicePdf({ pages: 4 }), both, { ocr: engine });
    expect(calls).toBe(1);
    expect(doc.pages.map((page) => page.ocrError?.code)).toEqual(Array(4).fill('ocr_unavailable'));
    expect(report.verdict).toBe('undetermined');
  });

  test('one failed page among good ones still makes the run incomplete', async () => {
    let call = 0;
    const engine = engineFrom(async () => {
      if (++call === 2) throw new OcrEngineError('ocr_failed', 'worker died');
      return { words: [], lines: [] };
    });
    const { report } = await documentOf(await textInvoicePdf({ pages: 3 }), both, { ocr: engine });
    expect(report.incomplete?.message.en).toContain('page 2');
  });
});

describe('image uploads go through the same stages', () => {
  const page = (format: 'png' | 'jpeg' | 'tiff') =>
    sharp({ create: { width: 620, height: 877, channels: 3, background: '#fff' } })
      .composite([
        {
          input: { create: { width: 300, height: 40, channels: 3, background: '#000' } },
          top: 100,
          left: 60,
        },
      ])
      [format]()
      .withMetadata({ density: 75 })
      .toBuffer();

  test.each(['png', 'jpeg', 'tiff'] as const)(
    'a %s image becomes a page of its size in points',
    async (format) => {
      const spy = spyEngine();
      const { doc } = await documentOf(new Uint8Array(await page(format)), ocrOnly, { ocr: spy.engine });
      expect(doc.file.kind).toBe(format);
      expect(doc.pages).toHaveLength(1);
      // 620 × 877 px at a declared 75 DPI is not plausible for a scan: read as an A4 page (75 DPI from its height).
      expect(doc.pages[0]!.widthPt).toBeCloseTo(595, -1);
      expect(spy.seen[0]).toMatchObject({ width: 620, height: 877 });
      expect(doc.pages[0]!.ocr?.dpi).toBeCloseTo(75, 0);
    },
  );

  test('a multi-page TIFF gives one page per frame', async () => {
    const one = await page('png');
    const tiff = await sharp([one, one, one], { join: { animated: true } })
      .tiff()
      .toBuffer();
    const spy = spyEngine();
    const { doc } = await documentOf(new Uint8Array(tiff), ocrOnly, { ocr: spy.engine });
    expect(doc.pages.map((p) => p.index)).toEqual([0, 1, 2]);
    expect(spy.seen).toHaveLength(3);
  });

  test('a 1 × 1 pixel image is a page too small to read, not a crash', async () => {
    const dot = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    const spy = spyEngine();
    const { doc, report } = await documentOf(new Uint8Array(dot), ocrOnly, { ocr: spy.engine });
    expect(spy.seen).toEqual([]);
    expect(doc.pages[0]?.ocr?.skipped).toBe(true);
    expect(report.incomplete).toBeUndefined();
  });

  test('an image is not read for a profile that does not allow images', async () => {
    const spy = spyEngine();
    const report = await checkWith(new Uint8Array(await page('png')), testProfile({ channels: 'ocr' }), {
      ocr: spy.engine,
    });
    expect(spy.seen).toEqual([]);
    expect(stageNames(report)).toContain('ocr (skipped)');
  });
});

describe('toPageOcr', () => {
  test('turns pixels into points and measures skew from the longer lines only', () => {
    const result: OcrResult = {
      lines: [
        { box: { x: 300, y: 300, w: 1500, h: 40 }, baselineSlope: 0.0524, xHeightPx: 21 },
        { box: { x: 300, y: 400, w: 60, h: 40 }, baselineSlope: -0.5 },
      ],
      words: [
        { text: 'Totaal', confidence: 90, box: { x: 300, y: 300, w: 300, h: 40 }, line: 0 },
        { text: '1.090,00', confidence: 80, box: { x: 1500, y: 300, w: 300, h: 40 }, line: 0 },
        { text: 'x', confidence: 10, box: { x: 300, y: 400, w: 60, h: 40 }, line: 1 },
      ],
    };
    const page = toPageOcr(result, { widthPx: 2480, heightPx: 3508, dpi: 300, inkRatio: 0.01 });
    expect(page.words[0]?.box).toEqual({ x: 72, y: 72, w: 72, h: 9.6 });
    expect(page.lines[0]).toMatchObject({
      text: 'Totaal 1.090,00',
      confidence: 85,
      xHeightPx: 21,
      skewDegrees: 3,
    });
    expect(page.skewDegrees).toBe(3);
    expect(page.meanConfidence).toBe(60);
  });
});

describe('bad input', () => {
  test('a 50-page scan is read only up to the profile page limit', async () => {
    const spy = spyEngine();
    const pdf = await scannedInvoicePdf('clean', { pages: 50 });
    const report = await checkWith(pdf, testProfile({ channels: 'ocr', file: { maxPages: 5 } }), {
      ocr: spy.engine,
    });
    expect(spy.seen).toHaveLength(5);
    expect(report.findings.map((f) => f.messageId)).toContain('pdf.max-pages.too-many');
  }, 60_000);

  test('corrupt image data inside a PDF gives a report, not a crash', async () => {
    const pdf = await scannedInvoicePdf('clean');
    const start = Buffer.from(pdf).indexOf(Buffer.from([0xff, 0xd8, 0xff]));
    expect(start).toBeGreaterThan(0);
    const broken = new Uint8Array(pdf);
    broken.fill(0x5a, start + 600, start + 20_000); // the JPEG's scan data, same length
    const spy = spyEngine();
    const { report } = await documentOf(broken, ocrOnly, { ocr: spy.engine });
    expect(report.incomplete).toBeUndefined();
    expect(report.stages.map((s) => s.name)).toContain('ocr');
  });
});
