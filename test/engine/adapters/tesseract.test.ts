import { mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from '@jest/globals';
import {
  checkLanguageData,
  languageDataFile,
  languageFolder,
  OcrSetupError,
  toPgm,
  validateLanguageData,
} from '../../../engine/adapters/tesseract.js';

const dir = mkdtempSync(path.join(tmpdir(), 'proeffactuur-tess-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('language data', () => {
  test('comes from the npm packages, best_int model', () => {
    expect(languageDataFile('nld')).toMatch(
      /@tesseract\.js-data\/nld\/4\.0\.0_best_int\/nld\.traineddata\.gz$/,
    );
    expect(checkLanguageData(['nld', 'eng'])).toHaveLength(2);
  });

  test('a language without its package is a clear set-up error, naming the package', () => {
    expect(() => checkLanguageData(['nld', 'fra'])).toThrow(OcrSetupError);
    expect(() => checkLanguageData(['fra'])).toThrow(/@tesseract\.js-data\/fra.*npm/);
    expect(() => checkLanguageData(['../etc'])).toThrow(/not a tesseract language code/);
  });

  test('a damaged data file is caught before tesseract.js sees it', () => {
    const notGzip = path.join(dir, 'a.traineddata.gz');
    writeFileSync(notGzip, 'not gzip at all');
    expect(() => validateLanguageData(notGzip)).toThrow(/damaged/);
    const notModel = path.join(dir, 'b.traineddata.gz');
    writeFileSync(notModel, gzipSync(Buffer.from('this is not a traineddata file'.repeat(100))));
    expect(() => validateLanguageData(notModel)).toThrow(/not a tesseract model/);
    const truncated = path.join(dir, 'c.traineddata.gz');
    writeFileSync(truncated, readFileSync(languageDataFile('eng')).subarray(0, 50_000));
    expect(() => validateLanguageData(truncated)).toThrow(OcrSetupError);
  });

  test('the real data files pass', () => {
    expect(() => validateLanguageData(languageDataFile('nld'))).not.toThrow();
  });

  test('both languages are linked into one folder, made once and then reused', () => {
    const folder = languageFolder(['nld', 'eng'], dir);
    expect(readlinkSync(path.join(folder, 'nld.traineddata.gz'))).toBe(languageDataFile('nld'));
    expect(readlinkSync(path.join(folder, 'eng.traineddata.gz'))).toBe(languageDataFile('eng'));
    expect(languageFolder(['nld', 'eng'], dir)).toBe(folder);
  });
});

test('toPgm wraps greyscale pixels in a binary PGM header', () => {
  const pgm = toPgm({ width: 3, height: 2, pixels: new Uint8Array([0, 1, 2, 253, 254, 255]) });
  expect(pgm.subarray(0, 11).toString('latin1')).toBe('P5\n3 2\n255\n');
  expect([...pgm.subarray(11)]).toEqual([0, 1, 2, 253, 254, 255]);
});
