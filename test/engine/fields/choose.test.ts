import { describe, expect, test } from '@jest/globals';
import type { Candidate } from '../../../engine/fields/candidate.js';
import { type Collected, choose } from '../../../engine/fields/choose.js';
import type { FieldId, FieldSource } from '../../../engine/model/fields.js';

/** A candidate on page 1 at height `y` (its line index follows the height). */
const candidate = (
  field: FieldId,
  value: string,
  score: number,
  y: number,
  source: FieldSource = 'label-right',
): Candidate => ({
  field,
  value,
  raw: value,
  page: 1,
  box: { x: 300, y, w: 40, h: 10 },
  score,
  source,
  line: Math.round(y / 12),
});

const collected = (candidates: readonly Candidate[], more: Partial<Collected> = {}): Collected => ({
  candidates,
  vatLines: [],
  payments: [],
  printedAmounts: new Map(),
  identifiers: [],
  ...more,
});

const noParty = (): undefined => undefined;

describe('choose', () => {
  test('gives a value printed in two places a little more support than one printed once', () => {
    const { values } = choose(
      collected([
        candidate('invoiceNumber', 'F-1', 0.52, 100),
        candidate('invoiceNumber', 'F-1', 0.5, 400),
        candidate('invoiceNumber', 'F-2', 0.55, 200),
      ]),
      noParty,
    );
    expect(values.invoiceNumber?.value).toBe('F-1');
    expect(values.invoiceNumber?.confidence).toBe(0.57);
    expect(values.invoiceNumber?.candidates?.map((c) => c.value)).toEqual(['F-2']);
  });

  test('reports two labelled values of nearly equal support as ambiguous, not a weaker unlabelled one', () => {
    const close = choose(
      collected([candidate('invoiceNumber', 'F-1', 0.8, 100), candidate('invoiceNumber', 'F-2', 0.75, 200)]),
      noParty,
    );
    expect(close.ambiguities).toEqual([
      expect.objectContaining({ field: 'invoiceNumber', reason: 'close-candidates', values: ['F-1', 'F-2'] }),
    ]);
    const unlabelled = choose(
      collected([
        candidate('invoiceNumber', 'F-1', 0.8, 100),
        candidate('invoiceNumber', 'F-2', 0.75, 200, 'pattern'),
      ]),
      noParty,
    );
    expect(unlabelled.ambiguities).toEqual([]);
  });

  test('chooses the net, VAT and total that add up over a better-labelled total that does not', () => {
    const choice = choose(
      collected([
        candidate('netAmount', '100.00', 0.6, 100),
        candidate('taxAmount', '21.00', 0.6, 112),
        candidate('totalAmount', '121.00', 0.6, 124),
        candidate('totalAmount', '150.00', 0.8, 300),
      ]),
      noParty,
    );
    expect(choice.values.totalAmount?.value).toBe('121.00');
    expect(choice.values.totalAmount?.confidence).toBe(0.9);
    expect(choice.totalsConsistent).toBe(true);
  });

  test('computes the net from the total and the VAT when no net is printed', () => {
    const { values } = choose(
      collected([candidate('taxAmount', '21.00', 0.8, 112), candidate('totalAmount', '121.00', 0.8, 124)]),
      noParty,
    );
    expect(values.netAmount).toMatchObject({ value: '100.00', source: 'derived', candidates: [] });
  });

  test("takes a VAT id standing in the buyer's block for the buyer's", () => {
    const seller = candidate('sellerVatId', 'NL853746333B01', 0.9, 100);
    const buyer = candidate('sellerVatId', 'NL810433941B01', 0.9, 200);
    const { values } = choose(collected([seller, buyer]), (c) => (c === buyer ? 'buyer' : undefined));
    expect(values.sellerVatId?.value).toBe('NL853746333B01');
    expect(values.buyerVatId?.value).toBe('NL810433941B01');
  });

  test("passes over the buyer's own IBAN when the seller's is there too", () => {
    const { values } = choose(
      collected(
        [
          candidate('iban', 'NL91ABNA0417164300', 0.9, 100),
          candidate('iban', 'NL02ABNA0123456789', 0.6, 400),
        ],
        {
          identifiers: [
            {
              kind: 'iban',
              value: 'NL91ABNA0417164300',
              party: 'buyer',
              page: 1,
              box: { x: 0, y: 0, w: 1, h: 1 },
            },
          ],
        },
      ),
      noParty,
    );
    expect(values.iban?.value).toBe('NL02ABNA0123456789');
  });
});
