/**
 * Seller and buyer names without a label: company names broken over two lines, recipients' address
 * blocks (attention lines, forms of address, `Bill to Address:`), a shop's name in the letterhead,
 * legal forms printed without a space. Fixtures are pages laid out in code.
 */
import { describe, expect, test } from '@jest/globals';
import { lines, type Placed } from '../../fixtures/words.js';
import { read } from './support.js';

const names = (placed: readonly Placed[], channel: 'text' | 'ocr' = 'text') => {
  const v = read(placed, channel).values;
  return { seller: v.sellerName?.value, buyer: v.buyerName?.value };
};

/** Lines right-aligned at x = 540, 12 pt apart. */
const rightAligned = (texts: readonly string[], start: number): Placed[] =>
  texts.map((text, i) => ({ text, x: 540, y: start + i * 12, size: 8, align: 'right' as const }));

describe('names in address blocks', () => {
  test('joins a company name broken over two lines and reads a block written for someone’s attention as the buyer’s', () => {
    const placed = [
      ...lines(['FACTUUR', 'Factuurnummer: F-2026-0002', 'Datum: 28-01-2026']),
      ...rightAligned(
        [
          'Groothandel Noord Food',
          'Logistics B.V',
          'T.a.v. Crediteurenadministratie',
          'Keizersweg 79',
          '7451 PH HOLTEN',
        ],
        150,
      ),
      { text: 'Totaal (incl. BTW): € 1.104,73', x: 300, y: 400 },
    ];
    expect(names(placed).buyer).toBe('Groothandel Noord Food Logistics B.V');
    expect(names(placed).seller).toBeUndefined();
  });

  test('does not join a line with digits or a key above a company name', () => {
    const placed = rightAligned(['Postbus 4411', 'Logistics B.V', 'Keizersweg 79'], 150);
    expect(names(placed).seller).toBe('Logistics B.V');
    const keyed = rightAligned(['Leverancier:', 'Logistics B.V'], 150);
    expect(names(keyed).seller).not.toContain('Leverancier');
  });

  test('reads "ATTN: X Limited" under "Bill to Address:" as the buyer, not the seller', () => {
    const placed = lines([
      'Cloud Services Invoice',
      'Invoice Number: 42183017',
      'Bill to Address:',
      'ATTN: Harbour Labs Limited',
      '93B Sai Yu Chung',
      'Yuen Long, N.T., HK',
      '',
      'Total for this invoice $4.11',
    ]);
    const v = names(placed);
    expect(v.buyer).toBe('Harbour Labs Limited');
    expect(v.seller).not.toBe('Harbour Labs Limited');
  });

  test('reads a person addressed as "Herrn" (alone on its line) as the buyer', () => {
    const placed = lines([
      'Musterhafter Versicherungsverein a.G.',
      '',
      'Herrn',
      'Max Mustermann',
      'Musterstr. 11',
      '12346 Bad Musterhausen',
    ]);
    expect(names(placed)).toEqual({
      seller: 'Musterhafter Versicherungsverein a.G.',
      buyer: 'Herrn Max Mustermann',
    });
    expect(names(lines(['Factuur', 'Dhr. Jan Jansen', 'Dorpsstraat 1', '1234 AB Ergens'])).buyer).toBe(
      'Dhr. Jan Jansen',
    );
  });

  test('a shop called "Mr. D.I.Y." is not a person addressed as Mr', () => {
    const v = names(lines(['MR. D.I.Y. (M) SDN BHD', 'LOT 1851-A, JALAN KPB 6', 'TAX INVOICE']), 'ocr');
    expect(v.buyer).toBeUndefined();
    expect(v.seller).toBe('MR. D.I.Y. (M) SDN BHD');
  });
});

