import { describe, expect, test } from '@jest/globals';
import { fixture, recordedEngine } from '../fixtures/ocr.js';
import { checkWith, findingsOf, testProfile } from '../helpers.js';

const ocrProfile = testProfile({ channels: 'ocr' });

describe('ocr.page-orientation', () => {
  test('accepts an upright scan (and does not read it twice)', async () => {
    const engine = recordedEngine('scan-office');
    const report = await checkWith(await fixture('scan-office'), ocrProfile, { ocr: engine });
    expect(findingsOf(report, 'ocr.page-orientation')).toEqual([]);
    expect(engine.calls).toBe(1);
  });

  test('rejects an upside-down scan and says so in both languages, instead of "illegible"', async () => {
    const report = await checkWith(await fixture('scan-upside-down'), ocrProfile, {
      ocr: recordedEngine('scan-upside-down'),
    });
    const [finding] = findingsOf(report, 'ocr.page-orientation');
    expect(finding?.data).toEqual({ page: 1, degrees: 180 });
    expect(finding?.severity).toBe('error');
    expect(finding?.message.nl).toContain('Pagina 1 ligt ondersteboven');
    expect(finding?.message.en).toContain('Page 1 is upside down');
    expect(finding?.hint?.nl).toContain('rechtop');
    expect(findingsOf(report, 'ocr.readable-page')).toEqual([]);
    expect(report.verdict).toBe('rejected');
  });

  test('finds a page on its side, whichever way it was turned', async () => {
    for (const [name, degrees] of [
      ['scan-turned-left', 90],
      ['scan-turned-right', 270],
    ] as const) {
      const report = await checkWith(await fixture(name), ocrProfile, { ocr: recordedEngine(name) });
      const [finding] = findingsOf(report, 'ocr.page-orientation');
      expect(finding?.data).toEqual({ page: 1, degrees });
      expect(finding?.message.en).toContain('on its side');
    }
  });
});
