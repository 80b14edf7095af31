import { describe, expect, test } from '@jest/globals';
import { mailMessageIds, mailText } from '../../../engine/i18n/mail.js';
import { mailDe } from '../../../engine/i18n/mail-de.js';
import { mailEn } from '../../../engine/i18n/mail-en.js';
import { mailFr } from '../../../engine/i18n/mail-fr.js';
import { mailNl } from '../../../engine/i18n/mail-nl.js';
import { placeholdersOf } from '../../../engine/i18n/template.js';

describe('the e-mail texts', () => {
  test('have Dutch, English, German and French text for every id, with the same placeholders', () => {
    for (const catalogue of [mailNl, mailDe, mailFr])
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(mailEn).sort());
    for (const id of mailMessageIds())
      for (const catalogue of [mailNl, mailEn, mailDe, mailFr]) {
        expect([id, catalogue[id].trim() !== '']).toEqual([id, true]);
        expect([id, placeholdersOf(catalogue[id])]).toEqual([id, placeholdersOf(mailEn[id])]);
      }
  });

  test('fill their placeholders per language, without a double full stop after a name ending in one', () => {
    expect(mailText('nl', 'reply.checked', { file: 'factuur.pdf', buyer: 'ACME B.V.' })).toBe(
      'Wij hebben uw proeffactuur factuur.pdf gecontroleerd voor ACME B.V.',
    );
    expect(mailText('en', 'reply.checked-no-file', { buyer: 'ACME B.V.' })).toBe(
      'We checked your sample invoice for ACME B.V.',
    );
    expect(mailText('de', 'reply.checked-no-file', { buyer: 'ACME GmbH' })).toBe(
      'Wir haben Ihre Probe-Rechnung für ACME GmbH geprüft.',
    );
    expect(mailText('fr', 'reply.checked-no-file', { buyer: 'ACME S.A.' })).toBe(
      'Nous avons contrôlé votre facture test pour ACME S.A.',
    );
  });
});
