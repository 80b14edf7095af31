/** The file facts computed on upload travel with the bytes into the pipeline worker. */
import { describe, expect, test } from '@jest/globals';
import { fileFacts } from '../../../engine/stages/intake.js';
import { PipelinePool } from '../../../runtime/pool/pipeline-pool.js';
import { textInvoicePdf } from '../../fixtures/pdfs.js';
import { testProfile } from '../../helpers.js';

describe('PipelinePool.check', () => {
  test('hands the facts to the worker, whose pipeline uses them instead of hashing again', async () => {
    const bytes = await textInvoicePdf();
    // A hash these bytes do not have: it can only reach the report through the facts.
    const facts = { sha256: 'ef'.repeat(32), bytes: bytes.length, kind: 'pdf' } as const;
    const pool = new PipelinePool(1);
    try {
      const handedIn = await pool.check({ bytes, name: 'f.pdf', facts }, testProfile(), {
        timeoutMs: 20_000,
      });
      expect(handedIn.document).toMatchObject({ ...facts, name: 'f.pdf', pageCount: 1 });
      const computed = await pool.check({ bytes }, testProfile(), { timeoutMs: 20_000 });
      expect(computed.document.sha256).toBe(fileFacts({ bytes }).sha256);
    } finally {
      await pool.close();
    }
  }, 30_000);
});
