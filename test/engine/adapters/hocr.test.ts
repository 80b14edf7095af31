import { describe, expect, test } from '@jest/globals';
import { parseHocr, titleProperties } from '../../../engine/adapters/hocr.js';

const HOCR = `<div class='ocr_page' id='page_1' title='image "unknown"; bbox 0 0 2481 3508; ppageno 0; scan_res 300 300'>
 <div class='ocr_carea' id='block_1_1' title="bbox 234 267 1618 1443">
  <p class='ocr_par' id='par_1_1' lang='nld' title="bbox 237 267 833 310">
   <span class='ocr_line' id='line_1_1' title="bbox 237 267 833 310; baseline 0.035 -10; x_size 43; x_descenders 10; x_ascenders 8">
    <span class='ocrx_word' id='word_1_1' title='bbox 237 267 393 310; x_wconf 92'>Bakkerij</span>
    <span class='ocrx_word' id='word_1_2' title='bbox 413 268 466 301; x_wconf 93'><strong>De</strong></span>
   </span>
   <span class='ocr_caption' id='line_1_2' title="bbox 237 333 898 373; baseline 0 -6; x_size 40; x_descenders 6; x_ascenders 9">
    <span class='ocrx_word' id='word_1_3' title='bbox 237 333 472 367; x_wconf 61'>Jansen&amp;Zn&#39;s</span>
    <span class='ocrx_word' id='word_1_4' title='bbox 500 333 520 367; x_wconf 0'> </span>
   </span>
  </p>
 </div>
</div>`;

describe('parseHocr', () => {
  test('reads words with boxes and confidences, and lines with baseline and x-height', () => {
    const { words, lines } = parseHocr(HOCR);
    expect(words).toEqual([
      { text: 'Bakkerij', confidence: 92, box: { x: 237, y: 267, w: 156, h: 43 }, line: 0 },
      { text: 'De', confidence: 93, box: { x: 413, y: 268, w: 53, h: 33 }, line: 0 },
      { text: "Jansen&Zn's", confidence: 61, box: { x: 237, y: 333, w: 235, h: 34 }, line: 1 },
    ]);
    expect(lines).toEqual([
      { box: { x: 237, y: 267, w: 596, h: 43 }, baselineSlope: 0.035, xHeightPx: 25 },
      { box: { x: 237, y: 333, w: 661, h: 40 }, baselineSlope: 0, xHeightPx: 25 },
    ]);
  });

  test('returns nothing for an empty page', () => {
    expect(parseHocr("<div class='ocr_page' id='page_1' title='bbox 0 0 10 10'></div>")).toEqual({
      words: [],
      lines: [],
    });
  });

  test('splits a title into numeric properties', () => {
    expect(titleProperties('bbox 1 2 3 4; x_wconf 92; baseline -0.01 -3')).toEqual({
      bbox: [1, 2, 3, 4],
      x_wconf: [92],
      baseline: [-0.01, -3],
    });
  });
});
