import { describe, expect, test } from '@jest/globals';
import { registry } from '../../checks/index.js';
import { presets } from '../../profiles/presets.js';
import { profileSchema, validateProfile } from '../../profiles/schema.js';
import { isHelpdeskAddress } from '../../profiles/semantics.js';

const fallback = { id: 'x', version: 1 };
const base = { name: 'A', channels: 'text' };

const problemsOf = (value: unknown, options = {}) => {
  const result = validateProfile(value, fallback, options);
  return result.ok ? [] : [...result.problems];
};

describe('profile schema', () => {
  test('every preset validates and names its id', () => {
    expect(presets().size).toBeGreaterThan(0);
    for (const [id, profile] of presets()) {
      expect(profile.id).toBe(id);
      expect(validateProfile(profile, fallback).ok).toBe(true);
    }
  });

  test('the checks section lists exactly the registered checks', () => {
    const checks = (profileSchema().properties as Record<string, any>).checks;
    expect(Object.keys(checks.properties).sort()).toEqual(registry.map((c) => c.id).sort());
    expect(checks.additionalProperties).toBe(false);
  });

  test('fills id and version from the fallback when the document has none', () => {
    const result = validateProfile({ name: 'Mine', channels: 'both' }, { id: 'mine', version: 3 });
    expect(result.ok && result.profile).toMatchObject({ id: 'mine', version: 3, channels: 'both' });
  });

  test('accepts a profile that uses every section', () => {
    const result = validateProfile(
      {
        ...base,
        channels: 'both',
        buyer: {
          name: 'Gemeente Voorbeeld',
          vatId: 'NL123456782B01',
          kvk: '12345678',
          address: { street: 'Markt 1', postalCode: '1234 AB', city: 'Voorbeeld', country: 'NL' },
        },
        file: {
          maxBytes: 10485760,
          maxPages: 10,
          pdfVersions: { min: '1.4', max: '2.0' },
          restrictionsAllowed: false,
          pdfaRequired: false,
          singleInvoice: true,
          pageSizes: ['A4', 'Letter'],
          maxPageSidePt: 1224,
          firstPageNotBlank: true,
          imagesAllowed: true,
        },
        text: { required: true, maxGarbledRatio: 0.05, minTextHeightPt: 6 },
        ocr: { dpi: 300, minConfidence: 70, minImageDpi: 200, minTextHeightPx: 12, maxSkewDegrees: 3 },
        fields: {
          invoiceNumber: { required: true, maxLength: 30, labels: ['Factuurnummer'] },
          issueDate: { required: true, notInFuture: true, maxAgeDays: 365 },
          currency: { oneOf: ['EUR'], equals: 'EUR' },
          buyerVatId: { equals: { buyerField: 'vatId' } },
          buyerReference: { required: true, pattern: '^[0-9]{10}$' },
        },
        checks: { 'text.layer-present': { enabled: true, severity: 'error', params: { minChars: 40 } } },
        delivery: {
          invoiceAddress: 'facturen@voorbeeld.nl',
          contactAddress: 'inkoop@voorbeeld.nl',
          startDate: '2099-01-01',
          testInvoiceRequired: true,
          manualApproval: true,
        },
      },
      fallback,
      { mode: 'create' },
    );
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  // The table of invalid profiles: each gives the expected pointer and plain message.
  test.each([
    ['a missing name', { channels: 'text' }, '/name', 'This setting is required.'],
    [
      'an unknown channel',
      { ...base, channels: 'pdf' },
      '/channels',
      'Must be one of: "text", "ocr", "both".',
    ],
    [
      'an unknown top-level key',
      { ...base, colour: 'red' },
      '/colour',
      'Unknown setting "colour": check the spelling.',
    ],
    [
      'an unknown key in a section',
      { ...base, file: { maxPage: 3 } },
      '/file/maxPage',
      'Unknown setting "maxPage": check the spelling.',
    ],
    [
      'an unknown field id',
      { ...base, fields: { invoiceNo: { required: true } } },
      '/fields/invoiceNo',
      'Unknown setting "invoiceNo": check the spelling.',
    ],
    [
      'an unknown field operator',
      { ...base, fields: { iban: { present: true } } },
      '/fields/iban/present',
      'Unknown setting "present": check the spelling.',
    ],
    ['too few pages', { ...base, file: { maxPages: 0 } }, '/file/maxPages', 'Must be at least 1.'],
    [
      'a size given as text',
      { ...base, file: { maxBytes: '10MB' } },
      '/file/maxBytes',
      'Must be a whole number.',
    ],
    [
      'a boolean given as text',
      { ...base, file: { singleInvoice: 'yes' } },
      '/file/singleInvoice',
      'Must be true or false.',
    ],
    [
      'a ratio above 1',
      { ...base, text: { maxGarbledRatio: 5 } },
      '/text/maxGarbledRatio',
      'Must be at most 1.',
    ],
    [
      'a section that is not an object',
      { ...base, ocr: [] },
      '/ocr',
      'Must be a group of settings (an object).',
    ],
    [
      'an unknown check id',
      { ...base, checks: { 'pdf.nope': {} } },
      '/checks/pdf.nope',
      'There is no check called "pdf.nope".',
    ],
    [
      'an unknown severity',
      { ...base, checks: { 'text.layer-present': { severity: 'fatal' } } },
      '/checks/text.layer-present/severity',
      'Must be one of: "error", "warning", "info".',
    ],
    [
      'a param out of range',
      { ...base, checks: { 'text.layer-present': { params: { minChars: 0 } } } },
      '/checks/text.layer-present/params/minChars',
      'Must be at least 1.',
    ],
    [
      'an unknown param',
      { ...base, checks: { 'text.layer-present': { params: { maxChars: 3 } } } },
      '/checks/text.layer-present/params/maxChars',
      'Unknown setting "maxChars": check the spelling.',
    ],
    [
      'a PDF version that does not exist',
      { ...base, file: { pdfVersions: { min: '1.9' } } },
      '/file/pdfVersions/min',
      'Has the wrong form. Use a PDF version from 1.0 to 2.0, e.g. 1.4.',
    ],
    [
      'an empty PDF version range',
      { ...base, file: { pdfVersions: { min: '1.7', max: '1.4' } } },
      '/file/pdfVersions',
      'No PDF can pass: the lowest accepted version (1.7) is higher than the highest (1.4).',
    ],
    [
      'an empty image size range',
      { ...base, ocr: { minImageSidePx: 500, maxImageSidePx: 50 } },
      '/ocr/minImageSidePx',
      'No image can pass: the smallest side (500 px) is larger than the largest (50 px).',
    ],
    [
      'a page size the side limit rules out',
      { ...base, file: { pageSizes: ['A4', 'A3'], maxPageSidePt: 842 } },
      '/file/maxPageSidePt',
      'A3 pages are longer than 842 pt, so they can never pass: raise the limit or remove those page sizes.',
    ],
    [
      'a page size listed twice',
      { ...base, file: { pageSizes: ['A4', 'A4'] } },
      '/file/pageSizes',
      'Contains the same value twice.',
    ],
    ['no page size at all', { ...base, file: { pageSizes: [] } }, '/file/pageSizes', 'Choose at least one.'],
    [
      'images for a text-only buyer',
      { ...base, file: { imagesAllowed: true } },
      '/file/imagesAllowed',
      expect.stringContaining('An image file has no text layer'),
    ],
    [
      'a required text layer whose check is off',
      { ...base, text: { required: true }, checks: { 'text.layer-present': { enabled: false } } },
      '/checks/text.layer-present/enabled',
      'The text layer is required (text → required), but the check for it is switched off.',
    ],
    [
      'a VAT id with spaces',
      { ...base, buyer: { name: 'B', vatId: 'NL 0012.34.567.B01' } },
      '/buyer/vatId',
      expect.stringContaining('Has the wrong form. Write the VAT id in capitals'),
    ],
    [
      'a malformed Dutch VAT id',
      { ...base, buyer: { name: 'B', vatId: 'NL12345B01' } },
      '/buyer/vatId',
      'A Dutch btw-nummer is NL, 9 digits, B and 2 digits, e.g. NL123456782B01.',
    ],
    [
      'a KvK number of 7 digits',
      { ...base, buyer: { name: 'B', kvk: '1234567' } },
      '/buyer/kvk',
      'Has the wrong form. A KvK number has 8 digits, e.g. 12345678.',
    ],
    [
      'a buyer without a name',
      { ...base, buyer: { kvk: '12345678' } },
      '/buyer/name',
      'This setting is required.',
    ],
    [
      'an invalid regular expression',
      { ...base, fields: { iban: { pattern: '([a-z' } } },
      '/fields/iban/pattern',
      'Must be a valid regular expression.',
    ],
    [
      'an equals that is neither text nor a buyer field',
      { ...base, fields: { currency: { equals: 3 } } },
      '/fields/currency/equals',
      'Must be text, or a buyer field such as {"buyerField": "vatId"}.',
    ],
    [
      'an equals naming an unknown buyer field',
      { ...base, fields: { buyerName: { equals: { buyerField: 'email' } } } },
      '/fields/buyerName/equals/buyerField',
      'Must be one of: "name", "vatId", "kvk".',
    ],
    [
      'an equals naming a buyer field that is not filled in',
      { ...base, fields: { buyerVatId: { equals: { buyerField: 'vatId' } } } },
      '/fields/buyerVatId/equals',
      "Must equal the buyer's vatId, but the buyer section does not fill it in.",
    ],
    [
      'an equals outside oneOf',
      { ...base, fields: { currency: { equals: 'USD', oneOf: ['EUR'] } } },
      '/fields/currency/equals',
      'No invoice can pass: the value must be "USD", which is not one of the values in "oneOf".',
    ],
    [
      'an equals longer than maxLength',
      { ...base, fields: { buyerReference: { equals: 'ABCDEF', maxLength: 3 } } },
      '/fields/buyerReference/maxLength',
      'No invoice can pass: the value must be "ABCDEF", which is longer than 3 characters.',
    ],
    [
      'a date rule on an amount',
      { ...base, fields: { totalAmount: { notInFuture: true } } },
      '/fields/totalAmount/notInFuture',
      'Only a date field (issueDate, dueDate) can have "notInFuture".',
    ],
    [
      'an invoice address that is not an e-mail address',
      { ...base, delivery: { invoiceAddress: 'facturen' } },
      '/delivery/invoiceAddress',
      'Must be an e-mail address, e.g. facturen@voorbeeld.nl.',
    ],
    [
      'a helpdesk address as invoice address',
      { ...base, delivery: { invoiceAddress: 'Ondersteuning@InvoiceSharing.com' } },
      '/delivery/invoiceAddress',
      expect.stringContaining('is a helpdesk or no-reply address'),
    ],
    [
      'a no-reply address as invoice address',
      { ...base, delivery: { invoiceAddress: 'noreply@voorbeeld.nl' } },
      '/delivery/invoiceAddress',
      expect.stringContaining('is a helpdesk or no-reply address'),
    ],
    [
      'allowed file-name characters that are no character list',
      { ...base, mail: { fileName: { allowedCharacters: 'a-z]' } } },
      '/mail/fileName/allowedCharacters',
      expect.stringContaining('do not form a character list'),
    ],
    [
      'the contact address as invoice address',
      { ...base, delivery: { invoiceAddress: 'ap@voorbeeld.nl', contactAddress: 'AP@voorbeeld.nl' } },
      '/delivery/invoiceAddress',
      expect.stringContaining('the same as the contact address'),
    ],
    [
      'a start date that is not a date',
      { ...base, delivery: { startDate: '1-3-2026' } },
      '/delivery/startDate',
      'Must be a date written as YYYY-MM-DD, e.g. 2026-03-01.',
    ],
    [
      'an impossible start date',
      { ...base, delivery: { startDate: '2026-02-30' } },
      '/delivery/startDate',
      'Must be a date written as YYYY-MM-DD, e.g. 2026-03-01.',
    ],
    ['a profile that is not an object', ['name'], '', 'Must be a group of settings (an object).'],
  ])('rejects %s', (_name, profile, pointer, message) => {
    expect(problemsOf(profile)).toContainEqual(expect.objectContaining({ pointer, message }));
  });

  test('gives every problem in Dutch too', () => {
    const problems = problemsOf({
      channels: 'x',
      file: { maxPages: -1, pdfVersions: { min: '2.0', max: '1.4' } },
      delivery: { invoiceAddress: 'ondersteuning@invoicesharing.com' },
    });
    expect(problems.length).toBe(5);
    for (const p of problems) expect(p.messageNl).toMatch(/\S/);
    expect(problems.find((p) => p.pointer === '/name')?.messageNl).toBe('Deze instelling is verplicht.');
    expect(problems.find((p) => p.pointer === '/file/pdfVersions')?.messageNl).toContain(
      'laagste toegestane versie (2.0)',
    );
  });

  test('reports schema and semantic problems at once', () => {
    const problems = problemsOf({
      channels: 'x',
      file: { maxPages: -1, pdfVersions: { min: '2.0', max: '1.4' } },
    });
    expect(problems.map((p) => p.pointer).sort()).toEqual([
      '/channels',
      '/file/maxPages',
      '/file/pdfVersions',
      '/name',
    ]);
  });

  describe('the start date', () => {
    const withStart = (startDate: string) => ({ ...base, delivery: { startDate } });
    const today = '2026-03-10';

    test('may not lie in the past when a profile is created', () => {
      expect(problemsOf(withStart('2026-03-09'), { mode: 'create', today })).toContainEqual(
        expect.objectContaining({
          pointer: '/delivery/startDate',
          message: expect.stringContaining('lies in the past'),
        }),
      );
      expect(problemsOf(withStart('2026-03-10'), { mode: 'create', today })).toEqual([]);
    });

    test('may stay in the past when a new version leaves it unchanged, not when it is moved', () => {
      const previous = withStart('2026-01-01');
      expect(problemsOf(withStart('2026-01-01'), { mode: 'update', previous, today })).toEqual([]);
      expect(problemsOf(withStart('2026-02-01'), { mode: 'update', previous, today })).toHaveLength(1);
    });

    test('is not judged for presets and profile files', () => {
      expect(problemsOf(withStart('2020-01-01'))).toEqual([]);
    });
  });

  test('knows helpdesk addresses from data, whatever their case', () => {
    expect(isHelpdeskAddress('ONDERSTEUNING@invoicesharing.com')).toBe(true);
    expect(isHelpdeskAddress('helpdesk@leverancier.nl')).toBe(true);
    expect(isHelpdeskAddress('facturen@gemeente.nl')).toBe(false);
  });
});
