import { describe, expect, it } from '@jest/globals';
import { PDFDocument, StandardFonts } from 'pdf-lib';

// Captured before the adapter (and so pdf.js) is loaded: nothing above imports pdf.js.
const before = {
  stringify: JSON.stringify,
  parse: JSON.parse,
  push: Array.prototype.push,
  toString: Function.prototype.toString,
};

describe('pdf.js adapter', () => {
  it('leaves the built-ins that pdf.js polyfills as they were, keeps the additions pdf.js needs, and has pdf.js inflate with its own decoder', async () => {
    await import('../../../engine/adapters/pdfjs.js');
    expect(JSON.stringify).toBe(before.stringify);
    expect(JSON.parse).toBe(before.parse);
    expect(Array.prototype.push).toBe(before.push);
    expect(Function.prototype.toString).toBe(before.toString);
    expect(typeof (Promise as { withResolvers?: unknown }).withResolvers).toBe('function');
    // pdf.js inflates with its own decoder (see the adapter).
    expect('DecompressionStream' in globalThis).toBe(false);
  });

  it('reads the same text layer without the standard fonts as a renderer does with them', async () => {
    const { openPdf } = await import('../../../engine/adapters/pdfjs.js');
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    const fonts = [StandardFonts.Helvetica, StandardFonts.TimesRomanBoldItalic, StandardFonts.Courier];
    for (let i = 0; i < fonts.length; i++) {
      const name = fonts[i]!;
      page.drawText(`Factuurnummer 2026-00${i} — € 1.234,50 (${name})`, {
        x: 50,
        y: 780 - i * 30,
        size: 11,
        font: await doc.embedFont(name),
      });
    }
    const bytes = await doc.save();
    const read = async (purpose: 'read' | 'render') => {
      const pdf = await openPdf(bytes, purpose);
      try {
        const content = await (await pdf.doc.getPage(1)).getTextContent();
        return content.items.map((item) =>
          'str' in item ? { str: item.str, width: item.width, transform: item.transform } : {},
        );
      } finally {
        await pdf.close();
      }
    };
    const text = await read('read');
    expect(text.map((item) => ('str' in item ? item.str : '')).join('\n')).toContain(
      'Factuurnummer 2026-001',
    );
    expect(text).toEqual(await read('render'));
  });
});
