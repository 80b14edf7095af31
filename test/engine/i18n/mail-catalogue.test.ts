import { describe, expect, test } from '@jest/globals';
import { mailMessageIds, mailText } from '../../../engine/i18n/mail.js';
import { mailEn } from '../../../engine/i18n/mail-en.js';
import { mailNl } from '../../../engine/i18n/mail-nl.js';
import { placeholdersOf } from '../../../engine/i18n/template.js';

describe('the e-mail texts', () => {
  test('have Dutch and English text for every id, with the same placeholders', () => {
    expect(Object.keys(mailNl).sort()).toEqual(Object.keys(mailEn).sort());
    for (const id of mailMessageIds()) {
      expect([id, mailNl[id].trim() !== '', mailEn[id].trim() !== '']).toEqual([id, true, true]);
      expect([id, placeholdersOf(mailNl[id])]).toEqual([id, placeholdersOf(mailEn[id])]);
    }
  });

  test('fill their placeholders per language, without a double full stop after a name ending in one', () => {
    expect(mailText('nl', 'reply.checked', { file: 'factuur.pdf', buyer: 'ACME B.V.' })).toBe(
      'Wij hebben uw proeffactuur factuur.pdf gecontroleerd voor ACME B.V.',
    );
    expect(mailText('en', 'reply.checked-no-file', { buyer: 'ACME B.V.' })).toBe(
      'We checked your sample invoice for ACME B.V.',
    );
  });
});
