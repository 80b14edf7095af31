import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import {
  normaliseAmount,
  normaliseDate,
  normaliseId,
  normaliseText,
} from '../../../engine/einvoice/normalise.js';
import { decodeXml, profileName, readEInvoice, readEInvoiceText } from '../../../engine/einvoice/read.js';
import { fromRoot } from '../../../runtime/paths.js';
import { ciiXml, DEFAULT_CII, ublXml } from '../../fixtures/analysis-pdfs.js';

const upload = { kind: 'upload' } as const;
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A ZUGFeRD 1.0 (CrossIndustryDocument) invoice: other element names than CII D16B. */
const ZUGFERD_1 = `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryDocument xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0"
  xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12"
  xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15">
  <rsm:SpecifiedExchangedDocumentContext>
    <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:ferd:CrossIndustryDocument:invoice:1p0:comfort</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
  </rsm:SpecifiedExchangedDocumentContext>
  <rsm:HeaderExchangedDocument>
    <ram:ID>RK21012345</ram:ID><ram:TypeCode>380</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="102">20130916</udt:DateTimeString></ram:IssueDateTime>
  </rsm:HeaderExchangedDocument>
  <rsm:SpecifiedSupplyChainTradeTransaction>
    <ram:ApplicableSupplyChainTradeAgreement>
      <ram:SellerTradeParty><ram:Name>MUSTERLIEFERANT
        GMBH</ram:Name><ram:SpecifiedTaxRegistration><ram:ID schemeID="FC">201/113/40209</ram:ID></ram:SpecifiedTaxRegistration><ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">DE 123 456 789</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty>
      <ram:BuyerTradeParty><ram:Name>MUSTER-KUNDE GMBH</ram:Name></ram:BuyerTradeParty>
      <ram:BuyerOrderReferencedDocument><ram:ID>B123456789</ram:ID></ram:BuyerOrderReferencedDocument>
    </ram:ApplicableSupplyChainTradeAgreement>
    <ram:ApplicableSupplyChainTradeSettlement>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      <ram:SpecifiedTradeSettlementMonetarySummation>
        <ram:TaxBasisTotalAmount currencyID="EUR">-7.67</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="EUR">-1.12</ram:TaxTotalAmount>
        <ram:GrandTotalAmount currencyID="EUR">-8.79</ram:GrandTotalAmount>
        <ram:DuePayableAmount currencyID="EUR">0.00</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementMonetarySummation>
    </ram:ApplicableSupplyChainTradeSettlement>
  </rsm:SpecifiedSupplyChainTradeTransaction>
</rsm:CrossIndustryDocument>`;

describe('normalise', () => {
  test.each([
    ['1234.5', '1234.50'],
    ['100.0000', '100.00'],
    ['-8.79', '-8.79'],
    ['+3', '3.00'],
    ['0012.345', '12.345'],
    ['-0.00', '0.00'],
    ['1.234,50', undefined],
  ])('amount %s → %s', (raw, normalised) => {
    expect(normaliseAmount(raw)).toBe(normalised);
  });

  test('dates from CII format 102 and UBL, impossible dates refused', () => {
    expect(normaliseDate('20260112', '102')).toBe('2026-01-12');
    expect(normaliseDate('2026-01-12')).toBe('2026-01-12');
    expect(normaliseDate('20260231', '102')).toBeUndefined();
  });

  test('ids upper case without spaces or dots; text trimmed and collapsed', () => {
    expect(normaliseId('nl8200.98.395.b.01')).toBe('NL820098395B01');
    expect(normaliseId('NL11 BANK 1111 1111 11')).toBe('NL11BANK1111111111');
    expect(normaliseText('  MVM Musterhafter\r\n  Versicherungsverein ')).toBe(
      'MVM Musterhafter Versicherungsverein',
    );
  });
});

