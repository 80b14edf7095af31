import { describe, expect, test } from '@jest/globals';
import type { Word } from '../../../engine/model/geometry.js';
import { pageSignals } from '../../../engine/stages/page-signals.js';
import { languageScore, textCoverage } from '../../../engine/stages/text-quality.js';
import { readXmp } from '../../../engine/stages/xmp.js';

const words = (text: string): Word[] =>
  text.split(/\s+/).map((t, i) => ({ text: t, box: { x: 10 + i * 40, y: 100, w: 35, h: 10 } }));

const DUTCH =
  'Wij danken u voor uw bestelling en brengen u hierbij de geleverde goederen in rekening. Het totaalbedrag dient binnen dertig dagen na de factuurdatum te worden voldaan op onze rekening onder vermelding van het factuurnummer. Bij vragen over deze factuur kunt u contact opnemen met onze administratie.';
const shift = (text: string, k: number) =>
  text.replace(/[a-z]/gi, (ch) => {
    const base = ch <= 'Z' ? 65 : 97;
    return String.fromCharCode(((ch.charCodeAt(0) - base + k) % 26) + base);
  });

describe('languageScore', () => {
  test('scores real Dutch text high and the same text with shifted letters low', () => {
    expect(languageScore(words(DUTCH))).toBeGreaterThan(0.85);
    expect(languageScore(words(shift(DUTCH, 3)))).toBeLessThan(0.75);
  });

  test('gives no score for too few letters', () => {
    expect(languageScore(words('Factuur F-1 totaal 100,00'))).toBeUndefined();
  });
});

describe('textCoverage', () => {
  test('is the share of the page the word boxes cover', () => {
    expect(textCoverage([{ text: 'x', box: { x: 0, y: 0, w: 50, h: 10 } }], 100, 100)).toBe(0.05);
  });
});

describe('pageSignals', () => {
  test('reads "Pagina 2 van 3" and labelled invoice numbers with their boxes', () => {
    const signals = pageSignals(words('Factuurnummer: f-2026-0042 Datum 12-01-2026 Pagina 2 van 3'));
    expect(signals.pageNumber).toMatchObject({ n: 2, of: 3 });
    expect(signals.invoiceNumbers).toEqual([{ value: 'F-2026-0042', box: { x: 50, y: 100, w: 35, h: 10 } }]);
  });

  test('knows the English, German and French labels and ignores labels without a number', () => {
    expect(
      pageSignals(words('Invoice no. 123 Rechnungsnummer R-77 N° de facture FA99')).invoiceNumbers.map(
        (n) => n.value,
      ),
    ).toEqual(['123', 'R-77', 'FA99']);
    expect(pageSignals(words('Invoice number Invoice date')).invoiceNumbers).toEqual([]);
  });
});

describe('readXmp', () => {
  test('reads a PDF/A claim written as elements, and the Factur-X level', () => {
    const xmp = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
      <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" xmlns:fx="urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#">
        <pdfaid:part>3</pdfaid:part><pdfaid:conformance>b</pdfaid:conformance><fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>
      </rdf:Description></rdf:RDF></x:xmpmeta>`;
    expect(readXmp(xmp)).toEqual({
      wellFormed: true,
      pdfa: { part: 3, conformance: 'B' },
      facturxLevel: 'EN 16931',
    });
  });

  test('still reads the claim from XMP that is not well-formed, and says so', () => {
    expect(readXmp('<x:xmpmeta pdfaid:part="2"><unclosed>')).toEqual({
      wellFormed: false,
      pdfa: { part: 2 },
    });
  });
});
