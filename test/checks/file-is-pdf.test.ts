import { describe, expect, test } from '@jest/globals';
import sharp from 'sharp';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { check, findingsOf, messageIds, testProfile } from '../helpers.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('file.is-pdf', () => {
  test('accepts a PDF whatever its name', async () => {
    const report = await check(await textInvoicePdf(), undefined, 'factuur.docx');
    expect(findingsOf(report, 'file.is-pdf')).toEqual([]);
    expect(report.document.kind).toBe('pdf');
  });

  test('rejects an empty file and says it is empty', async () => {
    const report = await check(new Uint8Array(0), undefined, 'factuur.pdf');
    expect(report.verdict).toBe('rejected');
    const [finding] = findingsOf(report, 'file.is-pdf');
    expect(finding?.messageId).toBe('file.is-pdf.empty');
    expect(finding?.message.nl).toContain('leeg');
    expect(finding?.hint?.en).toMatch(/export/i);
  });

  test('rejects a PNG renamed to .pdf as an image', async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    const report = await check(new Uint8Array(png), undefined, 'factuur.pdf');
    const [finding] = findingsOf(report, 'file.is-pdf');
    expect(finding?.messageId).toBe('file.is-pdf.image');
    expect(finding?.message.en).toContain('PNG');
  });

  test('lets an image through when the profile allows images and its buyer reads page images', async () => {
    const png = new Uint8Array(
      await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } })
        .png()
        .toBuffer(),
    );
    const allowed = testProfile({ channels: 'ocr', file: { imagesAllowed: true } });
    expect(findingsOf(await check(png, allowed), 'file.is-pdf')).toEqual([]);
    // Allowed, but a text-only buyer finds no text in an image.
    const textOnly = testProfile({ channels: 'text', file: { imagesAllowed: true } });
    expect(messageIds(await check(png, textOnly), 'file.is-pdf')).toEqual(['file.is-pdf.image-no-text']);
    // Not allowed: rejected as before, whatever the channel.
    const notAllowed = testProfile({ channels: 'ocr' });
    expect(messageIds(await check(png, notAllowed), 'file.is-pdf')).toEqual(['file.is-pdf.image']);
  });

  test('leaves a UBL invoice to einvoice.xml-uploaded: one rejection, not two', async () => {
    const ubl = utf8(
      '<?xml version="1.0" encoding="UTF-8"?>\n<!-- sample -->\n<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><cbc:ID xmlns:cbc="x">1</cbc:ID></Invoice>',
    );
    const report = await check(ubl);
    expect(report.verdict).toBe('rejected');
    expect(messageIds(report, 'file.is-pdf')).toEqual([]);
    expect(messageIds(report, 'einvoice.xml-uploaded')).toEqual(['einvoice.xml-uploaded.ubl']);
    expect(findingsOf(report, 'einvoice.xml-uploaded')[0]?.message.en).toMatch(/Peppol/);
  });

  test('still tells a UBL or CII file apart itself when a profile turns einvoice.xml-uploaded off', async () => {
    const profile = testProfile({ checks: { 'einvoice.xml-uploaded': { enabled: false } } });
    const cii = utf8(
      '<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"></rsm:CrossIndustryInvoice>',
    );
    const report = await check(cii, profile);
    expect(report.verdict).toBe('rejected');
    expect(messageIds(report, 'file.is-pdf')).toEqual(['file.is-pdf.cii-xml']);
  });

  test('calls a ZIP (an office document) an office document', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    expect(messageIds(await check(zip), 'file.is-pdf')).toEqual(['file.is-pdf.office']);
  });

  test('rejects plain text with the generic not-a-PDF message', async () => {
    expect(messageIds(await check(utf8('Factuur 2026-001, totaal 100 euro')), 'file.is-pdf')).toEqual([
      'file.is-pdf.not-pdf',
    ]);
  });

  test('finds the PDF header after a little leading junk, as readers do', async () => {
    const pdf = await textInvoicePdf();
    const withJunk = new Uint8Array([...utf8('\r\n\r\n'), ...pdf]);
    const report = await check(withJunk);
    expect(findingsOf(report, 'file.is-pdf')).toEqual([]);
  });
});
