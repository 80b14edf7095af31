import { describe, expect, test } from '@jest/globals';
import { registry } from '../../checks/index.js';
import { defineCheck } from '../../engine/check.js';
import type { AcceptanceProfile } from '../../engine/model/profile.js';
import { type OnEngineError, runPipeline } from '../../engine/pipeline.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { testProfile } from '../helpers.js';

const explodes = defineCheck({
  id: 'test.explodes',
  title: { en: 'Explodes', nl: 'Ontploft' },
  defaultSeverity: 'error',
  params: {},
  run: () => {
    throw new RangeError('check bug');
  },
});

/** Runs the pipeline and keeps what `onError` is told. */
async function run(profile: AcceptanceProfile, checks = registry) {
  const errors: Parameters<OnEngineError>[] = [];
  const report = await runPipeline({ bytes: await textInvoicePdf() }, profile, {
    registry: checks,
    onError: (error, context) => errors.push([error, context]),
  });
  return { report, errors };
}

describe('errors a run survives', () => {
  test('a check that throws: the note has an error id, and onError gets the error and its stack', async () => {
    const { report, errors } = await run(testProfile(), [...registry, explodes]);
    expect(report.verdict).not.toBe('accepted');
    expect(report.incomplete).toMatchObject({
      code: 'check_failed',
      errorId: expect.stringMatching(/^err_/),
    });
    expect(errors).toHaveLength(1);
    const [error, context] = errors[0]!;
    expect(context).toEqual({ checkId: 'test.explodes', errorId: report.incomplete?.errorId });
    expect(error).toBeInstanceOf(RangeError);
    expect((error as Error).stack).toMatch(/check bug[\s\S]*\n\s+at /);
  });

  test('a stage that throws on a hostile profile: stage_failed with an error id, the rest still runs', async () => {
    // A field rule that is not an object (the API's validation would refuse it) breaks stage "fields".
    const hostile = testProfile({ fields: { invoiceNumber: null } } as unknown as Partial<AcceptanceProfile>);
    const { report, errors } = await run(hostile);
    expect(report.verdict).toBe('undetermined');
    expect(report.incomplete).toMatchObject({
      code: 'stage_failed',
      errorId: expect.stringMatching(/^err_/),
    });
    expect(report.incomplete?.message.en).toContain('(fields)');
    expect(errors.map(([, context]) => context)).toEqual([
      { stage: 'fields', errorId: report.incomplete?.errorId },
    ]);
    expect((errors[0]![0] as Error).stack).toContain('TypeError');
    expect(report.stages.map((s) => s.name)).toContain('evaluate');
  });

  test('every failure gets its own id; the note keeps the first', async () => {
    const hostile = testProfile({ fields: { invoiceNumber: null } } as unknown as Partial<AcceptanceProfile>);
    const { report, errors } = await run(hostile, [...registry, explodes]);
    const ids = errors.map(([, context]) => context.errorId);
    expect(new Set(ids).size).toBe(2);
    expect(report.incomplete?.errorId).toBe(ids[0]);
  });

  test('a run without failures has no error id and calls no onError', async () => {
    const { report, errors } = await run(testProfile());
    expect(report.incomplete).toBeUndefined();
    expect(errors).toEqual([]);
  });
});
