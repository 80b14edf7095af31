/**
 * One run cannot hurt another: a worker that runs out of memory, rejects a promise nobody handles, or
 * throws after its report was returned fails (or is logged against) its own run only; the next run,
 * on the same pool of one worker, is accepted. Faults are injected by the real pipeline worker
 * (`PROEFFACTUUR_FAULT_INJECTION=1`, a file named `fault-<kind>.pdf`), in the real pool.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { PDFDocument } from 'pdf-lib';
import { findPreset } from '../../../profiles/presets.js';
import { type CheckOutcome, checkFile, type RunFailure } from '../../../runtime/check-file.js';
import { fromRoot } from '../../../runtime/paths.js';
import { PipelinePool } from '../../../runtime/pool/pipeline-pool.js';
import { textInvoicePdf } from '../../fixtures/pdfs.js';

const lenient = findPreset('lenient')!;

describe('faults in a pool of one worker process', () => {
  let pool: PipelinePool;
  let invoice: Uint8Array;
  beforeAll(async () => {
    invoice = await textInvoicePdf();
    pool = new PipelinePool(1, {
      maxHeapMb: 128,
      maxRssMb: 600,
      env: { PROEFFACTUUR_FAULT_INJECTION: '1' },
    });
  });
  afterAll(() => pool.close());

  const run = (name: string, failures: RunFailure[] = [], bytes = invoice): Promise<CheckOutcome> =>
    checkFile(pool, { bytes, name }, lenient, {
      timeoutMs: 30_000,
      onFailure: (failure) => failures.push(failure),
    });

  const nextRunIsAccepted = async (): Promise<void> => {
    const next = await run('valid.pdf');
    expect(next.status).toBe('completed');
    expect(next.report.verdict).toBe('accepted');
  };

  test('a run that exhausts its heap ends failed (run_out_of_memory); the process lives on', async () => {
    const failures: RunFailure[] = [];
    const outcome = await run('fault-heap.pdf', failures);
    expect(outcome.status).toBe('failed');
    expect(outcome.report.verdict).toBe('undetermined');
    expect(outcome.report.incomplete?.code).toBe('run_out_of_memory');
    expect(outcome.report.incomplete?.message.nl).toContain('geheugen');
    expect(outcome.report.incomplete?.message.en).toContain('memory');
    expect(failures).toHaveLength(1);
    await nextRunIsAccepted();
  }, 60_000);

  test('a run past the memory limit outside the heap ends failed (run_out_of_memory)', async () => {
    const outcome = await run('fault-rss.pdf');
    expect(outcome.status).toBe('failed');
    expect(outcome.report.incomplete?.code).toBe('run_out_of_memory');
    await nextRunIsAccepted();
  }, 60_000);

  test('an unhandled rejection during a run fails that run; its worker is replaced', async () => {
    const started = pool.workersStarted;
    const failures: RunFailure[] = [];
    const outcome = await run('fault-reject.pdf', failures);
    expect(outcome.status).toBe('failed');
    expect(outcome.report.incomplete?.code).toBe('run_failed');
    expect((failures[0]!.error as Error).cause).toMatchObject({ message: 'injected fault during the run' });
    expect(pool.workersStarted).toBeGreaterThan(started);
    await nextRunIsAccepted();
  }, 60_000);

  test('an error after the report was returned is logged against that run, never the next one', async () => {
    const started = pool.workersStarted;
    const failures: RunFailure[] = [];
    const outcome = await run('fault-late.pdf', failures);
    expect(outcome.report.verdict).toBe('accepted');
    // The next run is handed to the worker at once, before or while its late error travels.
    await nextRunIsAccepted();
    expect(failures).toEqual([
      expect.objectContaining({
        late: true,
        error: expect.objectContaining({ message: 'injected late fault' }),
      }),
    ]);
    expect(failures[0]!.errorId).toMatch(/^err_/);
    // The faulty worker was replaced before it took another run.
    expect(pool.workersStarted).toBe(started + 1);
  }, 60_000);
});

/**
 * A one-page invoice whose page tree, rewritten in an update, also lists an object whose cross-reference
 * entry points into the file header: pdf.js fetches it ahead (nobody awaits that fetch, the page count
 * says 1) and rejects with `XRefEntryException` outside the pipeline.
 */
