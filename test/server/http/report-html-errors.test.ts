import { describe, expect, test } from '@jest/globals';
import { localize } from '../../../engine/i18n/catalogue.js';
import type { Report } from '../../../engine/model/report.js';
import { reportHtml } from '../../../server/http/report-html.js';
import type { RunRecord } from '../../../server/store/runs.js';

const run = (incomplete: Report['incomplete']): RunRecord => ({
  id: 'run_x',
  status: 'completed',
  profile: { id: 'lenient', version: 1, name: 'Lenient', channels: 'text' },
  file: { sha256: 'x', bytes: 1, kind: 'pdf', name: 'f.pdf' },
  verdict: 'undetermined',
  report: {
    verdict: 'undetermined',
    profile: { id: 'lenient', version: 1 },
    findings: [],
    fields: {},
    channels: {},
    document: { sha256: 'x', bytes: 1, kind: 'pdf' },
    stages: [],
    ...(incomplete && { incomplete }),
    engine: { name: 'proeffactuur', version: '0' },
  },
  attempts: 1,
  createdAt: '2026-01-01T00:00:00Z',
});

describe('the report page of an incomplete run', () => {
  test('shows the error id after the note, in the chosen language', () => {
    const failed = run({
      code: 'stage_failed',
      message: localize('run.stage-failed', { stage: 'fields' }),
      errorId: 'err_abcdefghjkmn',
    });
    expect(reportHtml(failed, 'nl')).toContain('<p>Foutcode: <code>err_abcdefghjkmn</code></p>');
    expect(reportHtml(failed, 'en')).toContain('<p>Error id: <code>err_abcdefghjkmn</code></p>');
  });

  test('shows no error id when the note has none (a time-out)', () => {
    const timedOut = run({ code: 'run_timed_out', message: localize('run.timed-out', { seconds: 5 }) });
    expect(reportHtml(timedOut, 'en')).not.toContain('Error id');
  });
});
