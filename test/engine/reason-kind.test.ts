import { describe, expect, test } from '@jest/globals';
import { registry } from '../../checks/index.js';
import { withDamagedStructure } from '../../engine/damaged-structure.js';
import { evaluate } from '../../engine/evaluate.js';
import { REASON_KINDS } from '../../engine/model/finding.js';
import {
  checkReasonKind,
  FAMILY_REASON_KINDS,
  summarizeChecks,
  verdictReason,
} from '../../engine/reason-kind.js';
import { unfinished, unfinishedReport } from '../../engine/unfinished.js';
import { badVatIdInvoicePdf } from '../fixtures/kinds.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { docOf, dutchInvoice, words } from '../fixtures/words.js';
import { check, testProfile } from '../helpers.js';

describe('kinds of reason of the checks', () => {
  test('every registered check has a kind, declared or implied by its family', () => {
    const without = registry.filter((c) => checkReasonKind(c) === undefined).map((c) => c.id);
    expect(without).toEqual([]);
    for (const c of registry) expect(REASON_KINDS).toContain(checkReasonKind(c));
  });

  test('a check of a new family without a declared kind has none (so the test above fails for it)', () => {
    expect(checkReasonKind({ id: 'newfamily.something' })).toBeUndefined();
    expect(checkReasonKind({ id: 'newfamily.something', reasonKind: 'data' })).toBe('data');
  });

  test('reading problems, data problems and delivery problems land in their kind', () => {
    const kindOf = (id: string) => checkReasonKind(registry.find((c) => c.id === id)!);
    for (const id of [
      'file.is-pdf',
      'pdf.encrypted',
      'text.layer-present',
      'fonts.embedded',
      'ocr.min-confidence',
      'images.min-dpi',
      'pages.first-not-blank',
      'fields.channels-agree',
      'einvoice.xml-uploaded',
    ])
      expect([id, kindOf(id)]).toEqual([id, 'unreadable']);
    for (const id of [
      'fields.required',
      'fields.valid-vat-id',
      'totals.sum-matches',
      'vat.reverse-charge',
      'einvoice.matches-printed',
    ])
      expect([id, kindOf(id)]).toEqual([id, 'data']);
    for (const id of ['file.max-size', 'fields.buyer-matches', 'content.single-invoice'])
      expect([id, kindOf(id)]).toEqual([id, 'delivery']);
  });

  test('every family the registry uses is in the family table or all its checks declare a kind', () => {
    const families = new Set(registry.map((c) => c.id.split('.')[0]!));
    for (const family of families) {
      const undeclared = registry.filter((c) => c.id.startsWith(`${family}.`) && !c.reasonKind);
      if (undeclared.length > 0) expect(FAMILY_REASON_KINDS[family]).toBeDefined();
    }
  });
});

describe('the verdict reason', () => {
  const f = (
    checkId: string,
    severity: 'error' | 'warning',
    reasonKind: 'unreadable' | 'data' | 'delivery',
  ) =>
    ({
      checkId,
      severity,
      reasonKind,
      messageId: 'x',
      message: { nl: '', en: '', de: '', fr: '' },
      data: {},
    }) as const;

  test('lists the kinds of the errors once each, unreadable before data before delivery', () => {
    expect(
      verdictReason([f('a.b', 'error', 'delivery'), f('c.d', 'error', 'data'), f('e.f', 'error', 'data')]),
    ).toEqual(['data', 'delivery']);
    expect(verdictReason([f('a.b', 'error', 'data'), f('c.d', 'error', 'unreadable')])).toEqual([
      'unreadable',
      'data',
    ]);
  });

  test('ignores warnings', () => {
    expect(verdictReason([f('a.b', 'warning', 'unreadable')])).toEqual([]);
  });

  test('counts a check with an error as failed and a check that threw as neither passed nor failed', () => {
    expect(
      summarizeChecks(
        ['a.b', 'c.d', 'e.f', 'g.h'],
        [f('c.d', 'error', 'data'), f('e.f', 'warning', 'data')],
        ['g.h'],
      ),
    ).toEqual({
      run: 4,
      passed: 2,
      failed: ['c.d'],
      passedIds: ['a.b', 'e.f'],
    });
  });
});

describe('a report says the kind of each finding, the reason of its verdict and which checks passed', () => {
  test('a Dutch invoice whose only error is a VAT number with wrong check digits is rejected for its data', async () => {
    const report = await check(await badVatIdInvoicePdf(), testProfile());
    const errors = report.findings.filter((x) => x.severity === 'error');
    expect(errors.map((x) => [x.checkId, x.reasonKind])).toEqual([['fields.valid-vat-id', 'data']]);
    expect(report.verdict).toBe('rejected');
    expect(report.reason).toEqual(['data']);
    expect(report.checks?.failed).toEqual(['fields.valid-vat-id']);
    expect(report.checks?.passed).toBe(report.checks!.run - 1);
    expect(report.checks?.passedIds).toContain('pdf.readable');
    expect(report.checks?.passedIds).not.toContain('fields.valid-vat-id');
    for (const finding of report.findings) expect(REASON_KINDS).toContain(finding.reasonKind);
  });

  test('an accepted invoice has no reason and every check that ran passed', async () => {
    const report = await check(await textInvoicePdf(), testProfile());
    expect(report.verdict).toBe('accepted');
    expect(report.reason).toEqual([]);
    expect(report.checks?.failed).toEqual([]);
    expect(report.checks?.passed).toBe(report.checks?.run);
    expect(report.checks!.run).toBeGreaterThan(20);
  });

  test('checks with nothing to check (OCR checks without OCR, PDF/A when not required) are not counted', async () => {
    const report = await check(await textInvoicePdf(), testProfile());
    const counted = [...report.checks!.passedIds, ...report.checks!.failed];
    for (const id of [
      'ocr.skew',
      'ocr.min-confidence',
      'channels.agree',
      'fields.channels-agree',
      'einvoice.matches-printed',
      'pdf.pdfa-required',
    ])
      expect([id, counted.includes(id)]).toEqual([id, false]);
    expect(counted).toContain('fields.valid-vat-id');
    expect(report.checks!.run).toBe(counted.length);

    const scanned = docOf([words(dutchInvoice(), 0.95)], 'ocr');
    const { checks } = evaluate(scanned, testProfile({ channels: 'ocr' }), registry);
    expect(checks.passedIds).toContain('ocr.skew');
    expect(checks.passedIds).not.toContain('channels.agree');
  });

  test('a damaged structure found after the run fails pdf.readable and makes the reason unreadable', async () => {
    const report = await check(await textInvoicePdf(), testProfile());
    const damaged = withDamagedStructure(report, 'XRefParseException');
    expect(damaged.reason).toEqual(['unreadable']);
    expect(damaged.checks?.failed).toEqual(['pdf.readable']);
    expect(damaged.checks?.passedIds).not.toContain('pdf.readable');
    expect(damaged.checks?.passed).toBe(report.checks!.passed - 1);
  });

  test('a run that could not finish ran no checks and has no reason', () => {
    const report = unfinishedReport(
      { id: 'p', version: 1 },
      { sha256: '0'.repeat(64), bytes: 1, kind: 'pdf' },
      unfinished('run_timed_out', { seconds: 60 }),
    );
    expect(report.reason).toEqual([]);
    expect(report.checks).toEqual({ run: 0, passed: 0, failed: [], passedIds: [] });
  });
});
