import { describe, expect, test } from '@jest/globals';
import { registry } from '../../checks/index.js';
import { defineCheck } from '../../engine/check.js';
import { decideVerdict, evaluate } from '../../engine/evaluate.js';
import type { DocumentModel } from '../../engine/model/document.js';
import { runPipeline } from '../../engine/pipeline.js';
import { textInvoicePdf } from '../fixtures/pdfs.js';
import { testProfile } from '../helpers.js';

const doc: DocumentModel = { file: { sha256: 'x', bytes: 10, kind: 'pdf' }, pages: [] };

const alwaysFinds = defineCheck<{ limit: number }>({
  id: 'test.always',
  title: { en: 'Always', nl: 'Altijd', de: 'Always', fr: 'Always' },
  defaultSeverity: 'error',
  params: { limit: { type: 'integer', default: 7 } },
  run: (_doc, { finding, params }) => [
    finding('pdf.max-pages.too-many', { data: { pages: 99, limit: params.limit } }),
  ],
});

const offByDefault = defineCheck({
  id: 'test.off',
  title: { en: 'Off', nl: 'Uit', de: 'Off', fr: 'Off' },
  defaultSeverity: 'error',
  defaultEnabled: false,
  params: {},
  run: (_doc, { finding }) => [finding('file.is-pdf.empty')],
});

const throws = defineCheck({
  id: 'test.throws',
  title: { en: 'Broken', nl: 'Kapot', de: 'Broken', fr: 'Broken' },
  defaultSeverity: 'error',
  params: {},
  run: () => {
    throw new Error('bug');
  },
});

describe('evaluate', () => {
  test('fills messages from params and declared defaults, in both languages', () => {
    const { findings } = evaluate(doc, testProfile(), [alwaysFinds]);
    expect(findings[0]?.message.en).toContain('at most 7 pages');
    expect(findings[0]?.message.nl).toContain('maximaal 7');
    const tuned = evaluate(doc, testProfile({ checks: { 'test.always': { params: { limit: 3 } } } }), [
      alwaysFinds,
    ]);
    expect(tuned.findings[0]?.data.limit).toBe(3);
  });

  test('applies a severity override and a switch from the profile', () => {
    const profile = testProfile({
      checks: { 'test.always': { severity: 'info' }, 'test.off': { enabled: true } },
    });
    const { findings } = evaluate(doc, profile, [alwaysFinds, offByDefault]);
    expect(findings.map((f) => [f.checkId, f.severity])).toEqual([
      ['test.off', 'error'],
      ['test.always', 'info'],
    ]);
    expect(evaluate(doc, testProfile(), [offByDefault]).findings).toEqual([]);
    const disabled = testProfile({ checks: { 'test.always': { enabled: false } } });
    expect(evaluate(doc, disabled, [alwaysFinds]).findings).toEqual([]);
  });

  test('a check that throws makes the run incomplete, and the other checks still run', () => {
    const profile = testProfile({ checks: { 'test.always': { severity: 'warning' } } });
    const result = evaluate(doc, profile, [throws, alwaysFinds]);
    expect(result.incomplete?.code).toBe('check_failed');
    expect(result.incomplete?.message.en).toContain('test.throws');
    expect(result.findings).toHaveLength(1);
    expect(decideVerdict(result.findings, result.incomplete)).toBe('undetermined');
  });

  test('a check that throws gets an error id in the note, and onError gets its error with that id', () => {
    const seen: { error: unknown; context: unknown }[] = [];
    const result = evaluate(doc, testProfile(), [throws, alwaysFinds], {
      onError: (error, context) => seen.push({ error, context }),
    });
    expect(result.incomplete?.errorId).toMatch(/^err_[a-z2-9]{12}$/);
    expect(seen).toEqual([
      { error: expect.any(Error), context: { checkId: 'test.throws', errorId: result.incomplete?.errorId } },
    ]);
    expect((seen[0]!.error as Error).stack).toContain('bug');
  });
});

describe('decideVerdict', () => {
  const finding = (severity: 'error' | 'warning' | 'info') => ({
    checkId: 'x',
    severity,
    messageId: 'x',
    message: { nl: '', en: '', de: '', fr: '' },
    data: {},
  });
  test('an error rejects, even when the run was incomplete', () => {
    expect(
      decideVerdict([finding('warning'), finding('error')], {
        code: 'c',
        message: { nl: '', en: '', de: '', fr: '' },
      }),
    ).toBe('rejected');
  });
  test('warnings and information accept', () => {
    expect(decideVerdict([finding('warning'), finding('info')])).toBe('accepted');
  });
  test('an incomplete run without errors is undetermined, never accepted', () => {
    expect(decideVerdict([], { code: 'c', message: { nl: '', en: '', de: '', fr: '' } })).toBe(
      'undetermined',
    );
  });
});

describe('runPipeline', () => {
  test('reports the profile version, the stages in order and the engine', async () => {
    const stagesSeen: string[] = [];
    const report = await runPipeline(
      { bytes: await textInvoicePdf() },
      testProfile({ id: 'acme', version: 4 }),
      {
        registry,
        onProgress: (event) => {
          if (!stagesSeen.includes(event.stage)) stagesSeen.push(event.stage);
        },
      },
    );
    expect(report.profile).toEqual({ id: 'acme', version: 4 });
    expect(report.stages.map((s) => s.name)).toEqual([
      'intake',
      'analyze',
      'render',
      'ocr',
      'fields',
      'evaluate',
    ]);
    expect(stagesSeen).toEqual(['analyze', 'fields', 'evaluate']);
    expect(report.engine.name).toBe('proeffactuur');
  });

  test('skips the analyze stage for a file that is not a PDF', async () => {
    const report = await runPipeline({ bytes: new TextEncoder().encode('hello') }, testProfile(), {
      registry,
    });
    expect(report.stages.find((s) => s.name === 'analyze')?.skipped).toBe(true);
  });

  test('does not change the bytes it was given (pdf.js detaches its input)', async () => {
    const bytes = await textInvoicePdf();
    const copy = bytes.slice();
    await runPipeline({ bytes }, testProfile(), { registry });
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(Buffer.compare(bytes, copy)).toBe(0);
  });
});
