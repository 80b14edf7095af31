import { describe, expect, test } from '@jest/globals';
import {
  editsWithin,
  isPlausibleMisread,
  ocrFold,
  ocrReadingAt,
  ocrWordsAround,
} from '../../../engine/channels/ocr-reads.js';
import type { Word } from '../../../engine/model/geometry.js';

/** An OCR word on the line at y 100 (10 pt high), `x` pt from the left, 5 pt per character. */
const ocr = (text: string, x: number, confidence = 95): Word => ({
  text,
  box: { x, y: 101, w: text.length * 5, h: 8 },
  confidence,
});
/** The exact box of a text-layer value on that line. */
const at = (x: number, chars: number) => ({ x, y: 100, w: chars * 5, h: 10 });

describe('ocrFold', () => {
  test("folds OCR's usual confusions together, not one digit into another", () => {
    expect(ocrFold('NL9LABNA0417164300')).toBe(ocrFold('NL91ABNA0417164300'));
    expect(ocrFold('O6AABCO6063D1ZQ')).toBe(ocrFold('06AABCO6063D1ZQ'));
    expect(ocrFold('0,5l')).toBe(ocrFold('0,51'));
    expect(ocrFold('1.2S4,5O')).toBe(ocrFold('1.254,50'));
    expect(ocrFold('1.284,50')).not.toBe(ocrFold('1.234,50'));
    expect(ocrFold('1643')).not.toBe(ocrFold('0417'));
  });
});

describe('ocrReadingAt', () => {
  test('reads a value that OCR joined to its neighbour or cut in pieces as the same', () => {
    // Text layer ":59878541259874"; OCR: ":5987" and "8541259874".
    const words = [ocr(':5987', 100), ocr('8541259874', 127)];
    expect(ocrReadingAt(':59878541259874', at(100, 15), words, 80).reading).toBe('same');
    // Text layer "NL91 ABNA …" as words; OCR reads the IBAN as one word.
    expect(ocrReadingAt('ABNA', at(125, 4), [ocr('NL91ABNA0417164300', 100)], 80).reading).toBe('same');
  });

  test("tells OCR's slips from a different number", () => {
    const slip = [ocr('NL9LABNA0417164300', 100)];
    expect(ocrReadingAt('NL91ABNA0417164300', at(100, 18), slip, 80).reading).toBe('confusable');
    const forged = [ocr('1.234,50', 300)];
    expect(ocrReadingAt('1.284,50', at(300, 8), forged, 80)).toMatchObject({
      reading: 'differs',
      words: forged,
    });
  });

  test('does not let an unsure reading contradict, and says when OCR read nothing there', () => {
    expect(ocrReadingAt('1.284,50', at(300, 8), [ocr('1.234,50', 300, 60)], 80).reading).toBe('unsure');
    expect(ocrReadingAt('1.284,50', at(300, 8), [ocr('1.234,50', 400)], 80).reading).toBe('unseen');
  });

  test('looks only at the line of the value and next to its box', () => {
    const other = { text: '1.284,50', box: { x: 300, y: 130, w: 40, h: 8 }, confidence: 95 };
    expect(ocrWordsAround(at(300, 8), [other, ocr('x', 100), ocr('y', 343)])).toEqual([ocr('y', 343)]);
  });
});

describe('editsWithin and isPlausibleMisread', () => {
  test('count the edits from a value to the closest stretch of what OCR read, neighbours ignored', () => {
    expect(editsWithin('372876', 'NR372676')).toBe(1);
    expect(editsWithin('4650', '650')).toBe(1);
    expect(editsWithin('123450', '123450')).toBe(0);
    expect(editsWithin('123450', '987600')).toBe(5);
  });

  test('take a digit or two off for a misreading, a different number not', () => {
    // Misreadings seen at 150 DPI in 5.8–7.6 pt print on corpus invoices.
    expect(isPlausibleMisread('8,00', '3,00')).toBe(true);
    expect(isPlausibleMisread('372876', '37287')).toBe(true);
    expect(isPlausibleMisread('46,50', '650')).toBe(true);
    expect(isPlausibleMisread('9900880077', 'Nummer: 9300880077')).toBe(true);
    expect(isPlausibleMisread('1.284,50', '1.234,50')).toBe(true);
    // Another number altogether.
    expect(isPlausibleMisread('1.284,50', '9.870,00')).toBe(false);
    expect(isPlausibleMisread('8,00', '17,95')).toBe(false);
  });
});

describe('ocrReadingAt, weighing the page image', () => {
  // The forgery's amount, 11 pt high (an 11 pt box), read as another number with confidence.
  const forged = [ocr('1.234,50', 300)];
  const elevenPt = { x: 300, y: 100, w: 40, h: 11 };

  test('trusts a confident read of text large enough on the page image: the number differs', () => {
    // 11 pt at 300 DPI is 46 pixels high, at 150 DPI 23 pixels.
    expect(ocrReadingAt('1.284,50', elevenPt, forged, { minConfidence: 80, dpi: 300 }).reading).toBe(
      'differs',
    );
    expect(ocrReadingAt('1.284,50', elevenPt, forged, { minConfidence: 80, dpi: 150 }).reading).toBe(
      'differs',
    );
  });

  test('does not trust a digit misread in small print on a coarse image: it cannot confirm either', () => {
    // 7 pt at 150 DPI is 15 pixels high: OCR misreads digits at that size.
    const sevenPt = { x: 300, y: 100, w: 25, h: 7 };
    const words = [{ text: '3,00', box: { x: 300, y: 100.5, w: 14, h: 6 }, confidence: 90 }];
    expect(ocrReadingAt('8,00', sevenPt, words, { minConfidence: 80, dpi: 150 }).reading).toBe('coarse');
    // The same read of the same print at 300 DPI (29 pixels) is trusted.
    expect(ocrReadingAt('8,00', sevenPt, words, { minConfidence: 80, dpi: 300 }).reading).toBe('differs');
    // A higher bar for trusted text makes 300 DPI too coarse as well.
    expect(ocrReadingAt('8,00', sevenPt, words, { minConfidence: 80, dpi: 300, minTextPx: 40 }).reading).toBe(
      'coarse',
    );
  });

  test('still calls another number a difference on a coarse image when it is no misreading', () => {
    const sevenPt = { x: 300, y: 100, w: 25, h: 7 };
    const words = [{ text: '17,95', box: { x: 300, y: 100.5, w: 18, h: 6 }, confidence: 90 }];
    expect(ocrReadingAt('8,00', sevenPt, words, { minConfidence: 80, dpi: 150 }).reading).toBe('differs');
  });
});
