import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { placeholdersOf } from '../../engine/i18n/template.js';
import { LANGS } from '../../engine/model/finding.js';
import { PROFILE_PROBLEMS, problemText } from '../../profiles/problem-catalogue.js';
import { validateProfile } from '../../profiles/schema.js';
import { fromRoot } from '../../runtime/paths.js';

describe('the profile problem catalogue', () => {
  test('has Dutch and English text for every problem, with the same placeholders', () => {
    for (const [id, text] of Object.entries(PROFILE_PROBLEMS)) {
      for (const lang of LANGS) expect([id, lang, text[lang].trim().length > 0]).toEqual([id, lang, true]);
      // ajv speaks English only: its message fills the English text, the others say "not valid".
      if (id !== 'schema.invalid-ajv')
        for (const lang of LANGS)
          expect([id, lang, placeholdersOf(text[lang])]).toEqual([id, lang, placeholdersOf(text.en)]);
    }
  });

  test('fills placeholders, a localized value per language', () => {
    expect(
      problemText('schema.type', {
        type: { nl: 'een lijst', en: 'a list', de: 'eine Liste', fr: 'une liste' },
      }),
    ).toEqual({
      nl: 'Moet een lijst zijn.',
      en: 'Must be a list.',
      de: 'Muss eine Liste sein.',
      fr: 'Doit être une liste.',
    });
  });

  test('words the problems validateProfile reports', () => {
    const result = validateProfile(
      { buyer: { vatId: 'NL12' }, fields: { invoiceNumber: { maxAgeDays: 3 } }, colour: 'red' },
      { id: 'x', version: 1 },
    );
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.problems.map((p) => [p.pointer, p.message, p.messageNl]);
    expect(messages).toEqual(
      expect.arrayContaining([
        [
          '/colour',
          'Unknown setting "colour": check the spelling.',
          'Onbekende instelling "colour": controleer de spelling.',
        ],
        [
          '/fields/invoiceNumber/maxAgeDays',
          'Only a date field (issueDate, dueDate) can have "maxAgeDays".',
          'Alleen een datumveld (issueDate, dueDate) kan "maxAgeDays" hebben.',
        ],
      ]),
    );
  });

  test('the validators hold no inline texts: every problem is worded from the catalogue', () => {
    for (const file of ['schema.ts', 'semantics.ts']) {
      const source = readFileSync(fromRoot('profiles', file), 'utf8');
      expect([file, /\b(?:nl|en)\s*:\s*['"`]/.test(source)]).toEqual([file, false]);
      expect([file, /\bproblem\(\s*[^,()]*,\s*['"`]/.test(source)]).toEqual([file, false]);
    }
  });
});
