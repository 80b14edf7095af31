import { describe, expect, test } from '@jest/globals';
import type { Finding } from '../../engine/model/finding.js';
import type { Report } from '../../engine/model/report.js';
import { applyWaivers, waiverApplies } from '../../engine/waivers.js';

const finding = (
  checkId: string,
  severity: Finding['severity'],
  reasonKind: Finding['reasonKind'],
): Finding => ({
  checkId,
  severity,
  messageId: `${checkId}.x`,
  message: { nl: 'x', en: 'x', de: 'x', fr: 'x' },
  data: {},
  reasonKind,
});

const report = (findings: Finding[], extra: Partial<Report> = {}): Report =>
  ({
    verdict: findings.some((f) => f.severity === 'error') ? 'rejected' : 'accepted',
    profile: { id: 'p', version: 1 },
    findings,
    fields: {},
    channels: {},
    document: { sha256: '0'.repeat(64), bytes: 1, kind: 'pdf' },
    stages: [],
    reason: ['unreadable', 'data'],
    checks: {
      run: 3,
      passed: 1,
      failed: ['images.min-dpi', 'fields.valid-vat-id'],
      passedIds: ['pdf.readable'],
    },
    engine: { name: 'proeffactuur', version: 'test' },
    ...extra,
  }) as Report;

const now = new Date('2026-12-03T12:00:00Z');

describe('applyWaivers', () => {
  const dpi = finding('images.min-dpi', 'error', 'unreadable');
  const vat = finding('fields.valid-vat-id', 'error', 'data');

  test('marks the waived check’s findings with the reason and expiry, and keeps the others as they were', () => {
    const waived = applyWaivers(
      report([dpi, vat]),
      [
        {
          checkId: 'images.min-dpi',
          reason: 'Onze software leest 150 DPI',
          until: '2027-01-01T00:00:00.000Z',
        },
      ],
      now,
    );
    expect(waived.findings[0]).toEqual({
      ...dpi,
      waived: { reason: 'Onze software leest 150 DPI', until: '2027-01-01T00:00:00.000Z' },
    });
    expect(waived.findings[1]).toEqual(vat);
    expect(waived.verdict).toBe('rejected');
    expect(waived.reason).toEqual(['data']);
    expect(waived.checks).toEqual({
      run: 3,
      passed: 2,
      failed: ['fields.valid-vat-id'],
      passedIds: ['pdf.readable', 'images.min-dpi'],
    });
  });

  test('recomputes the verdict: a report rejected only by waived checks is accepted', () => {
    const waived = applyWaivers(
      report([dpi, finding('text.garbled', 'warning', 'unreadable')]),
      [{ checkId: 'images.min-dpi', reason: 'ok' }],
      now,
    );
    expect(waived.verdict).toBe('accepted');
    expect(waived.reason).toEqual([]);
  });

  test('never makes an incomplete run accepted: it stays undetermined', () => {
    const incomplete = { code: 'run_timed_out', message: { nl: 'x', en: 'x', de: 'x', fr: 'x' } };
    const waived = applyWaivers(
      report([dpi], { incomplete }),
      [{ checkId: 'images.min-dpi', reason: 'ok' }],
      now,
    );
    expect(waived.verdict).toBe('undetermined');
  });

  test('an expired waiver stops applying: the report comes back unchanged', () => {
    const original = report([dpi]);
    const expired = [{ checkId: 'images.min-dpi', reason: 'ok', until: '2026-12-03T11:59:59.000Z' }];
    expect(waiverApplies(expired[0]!, now)).toBe(false);
    expect(applyWaivers(original, expired, now)).toBe(original);
    expect(applyWaivers(original, expired, new Date('2026-12-03T11:00:00Z')).verdict).toBe('accepted');
  });

  test('a waiver for a check without findings changes nothing, and the input is not changed', () => {
    const original = report([dpi]);
    const copy = structuredClone(original);
    expect(applyWaivers(original, [{ checkId: 'totals.sum-matches', reason: 'x' }], now)).toBe(original);
    applyWaivers(original, [{ checkId: 'images.min-dpi', reason: 'x' }], now);
    expect(original).toEqual(copy);
  });
});
