/**
 * Finds pages that lie upside down or on their side. Tesseract (automatic page segmentation) reads a
 * page turned a quarter clockwise by itself — its text lines then stand upright on the page, taller
 * than wide — but not one turned the other way or upside down: those come out as many words of
 * garbage. So a page whose lines mostly stand is on its side; and when a page gives many words but
 * few clearly legible ones, it is read again at half resolution turned (180°, 90°, 270°; a side page
 * 90° first): a turn that reads several times more is the page's orientation. Only such pages pay for
 * the extra reads (about a second in all). Pure apart from the injected OCR engine; the pixel turns
 * are index arithmetic on 8-bit greyscale.
 */
import type { GreyImage, OcrEngine, OcrResult } from '../ocr-engine.js';

/** Clockwise turns that make a page upright. */
export type Orientation = 90 | 180 | 270;

/** A word counts as clearly read at this confidence or more, with at least three letters or digits. */
const CLEAR_CONFIDENCE = 80;
const CLEAR_WORD = /[\p{L}\p{N}]{3}/u;
/** A page reading fewer clear words than this, out of at least `PROBE_MIN_WORDS` words, is probed. */
export const PROBE_BELOW_CLEAR_WORDS = 10;
const PROBE_MIN_WORDS = 10;
/** A turn must read at least this many clear words... */
const MIN_TURNED_CLEAR_WORDS = 10;
/** ...and this many times as many as the page as sent. */
const MIN_GAIN = 3;
/** Probes run at half resolution when the page has at least this DPI. */
const HALVE_FROM_DPI = 200;

/** Whether most of the page's text lines stand (taller than wide): text running down the page. */
export function linesStand(result: OcrResult): boolean {
  const standing = result.lines.filter((line) => line.box.h > 2 * line.box.w).length;
  const lying = result.lines.filter((line) => line.box.w > 2 * line.box.h).length;
  return standing >= 3 && standing > lying;
}

/** Words read clearly: the measure of how well a page reads. */
export function clearWords(result: OcrResult): number {
  return result.words.filter((word) => word.confidence >= CLEAR_CONFIDENCE && CLEAR_WORD.test(word.text))
    .length;
}

/** The image turned clockwise by `degrees`. */
export function turnGrey(image: GreyImage, degrees: Orientation): GreyImage {
  const { width: w, height: h, pixels } = image;
  const out = new Uint8Array(w * h);
  if (degrees === 180) {
    for (let i = 0, j = w * h - 1; i < pixels.length; i++, j--) out[j] = pixels[i]!;
    return { width: w, height: h, pixels: out };
  }
  // A quarter turn: the result is h wide and w high.
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      const target = degrees === 90 ? x * h + (h - 1 - y) : (w - 1 - x) * h + y;
      out[target] = pixels[row + x]!;
    }
  }
  return { width: h, height: w, pixels: out };
}

/** The image at half size, each pixel the mean of a 2 × 2 block. */
export function halveGrey(image: GreyImage): GreyImage {
  const { width: w, height: h, pixels } = image;
  const width = Math.max(1, w >> 1);
  const height = Math.max(1, h >> 1);
  if (w < 2 || h < 2) return { width: w, height: h, pixels: new Uint8Array(pixels) };
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const top = 2 * y * w;
    for (let x = 0; x < width; x++) {
      const i = top + 2 * x;
      out[y * width + x] = (pixels[i]! + pixels[i + 1]! + pixels[i + w]! + pixels[i + w + 1]! + 2) >> 2;
    }
  }
  return { width, height, pixels: out };
}

/**
 * The page as the probes read it: at half resolution from 200 DPI up, else a copy. Made before the
 * page goes to the engine, which may take its pixels (moved to another thread).
 */
export function probeImage(image: GreyImage, dpi: number): { image: GreyImage; dpi: number } {
  return dpi >= HALVE_FROM_DPI
    ? { image: halveGrey(image), dpi: dpi / 2 }
    : { image: { ...image, pixels: new Uint8Array(image.pixels) }, dpi };
}

/**
 * The clockwise turn that makes the page upright, when the page as read (`asSent`) reads poorly and a
 * turn of `probe` (see {@link probeImage}) reads clearly better; undefined otherwise (upright, or
 * nothing readable in any direction).
 */
export async function detectOrientation(
  probe: { image: GreyImage; dpi: number },
  asSent: OcrResult,
  engine: OcrEngine,
): Promise<Orientation | undefined> {
  const sent = clearWords(asSent);
  const onItsSide = linesStand(asSent);
  // Read well with standing lines: turned a quarter clockwise, upright after three more quarters.
  if (onItsSide && sent >= PROBE_BELOW_CLEAR_WORDS) return 270;
  // Nothing read at all is a blank, a picture or an unreadable page, not a turned text page.
  if (sent >= PROBE_BELOW_CLEAR_WORDS || asSent.words.length < PROBE_MIN_WORDS) return undefined;
  // Upside down first, the commonest mistake (a sheet fed the wrong way round); a page on its side
  // that tesseract could not read is turned a quarter the other way.
  const turns: readonly Orientation[] = onItsSide ? [90, 270] : [180, 90, 270];
  for (const turn of turns) {
    const result = await engine.recognize(turnGrey(probe.image, turn), { dpi: probe.dpi });
    const clear = clearWords(result);
    if (clear >= MIN_TURNED_CLEAR_WORDS && clear >= MIN_GAIN * Math.max(1, sent)) return turn;
  }
  return undefined;
}
