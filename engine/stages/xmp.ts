/**
 * Reads the facts capture software and validators look for in a PDF's XMP metadata: a PDF/A claim
 * (`pdfaid:part` / `pdfaid:conformance`, as attribute or element) and the Factur-X / ZUGFeRD extension's
 * conformance level. Pure; tolerant of XMP that is not well-formed (the claim is still read, and
 * `wellFormed` says so).
 */
import { isWellFormedXml } from '../adapters/xml.js';
import type { XmpFacts } from '../model/document.js';

/** XMP larger than this is not examined further than its claims (a metadata bomb). */
const MAX_XMP_CHARS = 1024 * 1024;

/** The value of an XMP property written as `prefix:name="v"` or `<prefix:name>v</prefix:name>`. */
function property(xmp: string, name: string): string | undefined {
  const escaped = name.replace(':', '\\s*:\\s*');
  const match =
    new RegExp(`${escaped}\\s*=\\s*["']([^"']*)["']`, 'i').exec(xmp) ??
    new RegExp(`<${escaped}\\s*>\\s*([^<]*?)\\s*</`, 'i').exec(xmp);
  const value = match?.[1]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** Facts from a raw XMP packet. */
export function readXmp(raw: string): XmpFacts {
  const xmp = raw.length > MAX_XMP_CHARS ? raw.slice(0, MAX_XMP_CHARS) : raw;
  const body = xmp.replace(/<\?xpacket[^>]*\?>/g, '').trim();
  const wellFormed = raw.length <= MAX_XMP_CHARS && body !== '' && isWellFormedXml(body);
  const part = Number(property(xmp, 'pdfaid:part'));
  const conformance = property(xmp, 'pdfaid:conformance')?.toUpperCase();
  const facturxLevel = property(xmp, 'fx:ConformanceLevel') ?? property(xmp, 'zf:ConformanceLevel');
  return {
    wellFormed,
    ...(Number.isInteger(part) &&
      part >= 1 &&
      part <= 4 && { pdfa: { part, ...(conformance && { conformance }) } }),
    ...(facturxLevel !== undefined && { facturxLevel }),
  };
}