async function damagedPageTreePdf(): Promise<Uint8Array> {
  const invoice = await PDFDocument.load(await textInvoicePdf());
  const base = Buffer.from(await invoice.save({ useObjectStreams: false }));
  const text = base.toString('latin1');
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
  const root = /\/Root (\d+) 0 R/.exec(text)![1];
  const size = Number(/\/Size (\d+)/.exec(text)![1]);
  const [, pages, kid] = /(\d+) 0 obj\s*<<\s*\/Type \/Pages\s*\/Kids \[ (\d+) 0 R \]/.exec(text)!;
  const obj = `\n${pages} 0 obj\n<< /Type /Pages /Kids [ ${kid} 0 R ${size} 0 R ] /Count 1 >>\nendobj\n`;
  const offset = (n: number): string => String(n).padStart(10, '0');
  const update =
    `${obj}xref\n0 1\n0000000000 65535 f \n${pages} 1\n${offset(base.length + 1)} 00000 n \n` +
    `${size} 1\n0000000003 00000 n \ntrailer\n<< /Size ${size + 1} /Root ${root} 0 R /Prev ${startxref} >>\n` +
    `startxref\n${base.length + obj.length}\n%%EOF\n`;
  return new Uint8Array(Buffer.concat([base, Buffer.from(update, 'latin1')]));
}

describe('a PDF whose structure pdf.js rejects outside the pipeline', () => {
  let pool: PipelinePool;
  beforeAll(() => {
    pool = new PipelinePool(1);
  });
  afterAll(() => pool.close());

  test('is rejected with a damaged-structure finding (not failed); its worker is replaced; the next invoice is accepted', async () => {
    const started = pool.workersStarted;
    const failures: RunFailure[] = [];
    const outcome = await checkFile(
      pool,
      { bytes: await damagedPageTreePdf(), name: 'damaged.pdf' },
      lenient,
      {
        timeoutMs: 30_000,
        onFailure: (failure) => failures.push(failure),
      },
    );
    expect(outcome.status).toBe('completed');
    expect(outcome.report.verdict).toBe('rejected');
    expect(outcome.report.incomplete).toBeUndefined();
    expect(outcome.report.findings[0]).toMatchObject({
      checkId: 'pdf.readable',
      severity: 'error',
      messageId: 'pdf.readable.structure-damaged',
      data: { detail: expect.stringContaining('XRefEntryException') },
    });
    const next = await checkFile(pool, { bytes: await textInvoicePdf() }, lenient, { timeoutMs: 30_000 });
    expect(next.status).toBe('completed');
    expect(next.report.verdict).toBe('accepted');
    // Logged against the damaged run, and its worker replaced before it took the next run.
    expect(failures).toEqual([
      expect.objectContaining({ late: true, error: expect.objectContaining({ name: 'XRefEntryException' }) }),
    ]);
    expect(pool.workersStarted).toBe(started + 1);
  }, 60_000);
});

const fuzzDir = fromRoot('..', 'shared', 'corpus', 'fuzz');
const lateThrowers = [
  '0211-append-xref-loop-bitflip.pdf',
  '0320-hybrid-xref-length_lie+length_lie+bitflip.pdf',
  '0321-append-xref-loop-byteset+huge_numbers+trailer_size.pdf',
];
const haveFuzz = lateThrowers.every((name) => existsSync(path.join(fuzzDir, name)));
if (!haveFuzz) console.warn(`skipped: the fuzzed PDFs are not in ${fuzzDir}`);

(haveFuzz ? describe : describe.skip)('fuzzed PDFs on which pdf.js throws after the check returned', () => {
  test.each(lateThrowers)(
    '%s is rejected as damaged, and the next run on that worker is accepted',
    async (name) => {
      const pool = new PipelinePool(1);
      try {
        const failures: RunFailure[] = [];
        const bytes = new Uint8Array(readFileSync(path.join(fuzzDir, name)));
        const outcome = await checkFile(pool, { bytes, name }, lenient, {
          timeoutMs: 30_000,
          onFailure: (failure) => failures.push(failure),
        });
        // pdf.js rejected a promise of this document: the supplier gets a finding, not a failed run.
        expect(outcome.status).toBe('completed');
        expect(outcome.report.verdict).toBe('rejected');
        const damaged = outcome.report.findings.find(
          (finding) => finding.messageId === 'pdf.readable.structure-damaged',
        );
        expect(damaged).toMatchObject({ checkId: 'pdf.readable', severity: 'error' });
        expect(damaged?.hint?.en).toContain('to PDF again');
        expect(damaged?.hint?.nl).toContain('opnieuw naar PDF');
        const next = await checkFile(pool, { bytes: await textInvoicePdf() }, lenient, { timeoutMs: 30_000 });
        expect(next.status).toBe('completed');
        expect(next.report.verdict).toBe('accepted');
      } finally {
        await pool.close();
      }
    },
    90_000,
  );
});
