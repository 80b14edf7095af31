/**
 * Every catalogue a user reads is complete in Dutch, English, German and French: the findings,
 * the e-mails, the report page, the API's errors, the profile problems, the checks' titles, the
 * preset names, the profile editor's setting texts and the invoicing software's how-to texts. Each text has the same ids and the same
 * `{{placeholders}}` in all four, none is empty, and German and French are not English left
 * untranslated (a few terms are the same word in those languages: the allow-list below).
 */
import { describe, expect, test } from '@jest/globals';
import { registry } from '../../../checks/index.js';
import { INVOICING_SOFTWARE } from '../../../engine/einvoice/software.js';
import { catalogueOf, localize, messageIds } from '../../../engine/i18n/catalogue.js';
import { mailMessageIds, mailText } from '../../../engine/i18n/mail.js';
import { FIELD_NAMES, PAGE_LOCALES, REPORT_LABELS } from '../../../engine/i18n/report-page.js';
import { placeholdersOf } from '../../../engine/i18n/template.js';
import { LANGS, type Lang, type LocalizedText } from '../../../engine/model/finding.js';
import { SETTING_TEXTS } from '../../../profiles/annotations.js';
import { presetNames, presets } from '../../../profiles/presets.js';
import { PROFILE_PROBLEMS } from '../../../profiles/problem-catalogue.js';
import { DETAIL_TEXTS, ERROR_CATALOGUE, type ErrorEntry } from '../../../server/core/error-catalogue.js';

/** Terms that are the same word in German or French as in English (keep this short). */
const SAME_AS_ENGLISH = new Set([
  // German or French words spelled as in English
  'Name',
  'Message',
  'page',
  'Pages',
  'pages',
  'images',
  'version',
  'image (OCR)',
  'total {{value}}',
  'info',
  // names, codes and units
  'IBAN',
  'KvK',
  'HTML',
  'MB',
  'DPI',
  'pixels',
  'points',
  'null',
]);

/** A text with no words of its own, only placeholders and punctuation (e.g. `{{howTo}}`). */
const onlyPlaceholders = (text: string): boolean => !/\p{L}/u.test(text.replace(/\{\{\w+\}\}/g, ''));

/** Texts whose placeholders may differ: ajv's message fills English only. */
const OWN_PLACEHOLDERS = new Set(['profile schema.invalid-ajv']);

/** Every localized text a user can read, by a name that says where it lives. */
function allTexts(): [string, LocalizedText][] {
  const texts: [string, LocalizedText][] = [];
  for (const id of messageIds()) texts.push([`finding ${id}`, localize(id)]);
  for (const id of mailMessageIds())
    texts.push([
      `mail ${id}`,
      { nl: mailText('nl', id), en: mailText('en', id), de: mailText('de', id), fr: mailText('fr', id) },
    ]);
  for (const [code, entry] of Object.entries(ERROR_CATALOGUE as Record<string, ErrorEntry>)) {
    texts.push([`error ${code}`, entry]);
    for (const [variant, text] of Object.entries(entry.variants ?? {}))
      texts.push([`error ${code}/${variant}`, text]);
  }
  for (const [id, text] of Object.entries(DETAIL_TEXTS)) texts.push([`detail ${id}`, text]);
  for (const [id, text] of Object.entries(PROFILE_PROBLEMS)) texts.push([`profile ${id}`, text]);
  for (const check of registry) texts.push([`title ${check.id}`, check.title]);
  for (const id of presets().keys()) texts.push([`preset ${id}`, presetNames(id)!]);
  for (const software of INVOICING_SOFTWARE) texts.push([`how-to ${software.id}`, software.howTo]);
  for (const [field, names] of Object.entries(FIELD_NAMES)) texts.push([`field name ${field}`, names]);
  for (const [pointer, setting] of Object.entries(SETTING_TEXTS.settings))
    for (const [part, text] of Object.entries(setting))
      if (text && (text as LocalizedText).en !== '')
        texts.push([`setting ${pointer} ${part}`, text as LocalizedText]);
  for (const [field, text] of Object.entries(SETTING_TEXTS.fields))
    texts.push([`setting field ${field}`, text]);
  for (const [pointer, options] of Object.entries(SETTING_TEXTS.options))
    for (const [option, text] of Object.entries(options))
      texts.push([`setting option ${pointer} ${option}`, text]);
  const labels = (lang: Lang): Record<string, string> => flatten(REPORT_LABELS[lang]);
  for (const key of Object.keys(labels('en')))
    texts.push([
      `report label ${key}`,
      { nl: labels('nl')[key]!, en: labels('en')[key]!, de: labels('de')[key]!, fr: labels('fr')[key]! },
    ]);
  return texts;
}

