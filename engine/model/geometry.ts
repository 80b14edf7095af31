import { Type } from '@sinclair/typebox';
import { type Contract, component } from './contract.js';

/** A rectangle in PDF page points (1/72 inch), origin at the top-left of the page as displayed. */
export const BoxSchema = component(
  'Box',
  Type.Object(
    {
      x: Type.Number({ description: 'Distance from the left edge of the page.' }),
      y: Type.Number({ description: 'Distance from the top edge of the page.' }),
      w: Type.Number({ description: 'Width.' }),
      h: Type.Number({ description: 'Height.' }),
    },
    { description: 'A rectangle in PDF points (1/72 inch), origin top-left of the page.' },
  ),
);

/** A rectangle in PDF page points (1/72 inch), origin at the top-left of the page as displayed:
 * `x` from the left edge, `y` from the top edge, `w` wide, `h` high. */
export type Box = Contract<typeof BoxSchema>;

/** One word read from a page, through the text layer or through OCR. */
export interface Word {
  /** The word's characters as extracted (no surrounding white space). */
  readonly text: string;
  /** Where the word sits on the page. */
  readonly box: Box;
  /** OCR confidence 0–100; absent for text-layer words. */
  readonly confidence?: number;
}
