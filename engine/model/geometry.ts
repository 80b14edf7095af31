/** A rectangle in PDF page points (1/72 inch), origin at the top-left of the page as displayed. */
export interface Box {
  /** Distance from the left edge of the page. */
  readonly x: number;
  /** Distance from the top edge of the page. */
  readonly y: number;
  /** Width. */
  readonly w: number;
  /** Height. */
  readonly h: number;
}

/** One word read from a page, through the text layer or through OCR. */
export interface Word {
  /** The word's characters as extracted (no surrounding white space). */
  readonly text: string;
  /** Where the word sits on the page. */
  readonly box: Box;
  /** OCR confidence 0–100; absent for text-layer words. */
  readonly confidence?: number;
}
