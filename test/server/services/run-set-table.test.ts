/** The table of one file against several profiles: shared findings once, the rest per profile. */
import { describe, expect, test } from '@jest/globals';
import type { Finding } from '../../../engine/model/finding.js';
import type { Report } from '../../../engine/model/report.js';
import { setTable } from '../../../server/services/run-set-table.js';

const finding = (checkId: string, severity: Finding['severity'], field?: string): Finding => ({
  checkId,
  severity,
  messageId: `${checkId}.message`,
  message: { nl: checkId, en: checkId, de: checkId, fr: checkId },
  data: {},
  ...(field && { location: { field } }),
});

const report = (verdict: Report['verdict'], findings: Finding[]): Report =>
  ({ verdict, findings }) as unknown as Report;

describe('setTable', () => {
  test('lists what every profile found once, and per profile only what differs', () => {
    const shared = finding('text.garbled', 'warning');
    const table = setTable([
      { report: report('accepted', [shared]) },
      { report: report('rejected', [shared, finding('fields.required', 'error', 'orderReference')]) },
      { report: report('rejected', [shared, finding('fields.required', 'error', 'buyerReference')]) },
    ]);
    expect(table.common.map((f) => f.checkId)).toEqual(['text.garbled']);
    expect(table.columns.map((c) => c.verdict)).toEqual(['accepted', 'rejected', 'rejected']);
    expect(table.columns.map((c) => c.differing.map((f) => f.location?.field))).toEqual([
      [],
      ['orderReference'],
      ['buyerReference'],
    ]);
  });

  test('the same check at another severity differs; notes (info) are left out', () => {
    const table = setTable([
      {
        report: report('accepted', [
          finding('totals.sum-matches', 'warning'),
          finding('pdf.producer', 'info'),
        ]),
      },
      {
        report: report('rejected', [finding('totals.sum-matches', 'error'), finding('pdf.producer', 'info')]),
      },
    ]);
    expect(table.common).toEqual([]);
    expect(table.columns.map((c) => c.differing.map((f) => f.severity))).toEqual([['warning'], ['error']]);
  });

  test('a profile still running has no verdict, and shared findings wait until two have finished', () => {
    const table = setTable([{ report: report('accepted', [finding('text.garbled', 'warning')]) }, {}]);
    expect(table.common).toEqual([]);
    expect(table.columns[0]!.differing).toHaveLength(1);
    expect(table.columns[1]).toEqual({ verdict: null, differing: [] });
  });
});
