import { describe, expect, test } from '@jest/globals';
import { registry } from '../../checks/index.js';
import { defineCheck } from '../../engine/check.js';
import type { AcceptanceProfile } from '../../engine/model/profile.js';
import { OcrEngineError } from '../../engine/ocr-engine.js';
import { type OnEngineError, runPipeline } from '../../engine/pipeline.js';
import { engineFrom } from '../fixtures/ocr.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { testProfile } from '../helpers.js';

const explodes = defineCheck({
  id: 'test.explodes',
  title: { en: 'Explodes', nl: 'Ontploft', de: 'Explodes', fr: 'Explodes' },
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

  test('an OCR engine that throws on a page: ocr_failed with an error id, onError gets the engine error', async () => {
    const errors: Parameters<OnEngineError>[] = [];
    const engine = engineFrom(async () => {
      throw new OcrEngineError('ocr_failed', 'tesseract worker died');
    });
    const report = await runPipeline({ bytes: await textInvoicePdf() }, testProfile({ channels: 'both' }), {
      registry,
      ocr: engine,
      onError: (error, context) => errors.push([error, context]),
    });
    expect(report.verdict).toBe('undetermined');
    expect(report.incomplete).toMatchObject({ code: 'ocr_failed', errorId: expect.stringMatching(/^err_/) });
    expect(errors.map(([, context]) => context)).toEqual([
      { stage: 'ocr', errorId: report.incomplete?.errorId },
    ]);
    expect((errors[0]![0] as Error).message).toBe('tesseract worker died');
  });

  test('OCR that times out is no error of the engine: the note has no error id', async () => {
    const errors: unknown[] = [];
    const engine = engineFrom(async () => {
      throw new OcrEngineError('ocr_timeout', 'page took too long');
    });
    const report = await runPipeline({ bytes: await textInvoicePdf() }, testProfile({ channels: 'ocr' }), {
      registry,
      ocr: engine,
      onError: (error) => errors.push(error),
    });
    expect(report.incomplete?.code).toBe('ocr_timed_out');
    expect(report.incomplete?.errorId).toBeUndefined();
    expect(errors).toEqual([]);
  });

  test('a run without failures has no error id and calls no onError', async () => {
    const { report, errors } = await run(testProfile());
    expect(report.incomplete).toBeUndefined();
    expect(errors).toEqual([]);
  });
});
