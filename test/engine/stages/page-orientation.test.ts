import { describe, expect, test } from '@jest/globals';
import type { GreyImage, OcrResult, OcrWordPx } from '../../../engine/ocr-engine.js';
import {
  clearWords,
  detectOrientation,
  halveGrey,
  linesStand,
  probeImage,
  turnGrey,
} from '../../../engine/stages/page-orientation.js';
import { engineFrom } from '../../fixtures/ocr.js';

const grey = (width: number, height: number, values: number[]): GreyImage => ({
  width,
  height,
  pixels: Uint8Array.from(values),
});

const word = (text: string, confidence: number): OcrWordPx => ({
  text,
  confidence,
  box: { x: 0, y: 0, w: 40, h: 10 },
  line: 0,
});

/** A result of `clear` clearly read words among `total`, on lying (or standing) lines. */
function result(clear: number, total: number, standing = false): OcrResult {
  const words = Array.from({ length: total }, (_, i) =>
    word(i < clear ? 'Factuur' : 'x~', i < clear ? 92 : 30),
  );
  const box = standing ? { x: 0, y: 0, w: 20, h: 300 } : { x: 0, y: 0, w: 300, h: 20 };
  return { words, lines: Array.from({ length: 5 }, () => ({ box, baselineSlope: 0 })) };
}

/**
 * An engine for a page marked by a dark corner: it reads 40 clear words when the top-left pixel is
 * dark (the page upright) and garbage otherwise.
 */
function markedPageEngine() {
  const seen: { width: number; height: number; dpi: number }[] = [];
  const engine = engineFrom(async (image, options) => {
    seen.push({ width: image.width, height: image.height, dpi: options.dpi });
    return image.pixels[0]! < 50 ? result(40, 45) : result(2, 45);
  }, 1);
  return { engine, seen };
}

describe('turnGrey and halveGrey', () => {
  const image = grey(3, 2, [1, 2, 3, 4, 5, 6]); // 1 2 3 / 4 5 6

  test('turn the pixels clockwise by quarters', () => {
    expect(turnGrey(image, 90)).toEqual(grey(2, 3, [4, 1, 5, 2, 6, 3]));
    expect(turnGrey(image, 180)).toEqual(grey(3, 2, [6, 5, 4, 3, 2, 1]));
    expect(turnGrey(image, 270)).toEqual(grey(2, 3, [3, 6, 2, 5, 1, 4]));
    expect(turnGrey(turnGrey(image, 90), 270)).toEqual(image);
  });

  test('halve by the mean of each 2 × 2 block', () => {
    expect(halveGrey(grey(4, 2, [0, 100, 200, 200, 100, 200, 200, 201]))).toEqual(grey(2, 1, [100, 200]));
  });

  test('probes at half resolution from 200 DPI, else on a copy', () => {
    const page = grey(4, 4, new Array(16).fill(255));
    expect(probeImage(page, 300)).toMatchObject({ dpi: 150, image: { width: 2, height: 2 } });
    const low = probeImage(page, 150);
    expect(low).toMatchObject({ dpi: 150, image: { width: 4, height: 4 } });
    expect(low.image.pixels).not.toBe(page.pixels);
  });
});

describe('detectOrientation', () => {
  /** A 4 × 4 page with a dark 2 × 2 mark in one corner (it survives halving). */
  const marked = (corner: 'bottom-right' | 'bottom-left'): GreyImage => {
    const pixels = new Array(16).fill(255);
    const x0 = corner === 'bottom-right' ? 2 : 0;
    for (const [x, y] of [
      [x0, 2],
      [x0 + 1, 2],
      [x0, 3],
      [x0 + 1, 3],
    ] as const)
      pixels[y * 4 + x] = 0;
    return grey(4, 4, pixels);
  };
  // The mark at the bottom right: the page is upside down.
  const upsideDown = marked('bottom-right');

  test('reads a poorly read page turned, and names the turn that reads it (upside down first)', async () => {
    const { engine, seen } = markedPageEngine();
    const turn = await detectOrientation(probeImage(upsideDown, 300), result(2, 45), engine);
    expect(turn).toBe(180);
    expect(seen).toEqual([{ width: 2, height: 2, dpi: 150 }]);
  });

  test('tries the quarter turns when upside down does not help', async () => {
    // The mark at the bottom left: a quarter turn clockwise brings it to the top left.
    const { engine, seen } = markedPageEngine();
    const page = marked('bottom-left');
    expect(await detectOrientation(probeImage(page, 300), result(1, 30), engine)).toBe(90);
    expect(seen).toHaveLength(2);
  });

  test('leaves a well read page, an empty page and an unreadable page alone', async () => {
    const { engine, seen } = markedPageEngine();
    const probe = probeImage(upsideDown, 300);
    expect(await detectOrientation(probe, result(25, 30), engine)).toBeUndefined();
    expect(await detectOrientation(probe, result(0, 0), engine)).toBeUndefined();
    expect(seen).toEqual([]);
    const noise = engineFrom(async () => result(1, 40), 1);
    expect(await detectOrientation(probe, result(1, 40), noise)).toBeUndefined();
  });

  test('a page read well along standing lines lies a quarter clockwise on its side', async () => {
    const { engine, seen } = markedPageEngine();
    expect(linesStand(result(30, 30, true))).toBe(true);
    expect(linesStand(result(30, 30))).toBe(false);
    expect(await detectOrientation(probeImage(upsideDown, 300), result(30, 30, true), engine)).toBe(270);
    expect(seen).toEqual([]);
  });

  test('counts clear words: confident, with three letters or digits', () => {
    expect(clearWords(result(7, 20))).toBe(7);
    expect(clearWords({ words: [word('ab', 99), word('1234', 80), word('Totaal', 79)], lines: [] })).toBe(1);
  });
});
