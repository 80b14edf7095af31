import { describe, expect, test } from '@jest/globals';
import { PDFDocument } from 'pdf-lib';
import { pdfLibParserWork } from '../../../engine/adapters/pdf-lib-parser.js';
import { readStructure } from '../../../engine/adapters/pdf-structure.js';
import { withPdf } from '../../../engine/adapters/pdfjs.js';
import {
  boundPdf,
  countOperators,
  DEFAULT_RESOURCE_LIMITS,
} from '../../../engine/adapters/resource-limits.js';
import { flateBombPdf, hugeImagePdf, lyingXrefStreamPdf, manyOperatorsPdf } from '../../fixtures/bombs.js';
import { textInvoicePdf } from '../../fixtures/pdfs.js';

const encode = (text: string) => new TextEncoder().encode(text);

describe('bounded work on a PDF (resource limits)', () => {
  test('leaves an ordinary invoice as it is and measures it', async () => {
    const bytes = await textInvoicePdf();
    const { bytes: bounded, usage } = boundPdf(bytes);
    expect(bounded).toBe(bytes);
    expect(usage.emptiedStreams).toBe(0);
    expect(usage.exceeded).toEqual([]);
    expect(usage.streams).toBeGreaterThan(0);
    expect(usage.operators).toBeGreaterThan(10);
  });

  test('stops a 4 GiB flate bomb after the per-stream cap of inflated bytes and empties it in place', async () => {
    const bytes = await flateBombPdf(4096);
    const { bytes: bounded, usage } = boundPdf(bytes);
    // 4 GiB were on offer; inflating stopped one byte past the 32 MiB cap.
    expect(usage.largestStreamBytes).toBe(DEFAULT_RESOURCE_LIMITS.maxStreamBytes + 1);
    expect(usage.inflatedBytes).toBeLessThan(DEFAULT_RESOURCE_LIMITS.maxStreamBytes + 1024 * 1024);
    expect(usage.exceeded).toEqual([
      expect.objectContaining({ limit: 'stream-bytes', max: DEFAULT_RESOURCE_LIMITS.maxStreamBytes }),
    ]);
    expect(usage.emptiedStreams).toBe(1);
    // Same length (every offset holds), a copy (the caller's bytes are untouched).
    expect(bounded.length).toBe(bytes.length);
    expect(bounded).not.toBe(bytes);
    // pdf.js reads the emptied copy: the page's text is still there.
    const text = await withPdf(bytes, async (doc) => {
      const content = await (await doc.getPage(1)).getTextContent();
      return content.items.map((item) => ('str' in item ? item.str : '')).join('');
    });
    expect(text).toContain('Factuur F-2026-0042');
  });

  test('stops at the per-document cap when streams are each under the per-stream cap', async () => {
    const bytes = await flateBombPdf(24);
    const { usage } = boundPdf(bytes, { ...DEFAULT_RESOURCE_LIMITS, maxDocumentBytes: 8 * 1024 * 1024 });
    expect(usage.exceeded).toEqual([expect.objectContaining({ limit: 'document-bytes' })]);
    expect(usage.inflatedBytes).toBeLessThanOrEqual(8 * 1024 * 1024 + 1);
  });

  test('empties a content stream of more operators than the cap, counting no further than the cap', async () => {
    const { usage } = boundPdf(await manyOperatorsPdf(150_000));
    expect(usage.exceeded).toEqual([
      expect.objectContaining({ limit: 'stream-operators', value: 100_001, max: 100_000 }),
    ]);
    expect(usage.largestStreamOperators).toBe(100_001);
    const { usage: under } = boundPdf(await manyOperatorsPdf(90_000));
    expect(under.emptiedStreams).toBe(0);
    expect(under.largestStreamOperators).toBe(90_000);
  });

  test('empties an image that declares more pixels than the cap, without inflating it', async () => {
    const { usage } = boundPdf(await hugeImagePdf(20_000, 20_000));
    expect(usage.exceeded).toEqual([
      expect.objectContaining({ limit: 'image-pixels', value: 400_000_000, max: 64_000_000 }),
    ]);
    expect(usage.largestImagePixels).toBe(400_000_000);
    expect(usage.inflatedBytes).toBeLessThan(1024);
  });

  test('corrects a cross-reference stream that promises billions of entries, so pdf-lib reads it at once', async () => {
    const bytes = await lyingXrefStreamPdf(await textInvoicePdf());
    expect(Buffer.from(bytes).toString('latin1')).toContain('/Size 2147483648');
    const { bytes: bounded, usage } = boundPdf(bytes);
    expect(usage.xrefsCorrected).toBe(1);
    expect(bounded.length).toBe(bytes.length);
    expect(Buffer.from(bounded).toString('latin1')).not.toContain('/Size 2147483648');
    // pdf-lib reads the corrected copy (untouched, it would create 2^31 entries: minutes, gigabytes).
    const structure = await readStructure(bytes);
    expect(structure?.pageCount).toBe(1);
    expect(boundPdf(await textInvoicePdf()).usage.xrefsCorrected).toBe(0);
  });

  test('flattens arrays and dictionaries nested deeper than the cap, outside streams, keeping every offset', async () => {
    const flat = await (await PDFDocument.load(await textInvoicePdf())).save({ useObjectStreams: false });
    const plain = Buffer.from(flat).toString('latin1');
    expect(plain).toContain('/Resources');
    const depth = 100_000;
    const deep = plain.replace('/Resources', `/Deep ${'['.repeat(depth)}${']'.repeat(depth)} /Resources`);
    const bytes = new Uint8Array(Buffer.from(deep, 'latin1'));
    const { bytes: bounded, usage } = boundPdf(bytes);
    // The page dictionary holding the arrays is one level more.
    expect(usage.deepestNesting).toBe(depth + 1);
    expect(usage.flattenedBrackets).toBe(depth + 1 - DEFAULT_RESOURCE_LIMITS.maxNestingDepth);
    expect(usage.exceeded).toEqual([expect.objectContaining({ limit: 'nesting-depth', value: depth + 1 })]);
    expect(bounded.length).toBe(bytes.length);
    const text = await withPdf(bytes, async (doc) => {
      const content = await (await doc.getPage(1)).getTextContent();
      return content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    });
    expect(text).toContain('Factuur');
    expect(boundPdf(await textInvoicePdf()).usage).toMatchObject({ flattenedBrackets: 0 });
  });

  test('skips stray bytes between objects in one pass, without an object-header attempt per byte (fuzz 0939)', async () => {
    // A fuzzed file had 1.5 MB of stray bytes after a broken object; pdf-lib tried (and threw) an
    // object header at each byte: over a minute of CPU. Here: 600 kB of stray names and
    // digit runs after the first object; the objects behind them must still be found.
    const invoice = await textInvoicePdf();
    const text = Buffer.from(invoice).toString('latin1');
    const at = text.indexOf('endobj') + 'endobj'.length;
    const stray = '/A /B '.repeat(90_000) + '12345 67 89 '.repeat(5_000);
    const bytes = new Uint8Array(
      Buffer.from(text.slice(0, at) + '\n' + stray + '\n' + text.slice(at), 'latin1'),
    );
    const before = pdfLibParserWork();
    const structure = await readStructure(bytes);
    const after = pdfLibParserWork();
    expect(structure?.pageCount).toBe(1);
    const skipped = after.jibberishBytes - before.jibberishBytes;
    const probes = after.headerProbes - before.headerProbes;
    expect(skipped).toBeGreaterThanOrEqual(stray.length - 2);
    // One header attempt per digit run (15 000 runs), none per byte (over 600 000 bytes).
    expect(probes).toBeLessThanOrEqual(15_000 + 100);
    expect(probes).toBeGreaterThanOrEqual(15_000);
  });

  test('counts operators, not operands, strings, names, comments or inline image data', () => {
    expect(countOperators(encode('BT /F1 12 Tf 72 712 Td (A (nested) Tj \\) ET) Tj ET'))).toBe(5);
    expect(countOperators(encode('% a comment with words m l c\n1 0 0 1 0 0 cm true false null'))).toBe(1);
    expect(countOperators(encode('<48656c6c6f> Tj [(a) 120 (b)] TJ'))).toBe(2);
    expect(countOperators(encode('BI /W 2 /H 1 /BPC 8 /CS /G ID ab EI Q'))).toBe(4);
    expect(countOperators(encode('0 0 m\n'.repeat(1000)), 10)).toBe(11);
  });
});
