import { describe, expect, test } from '@jest/globals';
import { describeFailure } from '../../cli/main.js';
import { formatSummary } from '../../cli/summary.js';
import { localize } from '../../engine/i18n/catalogue.js';
import type { Report } from '../../engine/model/report.js';

const report = (incomplete?: Report['incomplete']): Report => ({
  verdict: 'undetermined',
  profile: { id: 'lenient', version: 1 },
  findings: [],
  fields: {},
  channels: {},
  document: { sha256: 'x', bytes: 1, kind: 'pdf' },
  stages: [],
  ...(incomplete && { incomplete }),
  engine: { name: 'proeffactuur', version: '0' },
});

describe('the CLI on a failed stage', () => {
  test('the summary shows the error id under the incomplete note, in the chosen language', () => {
    const failed = report({
      code: 'stage_failed',
      message: localize('run.stage-failed', { stage: 'fields' }),
      errorId: 'err_abcdefghjkmn',
    });
    expect(formatSummary(failed, 'nl', 'f.pdf')).toContain('\n  Foutcode: err_abcdefghjkmn\n');
    expect(formatSummary(failed, 'en', 'f.pdf')).toContain('\n  Error id: err_abcdefghjkmn\n');
    const timedOut = report({ code: 'run_timed_out', message: localize('run.timed-out', { seconds: 5 }) });
    expect(formatSummary(timedOut, 'en', 'f.pdf')).not.toContain('Error id');
  });

  test('--verbose prints where it failed, the error id and the stack with its causes', () => {
    const cause = new TypeError('inner');
    const text = describeFailure({
      errorId: 'err_abcdefghjkmn',
      stage: 'fields',
      error: new Error('outer', { cause }),
    });
    expect(text).toMatch(/^proeffactuur: stage fields failed \(err_abcdefghjkmn\)\nError: outer\n\s+at /);
    expect(text).toContain('caused by: TypeError: inner');
    expect(describeFailure({ errorId: 'err_x', checkId: 'fields.buyer-matches', error: 'odd' })).toBe(
      'proeffactuur: check fields.buyer-matches failed (err_x)\nodd\n',
    );
  });
});
