import { describe, expect, test } from '@jest/globals';
import { localize } from '../../../engine/i18n/catalogue.js';
import { de } from '../../../engine/i18n/de.js';
import { en } from '../../../engine/i18n/en.js';
import { fr } from '../../../engine/i18n/fr.js';
import { nl } from '../../../engine/i18n/nl.js';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();

describe('message catalogue', () => {
  test('Dutch, English, German and French have the same ids', () => {
    for (const catalogue of [nl, de, fr])
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
  });

  test.each(Object.keys(en))('%s has the same placeholders in all four languages', (id) => {
    const key = id as keyof typeof en;
    for (const catalogue of [nl, de, fr]) {
      expect(placeholders(catalogue[key])).toEqual(placeholders(en[key]));
      expect(catalogue[key].trim()).not.toBe('');
    }
  });

  test('fills placeholders and leaves unknown ones visible', () => {
    expect(localize('pdf.max-pages.too-many', { pages: 4, limit: 2 }).en).toBe(
      'The PDF has 4 pages; the buyer accepts at most 2 pages per invoice.',
    );
    expect(localize('pdf.max-pages.too-many', {}).en).toContain('{{pages}}');
  });
});
