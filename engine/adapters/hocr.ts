/**
 * Reads tesseract's hOCR output into words and lines. hOCR carries everything the checks need
 * (word boxes and confidences, line baselines and letter heights) in a seventh of the size of
 * tesseract.js's `blocks` JSON, which also lists every symbol. Pure, so it is tested without OCR.
 */
import type { OcrLinePx, OcrResult, OcrWordPx, PixelBox } from '../ocr-engine.js';

/** Line-level hOCR classes tesseract writes (captions, headers and floating text are lines too). */
const LINE_CLASSES = new Set(['ocr_line', 'ocr_caption', 'ocr_header', 'ocr_textfloat']);

const ELEMENT = /<span class=['"]([a-z_]+)['"][^>]*?title=(['"])(.*?)\2[^>]*>/g;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the entities tesseract escapes and drops inline tags (`<strong>`, `<em>`). */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .trim();
}

/** The properties of an hOCR `title`: `bbox 1 2 3 4; x_wconf 92` → `{ bbox: [1,2,3,4], x_wconf: [92] }`. */
export function titleProperties(title: string): Record<string, number[]> {
  const props: Record<string, number[]> = {};
  for (const part of title.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) props[name] = values.map(Number).filter(Number.isFinite);
  }
  return props;
}

function boxOf(props: Record<string, number[]>): PixelBox | undefined {
  const b = props.bbox;
  if (!b || b.length < 4) return undefined;
  const [x0, y0, x1, y1] = b as [number, number, number, number];
  return { x: x0, y: y0, w: Math.max(0, x1 - x0), h: Math.max(0, y1 - y0) };
}

/**
 * x-height from a line's `x_size` (row height), `x_ascenders` and `x_descenders` (tesseract's row
 * attributes: row height = x-height + ascender part + descender part).
 */
function xHeightOf(props: Record<string, number[]>): number | undefined {
  const size = props.x_size?.[0];
  if (size === undefined) return undefined;
  const xHeight = size - (props.x_ascenders?.[0] ?? 0) - Math.abs(props.x_descenders?.[0] ?? 0);
  return xHeight > 0 ? Math.round(xHeight * 10) / 10 : undefined;
}

/** Parses tesseract's hOCR page into words and lines (pixel coordinates of the image it read). */
export function parseHocr(hocr: string): OcrResult {
  const words: OcrWordPx[] = [];
  const lines: OcrLinePx[] = [];
  for (const match of hocr.matchAll(ELEMENT)) {
    const kind = match[1] ?? '';
    const props = titleProperties(match[3] ?? '');
    const box = boxOf(props);
    if (!box) continue;
    if (LINE_CLASSES.has(kind)) {
      const xHeightPx = xHeightOf(props);
      lines.push({
        box,
        baselineSlope: props.baseline?.[0] ?? 0,
        ...(xHeightPx !== undefined && { xHeightPx }),
      });
    } else if (kind === 'ocrx_word') {
      const start = (match.index ?? 0) + match[0].length;
      const end = hocr.indexOf('</span>', start);
      const text = textOf(hocr.slice(start, end < 0 ? undefined : end));
      if (!text) continue;
      words.push({
        text,
        confidence: props.x_wconf?.[0] ?? 0,
        box,
        line: Math.max(0, lines.length - 1),
      });
    }
  }
  return { words, lines };
}
