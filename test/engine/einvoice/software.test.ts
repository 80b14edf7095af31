import { describe, expect, test } from '@jest/globals';
import { INVOICING_SOFTWARE, recogniseSoftware } from '../../../engine/einvoice/software.js';

describe('invoicing software list', () => {
  test('has the packages Dutch suppliers use, each with a valid pattern and a how-to in both languages', () => {
    const names = INVOICING_SOFTWARE.map((s) => s.name).join(' ');
    for (const expected of [
      'Exact Online',
      'Twinfield',
      'Moneybird',
      'SnelStart',
      'e-Boekhouden',
      'AFAS',
      'Yuki',
      'Visma',
      'Jortt',
      'Informer',
      'Dynamics',
      'SAP',
    ])
      expect(names).toContain(expected);
    for (const software of INVOICING_SOFTWARE) {
      expect(() => new RegExp(software.match, 'iu')).not.toThrow();
      expect(['peppol', 'ubl', 'none']).toContain(software.einvoice);
      expect(software.howTo.nl.length).toBeGreaterThan(20);
      expect(software.howTo.en.length).toBeGreaterThan(20);
    }
    expect(new Set(INVOICING_SOFTWARE.map((s) => s.id)).size).toBe(INVOICING_SOFTWARE.length);
  });

  test.each([
    ['Exact Online', 'exact-online'],
    ['SnelStart 12', 'snelstart'],
    ['e-Boekhouden.nl PDF engine', 'e-boekhouden'],
    ['Microsoft Dynamics 365 Business Central', 'dynamics'],
    ['SAP NetWeaver 7.5', 'sap'],
    ['Microsoft® Word for Microsoft 365', 'microsoft-word'],
  ])('recognises "%s"', (producer, id) => {
    expect(recogniseSoftware(producer)?.id).toBe(id);
  });

  test('recognises nothing in generic PDF libraries or an absent producer', () => {
    expect(recogniseSoftware('iText 7.1', 'wkhtmltopdf')).toBeUndefined();
    expect(recogniseSoftware(undefined, undefined)).toBeUndefined();
    expect(recogniseSoftware('Sapphire Reports')).toBeUndefined();
  });
});
