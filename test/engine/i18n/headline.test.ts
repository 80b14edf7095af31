import { describe, expect, test } from '@jest/globals';
import { checksPassedLine, verdictHeadline } from '../../../engine/i18n/headline.js';
import type { ReasonKind } from '../../../engine/model/finding.js';

const rejected = (...reason: ReasonKind[]) => ({ verdict: 'rejected' as const, reason });
const BUYER = 'Gemeente Voorbeeldstad';

describe('the verdict headline', () => {
  test('a rejection for data only says the software can read the invoice but data is missing or wrong', () => {
    expect(verdictHeadline(rejected('data'), 'nl', BUYER)).toBe(
      'De software van Gemeente Voorbeeldstad kan deze factuur lezen, maar er ontbreken gegevens of er kloppen gegevens niet.',
    );
    expect(verdictHeadline(rejected('data'), 'en', BUYER)).toBe(
      "Gemeente Voorbeeldstad's software can read this invoice, but some details are missing or incorrect.",
    );
  });

  test('a rejection because the file cannot be read says so', () => {
    expect(verdictHeadline(rejected('unreadable'), 'nl', BUYER)).toBe(
      'De software van Gemeente Voorbeeldstad kan deze factuur niet goed lezen.',
    );
    expect(verdictHeadline(rejected('unreadable'), 'en', BUYER)).toBe(
      "Gemeente Voorbeeldstad's software cannot read this invoice properly.",
    );
  });

  test('a rejection for delivery says the invoice will not arrive', () => {
    expect(verdictHeadline(rejected('delivery'), 'nl', BUYER)).toBe(
      'Deze factuur komt zo niet aan bij Gemeente Voorbeeldstad.',
    );
    expect(verdictHeadline(rejected('delivery'), 'en', BUYER)).toBe(
      'This invoice will not reach Gemeente Voorbeeldstad as it is.',
    );
  });

  test('a rejection of several kinds names each, the most basic first', () => {
    expect(verdictHeadline(rejected('unreadable', 'data'), 'nl', BUYER)).toBe(
      'De software van Gemeente Voorbeeldstad kan deze factuur niet goed lezen. Ook ontbreken er gegevens of kloppen er gegevens niet.',
    );
    expect(verdictHeadline(rejected('data', 'delivery'), 'en', BUYER)).toBe(
      "Gemeente Voorbeeldstad's software can read this invoice, but some details are missing or incorrect. Also, the invoice will not arrive as it is.",
    );
  });

  test('accepted and undetermined runs get their own headline', () => {
    expect(verdictHeadline({ verdict: 'accepted', reason: [] }, 'nl', BUYER)).toBe(
      'De software van Gemeente Voorbeeldstad kan deze factuur lezen en verwerken.',
    );
    expect(verdictHeadline({ verdict: 'undetermined', reason: [] }, 'en', BUYER)).toMatch(
      /^The check could not be finished/,
    );
  });

  test('without a buyer name it speaks of the buyer, with a capital where a sentence starts', () => {
    expect(verdictHeadline(rejected('data'), 'en')).toBe(
      "The buyer's software can read this invoice, but some details are missing or incorrect.",
    );
    expect(verdictHeadline(rejected('data'), 'nl', '  ')).toMatch(/^De software van de afnemer kan/);
  });

  test('a report stored before reasons existed gets a general rejection', () => {
    expect(verdictHeadline({ verdict: 'rejected' }, 'nl', BUYER)).toBe(
      'De software van Gemeente Voorbeeldstad kan deze factuur zo niet verwerken.',
    );
  });
});

describe('the count of checks passed', () => {
  test('reads "41 van 42 controles geslaagd"', () => {
    const checks = { run: 42, passed: 41, failed: ['fields.valid-vat-id'], passedIds: [] };
    expect(checksPassedLine({ checks }, 'nl')).toBe('41 van 42 controles geslaagd');
    expect(checksPassedLine({ checks }, 'en')).toBe('41 of 42 checks passed');
    expect(checksPassedLine({}, 'en')).toBeUndefined();
  });
});
