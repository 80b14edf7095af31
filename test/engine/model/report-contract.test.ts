/**
 * The engine's reports match their contract at run time: ajv (strict) compiles `ReportSchema`, the
 * TypeBox schema the `Report` type is computed from, and validates reports of real documents: a text
 * invoice read through both channels (recorded OCR), a damaged PDF and an uploaded e-invoice.
 */
import { describe, expect, test } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';
import { ReportSchema } from '../../../engine/model/report.js';
import { fixture, recordedEngine } from '../../fixtures/ocr.js';
import { damagedPdf, textInvoicePdf } from '../../fixtures/pdfs.js';
import { check, checkWith, testProfile } from '../../helpers.js';

const addFormats = ((formatsPlugin as unknown as { default?: typeof formatsPlugin }).default ??
  formatsPlugin) as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(ReportSchema);

function expectValid(report: unknown): void {
  const ok = validate(report);
  expect({ ok, errors: validate.errors ?? null }).toEqual({ ok: true, errors: null });
}

const UBL = `<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
  xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
  xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
  <cbc:ID>2026-0042</cbc:ID>
  <cbc:IssueDate>2026-05-01</cbc:IssueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="EUR">121.00</cbc:PayableAmount></cac:LegalMonetaryTotal>
</Invoice>`;

describe('ReportSchema (the contract of Report)', () => {
  test('compiles under ajv strict mode', () => {
    expect(typeof validate).toBe('function');
  });

  test('describes the report of a text invoice read through both channels, with fields and channels', async () => {
    const report = await checkWith(await fixture('text-invoice'), testProfile({ channels: 'both' }), {
      ocr: recordedEngine('text-invoice'),
    });
    expect(report.fields.invoiceNumber?.value).toEqual(expect.any(String));
    expect(report.channels.text?.values.invoiceNumber).toBeDefined();
    expect(report.channels.ocr?.values.invoiceNumber).toBeDefined();
    expectValid(report);
  });

  test('describes the reports of a damaged PDF and of an uploaded e-invoice', async () => {
    expectValid(await check(damagedPdf()));
    const einvoice = await check(new TextEncoder().encode(UBL), testProfile(), 'factuur.xml');
    expect(einvoice.document.embeddedInvoice?.fields.invoiceNumber).toBe('2026-0042');
    expectValid(einvoice);
  });

  test('refuses a report that breaks it', async () => {
    const report = structuredClone(await check(await textInvoicePdf())) as Record<string, any>;
    report.verdict = 'maybe';
    report.findings.push({ checkId: 'x', severity: 'fatal', messageId: 'x', message: { nl: '' }, data: {} });
    expect(validate(report)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/verdict', `/findings/${report.findings.length - 1}/severity`]),
    );
  });
});
