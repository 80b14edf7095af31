import { describe, expect, test } from '@jest/globals';
import { collectCurrency } from '../../../engine/fields/collect-currency.js';
import { collectLabelled } from '../../../engine/fields/collect-labelled.js';
import { collectNames } from '../../../engine/fields/collect-names.js';
import { collectPatterns } from '../../../engine/fields/collect-patterns.js';
import { findHeadings, identifiersOf } from '../../../engine/fields/parties.js';
import { type Reading, readPages } from '../../../engine/fields/reading.js';
import { type Placed, words } from '../../fixtures/words.js';

const reading = (placed: readonly Placed[]): Reading =>
  readPages([{ page: 1, width: 595.28, height: 841.89, words: words(placed) }], 'text');

describe('the field collectors', () => {
  test('dates a label announces (its own or an unrelated one) are claimed: the patterns do not offer them again', () => {
    const page = reading([
      { text: 'Leverdatum: 03-01-2026', x: 56, y: 100 },
      { text: 'Factuurdatum: 12-01-2026', x: 56, y: 115 },
    ]);
    const labelled = collectLabelled(page);
    expect(labelled.candidates.map((c) => [c.field, c.value])).toEqual([['issueDate', '2026-01-12']]);
    const dates = collectPatterns(page, labelled.claimed).candidates.map((c) => c.value);
    expect(dates).toEqual([]);
    expect(collectPatterns(page, new Set()).candidates.map((c) => c.value)).toEqual([
      '2026-01-03',
      '2026-01-12',
    ]);
  });

  test('VAT lines come from a VAT label with a rate on its line', () => {
    const labelled = collectLabelled(reading([{ text: 'Btw 21% over € 200,00 € 42,00', x: 300, y: 232 }]));
    expect(labelled.vatLines.map((l) => [l.rate, l.base, l.amount])).toEqual([[21, '200.00', '42.00']]);
  });

  test('an id read under a party heading belongs to that party, and each id is listed once', () => {
    const page = reading([
      { text: 'Klant', x: 320, y: 80 },
      { text: 'Btw-nummer: NL810433941B01', x: 320, y: 94 },
    ]);
    const parties = { headings: findHeadings(page) };
    const labelled = collectLabelled(page);
    const patterned = collectPatterns(page, labelled.claimed);
    expect(identifiersOf([...labelled.sightings, ...patterned.sightings], parties)).toEqual([
      expect.objectContaining({ kind: 'vatId', value: 'NL810433941B01', party: 'buyer' }),
    ]);
  });

  test('currencies are counted from the amounts they are printed with', () => {
    const { candidates, printedAmounts } = collectCurrency(
      reading([
        { text: 'Subtotaal € 300,00', x: 300, y: 200 },
        { text: 'Totaal € 351,00', x: 300, y: 248 },
      ]),
    );
    expect(candidates.map((c) => c.value)).toEqual(['EUR']);
    expect([...printedAmounts.keys()]).toEqual(['300.00', '351.00']);
  });

  test('a company name by its legal form under a party heading is that party’s name', () => {
    const page = reading([
      { text: 'Leverancier', x: 56, y: 80 },
      { text: 'Bakkerij Jansen B.V.', x: 56, y: 94 },
      { text: 'Klant', x: 320, y: 80 },
      { text: 'Gemeente Voorbeeld', x: 320, y: 94 },
    ]);
    const names = collectNames(page, { headings: findHeadings(page) });
    expect(names.map((c) => [c.field, c.value, c.source])).toEqual(
      expect.arrayContaining([
        ['sellerName', 'Bakkerij Jansen B.V.', 'label-below'],
        ['buyerName', 'Gemeente Voorbeeld', 'label-below'],
        ['sellerName', 'Bakkerij Jansen B.V.', 'pattern'],
      ]),
    );
  });
});
