/**
 * The reading every field collector starts from: one channel's pages laid out in lines, the
 * vocabulary labels found on each line, the language the labels and month names vote for, and the
 * day/month order of its dates. Built once per channel; immutable afterwards.
 */
import type { Channel, FieldId } from '../model/fields.js';
import { composeQualifiedTotals, composeTitleLabels, FIELD_ROLES } from './label-compose.js';
import { type ExtraLabels, findLabels, type LabelHit, labelIndex } from './labels.js';
import { type Line, layoutPage, type PageLayout, type PageWords } from './layout.js';
import type { DateOrder } from './normalise.js';
import type { ReadOptions } from './values.js';
import { LANGUAGES, type LabelRole, type Language, MONTH_LANGUAGE } from './vocabulary.js';

/** One channel's pages as the collectors read them. */
export interface Reading {
  readonly layouts: readonly PageLayout[];
  /** The labels of each line, left to right. */
  readonly hits: ReadonlyMap<Line, readonly LabelHit[]>;
  /** Per line, the label each token belongs to (if any), by token index. */
  readonly hitAt: ReadonlyMap<Line, readonly (LabelHit | undefined)[]>;
  /** The language most labels and month names are in, if any. */
  readonly language: Language | undefined;
  /** How values are read: the date order, and OCR digit repair on the OCR channel. */
  readonly readOptions: ReadOptions;
}

/** Roles of a till receipt's payment lines (`Cash 50.00`, `Change 7.70`). */
export const PAYMENT_ROLES: ReadonlySet<LabelRole> = new Set<LabelRole>(['tendered', 'change']);

/** Roles whose label ends a name (`Segi Cash & Carry` is a name with a payment word in it). */
export const NAME_STOPPING_ROLES: ReadonlySet<LabelRole> = new Set<LabelRole>([
  ...FIELD_ROLES,
  'other',
  'title',
  'name',
  'payee',
]);

/** Roles whose label ends a scan for another label's value. */
export const STOPPING_ROLES: ReadonlySet<LabelRole> = new Set<LabelRole>([
  ...NAME_STOPPING_ROLES,
  ...PAYMENT_ROLES,
]);

/**
 * Lays out one channel's pages and finds their labels. `extraLabels` are the profile's labels per
 * field (names have no label role of their own, so theirs are not used); OCR text is matched
 * tolerantly.
 */
export function readPages(
  pages: readonly PageWords[],
  channel: Channel,
  extraLabels: Readonly<Partial<Record<FieldId, readonly string[]>>> = {},
): Reading {
  const layouts = pages.map(layoutPage);
  const extra: Partial<Record<LabelRole, readonly string[]>> = {};
  for (const [field, labels] of Object.entries(extraLabels) as [FieldId, readonly string[]][]) {
    const role: LabelRole | undefined = field === 'sellerName' || field === 'buyerName' ? undefined : field;
    if (role) extra[role] = labels;
  }
  const index = labelIndex(extra as ExtraLabels);
  const fuzzy = channel === 'ocr';
  const hits = new Map<Line, LabelHit[]>();
  const hitAt = new Map<Line, (LabelHit | undefined)[]>();
  for (const layout of layouts) {
    for (const line of layout.lines) {
      const found = composeQualifiedTotals(composeTitleLabels(findLabels(line, index, fuzzy)));
      hits.set(line, found);
      const at: (LabelHit | undefined)[] = new Array(line.tokens.length);
      for (const hit of found) for (let i = hit.start; i < hit.end; i++) at[i] = hit;
      hitAt.set(line, at);
    }
  }
  const language = guessLanguage(layouts, hits);
  const order = guessDateOrder(layouts, language);
  return { layouts, hits, hitAt, language, readOptions: { order, ocr: channel === 'ocr' } };
}

/** Every line of every page, with its page, top to bottom. */
export function* allLines(layouts: readonly PageLayout[]): Generator<[PageLayout, Line]> {
  for (const layout of layouts) for (const line of layout.lines) yield [layout, line];
}

function guessLanguage(
  layouts: readonly PageLayout[],
  hits: ReadonlyMap<Line, readonly LabelHit[]>,
): Language | undefined {
  const votes = new Map<string, number>();
  for (const [, line] of allLines(layouts)) {
    for (const hit of hits.get(line) ?? []) {
      const langs = new Set(
        hit.meanings
          .filter((m) => m.strength >= 1 && m.role !== 'other' && !PAYMENT_ROLES.has(m.role))
          .map((m) => m.lang),
      );
      // A label shared by several languages (`IBAN`) says nothing about the language.
      if (langs.size === 1) for (const lang of langs) votes.set(lang, (votes.get(lang) ?? 0) + 1);
    }
    for (const token of line.tokens) {
      const lang = MONTH_LANGUAGE[token.norm];
      if (lang) votes.set(lang, (votes.get(lang) ?? 0) + 1);
    }
  }
  let best: Language | undefined;
  for (const lang of LANGUAGES) if ((votes.get(lang) ?? 0) > (best ? (votes.get(best) ?? 0) : 0)) best = lang;
  return best;
}

/** Day/month order: proven by a date like `17/02/26` or `02/17/26`, else by language and `$` or `USD`. */
function guessDateOrder(layouts: readonly PageLayout[], language: Language | undefined): DateOrder {
  let dmy = 0;
  let mdy = 0;
  let dollar = false;
  for (const [, line] of allLines(layouts)) {
    for (const token of line.tokens) {
      if (token.text.includes('$') || token.text === 'USD') dollar = true;
      const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/.exec(token.text);
      if (!m) continue;
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (a > 12 && b <= 12) dmy++;
      if (b > 12 && a <= 12) mdy++;
    }
  }
  if (mdy > dmy) return 'mdy';
  if (dmy > 0) return 'dmy';
  return language === 'en' && dollar ? 'mdy' : 'dmy';
}

/** The label that starts at token `index` of a line, if one does. */
export function hitStarting(reading: Reading, line: Line, index: number): LabelHit | undefined {
  const hit = reading.hitAt.get(line)?.[index];
  return hit && hit.start === index ? hit : undefined;
}

/** Whether a label with one of `roles` starts at token `index`: a scan for a value ends there. */
export function stops(
  reading: Reading,
  line: Line,
  index: number,
  roles: ReadonlySet<LabelRole> = STOPPING_ROLES,
): boolean {
  const hit = hitStarting(reading, line, index);
  return hit?.meanings.some((m) => roles.has(m.role)) === true;
}

/**
 * Whether a name ends at token `index`: where a label starts; at a party heading only when it is
 * all there is of its block (`Käufer`), not inside a name (`Auftraggeber Firmenkunde GmbH`).
 */
export function stopsName(reading: Reading, line: Line, index: number): boolean {
  const hit = hitStarting(reading, line, index);
  if (!hit) return false;
  if (hit.meanings.some((m) => NAME_STOPPING_ROLES.has(m.role))) return true;
  if (!hit.meanings.some((m) => m.role === 'partySeller' || m.role === 'partyBuyer')) return false;
  const segment = line.tokens[index]!.segment;
  return !line.tokens.some((t, i) => i >= hit.end && t.segment === segment && t.norm !== '');
}
