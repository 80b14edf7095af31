/**
 * Page layout for field extraction, from any channel's positioned words: words split into tokens
 * (`Factuurnummer:F-1` → `Factuurnummer:` + `F-1`), tokens grouped into visual lines (top to
 * bottom, left to right), and lines cut into segments at wide gaps (columns). One sort of the
 * words, then linear passes: a 5 000-word page costs a few milliseconds.
 */
import type { Box, Word } from '../model/geometry.js';
import { labelForm } from './normalise.js';

/** One token: a word or a piece of one, with its place on the page. */
export interface Token {
  /** Characters as printed. */
  readonly text: string;
  /** Folded form for label matching (see `labelForm`). */
  readonly norm: string;
  readonly box: Box;
  /** OCR confidence 0–100 (absent for the text layer). */
  readonly confidence?: number;
  /** 1-based page number. */
  readonly page: number;
  /** Index of the line on its page. */
  line: number;
  /** Index in its line. */
  index: number;
  /** Index of the segment (column block) in its line. */
  segment: number;
}

/** A visual line: tokens whose vertical centres share a band, left to right. */
export interface Line {
  readonly page: number;
  readonly index: number;
  readonly tokens: Token[];
  top: number;
  bottom: number;
  /** Median token height: the line's font size, roughly. */
  height: number;
}

/** One page laid out. */
export interface PageLayout {
  /** 1-based page number. */
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly lines: readonly Line[];
}

/** The words of one page, from whichever channel. */
export interface PageWords {
  /** 1-based page number. */
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly words: readonly Word[];
  /**
   * Skew of the page's text lines in degrees (positive: lines run downhill to the right), as OCR
   * measured it on a scan. Lines are grouped along it, so a label and its amount at the far end of
   * a slanted line stay on one line.
   */
  readonly skewDegrees?: number;
}

/** The smallest box around some boxes. */
export function unionBox(boxes: readonly Box[]): Box {
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.w);
    y1 = Math.max(y1, b.y + b.h);
  }
  const r = (v: number): number => Math.round(v * 100) / 100;
  return { x: r(x0), y: r(y0), w: r(x1 - x0), h: r(y1 - y0) };
}

/** Where a word splits into a label and a value glued to it: `Factuurnummer:F-1`, `n°562044387`. */
const GLUED = [/^(.*[A-Za-z\u00c0-\u024f][.)]?:)(\S+)$/, /^((?:n°|N°|no\.|No\.|nr\.|Nr\.|#))(\d\S*)$/];
/** A tax word with its rate glued on (`GST@6%`, `VAT@20%`): the label and the rate are two tokens. */
const RATE_GLUED = /^([A-Za-z\u00c0-\u024f]{2,})(@\d{1,2}(?:[.,]\d{1,2})?%?)$/;
/** `Käufer/Leistungsempfänger`: two words joined by a slash. */
const SLASHED = /^([A-Za-z\u00c0-\u024f]{3,})\/([A-Za-z\u00c0-\u024f]{3,}.*)$/;

/** A character one of the splits above needs. */
const MAY_SPLIT = /[:°.#@/]/;

function piece(word: Word, page: number, start: number, end: number, total: number): Token {
  const text = word.text.slice(start, end);
  const box = word.box;
  // Character widths are unknown: share the box out by character count.
  const x = box.x + (box.w * start) / total;
  const w = (box.w * (end - start)) / total;
  return {
    text,
    norm: labelForm(text),
    box: { x, y: box.y, w, h: box.h },
    ...(word.confidence !== undefined && { confidence: word.confidence }),
    page,
    line: 0,
    index: 0,
    segment: 0,
  };
}

/** Splits one word into tokens (usually just one). */
export function tokenize(word: Word, page: number): Token[] {
  const text = word.text;
  const total = text.length || 1;
  // Every split needs one of these characters (`:`, `n°`/`nr.`/`#`, `@`, `/`): most words have none.
  if (!MAY_SPLIT.test(text)) return [piece(word, page, 0, text.length, total)];
  for (const pattern of GLUED) {
    const m = pattern.exec(text);
    if (m && m[2]!.length > 0 && /[\p{L}\p{N}]/u.test(m[2]!)) {
      const cut = m[1]!.length;
      return [
        piece(word, page, 0, cut, total),
        ...tokenize({ ...word, text: m[2]!, box: piece(word, page, cut, text.length, total).box }, page),
      ];
    }
  }
  const rate = RATE_GLUED.exec(text);
  if (rate) {
    const cut = rate[1]!.length;
    return [piece(word, page, 0, cut, total), piece(word, page, cut, text.length, total)];
  }
  const slash = SLASHED.exec(text);
  if (slash) {
    const cut = slash[1]!.length;
    return [piece(word, page, 0, cut, total), piece(word, page, cut + 1, text.length, total)];
  }
  return [piece(word, page, 0, text.length, total)];
}

const median = (values: number[]): number => {
  if (values.length === 0) return 0;
  const sorted = values.sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/**
 * Groups a page's words into lines. Words are taken top to bottom; a word joins the current line
 * when its vertical centre lies inside the line's band, otherwise it starts a new line. On a skewed
 * scan the centres are measured along the skew (as if the page were straightened). Words with
 * boxes taller than wide that are not single characters (vertical text) are left out.
 */
export function layoutPage(words: PageWords): PageLayout {
  const tokens: Token[] = [];
  for (const word of words.words) {
    if (!word.text || word.box.h <= 0 || !Number.isFinite(word.box.x + word.box.y)) continue;
    if (word.box.h > word.box.w * 3 && word.text.length > 2) continue;
    for (const token of tokenize(word, words.page)) if (token.text.trim()) tokens.push(token);
  }
  const slope = Math.tan(((words.skewDegrees ?? 0) * Math.PI) / 180);
  // The vertical offset a token has from the skew alone, measured from the page's left edge.
  const drift = (token: Token): number => slope * (token.box.x + token.box.w / 2);
  const placed = tokens.map((token) => ({ token, centre: token.box.y + token.box.h / 2 - drift(token) }));
  placed.sort((a, b) => a.centre - b.centre);
  const lines: Line[] = [];
  let current: { line: Line; top: number; bottom: number } | undefined;
  for (const { token, centre } of placed) {
    if (current && centre >= current.top && centre <= current.bottom) {
      current.line.tokens.push(token);
      continue;
    }
    const line: Line = {
      page: words.page,
      index: lines.length,
      tokens: [token],
      top: token.box.y,
      bottom: token.box.y + token.box.h,
      height: token.box.h,
    };
    current = { line, top: token.box.y - drift(token), bottom: token.box.y + token.box.h - drift(token) };
    lines.push(line);
  }
  for (const line of lines) {
    line.tokens.sort((a, b) => a.box.x - b.box.x);
    line.height = median(line.tokens.map((t) => t.box.h));
    for (const t of line.tokens) {
      line.top = Math.min(line.top, t.box.y);
      line.bottom = Math.max(line.bottom, t.box.y + t.box.h);
    }
    let segment = 0;
    line.tokens.forEach((token, i) => {
      const previous = line.tokens[i - 1];
      if (previous && token.box.x - (previous.box.x + previous.box.w) > Math.max(line.height * 1.6, 8))
        segment++;
      token.line = line.index;
      token.index = i;
      token.segment = segment;
    });
  }
  return { page: words.page, width: words.width, height: words.height, lines };
}

/** Horizontal gap between two tokens of a line (negative when they overlap). */
export function gap(left: Token, right: Token): number {
  return right.box.x - (left.box.x + left.box.w);
}
