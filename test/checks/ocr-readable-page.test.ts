import { describe, expect, test } from '@jest/globals';
import ocrReadablePage from '../../checks/ocr-readable-page.js';
import { evaluate } from '../../engine/evaluate.js';
import type { DocumentModel } from '../../engine/model/document.js';
import { engineFrom, fixture, recordedEngine } from '../fixtures/ocr.js';
import { checkWith, findingsOf, messageIds, testProfile } from '../helpers.js';

const both = testProfile({ channels: 'both' });
const ocrOnly = testProfile({ channels: 'ocr', file: { imagesAllowed: true } });

describe('ocr.readable-page', () => {
  test('accepts a scan OCR can read', async () => {
    const report = await checkWith(await fixture('scan-clean'), ocrOnly, {
      ocr: recordedEngine('scan-clean'),
    });
    expect(findingsOf(report, 'ocr.readable-page')).toEqual([]);
  });

  test('flags white text: selectable, but nothing shows on the page', async () => {
    let calls = 0;
    const engine = engineFrom(async () => {
      calls++;
      return { words: [], lines: [] };
    });
    const report = await checkWith(await fixture('white-text'), both, { ocr: engine });
    expect(messageIds(report, 'ocr.readable-page')).toEqual(['ocr.readable-page.text-not-visible']);
    expect(findingsOf(report, 'ocr.readable-page')[0]?.data).toMatchObject({ page: 1, legibleWords: 0 });
    expect(calls).toBe(0); // a blank page image is not sent to OCR
  });

  test('flags a page that shows something OCR cannot read', async () => {
    const report = await checkWith(await fixture('scan-unreadable'), ocrOnly, {
      ocr: recordedEngine('scan-unreadable'),
    });
    expect(messageIds(report, 'ocr.readable-page')).toEqual(['ocr.readable-page.illegible']);
    expect(report.verdict).toBe('rejected');
  });

  test('rejects an image upload that cannot be decoded', async () => {
    const broken = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5]);
    const report = await checkWith(broken, ocrOnly, { ocr: recordedEngine('scan-clean') });
    const [finding] = findingsOf(report, 'ocr.readable-page');
    expect(finding?.messageId).toBe('ocr.readable-page.image-unreadable');
    expect(report.verdict).toBe('rejected');
    expect(report.incomplete).toBeUndefined(); // a broken file is the document's problem, not the run's
  });

  test('says nothing about a blank scanned page (no text layer, no ink)', () => {
    const doc: DocumentModel = {
      file: { sha256: 'x', bytes: 1, kind: 'pdf' },
      pages: [
        {
          index: 0,
          widthPt: 595,
          heightPt: 842,
          rotation: 0,
          text: { words: [], charCount: 0, garbledRatio: 0 },
          ocr: {
            words: [],
            lines: [],
            meanConfidence: 0,
            dpi: 300,
            widthPx: 2480,
            heightPx: 3508,
            inkRatio: 0,
            skipped: true,
          },
        },
      ],
    };
    expect(evaluate(doc, ocrOnly, [ocrReadablePage]).findings).toEqual([]);
  });

  test('flags a PDF page pdf.js could not draw', () => {
    const doc: DocumentModel = {
      file: { sha256: 'x', bytes: 1, kind: 'pdf' },
      pages: [
        {
          index: 0,
          widthPt: 595,
          heightPt: 842,
          rotation: 0,
          ocrError: { code: 'render_failed', detail: 'bad image' },
        },
      ],
    };
    const { findings } = evaluate(doc, ocrOnly, [ocrReadablePage]);
    expect(findings.map((f) => f.messageId)).toEqual(['ocr.readable-page.not-drawable']);
    expect(findings[0]?.location).toEqual({ page: 1, channel: 'ocr' });
  });
});
