/**
 * Finds vocabulary labels in a page's lines. The vocabulary is compiled once into a trie over label
 * words, so matching a line costs one walk per token (labels are at most a few words long): linear
 * in the number of words. For OCR text a tolerant mode also accepts label words one edit away, after
 * folding the usual OCR confusions (`rn`→`m`, `0`→`o`, `1`→`l`).
 */
import type { Box } from '../model/geometry.js';
import { type Line, type Token, unionBox } from './layout.js';
import { labelForm } from './normalise.js';
import { type LabelRole, type Language, STRONG, VOCABULARY, WEAK } from './vocabulary.js';

/** What one label means: a role in a language, with how specific the label is (0–1). */
export interface LabelMeaning {
  readonly role: LabelRole;
  readonly lang: Language | 'profile';
  readonly strength: number;
}

/** A label found on a line: tokens `start` up to (not including) `end`. */
export interface LabelHit {
  readonly line: Line;
  readonly start: number;
  readonly end: number;
  readonly meanings: readonly LabelMeaning[];
  /** The label as printed. */
  readonly text: string;
  readonly box: Box;
  /** The words matched only approximately (OCR). */
  readonly fuzzy: boolean;
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  /** Deletion variants of the OCR-folded child keys → keys, for approximate matching. */
  fuzzyKeys?: Map<string, string[]>;
  meanings?: LabelMeaning[];
}

/** Extra labels per role, e.g. those a profile says the buyer's software looks for. */
export type ExtraLabels = Readonly<Partial<Record<LabelRole, readonly string[]>>>;

/** A compiled vocabulary. */
export interface LabelIndex {
  readonly root: TrieNode;
}

const node = (): TrieNode => ({ next: new Map() });

/** Label words as tokens: `Factuur nr.` → [`factuur`, `nr`]. */
export function labelWords(label: string): string[] {
  return label
    .split(/\s+/)
    .flatMap((word) => word.split(/(?<=[a-z\u00c0-\u024f])\/(?=[a-z\u00c0-\u024f])/i))
    .map(labelForm)
    .filter((word) => word !== '');
}

function insert(root: TrieNode, label: string, meaning: LabelMeaning): void {
  let at = root;
  for (const word of labelWords(label)) {
    let child = at.next.get(word);
    if (!child) {
      child = node();
      at.next.set(word, child);
    }
    at = child;
  }
  if (at === root) return;
  at.meanings ??= [];
  if (!at.meanings.some((m) => m.role === meaning.role && m.strength >= meaning.strength))
    at.meanings.push(meaning);
}

/** OCR-folded form: the confusions OCR makes most in Latin print. */
export function ocrFold(word: string): string {
  return word
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/0/g, 'o')
    .replace(/[1!|i]/g, 'l')
    .replace(/5/g, 's');
}

function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Words shorter than this must match exactly, even in OCR text. */
const FUZZY_MIN_LENGTH = 5;

function indexFuzzy(at: TrieNode): void {
  const keys = new Map<string, string[]>();
  for (const key of at.next.keys()) {
    if (key.length < FUZZY_MIN_LENGTH) continue;
    for (const variant of deletions(ocrFold(key))) {
      const list = keys.get(variant);
      if (list) list.push(key);
      else keys.set(variant, [key]);
    }
  }
  at.fuzzyKeys = keys;
}

let defaultIndex: LabelIndex | undefined;

/** Compiles the vocabulary (and any extra labels, which count as specific). */
export function labelIndex(extra: ExtraLabels = {}): LabelIndex {
  const empty = Object.values(extra).every((labels) => !labels || labels.length === 0);
  if (empty && defaultIndex) return defaultIndex;
  const root = node();
  for (const [role, labels] of Object.entries(VOCABULARY) as [LabelRole, (typeof VOCABULARY)[LabelRole]][]) {
    for (const [lang, list] of Object.entries(labels.strong) as [Language, readonly string[]][])
      for (const label of list) insert(root, label, { role, lang, strength: STRONG });
    for (const [lang, list] of Object.entries(labels.weak ?? {}) as [Language, readonly string[]][])
      for (const label of list) insert(root, label, { role, lang, strength: WEAK });
  }
  for (const [role, list] of Object.entries(extra) as [LabelRole, readonly string[] | undefined][])
    for (const label of list ?? []) insert(root, label, { role, lang: 'profile', strength: STRONG });
  const index = { root };
  if (empty) defaultIndex = index;
  return index;
}