describe('the letterhead', () => {
  test('the first line of a receipt that reads as a name is the seller', () => {
    const v = names(
      lines([
        'RESTORAN WAN SHENG',
        '002043319-W',
        'No. 2, Jalan Temenggung 19/9',
        'Tax Invoice',
        'TOTAL: 4.10',
      ]),
      'ocr',
    );
    expect(v.seller).toBe('RESTORAN WAN SHENG');
  });

  test('skips title, label, number and attention lines at the top', () => {
    const v = names(
      lines(['TAX INVOICE', 'Doc No: CS00012504', '31803058', 'Kedai Runcit Maju', 'TOTAL 4.10']),
      'ocr',
    );
    expect(v.seller).toBe('Kedai Runcit Maju');
    expect(names(lines(['T.a.v. Inkoop', 'Totaal 4,10'])).seller).toBeUndefined();
  });

  test('a name with a legal form anywhere outranks the letterhead', () => {
    const v = names([
      ...lines(['Free Service Abonne', '75371 Paris Cedex 08']),
      { text: 'Free SAS, 8 rue de la Ville', x: 56, y: 780, size: 7 },
    ]);
    expect(v.seller).toBe('Free SAS');
  });

  test('reads a legal form printed without a space ("Sdn.Bhd")', () => {
    const v = names(
      lines(['Thank you, please come again', 'Segi Cash & Carry Sdn.Bhd', 'GST Reg. No. : 001951643696']),
      'ocr',
    );
    expect(v.seller).toBe('Segi Cash & Carry Sdn.Bhd');
  });
});

describe('names from a letter, a delivery heading and a contact line', () => {
  test('reads the buyer of a letter-style invoice from its greeting ("Geachte … van het X,")', () => {
    const placed = lines([
      'Factuur',
      'Geachte medewerk(st)er van het Parcival college,',
      'Ik zou graag 703.15 euro willen factureren voor de scholing van docenten.',
      'Totaal: 703.15',
    ]);
    expect(names(placed).buyer).toBe('Parcival college');
    const english = lines(['Invoice', 'Dear colleagues of Harbour Labs,', 'Total: 120.00']);
    expect(names(english).buyer).toBe('Harbour Labs');
  });

  test("skips the contact person over the buyer's name, and keeps a party word inside the name", () => {
    const placed = [
      ...lines(['FACTURE N° : F2022', 'Date : 31/01/2022']),
      { text: 'Adresse du Client', x: 320, y: 120 },
      { text: 'Buyer contact name, Buyer dep', x: 320, y: 132 },
      { text: 'LE CLIENT', x: 320, y: 144 },
      { text: 'MON ADRESSE LIGNE 1', x: 320, y: 156 },
      { text: '06000 MA VILLE, FR', x: 320, y: 168 },
    ];
    expect(names(placed).buyer).toBe('LE CLIENT');
  });

  test('prefers the invoiced party over a delivery address, and reads no name from "Livraison: adresse, références"', () => {
    const placed = [
      ...lines(['FACTURE N° : F2022', 'Date : 31/01/2022']),
      { text: 'Adresse du Client', x: 320, y: 120 },
      { text: 'Ville de Nice', x: 320, y: 132 },
      { text: '5 rue de France', x: 320, y: 144 },
      { text: 'Livraison: adresse, références', x: 320, y: 200 },
      { text: 'Entrepôt Sud', x: 320, y: 212 },
      { text: '06000 NICE, FR', x: 320, y: 224 },
    ];
    expect(names(placed).buyer).toBe('Ville de Nice');
  });

  test('reads the company, not its department, from a letterhead ("Free Service Abonné")', () => {
    const placed = lines([
      'Free Service Abonné',
      '75371 Paris Cedex 08',
      '',
      'Facture n°562044387 du 02 Juillet 2015',
      'Total facture 29.99',
    ]);
    expect(names(placed).seller).toBe('Free');
    const kept = lines(['Customer Service', '75371 Paris Cedex 08', '', 'Total facture 29.99']);
    // A department alone is left as it is: no name would remain.
    expect(names(kept).seller).toBe('Customer Service');
  });
});
