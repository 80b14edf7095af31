import { describe, expect, test } from '@jest/globals';
import { localize } from '../../../engine/i18n/catalogue.js';
import { en } from '../../../engine/i18n/en.js';
import { nl } from '../../../engine/i18n/nl.js';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();

describe('message catalogue', () => {
  test('Dutch and English have the same ids', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });

  test.each(Object.keys(en))('%s has the same placeholders in both languages', (id) => {
    const key = id as keyof typeof en;
    expect(placeholders(nl[key])).toEqual(placeholders(en[key]));
    expect(nl[key].trim()).not.toBe('');
  });

  test('fills placeholders and leaves unknown ones visible', () => {
    expect(localize('pdf.max-pages.too-many', { pages: 4, limit: 2 }).en).toBe(
      'The PDF has 4 pages; the buyer accepts at most 2 pages per invoice.',
    );
    expect(localize('pdf.max-pages.too-many', {}).en).toContain('{{pages}}');
  });
});