function step(at: TrieNode, token: Token, fuzzy: boolean): { next: TrieNode; fuzzy: boolean } | undefined {
  const exact = at.next.get(token.norm);
  if (exact) return { next: exact, fuzzy: false };
  if (!fuzzy || token.norm.length < FUZZY_MIN_LENGTH) return undefined;
  // Built on first use per trie node: only OCR text needs it.
  if (!at.fuzzyKeys) indexFuzzy(at);
  if (!at.fuzzyKeys) return undefined;
  for (const variant of deletions(ocrFold(token.norm))) {
    const keys = at.fuzzyKeys.get(variant);
    const key = keys?.[0];
    if (key !== undefined) return { next: at.next.get(key)!, fuzzy: true };
  }
  return undefined;
}

/** Tokens a label may contain without matching them: punctuation, and a currency sign (`Total € incl. VAT`). */
const SKIPPABLE = /^(?:|€|\$|£)$/;

/**
 * Every label on a line. Where labels overlap, the reading that covers the most words with the
 * most specific labels wins (`Montant Total HT` is `Total HT` after a column header, not
 * `Montant total` + `HT`; `Totaal (incl. BTW)` is one label, not `Totaal` and `BTW`).
 * Punctuation-only tokens inside a label are skipped.
 */
export function findLabels(line: Line, index: LabelIndex, fuzzy = false): LabelHit[] {
  const tokens = line.tokens;
  const n = tokens.length;
  // All matches per start position.
  const matches: { start: number; end: number; meanings: LabelMeaning[]; fuzzy: boolean }[][] = [];
  for (let i = 0; i < n; i++) {
    const list: { start: number; end: number; meanings: LabelMeaning[]; fuzzy: boolean }[] = [];
    matches.push(list);
    if (tokens[i]!.norm === '') continue;
    let at = index.root;
    let approximate = false;
    for (let j = i; j < n && j < i + 8; j++) {
      const token = tokens[j]!;
      // A label stays inside its column block: `Nummer factuur | Datum` are two labels.
      if (j > i && token.segment !== tokens[j - 1]!.segment) break;
      if (j > i && SKIPPABLE.test(token.norm)) continue;
      const moved = step(at, token, fuzzy);
      if (!moved) break;
      at = moved.next;
      approximate ||= moved.fuzzy;
      if (at.meanings) list.push({ start: i, end: j + 1, meanings: at.meanings, fuzzy: approximate });
    }
  }
  // Best cover from the right: one long specific label beats several short generic ones, so the
  // weight of a label grows with the square of (words + strength).
  const best: number[] = new Array(n + 1).fill(0);
  const choice: ({ start: number; end: number; meanings: LabelMeaning[]; fuzzy: boolean } | undefined)[] =
    new Array(n + 1);
  for (let i = n - 1; i >= 0; i--) {
    best[i] = best[i + 1]!;
    choice[i] = undefined;
    for (const m of matches[i]!) {
      const words = tokens.slice(m.start, m.end).filter((t) => !SKIPPABLE.test(t.norm)).length;
      const strength = Math.max(...m.meanings.map((x) => x.strength));
      const weight = (words + strength) ** 2 + best[m.end]!;
      if (weight > best[i]! + 1e-9) {
        best[i] = weight;
        choice[i] = m;
      }
    }
  }
  const hits: LabelHit[] = [];
  for (let i = 0; i < n; ) {
    const m = choice[i];
    if (!m) {
      i++;
      continue;
    }
    const matched = tokens.slice(m.start, m.end);
    hits.push({
      line,
      start: m.start,
      end: m.end,
      meanings: m.meanings,
      text: matched.map((t) => t.text).join(' '),
      box: unionBox(matched.map((t) => t.box)),
      fuzzy: m.fuzzy,
    });
    i = m.end;
  }
  return hits;
}