describe('readEInvoice', () => {
  test('reads a Factur-X (CII) invoice into normalised fields', () => {
    const { invoice } = readEInvoice(utf8(ciiXml()), upload);
    expect(invoice).toEqual({
      syntax: 'CII',
      source: upload,
      profile: 'urn:cen.eu:en16931:2017',
      profileName: 'Factur-X / ZUGFeRD EN 16931',
      typeCode: '380',
      documentType: 'invoice',
      fields: {
        invoiceNumber: 'F-2026-0042',
        issueDate: '2026-01-12',
        dueDate: '2026-02-11',
        currency: 'EUR',
        totalAmount: '1090.00',
        taxAmount: '90.00',
        netAmount: '1000.00',
        sellerName: 'Bakkerij De Korenschoof B.V.',
        sellerVatId: 'NL123456782B01',
        sellerKvk: '12345678',
        iban: 'NL91ABNA0417164300',
        buyerName: 'Gemeente Voorbeeld',
        buyerReference: 'CRED-7',
      },
    });
  });

  test('reads a UBL (Peppol BIS) invoice with the same field ids', () => {
    const { invoice } = readEInvoice(utf8(ublXml()), upload);
    expect(invoice?.syntax).toBe('UBL');
    expect(invoice?.profileName).toBe('Peppol BIS Billing 3.0 (UBL)');
    expect(invoice?.fields).toEqual(readEInvoice(utf8(ciiXml()), upload).invoice?.fields);
  });

  test('reads a ZUGFeRD 1.0 CrossIndustryDocument, with the VAT id (not the tax number) and the amount due', () => {
    const { invoice } = readEInvoiceText(ZUGFERD_1, upload);
    expect(invoice?.profileName).toBe('ZUGFeRD 1.0 COMFORT');
    expect(invoice?.fields).toMatchObject({
      invoiceNumber: 'RK21012345',
      issueDate: '2013-09-16',
      sellerName: 'MUSTERLIEFERANT GMBH',
      sellerVatId: 'DE123456789',
      orderReference: 'B123456789',
      totalAmount: '-8.79',
      payableAmount: '0.00',
    });
  });

  test('leaves out the amount due when it equals the total, and calls type 381 a credit note', () => {
    const { invoice } = readEInvoice(utf8(ciiXml({ ...DEFAULT_CII, typeCode: '381' })), upload);
    expect(invoice?.fields.payableAmount).toBeUndefined();
    expect(invoice?.documentType).toBe('credit-note');
  });

  test.each([
    ['a wrong encoding declaration', utf8(ciiXml().replace('UTF-8', 'UTF-8-W/O-BOM')), 'invalid-xml'],
    [
      'Latin-1 bytes declared as UTF-8',
      new Uint8Array([...utf8(ciiXml().slice(0, 400)), 0xe9, ...utf8('</x>')]),
      'invalid-xml',
    ],
    [
      'a DOCTYPE with entities',
      utf8(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>${ciiXml().replace(/^<\?xml[^>]*>/, '')}`),
      'invalid-xml',
    ],
    [
      'deep nesting',
      utf8(
        `<rsm:CrossIndustryInvoice xmlns:rsm="x">${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</rsm:CrossIndustryInvoice>`,
      ),
      'invalid-xml',
    ],
    ['XML that is no invoice', utf8('<?xml version="1.0"?><order><id>1</id></order>'), 'not-an-invoice'],
  ])('refuses %s without throwing', (_, bytes, reason) => {
    expect(readEInvoice(bytes, upload).error?.reason).toBe(reason);
  });

  test('decodes a UTF-16 file with a byte-order mark', () => {
    const text = ublXml().replace('UTF-8', 'UTF-16');
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    expect(decodeXml(bytes)).toBe(text);
    expect(readEInvoice(bytes, upload).invoice?.fields.invoiceNumber).toBe('F-2026-0042');
  });

  test('names the common profiles', () => {
    expect(profileName('CII', 'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0')).toBe(
      'XRechnung 3.0 (CII)',
    );
    expect(profileName('CII', 'urn:factur-x.eu:1p0:basicwl')).toBe('Factur-X / ZUGFeRD BASIC WL');
    expect(profileName('UBL', 'urn:cen.eu:en16931:2017#compliant#urn:fdc:nen.nl:nlcius:v1.0')).toBe(
      'NLCIUS (UBL)',
    );
  });
});

// The shared corpus (outside the repository): its hybrids' and UBL files' truth was derived from the
// same XML independently. Runs when the corpus is there; the generated cases above always run.
const corpus = path.resolve(process.env.CORPUS_DIR ?? path.join(fromRoot(), '..', 'shared', 'corpus'));
const manifestPath = path.join(corpus, 'manifest.json');
const entries = existsSync(manifestPath)
  ? (
      JSON.parse(readFileSync(manifestPath, 'utf8')) as {
        file: string;
        truthFrom?: string;
        truth: Record<string, string>;
      }[]
    )
      .filter((e) => e.truthFrom?.endsWith('.xml'))
      .map((e) => [e.file, e] as const)
  : [];

describe('readEInvoice on the shared corpus', () => {
  if (entries.length === 0) {
    test.skip('needs ../shared/corpus (or CORPUS_DIR)', () => {});
    return;
  }
  test.each(entries)('%s matches its truth', (_, entry) => {
    const { invoice } = readEInvoice(
      new Uint8Array(readFileSync(path.join(corpus, entry.truthFrom!))),
      upload,
    );
    const { documentType, ...fields } = entry.truth;
    expect(invoice?.documentType).toBe(documentType);
    expect(invoice?.fields).toMatchObject(fields);
  });
});