function flatten(value: object, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, inner]): [string, string][] =>
      typeof inner === 'object' && inner !== null
        ? Object.entries(flatten(inner, `${prefix}${key}.`))
        : [[`${prefix}${key}`, String(inner)]],
    ),
  );
}

describe('the four catalogues (nl, en, de, fr)', () => {
  const texts = allTexts();

  test('hold every text a user reads', () => {
    expect(texts.length).toBeGreaterThan(600);
    expect(LANGS).toEqual(['nl', 'en', 'de', 'fr']);
  });

  test('have the same finding ids in every language', () => {
    const ids = Object.keys(catalogueOf('en')).sort();
    for (const lang of LANGS) expect([lang, Object.keys(catalogueOf(lang)).sort()]).toEqual([lang, ids]);
  });

  test('have a text in every language for every id, none empty', () => {
    const missing = texts.flatMap(([name, text]) =>
      LANGS.filter((lang) => typeof text[lang] !== 'string' || text[lang].trim() === '').map(
        (lang) => `${name} [${lang}]`,
      ),
    );
    expect(missing).toEqual([]);
  });

  test('use the same placeholders in every language', () => {
    const differ = texts
      .filter(([name]) => !OWN_PLACEHOLDERS.has(name))
      .flatMap(([name, text]) =>
        LANGS.filter((lang) => placeholdersOf(text[lang]).join() !== placeholdersOf(text.en).join()).map(
          (lang) =>
            `${name} [${lang}]: ${placeholdersOf(text[lang]).join()} ≠ ${placeholdersOf(text.en).join()}`,
        ),
      );
    expect(differ).toEqual([]);
  });

  test('translate German and French instead of repeating the English', () => {
    const untranslated = texts.flatMap(([name, text]) =>
      (['de', 'fr'] as const)
        .filter(
          (lang) => text[lang] === text.en && !onlyPlaceholders(text.en) && !SAME_AS_ENGLISH.has(text.en),
        )
        .map((lang) => `${name} [${lang}]: ${text.en}`),
    );
    expect(untranslated).toEqual([]);
  });

  test('keep the allow-list of same words honest: each entry is still used', () => {
    const sameWords = new Set(
      texts.flatMap(([, text]) =>
        (['de', 'fr'] as const).filter((l) => text[l] === text.en).map(() => text.en),
      ),
    );
    for (const word of SAME_AS_ENGLISH) expect([word, sameWords.has(word)]).toEqual([word, true]);
  });

  test('write German formally (Sie, never du) and French with vous (never tu)', () => {
    const informal = texts.flatMap(([name, text]) => [
      ...(/(?<!\p{L})(du|dich|dein\p{L}*|dir)(?!\p{L})/u.test(text.de) ? [`${name} [de]: ${text.de}`] : []),
      ...(/(?<!\p{L})(tu|toi|ton|ta|tes)(?!\p{L})/iu.test(text.fr.replace(/https?:\S+/g, ''))
        ? [`${name} [fr]: ${text.fr}`]
        : []),
    ]);
    expect(informal).toEqual([]);
  });

  test('explain Dutch legal terms in German and French instead of dropping them', () => {
    for (const lang of ['de', 'fr'] as const) {
      expect(localize('field.sellerKvk')[lang]).toMatch(/KvK/);
      expect(localize('field.sellerVatId')[lang]).toMatch(/btw-nummer/);
      expect(localize('fields.valid-vat-id.format.hint')[lang]).toMatch(/btw-nummer/);
    }
  });

  test('format numbers and dates with the reader’s locale', () => {
    expect(PAGE_LOCALES).toEqual({ nl: 'nl-NL', en: 'en-GB', de: 'de-DE', fr: 'fr-FR' });
  });
});
