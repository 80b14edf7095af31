/**
 * Every text a user can read, rendered with boundary values: the findings' catalogue (all four
 * languages, `engine/i18n`), the API's errors and their variants and detail texts
 * (`server/core/error-catalogue.ts`) and the profile problems (`profiles/problem-catalogue.ts`). Each
 * placeholder gets 0, 1, a very large number, a name that ends in a full stop and a localized text
 * that does; the result must have no placeholder left, no "0.00 MB", and no doubled punctuation. The
 * file-size texts are also rendered through `file.max-size` itself, with the sizes at their limits.
 */
import { describe, expect, test } from '@jest/globals';
import fileMaxSize from '../../../checks/file-max-size.js';
import { emailBytes } from '../../../checks/support/sizes.js';
import { findingFactory } from '../../../engine/check.js';
import { localize, type MessageId, type MessageVars, messageIds } from '../../../engine/i18n/catalogue.js';
import { fillLocalized, placeholdersOf, type TemplateValue } from '../../../engine/i18n/template.js';
import type { DocumentModel } from '../../../engine/model/document.js';
import { LANGS, type Lang, type LocalizedText } from '../../../engine/model/finding.js';
import { PROFILE_PROBLEMS } from '../../../profiles/problem-catalogue.js';
import { DETAIL_TEXTS, ERROR_CATALOGUE } from '../../../server/core/error-catalogue.js';
import { testProfile } from '../../helpers.js';

const BOUNDARY: readonly [string, TemplateValue][] = [
  ['zero', 0],
  ['one', 1],
  ['very large', 123_456_789_012],
  ['a name ending in a full stop', 'ACME B.V.'],
  [
    'a localized text ending in a full stop',
    { nl: 'Bakkerij B.V.', en: 'Bakery Ltd.', de: 'Bäckerei GmbH.', fr: 'Boulangerie S.A.' },
  ],
];

/** What no rendered text may contain, with why. */
const DEFECTS: readonly [RegExp, string][] = [
  [/\{\{\w+\}\}/, 'an unfilled placeholder'],
  [/\b0[.,]00 MB\b/, 'a size shown as 0.00 MB'],
  [/(?<!\.)\.\.(?!\.)/, 'a doubled full stop'],
  [/[,;:] ?[,;:.]/, 'doubled punctuation'],
  [/\.\s+\./, 'a full stop after a full stop'],
  [/ [,.;:!?](\s|$)/, 'a space before punctuation'],
];

/** French puts a space before : ; ! ? (typography), so only , and . count there. */
const FRENCH_SPACE_BEFORE: readonly [RegExp, string] = [/ [,.](\s|$)/, 'a space before punctuation'];

function defectsOf(text: string, lang: Lang = 'en'): string[] {
  const rules = lang === 'fr' ? [...DEFECTS.slice(0, -1), FRENCH_SPACE_BEFORE] : DEFECTS;
  return rules.filter(([pattern]) => pattern.test(text)).map(([, why]) => `${why}: "${text}"`);
}

/** Every template with an id, from the three catalogues. */
const templates: [string, LocalizedText][] = [
  ...messageIds().map((id): [string, LocalizedText] => [
    `finding ${id}`,
    // The raw templates: localize with no values keeps the placeholders.
    localize(id as MessageId),
  ]),
  ...Object.entries(ERROR_CATALOGUE).flatMap(([code, entry]): [string, LocalizedText][] => [
    [`error ${code}`, { nl: entry.nl, en: entry.en, de: entry.de, fr: entry.fr }],
    ...Object.entries((entry as { variants?: Record<string, LocalizedText> }).variants ?? {}).map(
      ([variant, text]): [string, LocalizedText] => [
        `error ${code} (${variant})`,
        { nl: text.nl, en: text.en, de: text.de, fr: text.fr },
      ],
    ),
  ]),
  ...Object.entries(DETAIL_TEXTS).map(([id, text]): [string, LocalizedText] => [`detail ${id}`, text]),
  ...Object.entries(PROFILE_PROBLEMS).map(([id, text]): [string, LocalizedText] => [`profile ${id}`, text]),
];

