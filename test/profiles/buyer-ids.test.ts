import { describe, expect, test } from '@jest/globals';
import { PROFILE_PROBLEMS } from '../../profiles/problem-catalogue.js';
import { validateProfile } from '../../profiles/schema.js';

/** The buyer's own VAT id and KvK number are validated like a supplier's on an invoice. */
const problemsFor = (buyer: Record<string, unknown>) => {
  const result = validateProfile(
    { name: 'A', channels: 'text', buyer: { name: 'B', ...buyer } },
    {
      id: 'x',
      version: 1,
    },
  );
  return result.ok ? [] : [...result.problems];
};

describe("the buyer's own ids", () => {
  test('refuses a Dutch VAT id whose check digits fail, naming the number in both languages', () => {
    const problems = problemsFor({ vatId: 'NL001234567B01' });
    expect(problems).toEqual([
      {
        pointer: '/buyer/vatId',
        message: expect.stringContaining('NL001234567B01 does not exist: its check digits do not add up'),
        messageNl: expect.stringContaining('NL001234567B01 bestaat niet: de controlecijfers kloppen niet'),
      },
    ]);
  });

  test('accepts the example that the help texts give, and other real check digits', () => {
    for (const vatId of ['NL123456782B01', 'NL851349985B01', 'BE0403170701'])
      expect(problemsFor({ vatId })).toEqual([]);
  });

  test('refuses a foreign VAT id whose check digits fail', () => {
    expect(problemsFor({ vatId: 'BE0403170702' })).toEqual([
      expect.objectContaining({ pointer: '/buyer/vatId', message: expect.stringContaining('check digits') }),
    ]);
  });

  test('refuses a VAT id with an unknown country prefix', () => {
    expect(problemsFor({ vatId: 'QQ123456789' })).toEqual([
      expect.objectContaining({ pointer: '/buyer/vatId', message: expect.stringContaining('country code') }),
    ]);
  });

  test('refuses a KvK number of eight zeros and accepts an ordinary one', () => {
    expect(problemsFor({ kvk: '00000000' })).toEqual([
      expect.objectContaining({ pointer: '/buyer/kvk', messageNl: expect.stringContaining('00000000') }),
    ]);
    expect(problemsFor({ kvk: '12345678' })).toEqual([]);
  });

  test('every example VAT id in the problem texts passes its own check', () => {
    const examples = Object.values(PROFILE_PROBLEMS)
      .flatMap((text) => [text.en, text.nl])
      .flatMap((text) => text.match(/\bNL[0-9]{9}B[0-9]{2}\b/g) ?? []);
    expect(examples.length).toBeGreaterThan(0);
    for (const vatId of new Set(examples)) expect(problemsFor({ vatId })).toEqual([]);
  });
});
