import { createHash } from 'node:crypto';
import { describe, expect, test } from '@jest/globals';
import { fileFacts, intake, sniffKind } from '../../../engine/stages/intake.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('intake', () => {
  test.each([
    ['%PDF-1.4\n%%EOF', 'pdf'],
    [
      '\uFEFF<?xml version="1.0"?><Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>',
      'ubl-xml',
    ],
    ['<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"/>', 'ubl-xml'],
    ['<rsm:CrossIndustryDocument xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0"/>', 'cii-xml'],
    ['<?xml version="1.0"?><note/>', 'xml'],
    ['<!DOCTYPE html><html><body>factuur</body></html>', 'html'],
    ['just some text', 'text'],
  ])('sniffs %j as %s', (content, kind) => {
    expect(sniffKind(utf8(content))).toBe(kind);
  });

  test('sniffs binary signatures', () => {
    expect(sniffKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffKind(new Uint8Array([0x49, 0x49, 0x2a, 0x00]))).toBe('tiff');
    expect(sniffKind(new Uint8Array([0, 1, 2, 3, 250, 251]))).toBe('unknown');
    expect(sniffKind(new Uint8Array())).toBe('empty');
  });

  test('hashes the bytes and notes whether a PDF has its end marker', () => {
    const bytes = utf8('%PDF-1.4\nbody\n%%EOF\n');
    const facts = fileFacts({ bytes, name: 'a.pdf' });
    expect(facts.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(facts).toMatchObject({ bytes: bytes.length, kind: 'pdf', name: 'a.pdf' });
    expect(facts.hasEofMarker).toBe(true);
    expect(fileFacts({ bytes: utf8('%PDF-1.4\nbody') }).hasEofMarker).toBe(false);
    expect(fileFacts({ bytes: utf8('hello') }).hasEofMarker).toBeUndefined();
  });
});

describe('intake with the facts the server computed on upload', () => {
  const bytes = utf8('%PDF-1.4\nbody\n%%EOF\n');
  // Not the hash of `bytes`: a result that could only come from the facts handed in.
  const handedIn = { sha256: 'ab'.repeat(32), bytes: bytes.length, kind: 'text' } as const;

  test('takes the hash and the kind from the facts instead of hashing and sniffing again', () => {
    expect(intake({ bytes, name: 'a.pdf', facts: handedIn }).file).toEqual({
      sha256: handedIn.sha256,
      bytes: bytes.length,
      kind: 'text',
      name: 'a.pdf',
    });
  });

  test('ignores facts that belong to other bytes (another size) and computes its own', () => {
    const facts = fileFacts({ bytes, facts: { ...handedIn, bytes: bytes.length + 1 } });
    expect(facts).toEqual(fileFacts({ bytes }));
    expect(facts.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});