describe('every catalogue text renders cleanly with boundary values', () => {
  test('the catalogues are all here', () => {
    expect(templates.length).toBeGreaterThan(300);
  });

  test.each(BOUNDARY)('with %s in every placeholder', (_name, value) => {
    const problems: string[] = [];
    for (const [id, template] of templates) {
      const names = [...new Set(LANGS.flatMap((lang) => placeholdersOf(template[lang])))];
      const vars = Object.fromEntries(names.map((name) => [name, value]));
      const rendered = fillLocalized(template, vars);
      for (const lang of LANGS)
        problems.push(...defectsOf(rendered[lang], lang).map((problem) => `${id} [${lang}]: ${problem}`));
    }
    expect(problems).toEqual([]);
  });

  test('a name ending in a full stop ends the sentence once', () => {
    const text = localize('fields.buyer-matches.name', { found: 'Bakkerij B.V.', expected: 'ACME B.V.' });
    expect(text.en).toBe('The invoice is addressed to "Bakkerij B.V.", not to ACME B.V.');
    expect(text.nl).toMatch(/ACME B\.V\.$/);
  });
});

describe('file.max-size renders sizes at their limits', () => {
  const docOf = (bytes: number): DocumentModel =>
    ({ file: { sha256: '0', bytes, kind: 'pdf' }, pages: [] }) as unknown as DocumentModel;
  const run = (bytes: number, maxBytes: number, maxEmailBytes?: number) =>
    fileMaxSize.run(docOf(bytes), {
      params: {},
      profile: testProfile({ file: { maxBytes }, ...(maxEmailBytes && { delivery: { maxEmailBytes } }) }),
      today: '2026-12-03',
      finding: findingFactory('file.max-size', 'error'),
    });
  const limits = [1024, 2000, 10 * 1024 * 1024, 1024 * 1024 * 1024];

  test.each(limits)('over a limit of %d bytes, by one byte and by far', (limit) => {
    for (const bytes of [limit + 1, limit * 3 + 17, 5 * 1024 * 1024 * 1024]) {
      const [finding] = run(bytes, limit);
      expect(finding?.messageId).toBe('file.max-size.too-large');
      for (const lang of LANGS) {
        const text = finding?.message[lang] ?? '';
        expect(defectsOf(text, lang)).toEqual([]);
        // The file's size and the limit never read the same.
        const vars = finding?.data as MessageVars;
        expect(vars.bytes).not.toBe(vars.limitBytes);
        const sizes = [...text.matchAll(/(\d[\d.,\u202f\u00a0]*) (bytes|Bytes|octets|KB|MB|Ko|Mo)/g)].map(
          (m) => m[0],
        );
        expect(sizes).toHaveLength(3);
        expect(sizes[0]).not.toBe(sizes[1]);
      }
    }
  });

  test.each([10_240, 10 * 1024 * 1024])('over a mailbox limit of %d bytes', (mailbox) => {
    // The largest file whose e-mail still fits, and the next byte.
    let fits = 0;
    while (emailBytes(fits + 1024) <= mailbox) fits += 1024;
    while (emailBytes(fits + 1) <= mailbox) fits += 1;
    expect(run(fits, 1024 * 1024 * 1024, mailbox)).toEqual([]);
    const [finding] = run(fits + 3, 1024 * 1024 * 1024, mailbox);
    expect(finding?.messageId).toBe('file.max-size.email-too-large');
    for (const lang of LANGS) {
      const text = finding?.message[lang] ?? '';
      expect(defectsOf(text, lang)).toEqual([]);
      const sizes = [...text.matchAll(/(\d[\d.,\u202f\u00a0]*) (bytes|Bytes|octets|KB|MB|Ko|Mo)/g)].map(
        (m) => m[0],
      );
      // The e-mail's size and the mailbox limit never read the same.
      expect(new Set(sizes.slice(1)).size).toBe(2);
    }
  });
});
