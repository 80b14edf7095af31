/**
 * Template-free extraction of invoice fields from positioned words, the same for the text layer and
 * for OCR. Per page: lay the words out in lines, find vocabulary labels, read candidates to the
 * right of and below each label, add candidates found by their pattern alone (IBAN, VAT id, dates),
 * then pick per field the best-supported value: labelled, well placed, valid, and consistent with
 * the rest (the totals block is read as a whole). Runner-ups and ambiguities are kept, because they
 * are what makes a buyer's recognition software guess.
 *
 * Cost: one sort of the words per page, then passes whose work per word is bounded (labels are at
 * most eight words, values at most ten, scans below a label at most twelve lines): linear in the
 * number of words.
 */

import type {
  Channel,
  ChannelFields,
  ExtractedField,
  FieldAmbiguity,
  FieldCandidate,
  FieldId,
  FoundIdentifier,
  VatLine,
} from '../model/fields.js';
import type { Box } from '../model/geometry.js';
import type { BuyerInfo } from '../model/profile.js';
import type { Candidate } from './candidate.js';
import { composeQualifiedTotals, composeTitleLabels, FIELD_ROLES } from './label-compose.js';
import { type ExtraLabels, findLabels, type LabelHit, type LabelMeaning, labelIndex } from './labels.js';
import { type Line, layoutPage, type PageLayout, type PageWords, type Token, unionBox } from './layout.js';
import { cleanName, compactId, type DateOrder, fold } from './normalise.js';
import { amountPaid, chooseTotals, completeTotals, type PaymentLine, vatLineSums } from './totals.js';
import {
  ATTENTION,
  COMMON_CURRENCIES,
  currencyToken,
  type ReadOptions,
  type ReadValue,
  readAmount,
  readCurrency,
  readDate,
  readGroupedId,
  readKvk,
  readName,
  readReference,
  type ValueKind,
} from './values.js';
import {
  LANGUAGES,
  type LabelRole,
  type Language,
  LEGAL_FORMS,
  MONTH_LANGUAGE,
  REVERSE_CHARGE_PHRASES,
  SALUTATIONS,
} from './vocabulary.js';

export type { PageWords } from './layout.js';

/** Options of {@link extractFields}. */
export interface ExtractOptions {
  /** The channel the words come from (OCR text gets tolerant label matching). Default `text`. */
  readonly channel?: Channel;
  /** Extra labels per field, e.g. those a profile says the buyer's software looks for. */
  readonly extraLabels?: Readonly<Partial<Record<FieldId, readonly string[]>>>;
  /** The buyer: its VAT id and name tell the buyer's data from the seller's. */
  readonly buyer?: BuyerInfo;
}

const KIND: Readonly<Record<FieldId, ValueKind>> = {
  invoiceNumber: 'reference',
  issueDate: 'date',
  dueDate: 'date',
  currency: 'currency',
  totalAmount: 'amount',
  payableAmount: 'amount',
  taxAmount: 'amount',
  netAmount: 'amount',
  sellerName: 'name',
  sellerVatId: 'vatId',
  sellerKvk: 'kvk',
  iban: 'iban',
  buyerName: 'name',
  buyerVatId: 'vatId',
  buyerReference: 'reference',
  orderReference: 'reference',
};

/** Roles of a till receipt's payment lines (`Cash 50.00`, `Change 7.70`). */
const PAYMENT_ROLES = new Set<LabelRole>(['tendered', 'change']);

/** Roles whose label ends a name (`Segi Cash & Carry` is a name with a payment word in it). */
const NAME_STOPPING_ROLES = new Set<LabelRole>([...FIELD_ROLES, 'other', 'title', 'name', 'payee']);

/** Roles whose label ends a scan for another label's value. */
const STOPPING_ROLES = new Set<LabelRole>([...NAME_STOPPING_ROLES, ...PAYMENT_ROLES]);

/** How many non-value words a scan to the right of a label may pass over, per kind. */
const MAX_SKIP: Readonly<Record<ValueKind, number>> = {
  reference: 1,
  date: 2,
  amount: 4,
  vatId: 2,
  iban: 2,
  kvk: 2,
  currency: 1,
  name: 0,
};

/** How many lines below a label a value may sit, per kind (amounts: table columns). */
const MAX_ROWS: Readonly<Record<ValueKind, number>> = {
  reference: 2,
  date: 2,
  amount: 12,
  vatId: 2,
  iban: 2,
  kvk: 2,
  currency: 2,
  name: 3,
};

interface Heading {
  readonly party: 'seller' | 'buyer';
  readonly page: number;
  readonly line: number;
  readonly top: number;
  readonly x0: number;
  readonly x1: number;
}

interface ScanHit {
  readonly value: ReadValue;
  readonly placement: number;
  readonly source: 'label-right' | 'label-below';
}

const meanConfidence = (tokens: readonly Token[]): number | undefined => {
  const values = tokens.map((t) => t.confidence).filter((c): c is number => c !== undefined);
  return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;
};

const roundConfidence = (value: number): number => Math.round(Math.max(0, Math.min(1, value)) * 100) / 100;

/** The extraction of one channel's pages. */
class Extraction {
  readonly layouts: PageLayout[];
  readonly hits = new Map<Line, LabelHit[]>();
  readonly hitAt = new Map<Line, (LabelHit | undefined)[]>();
  readonly candidates: Candidate[] = [];
  readonly claimed = new Set<Token>();
  readonly headings: Heading[] = [];
  readonly vatLines: VatLine[] = [];
  readonly identifiers: FoundIdentifier[] = [];
  /** Payment lines of a till receipt: amounts handed over and given back. */
  readonly payments: PaymentLine[] = [];
  /** Every amount with two decimals printed anywhere, by value (for completing the totals). */
  readonly printedAmounts = new Map<string, Candidate>();
  language: Language | undefined;
  order: DateOrder = 'dmy';

  constructor(
    pages: readonly PageWords[],
    private readonly options: ExtractOptions,
  ) {
    this.layouts = pages.map(layoutPage);
    const extra: Partial<Record<LabelRole, readonly string[]>> = {};
    for (const [field, labels] of Object.entries(options.extraLabels ?? {}) as [
      FieldId,
      readonly string[],
    ][]) {
      const role: LabelRole | undefined = field === 'sellerName' || field === 'buyerName' ? undefined : field;
      if (role) extra[role] = labels;
    }
    const index = labelIndex(extra as ExtraLabels);
    const fuzzy = options.channel === 'ocr';
    for (const layout of this.layouts) {
      for (const line of layout.lines) {
        const hits = composeQualifiedTotals(composeTitleLabels(findLabels(line, index, fuzzy)));
        this.hits.set(line, hits);
        const at: (LabelHit | undefined)[] = new Array(line.tokens.length);
        for (const hit of hits) for (let i = hit.start; i < hit.end; i++) at[i] = hit;
        this.hitAt.set(line, at);
      }
    }
    this.language = this.guessLanguage();
    this.order = this.guessDateOrder();
  }

  get readOptions(): ReadOptions {
    return { order: this.order, ocr: this.options.channel === 'ocr' };
  }

  *allLines(): Generator<[PageLayout, Line]> {
    for (const layout of this.layouts) for (const line of layout.lines) yield [layout, line];
  }

  guessLanguage(): Language | undefined {
    const votes = new Map<string, number>();
    for (const [, line] of this.allLines()) {
      for (const hit of this.hits.get(line) ?? []) {
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
    for (const lang of LANGUAGES)
      if ((votes.get(lang) ?? 0) > (best ? (votes.get(best) ?? 0) : 0)) best = lang;
    return best;
  }

  /** Day/month order: proven by a date like `17/02/26` or `02/17/26`, else by language and `$`. */
  guessDateOrder(): DateOrder {
    let dmy = 0;
    let mdy = 0;
    let dollar = false;
    for (const [, line] of this.allLines()) {
      for (const token of line.tokens) {
        if (token.text.includes('$')) dollar = true;
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
    return this.language === 'en' && dollar ? 'mdy' : 'dmy';
  }

  hitStarting(line: Line, index: number): LabelHit | undefined {
    const hit = this.hitAt.get(line)?.[index];
    return hit && hit.start === index ? hit : undefined;
  }

  stops(line: Line, index: number, roles: ReadonlySet<LabelRole> = STOPPING_ROLES): boolean {
    const hit = this.hitStarting(line, index);
    return hit?.meanings.some((m) => roles.has(m.role)) === true;
  }

  /**
   * A name ends where a label starts; a party heading only when it is all there is of its block
   * (`Käufer`), not inside a name (`Auftraggeber Firmenkunde GmbH`).
   */
  stopsName(line: Line, index: number): boolean {
    const hit = this.hitStarting(line, index);
    if (!hit) return false;
    if (hit.meanings.some((m) => NAME_STOPPING_ROLES.has(m.role))) return true;
    if (!hit.meanings.some((m) => m.role === 'partySeller' || m.role === 'partyBuyer')) return false;
    const segment = line.tokens[index]!.segment;
    return !line.tokens.some((t, i) => i >= hit.end && t.segment === segment && t.norm !== '');
  }

  read(
    kind: ValueKind,
    line: Line,
    index: number,
    field: FieldId,
    allowInteger: boolean,
  ): ReadValue | undefined {
    const options = { ...this.readOptions, allowInteger, lettersOnly: field === 'buyerReference' };
    switch (kind) {
      case 'amount':
        return readAmount(line, index, options);
      case 'date':
        return readDate(line, index, options);
      case 'reference':
        return readReference(line, index, options);
      case 'vatId':
        return readGroupedId(line, index, 'vatId');
      case 'iban':
        return readGroupedId(line, index, 'iban');
      case 'kvk':
        return readKvk(line, index);
      case 'currency':
        return readCurrency(line, index);
      case 'name':
        return readName(line, index, (j) => this.stopsName(line, j));
    }
  }

  /** The first value of `kind` to the right of a label on its line. */
  scanRight(
    hit: LabelHit,
    kind: ValueKind,
    field: FieldId,
    layout: PageLayout,
    maxSkip = MAX_SKIP[kind],
  ): ScanHit | undefined {
    const line = hit.line;
    const tokens = line.tokens;
    const labelRight = hit.box.x + hit.box.w;
    let skipped = 0;
    const segment = tokens[hit.end - 1]!.segment;
    const keyed = /:$/.test(tokens[hit.end - 1]!.text);
    for (let j = hit.end; j < tokens.length; ) {
      const token = tokens[j]!;
      if (this.stops(line, j)) return undefined;
      // A name belongs to its label's block (`Leverancier X`), or follows a key (`Name:   X`);
      // otherwise the next column holds something else.
      if (kind === 'name' && token.segment !== segment && !(keyed && token.segment === segment + 1))
        return undefined;
      if (token.norm === '' && !currencyToken(token) && !/^[-−–]$/.test(token.text)) {
        j++;
        continue;
      }
      const dx = token.box.x - labelRight;
      if (dx > layout.width * 0.85) return undefined;
      const value = this.read(kind, line, j, field, skipped === 0 || kind !== 'amount');
      if (value)
        return {
          value,
          placement: 1 - 0.15 * Math.min(1, Math.max(0, dx) / (layout.width * 0.7)),
          source: 'label-right',
        };
      if (kind !== 'date') {
        const date = readDate(line, j, this.readOptions);
        if (date) {
          j += date.tokens.length;
          if (++skipped > maxSkip) return undefined;
          continue;
        }
      }
      if (++skipped > maxSkip) return undefined;
      j++;
    }
    return undefined;
  }

  /** A label that ends its line, in running text: the value starts the next line. */
  continuation(hit: LabelHit, kind: ValueKind, field: FieldId, layout: PageLayout): ScanHit | undefined {
    const line = hit.line;
    if (line.tokens.slice(hit.end).some((t) => t.norm !== '')) return undefined;
    const next = layout.lines[line.index + 1];
    if (!next || next.top - line.bottom > line.height * 1.5 || this.stops(next, 0)) return undefined;
    const value = this.read(kind, next, 0, field, false);
    return value ? { value, placement: 0.7, source: 'label-below' } : undefined;
  }

  /** Values of `kind` below a label, in its column (amounts: every row of a table column). */
  scanBelow(hit: LabelHit, kind: ValueKind, field: FieldId, layout: PageLayout): ScanHit[] {
    const out: ScanHit[] = [];
    const lines = layout.lines;
    const h = hit.line.height || 8;
    const x0 = hit.box.x - h * 0.6;
    const x1 = hit.box.x + hit.box.w + h * (kind === 'amount' ? 1.5 : 0.6);
    const maxRows = MAX_ROWS[kind];
    let empty = 0;
    for (let l = hit.line.index + 1; l < lines.length && l <= hit.line.index + maxRows + empty; l++) {
      const line = lines[l]!;
      if (line.top - hit.line.bottom > h * (kind === 'amount' ? 30 : 4)) break;
      const index = line.tokens.findIndex((t) => t.box.x < x1 && t.box.x + t.box.w > x0);
      if (index < 0) {
        if (++empty > 2) break;
        continue;
      }
      const holder = this.hitAt.get(line)?.[index];
      if (holder?.meanings.some((m) => STOPPING_ROLES.has(m.role))) break;
      const rows = l - hit.line.index;
      let value = this.read(kind, line, index, field, kind !== 'amount');
      // A currency sign in front of a right-aligned amount: the amount may be the next token.
      if (!value && kind === 'amount' && line.tokens[index + 1] && line.tokens[index + 1]!.box.x < x1)
        value = this.read(kind, line, index + 1, field, false);
      if (value) {
        const placement = kind === 'amount' ? 0.8 - 0.01 * rows : Math.max(0.5, 0.85 - 0.1 * (rows - 1));
        out.push({ value, placement, source: 'label-below' });
      }
      if (kind !== 'amount') break;
    }
    return out;
  }

  add(
    field: FieldId,
    value: ReadValue,
    score: number,
    source: Candidate['source'],
    label?: LabelHit,
  ): Candidate {
    const candidate = this.candidateOf(field, value, score, source, label);
    this.candidates.push(candidate);
    return candidate;
  }

  /** A candidate for a value, not yet counted. */
  candidateOf(
    field: FieldId,
    value: ReadValue,
    score: number,
    source: Candidate['source'],
    label?: LabelHit,
  ): Candidate {
    const first = value.tokens[0]!;
    const confidence = meanConfidence(value.tokens);
    const candidate: Candidate = {
      field,
      value: value.value,
      raw: value.raw,
      page: first.page,
      box: unionBox(value.tokens.map((t) => t.box)),
      ...(label && { label: label.text }),
      score: confidence === undefined ? score : score * (0.5 + confidence / 200),
      source,
      ...(confidence !== undefined && { ocrConfidence: confidence }),
      ...(value.check && { check: value.check }),
      ...(value.currency && { currency: value.currency }),
      line: first.line,
    };
    return candidate;
  }

  claim(value: ReadValue): void {
    for (const token of value.tokens) this.claimed.add(token);
  }

  isClaimed(value: ReadValue): boolean {
    return value.tokens.some((t) => this.claimed.has(t));
  }

  /** Headings of party blocks (`Verkäufer`, `Bill to`): the first words of a column block. */
  collectHeadings(): void {
    for (const [layout, line] of this.allLines()) {
      for (const hit of this.hits.get(line) ?? []) {
        const party = hit.meanings.some((m) => m.role === 'partyBuyer')
          ? 'buyer'
          : hit.meanings.some((m) => m.role === 'partySeller')
            ? 'seller'
            : undefined;
        if (!party) continue;
        const first = line.tokens[hit.start]!;
        const previous = line.tokens[hit.start - 1];
        if (previous && previous.segment === first.segment) continue;
        // A heading is its block's only words (`Verkäufer`) or a key (`Bill to: X`), not the start
        // of a name (`Auftraggeber Firmenkunde GmbH`).
        const at = this.hitAt.get(line) ?? [];
        const rest = line.tokens.filter(
          (t, i) =>
            i >= hit.end &&
            t.segment === first.segment &&
            t.norm !== '' &&
            !at[i]?.meanings.some((m) => m.role === 'partySeller' || m.role === 'partyBuyer'),
        );
        // `Bill to Address:`, `Kunde Anschrift:` are headings too.
        const addressKey = rest.length === 1 && ADDRESS_WORDS.has(rest[0]!.norm) && /:$/.test(rest[0]!.text);
        if (rest.length > 0 && !/:$/.test(line.tokens[hit.end - 1]!.text) && !addressKey) continue;
        // The block runs to the next block of the line, or to the page edge.
        const nextBlock = line.tokens.find((t, i) => i >= hit.end && t.segment !== first.segment);
        this.headings.push({
          party,
          page: layout.page,
          line: line.index,
          top: line.top,
          x0: hit.box.x - line.height,
          x1: nextBlock ? nextBlock.box.x - 1 : layout.width,
        });
      }
    }
  }

  /** The party a place on a page belongs to: the nearest party heading above it in its column. */
  partyAt(page: number, line: Line, box: Box): 'seller' | 'buyer' | undefined {
    let best: Heading | undefined;
    for (const heading of this.headings) {
      if (heading.page !== page || heading.line > line.index) continue;
      if (box.x < heading.x0 || box.x > heading.x1) continue;
      if (line.top - heading.top > 220) continue;
      if (!best || heading.line > best.line) best = heading;
    }
    return best?.party;
  }

  /** Label-driven candidates: every label, every field it may announce. */
  collectLabelled(): void {
    for (const [layout, line] of this.allLines()) {
      for (const hit of this.hits.get(line) ?? []) {
        for (const meaning of hit.meanings) this.fromLabel(layout, hit, meaning);
      }
    }
  }

  fromLabel(layout: PageLayout, hit: LabelHit, meaning: LabelMeaning): void {
    const role = meaning.role;
    if (role === 'other') {
      // Claim the value an unrelated label announces, so it is not taken for one of ours.
      for (const kind of ['date', 'amount', 'reference'] as const) {
        const found = this.scanRight(hit, kind, 'invoiceNumber', layout, 0);
        if (found) {
          this.claim(found.value);
          return;
        }
      }
      return;
    }
    if (role === 'title') {
      this.fromTitle(layout, hit);
      return;
    }
    if (role === 'dateWord') {
      const line = hit.line;
      const afterTitle = (this.hits.get(line) ?? []).some(
        (h) =>
          h.start < hit.start && h.meanings.some((m) => m.role === 'title' || m.role === 'invoiceNumber'),
      );
      if (!afterTitle) return;
      // `Nr. 123 vom 03.06.2025`: the date word follows the number; not `Rechnung gemäß Bestellung vom`.
      const titleHit = [...(this.hits.get(line) ?? [])]
        .reverse()
        .find(
          (h) =>
            h.start < hit.start && h.meanings.some((m) => m.role === 'title' || m.role === 'invoiceNumber'),
        );
      if (!titleHit || hit.start - titleHit.end > 1) return;
      const found = this.scanRight(hit, 'date', 'issueDate', layout, 0);
      if (found)
        this.add('issueDate', found.value, 0.85 * found.placement * found.value.quality, found.source, hit);
      return;
    }
    if (role === 'payee') {
      const found = this.scanRight(hit, 'name', 'sellerName', layout);
      if (found) this.add('sellerName', found.value, 0.45 * found.value.quality, found.source, hit);
      return;
    }
    if (role === 'numberWord') {
      this.fromNumberKey(layout, hit);
      return;
    }
    if (role === 'tendered' || role === 'change') {
      const found = this.scanRight(hit, 'amount', 'totalAmount', layout, 2);
      if (found) {
        const first = found.value.tokens[0]!;
        this.payments.push({ role, value: found.value.value, page: first.page, line: first.line });
        this.claim(found.value);
      }
      return;
    }
    if (role === 'partySeller' || role === 'partyBuyer' || role === 'name') return;
    const field: FieldId = role === 'vatId' ? 'sellerVatId' : role;
    const kind = KIND[field];
    const found: ScanHit[] = [];
    const right = this.scanRight(hit, kind, field, layout);
    if (right) found.push(right);
    // Values below a label: a label above its value, or a table column under its header.
    if (!right || kind === 'amount') found.push(...this.scanBelow(hit, kind, field, layout));
    if (found.length === 0 && kind !== 'name') {
      const next = this.continuation(hit, kind, field, layout);
      if (next) found.push(next);
    }
    // A label that starts its block (a key of a key–value list) is a firmer statement than one in running text.
    const first = hit.line.tokens[hit.start]!;
    const previous = hit.line.tokens[hit.start - 1];
    const keyed = !previous || previous.segment !== first.segment ? 1 : 0.9;
    for (const f of found) {
      const candidate = this.add(
        field,
        f.value,
        meaning.strength * keyed * f.placement * f.value.quality,
        f.source,
        hit,
      );
      if (meaning.strength >= 0.6) this.claim(f.value);
      if (kind === 'vatId' || kind === 'iban' || kind === 'kvk')
        this.recordIdentifier(candidate, hit.line, role);
      if (role === 'taxAmount' && f.source === 'label-right') this.vatLine(hit, f.value);
    }
  }

  /**
   * `Factuur` as a heading and `Nummer: 2026-17` as a key just below it: the number is the invoice's.
   * A number key under a party heading (`Verkäufer / Nummer: 549910`) is not.
   */
  fromNumberKey(layout: PageLayout, hit: LabelHit): void {
    const line = hit.line;
    const first = line.tokens[hit.start]!;
    const startsBlock = line.tokens[hit.start - 1]?.segment !== first.segment;
    const keyed = /:$/.test(line.tokens[hit.end - 1]!.text) || line.tokens[hit.end]?.text === ':';
    if (!startsBlock || !keyed) return;
    let titled = false;
    for (let l = line.index - 1; l >= 0 && l >= line.index - 3; l--) {
      const above = layout.lines[l]!;
      const hits = this.hits.get(above) ?? [];
      if (hits.some((h) => h.meanings.some((m) => m.role === 'partySeller' || m.role === 'partyBuyer')))
        return;
      if (hits.some((h) => h.meanings.some((m) => m.role === 'title'))) titled = true;
    }
    if (!titled) return;
    const found = this.scanRight(hit, 'reference', 'invoiceNumber', layout);
    if (found)
      this.add('invoiceNumber', found.value, 0.7 * found.placement * found.value.quality, found.source, hit);
  }

  /** A title word (`Factuur`, `Invoice 103767`) weakly announces the number and date after it. */
  fromTitle(layout: PageLayout, hit: LabelHit): void {
    const number = this.scanRight(hit, 'reference', 'invoiceNumber', layout, 0);
    if (number)
      this.add(
        'invoiceNumber',
        number.value,
        0.45 * number.placement * number.value.quality,
        number.source,
        hit,
      );
    const date = this.scanRight(hit, 'date', 'issueDate', layout, 4);
    if (date && !this.isClaimed(date.value))
      this.add('issueDate', date.value, 0.4 * date.placement * date.value.quality, date.source, hit);
  }

  /** A VAT label with a rate on its line: `BTW 21% € 90,00`, `TVA 20,0% 100,00 20,00`. */
  vatLine(hit: LabelHit, value: ReadValue): void {
    const line = hit.line;
    const row = this.rateRow(line, hit.end);
    if (!row) return;
    const last = row.amounts.at(-1) ?? value;
    this.pushVatLine(
      line,
      row.rate,
      last,
      row.amounts.length >= 2 ? row.amounts.at(-2) : undefined,
      hit.start,
      hit.box,
    );
    // Rows of the same VAT table without a label of their own (`S 20,00% 40,00 8,00`): a rate and
    // amounts standing in the same columns, on the lines just above and below.
    const layout = this.layouts.find((l) => l.page === line.page);
    if (!layout || row.amounts.length === 0) return;
    const columns = row.amounts.map((a) => a.tokens.at(-1)!.box);
    for (const step of [-1, 1]) {
      for (let l = line.index + step, n = 0; n < 6 && l >= 0 && l < layout.lines.length; l += step, n++) {
        const other = layout.lines[l]!;
        const found = this.rateRow(other, 0);
        if (!found || found.amounts.length !== row.amounts.length) break;
        const aligned = found.amounts.every(
          (a, i) => Math.abs(right(a.tokens.at(-1)!.box) - right(columns[i]!)) < 6,
        );
        if (!aligned) break;
        const amount = found.amounts.at(-1)!;
        this.pushVatLine(
          other,
          found.rate,
          amount,
          found.amounts.length >= 2 ? found.amounts.at(-2) : undefined,
          0,
          amount.tokens[0]!.box,
        );
      }
    }
  }

  /** A rate (`21%`, `19 %`, `(9%)`) on a line, and the amounts after `from`. */
  rateRow(line: Line, from: number): { rate: number; amounts: ReadValue[] } | undefined {
    let rate: number | undefined;
    for (let i = 0; i < line.tokens.length; i++) {
      const text = line.tokens[i]!.text;
      const m =
        /^[(@]?(\d{1,2}(?:[.,]\d{1,2})?)\s*%\)?:?$/.exec(text) ??
        (/^\d{1,2}(?:[.,]\d{1,2})?$/.test(text) && /^%\)?:?$/.test(line.tokens[i + 1]?.text ?? '')
          ? [text, text]
          : null);
      if (m) {
        rate = Number(m[1]!.replace(',', '.'));
        break;
      }
    }
    if (rate === undefined) return undefined;
    const amounts: ReadValue[] = [];
    for (let j = from; j < line.tokens.length; ) {
      const amount = readAmount(line, j, this.readOptions);
      if (amount) {
        amounts.push(amount);
        j += amount.tokens.length;
      } else j++;
    }
    return { rate, amounts };
  }

  pushVatLine(
    line: Line,
    rate: number,
    amount: ReadValue,
    base: ReadValue | undefined,
    from: number,
    start: Box,
  ): void {
    const box = unionBox([start, ...amount.tokens.map((t) => t.box)]);
    if (this.vatLines.some((v) => v.page === line.page && Math.abs(v.box.y - box.y) < 1)) return;
    this.vatLines.push({
      rate,
      amount: amount.value,
      ...(base && { base: base.value }),
      raw: line.tokens
        .slice(from)
        .map((t) => t.text)
        .join(' '),
      page: line.page,
      box,
    });
  }

  recordIdentifier(candidate: Candidate, line: Line, role: LabelRole): void {
    const kind =
      KIND[candidate.field] === 'iban' ? 'iban' : KIND[candidate.field] === 'kvk' ? 'kvk' : 'vatId';
    if (
      this.identifiers.some(
        (i) =>
          i.kind === kind &&
          i.value === candidate.value &&
          i.page === candidate.page &&
          i.box.y === candidate.box.y,
      )
    )
      return;
    const party = role === 'buyerVatId' ? 'buyer' : (this.partyOfValue(candidate, line) ?? 'seller');
    this.identifiers.push({ kind, value: candidate.value, party, page: candidate.page, box: candidate.box });
  }

  partyOfValue(candidate: Candidate, line: Line): 'seller' | 'buyer' | undefined {
    const buyer = this.options.buyer;
    if (buyer?.vatId && compactId(buyer.vatId) === candidate.value) return 'buyer';
    if (buyer?.kvk && compactId(buyer.kvk) === candidate.value) return 'buyer';
    return this.partyAt(candidate.page, line, candidate.box);
  }

  /** Candidates found by their pattern alone: IBANs, VAT ids, dates. */
  collectPatterns(): void {
    for (const [layout, line] of this.allLines()) {
      const tokens = line.tokens;
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i]!;
        if (/^[A-Z]{2}/.test(token.text.replace(/^[(:]+/, ''))) {
          const iban = readGroupedId(line, i, 'iban');
          if (iban?.check?.formatOk) {
            const c = this.add('iban', iban, iban.check.valid ? 0.6 : 0.35, 'pattern');
            this.recordIdentifier(c, line, 'iban');
            i += iban.tokens.length - 1;
            continue;
          }
          const vat = readGroupedId(line, i, 'vatId');
          if (vat?.check?.formatOk) {
            const c = this.add('sellerVatId', vat, 0.45 * vat.quality, 'pattern');
            this.recordIdentifier(c, line, 'vatId');
            i += vat.tokens.length - 1;
            continue;
          }
        }
        if (/^[([]?\d/.test(token.text) || /^[a-z]/i.test(token.text)) {
          const date = readDate(line, i, this.readOptions);
          if (date) {
            if (!this.isClaimed(date)) {
              const relY = date.tokens[0]!.box.y / (layout.height || 842);
              const wordy = tokens.length > 10 ? 0.5 : 1;
              const pageFactor = layout.page === this.layouts[0]?.page ? 1 : 0.6;
              this.add(
                'issueDate',
                date,
                0.3 * (1 - 0.4 * relY) * wordy * pageFactor * date.quality,
                'pattern',
              );
            }
            i += date.tokens.length - 1;
          }
        }
      }
    }
  }

  /** Currency: a label, else the signs and codes printed next to amounts, else any common code. */
  collectCurrency(): void {
    const votes = new Map<string, { count: number; token: Token }>();
    for (const [, line] of this.allLines()) {
      for (let i = 0; i < line.tokens.length; i++) {
        const token = line.tokens[i]!;
        const amount =
          /\d/.test(token.text) || currencyToken(token) ? readAmount(line, i, this.readOptions) : undefined;
        if (amount && amount.quality === 1 && !this.printedAmounts.has(amount.value))
          this.printedAmounts.set(amount.value, this.candidateOf('totalAmount', amount, 0.5, 'pattern'));
        if (amount?.currency) {
          const vote = votes.get(amount.currency) ?? { count: 0, token: amount.tokens[0]! };
          vote.count += 1;
          votes.set(amount.currency, vote);
          i += amount.tokens.length - 1;
          continue;
        }
        const code = currencyToken(token);
        if (code && (COMMON_CURRENCIES.has(token.text) || /^(?:€|\$|£|₹|euros?)$/.test(token.norm))) {
          const vote = votes.get(code) ?? { count: 0, token };
          vote.count += 0.5;
          votes.set(code, vote);
        }
      }
    }
    for (const [code, vote] of votes) {
      const score = Math.min(0.7, 0.3 + 0.05 * vote.count);
      this.add(
        'currency',
        { value: code, raw: vote.token.text, tokens: [vote.token], quality: 1 },
        score,
        'pattern',
      );
    }
  }

  /** Names: labelled (`Name:` in a party block, `Bill to`, `t.n.v.`), else company-like lines. */
  collectNames(): void {
    for (const [layout, line] of this.allLines()) {
      for (const hit of this.hits.get(line) ?? []) {
        const isName = hit.meanings.some((m) => m.role === 'name');
        const heading = this.headings.find(
          (h) =>
            h.page === layout.page && h.line === line.index && Math.abs(h.x0 + line.height - hit.box.x) < 0.5,
        );
        if (isName) {
          // `Name:` as a key of a party block; the word "name" inside a text is no label.
          const keyed =
            line.tokens[hit.start - 1]?.segment !== line.tokens[hit.start]!.segment ||
            /:$/.test(line.tokens[hit.end - 1]!.text);
          if (!keyed) continue;
          const party = this.partyAt(layout.page, line, hit.box);
          if (!party) continue;
          const found = this.scanRight(
            hit,
            'name',
            party === 'seller' ? 'sellerName' : 'buyerName',
            layout,
            1,
          );
          if (found)
            this.add(
              party === 'seller' ? 'sellerName' : 'buyerName',
              found.value,
              0.9 * found.placement,
              found.source,
              hit,
            );
        } else if (heading) {
          const field = heading.party === 'seller' ? 'sellerName' : 'buyerName';
          // `Bill to Address:` announces the block below, not a name to its right.
          const after = line.tokens[hit.end];
          const right =
            after && ADDRESS_WORDS.has(after.norm) && /:$/.test(after.text)
              ? undefined
              : this.scanRight(hit, 'name', field, layout, 1);
          if (right) {
            this.add(field, right.value, 0.7 * right.placement, right.source, hit);
            continue;
          }
          // The first name-like line of the block below the heading.
          for (let l = line.index + 1; l < layout.lines.length && l <= line.index + 3; l++) {
            const below = layout.lines[l]!;
            const index = below.tokens.findIndex(
              (t) =>
                t.box.x >= heading.x0 &&
                t.box.x <= heading.x1 &&
                t.box.x < hit.box.x + hit.box.w + line.height * 2,
            );
            if (index < 0) continue;
            // `ATTN: Firma Ltd`: the name follows the attention word.
            let start = index;
            if (ATTENTION.test(below.tokens[start]!.norm)) start++;
            while (below.tokens[start] && below.tokens[start]!.norm === '') start++;
            if (!below.tokens[start]) continue;
            // A key–value line (`Nummer: 123`) is not the name.
            if (this.hitStarting(below, start) || /:$/.test(below.tokens[start]!.text)) continue;
            const name = readName(below, start, (j) => this.stopsName(below, j));
            if (name && !/\d{3}/.test(name.value)) {
              this.add(field, name, 0.6 * Math.max(0.5, 0.9 - 0.1 * (l - line.index)), 'label-below', hit);
              break;
            }
          }
        }
      }
      // Company names by their legal form (`B.V.`, `GmbH`, `SARL`): the words before it, up to it.
      for (let i = 1; i < line.tokens.length; i++) {
        const token = line.tokens[i]!;
        if (!LEGAL_FORMS.includes(token.norm)) continue;
        let end = i + 1;
        // `GmbH & Co. KG`
        while (
          end < line.tokens.length &&
          end < i + 4 &&
          line.tokens[end]!.segment === token.segment &&
          (LEGAL_FORMS.includes(line.tokens[end]!.norm) || line.tokens[end]!.text === '&')
        )
          end++;
        let start = i;
        while (
          start > 0 &&
          line.tokens[start - 1]!.segment === token.segment &&
          i - start < 5 &&
          !/[:|]$|^[-–|]$|\d/.test(line.tokens[start - 1]!.text) &&
          !this.stops(line, start - 1, NAME_STOPPING_ROLES)
        )
          start--;
        if (start === i) continue;
        const name = readName(line, start, (j) => j >= end || this.stopsName(line, j));
        if (!name || name.tokens.length < 2 || name.value.length > 60) continue;
        if (/\d{4}/.test(name.value) || /^(in|by|of|van|de|der)$/i.test(name.tokens[0]!.text)) continue;
        const whole = this.nameFromLineAbove(layout, line, name) ?? name;
        const party =
          this.partyAt(layout.page, line, name.tokens[0]!.box) ??
          (this.recipientBlock(layout, line, name) ? 'buyer' : 'seller');
        const field = party === 'seller' ? 'sellerName' : 'buyerName';
        const relY = line.top / (layout.height || 842);
        const big = Math.min(1.3, line.height / (this.medianHeight(layout) || line.height));
        this.add(field, whole, 0.45 * (1 - 0.3 * relY) * big * (layout.page === 1 ? 1 : 0.7), 'pattern');
        i += name.tokens.length;
      }
    }
    this.collectSalutations();
    this.collectLetterhead();
  }

  /**
   * A company name broken over two lines (`DACHSER Netherlands Food` / `Logistics B.V`): when a
   * name with a legal form starts its column block, and the line just above in the same column
   * (left- or right-aligned with it) holds only words (no digits, no label, no key), that line is
   * its first half.
   */
  nameFromLineAbove(layout: PageLayout, line: Line, name: ReadValue): ReadValue | undefined {
    const first = name.tokens[0]!;
    if (line.tokens[first.index - 1]?.segment === first.segment) return undefined;
    const above = layout.lines[line.index - 1];
    if (!above || line.top - above.bottom > line.height * 0.8) return undefined;
    if (Math.abs(above.height - line.height) > line.height * 0.3) return undefined;
    const part = this.blockAbove(above, name.tokens, line.height);
    if (!part || part.length > 5) return undefined;
    const hits = this.hitAt.get(above) ?? [];
    if (part.some((t) => /\d|[:,;!?]$/.test(t.text) || hits[t.index] || LEGAL_FORMS.includes(t.norm)))
      return undefined;
    // Words of a name are capitalised (`Groothandel Noord Food`), those of a sentence are not.
    if (part.filter((t) => /^\p{Lu}/u.test(t.text)).length * 2 < part.length) return undefined;
    const head = part.map((t) => t.text).join(' ');
    return {
      ...name,
      value: `${head} ${name.value}`,
      raw: `${head} ${name.raw}`,
      tokens: [...part, ...name.tokens],
    };
  }

  /** The column block of `line` standing over `tokens`: its edges aligned with theirs (left or right). */
  blockAbove(line: Line, tokens: readonly Token[], tolerance: number): Token[] | undefined {
    const x0 = tokens[0]!.box.x;
    const x1 = right(tokens.at(-1)!.box);
    for (const segment of new Set(line.tokens.map((t) => t.segment))) {
      const block = line.tokens.filter((t) => t.segment === segment);
      const b0 = block[0]!.box.x;
      const b1 = right(block.at(-1)!.box);
      if (b1 < x0 || b0 > x1) continue;
      if (Math.abs(b0 - x0) < tolerance || Math.abs(b1 - x1) < tolerance) return block;
    }
    return undefined;
  }

  /**
   * Whether a name heads a recipient's address block: an attention line (`T.a.v.`, `Attn`, `z.Hd.`)
   * follows it in its column, or opens its line (`ATTN: Firma B.V.`). Only a buyer's address is
   * written for someone's attention.
   */
  recipientBlock(layout: PageLayout, line: Line, name: ReadValue): boolean {
    const first = name.tokens[0]!;
    if (line.tokens.slice(0, first.index).some((t) => t.segment === first.segment && ATTENTION.test(t.norm)))
      return true;
    const own = name.tokens.filter((t) => t.line === line.index);
    const x0 = own[0]!.box.x;
    const x1 = right(own.at(-1)!.box);
    for (let l = line.index + 1; l < layout.lines.length && l <= line.index + 2; l++) {
      const below = layout.lines[l]!;
      if (below.top - line.bottom > line.height * 2 * (l - line.index)) return false;
      for (const segment of new Set(below.tokens.map((t) => t.segment))) {
        const block = below.tokens.filter((t) => t.segment === segment);
        if (right(block.at(-1)!.box) < x0 || block[0]!.box.x > x1) continue;
        if (ATTENTION.test(block[0]!.norm)) return true;
      }
    }
    return false;
  }

  /**
   * A person addressed by a form of address (`Herrn Max Mustermann`, `Dhr. J. de Vries`) in the
   * upper half of the first page: the buyer, written to as a person. The words after the form of
   * address must look like a name (capitalised, no digits): `Mr. D.I.Y.` is a shop, not a person.
   */
  collectSalutations(): void {
    const layout = this.layouts[0];
    if (!layout) return;
    for (const line of layout.lines) {
      if (line.top > layout.height / 2) break;
      for (const [i, token] of line.tokens.entries()) {
        if (!SALUTATIONS.has(token.norm)) continue;
        if (line.tokens[i - 1]?.segment === token.segment) continue;
        let rest = line.tokens.filter((t, j) => j > i && t.segment === token.segment);
        // `Herrn` alone on its line: the name is the line below it.
        const next = layout.lines[line.index + 1];
        if (rest.length === 0 && next && next.top - line.bottom < line.height * 0.8)
          rest = this.blockAbove(next, [token], line.height) ?? [];
        if (rest.length === 0 || rest.length > 4) continue;
        const labelled = (t: Token): boolean =>
          this.hitAt.get(layout.lines[t.line]!)?.[t.index] !== undefined;
        if (!rest.every((t) => /^\p{Lu}[\p{L}'’-]*\.?$/u.test(t.text) && !labelled(t))) continue;
        const tokens = [token, ...rest];
        const raw = tokens.map((t) => t.text).join(' ');
        const name: ReadValue = { value: cleanName(raw), raw, tokens, quality: 1 };
        const party = this.partyAt(layout.page, line, token.box) ?? 'buyer';
        this.add(party === 'seller' ? 'sellerName' : 'buyerName', name, 0.4, 'pattern');
      }
    }
  }

  /**
   * The letterhead: the first line of the first page that reads as a name (words, no digits, no
   * label), near the top. A till receipt prints its shop's name there, often without a legal form.
   * A weak candidate: any labelled or legal-form name outranks it.
   */
  collectLetterhead(): void {
    const layout = this.layouts[0];
    if (!layout) return;
    let looked = 0;
    for (const line of layout.lines) {
      if (line.top > layout.height * 0.25 || looked >= 3) return;
      const letters = line.tokens
        .map((t) => t.text)
        .join('')
        .replace(/[^\p{L}]/gu, '').length;
      if (letters < 3) continue;
      looked++;
      if ((this.hits.get(line) ?? []).length > 0) continue;
      const block = line.tokens.filter((t) => t.segment === line.tokens[0]!.segment);
      if (block.length > 6 || block.some((t) => /\d|@|:$/.test(t.text))) continue;
      if (ATTENTION.test(block[0]!.norm) || SALUTATIONS.has(block[0]!.norm)) continue;
      const name = readName(line, 0, () => false);
      if (!name || name.tokens.length !== block.length) continue;
      const party = this.partyAt(layout.page, line, block[0]!.box);
      if (party === 'buyer' || this.recipientBlock(layout, line, name)) continue;
      const big = Math.min(1.3, line.height / (this.medianHeight(layout) || line.height));
      this.add('sellerName', name, 0.12 * big, 'pattern');
      return;
    }
  }

  private heights = new Map<PageLayout, number>();

  medianHeight(layout: PageLayout): number {
    let h = this.heights.get(layout);
    if (h === undefined) {
      const all = layout.lines.map((l) => l.height).sort((a, b) => a - b);
      h = all[Math.floor(all.length / 2)] ?? 0;
      this.heights.set(layout, h);
    }
    return h;
  }

  /** Where the invoice says the VAT is reverse-charged. */
  reverseCharge(): ChannelFields['reverseCharge'] {
    for (const [, line] of this.allLines()) {
      if (!line.tokens.some((t) => REVERSE_CHARGE_WORDS.has(t.norm))) continue;
      const text = fold(line.tokens.map((t) => t.text).join(' '));
      for (const phrase of REVERSE_CHARGE_PHRASES) {
        const at = text.indexOf(phrase);
        if (at < 0) continue;
        // Whole words only ("verlegd" inside "onverlegd" is not it).
        const before = text[at - 1];
        if (before !== undefined && /[a-z]/.test(before)) continue;
        return {
          raw: line.tokens.map((t) => t.text).join(' '),
          page: line.page,
          box: unionBox(line.tokens.map((t) => t.box)),
        };
      }
    }
    return undefined;
  }
}

const right = (box: Box): number => box.x + box.w;

/** The words a reverse-charge phrase contains one of (a cheap test before the phrase search). */
const REVERSE_CHARGE_WORDS: ReadonlySet<string> = new Set(
  REVERSE_CHARGE_PHRASES.flatMap((phrase) => phrase.split(' ')).filter(
    (w) => !['btw', 'vat', 'de', 'la', 'tva', 'des', 'omzetbelasting'].includes(w),
  ),
);

interface Group {
  readonly value: string;
  readonly best: Candidate;
  readonly score: number;
}

/** Candidates of a field grouped by value: a value seen more than once gains a little support. */
function rank(candidates: readonly Candidate[]): Group[] {
  const byValue = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = byValue.get(c.value);
    if (list) list.push(c);
    else byValue.set(c.value, [c]);
  }
  const groups: Group[] = [];
  for (const [value, list] of byValue) {
    list.sort((a, b) => b.score - a.score || a.page - b.page || a.box.y - b.box.y);
    const best = list[0]!;
    const places = new Set(list.map((c) => `${c.page}:${Math.round(c.box.y)}`)).size;
    groups.push({ value, best, score: best.score + Math.min(0.15, 0.05 * (places - 1)) });
  }
  return groups.sort((a, b) => b.score - a.score || a.best.page - b.best.page || a.best.box.y - b.best.box.y);
}

const toCandidate = (c: Candidate, score = c.score): FieldCandidate => ({
  value: c.value,
  raw: c.raw,
  page: c.page,
  box: c.box,
  ...(c.label !== undefined && { label: c.label }),
  confidence: roundConfidence(
    Math.min(1, score) * (c.ocrConfidence === undefined ? 1 : c.ocrConfidence / 100),
  ),
  source: c.source,
});

function toField(chosen: Candidate, groups: readonly Group[], score = chosen.score): ExtractedField {
  return {
    ...toCandidate(chosen, score),
    candidates: groups
      .filter((g) => g.value !== chosen.value)
      .slice(0, 3)
      .map((g) => toCandidate(g.best, g.score)),
  };
}

/** How far a total equal to the amount paid (cash minus change) outranks the best other total. */
const PAID_SUPPORT = 0.1;

/** Words that turn a party heading into an address key (`Bill to Address:`). */
const ADDRESS_WORDS: ReadonlySet<string> = new Set([
  'address',
  'adres',
  'adresse',
  'anschrift',
  'details',
  'gegevens',
  'adresgegevens',
]);

/** Fields whose candidates are compared for ambiguity. */
const AMBIGUITY_FIELDS: readonly FieldId[] = [
  'invoiceNumber',
  'issueDate',
  'dueDate',
  'orderReference',
  'buyerReference',
];

/** Reads the invoice fields from one channel's pages. */
export function extractFields(pages: readonly PageWords[], options: ExtractOptions = {}): ChannelFields {
  const x = new Extraction(pages, options);
  x.collectHeadings();
  x.collectLabelled();
  x.collectPatterns();
  x.collectCurrency();
  x.collectNames();

  const byField = new Map<FieldId, Candidate[]>();
  for (const c of x.candidates) {
    const list = byField.get(c.field);
    if (list) list.push(c);
    else byField.set(c.field, [c]);
  }

  // VAT ids: the seller's and the buyer's, told apart by label, party heading and the profile's buyer.
  const lineOf = (c: Candidate): Line | undefined => x.layouts.find((l) => l.page === c.page)?.lines[c.line];
  const vatIds = [...(byField.get('sellerVatId') ?? []), ...(byField.get('buyerVatId') ?? [])];
  const seller: Candidate[] = [];
  const buyer: Candidate[] = [];
  for (const c of vatIds) {
    const line = lineOf(c);
    const party = c.field === 'buyerVatId' ? 'buyer' : line ? x.partyOfValue(c, line) : undefined;
    const validity = c.check?.valid ? 1 : c.check?.formatOk ? 0.85 : 0.7;
    // Higher on the page first (the seller's block or letterhead), a little.
    const placed = { ...c, score: c.score * validity - 0.02 * (c.line / 100) - 0.05 * (c.page - 1) };
    if (party === 'buyer') buyer.push({ ...placed, field: 'buyerVatId' });
    else seller.push({ ...placed, field: 'sellerVatId' });
  }
  byField.set('sellerVatId', seller);
  byField.set('buyerVatId', buyer);

  const values: Partial<Record<FieldId, ExtractedField>> = {};
  const ambiguities: FieldAmbiguity[] = [];

  // The totals block as a whole.
  const amounts = (field: FieldId): Candidate[] => byField.get(field) ?? [];
  // Sums of the VAT lines stand in for a VAT total or a net that is only printed per rate.
  const sums = vatLineSums(x.vatLines);
  const fromLines = (field: FieldId, value: string | undefined): Candidate[] => {
    const first = sums.lines[0];
    if (value === undefined || !first) return [];
    return [
      {
        field,
        value,
        raw: sums.lines.map((l) => l.raw).join(' + '),
        page: first.page,
        box: unionBox(sums.lines.map((l) => l.box)),
        label: sums.lines.map((l) => `${l.rate}%`).join(' + '),
        score: 0.6,
        source: 'derived',
        line: 0,
      },
    ];
  };
  let totalRole = [
    ...amounts('totalAmount'),
    ...amounts('payableAmount').map((c) => ({ ...c, score: c.score * 0.8 })),
  ];
  // A till receipt's cash minus change is what was paid: the total that equals it is the payable
  // one (not a subtotal, a rounding line or a VAT summary row); printed but unlabelled, it is one.
  // Cash minus change is arithmetic, not a reading of labels: that total outranks the other totals.
  const paid = amountPaid(x.payments);
  if (paid !== undefined) {
    const best = Math.max(0, ...totalRole.map((c) => c.score));
    if (totalRole.some((c) => c.value === paid))
      totalRole = totalRole.map((c) => (c.value === paid ? { ...c, score: best + PAID_SUPPORT } : c));
    else {
      const printed = x.printedAmounts.get(paid);
      if (printed && !x.payments.some((p) => p.page === printed.page && p.line === printed.line))
        totalRole.push({ ...printed, field: 'totalAmount', score: best + PAID_SUPPORT, source: 'totals' });
    }
  }
  const taxRole = [...amounts('taxAmount'), ...fromLines('taxAmount', sums.tax)];
  const netRole = [...amounts('netAmount'), ...fromLines('netAmount', sums.net)];
  const totals = completeTotals(
    chooseTotals({ net: netRole, tax: taxRole, total: totalRole }),
    x.printedAmounts,
  );
  // Amounts that add up support each other: a consistent choice is read with high confidence.
  const pick = (field: FieldId, chosen: Candidate | undefined, pool: readonly Candidate[]): void => {
    if (!chosen) return;
    const score = totals.consistent ? Math.max(chosen.score, 0.9) : chosen.score;
    values[field] = toField({ ...chosen, field }, rank(pool), score);
  };
  pick('netAmount', totals.net, netRole);
  pick('taxAmount', totals.tax, taxRole);
  pick('totalAmount', totals.total, totalRole);
  if (!totals.consistent && totals.total) {
    const groups = rank(totalRole);
    const runner = groups.find((g) => g.value !== totals.total!.value);
    if (runner && runner.score >= 0.8 * (groups[0]?.score ?? 0) && runner.score >= 0.3)
      ambiguities.push({
        field: 'totalAmount',
        reason: 'totals-disagree',
        values: [totals.total.value, runner.value],
        page: totals.total.page,
        box: totals.total.box,
      });
  }
  // Net not printed but VAT and total are: the net follows (and is marked as computed).
  if (!values.netAmount && values.totalAmount && values.taxAmount) {
    const net =
      (Math.round(Number(values.totalAmount.value) * 100) -
        Math.round(Number(values.taxAmount.value) * 100)) /
      100;
    values.netAmount = {
      ...values.totalAmount,
      value: net.toFixed(2),
      source: 'derived',
      confidence: roundConfidence(values.totalAmount.confidence * 0.6),
      candidates: [],
    };
  }
  const payable = rank(amounts('payableAmount'))[0];
  if (payable) values.payableAmount = toField(payable.best, rank(amounts('payableAmount')), payable.score);
  if (!values.totalAmount && values.payableAmount) values.totalAmount = values.payableAmount;

  for (const field of [
    'invoiceNumber',
    'issueDate',
    'dueDate',
    'currency',
    'sellerName',
    'sellerVatId',
    'sellerKvk',
    'iban',
    'buyerName',
    'buyerVatId',
    'buyerReference',
    'orderReference',
  ] as const) {
    let pool = byField.get(field) ?? [];
    // A value labelled as one field is not an unlabelled candidate of another.
    if (field === 'issueDate') {
      const due = new Set(
        (byField.get('dueDate') ?? [])
          .filter((c) => c.source !== 'pattern')
          .map((c) => `${c.page}:${c.box.x}:${c.box.y}`),
      );
      pool = pool.filter((c) => c.source !== 'pattern' || !due.has(`${c.page}:${c.box.x}:${c.box.y}`));
    }
    if (field === 'iban') {
      const own = new Set(
        x.identifiers.filter((i) => i.kind === 'iban' && i.party === 'buyer').map((i) => i.value),
      );
      pool = pool.filter((c) => !own.has(c.value) || pool.every((o) => own.has(o.value)));
    }
    const groups = rank(pool);
    const best = groups[0];
    if (!best) continue;
    values[field] = toField(best.best, groups, best.score);
    if (AMBIGUITY_FIELDS.includes(field)) {
      const runner = groups[1];
      const labelled = groups.filter((g) => g.best.source !== 'pattern');
      if (field === 'issueDate' && labelled.length === 0 && groups.length >= 2) {
        ambiguities.push({
          field,
          reason: 'unlabelled-dates',
          values: groups.slice(0, 4).map((g) => g.value),
          page: best.best.page,
          box: best.best.box,
        });
      } else if (
        runner &&
        best.best.source !== 'pattern' &&
        runner.best.source !== 'pattern' &&
        runner.score >= 0.85 * best.score &&
        runner.score >= 0.4
      ) {
        ambiguities.push({
          field,
          reason: 'close-candidates',
          values: [best.value, runner.value],
          page: runner.best.page,
          box: runner.best.box,
        });
      }
    }
  }

  // The currency printed with the total wins over a count of signs elsewhere.
  const totalCurrency = totals.total?.currency ?? totals.net?.currency;
  if (totalCurrency && values.currency?.source === 'pattern' && values.currency.value !== totalCurrency) {
    const groups = rank(byField.get('currency') ?? []);
    const own = groups.find((g) => g.value === totalCurrency);
    if (own) values.currency = toField(own.best, groups, own.score);
  }

  const reverseCharge = x.reverseCharge();
  return {
    channel: options.channel ?? 'text',
    ...(x.language && { language: x.language }),
    values,
    vatLines: x.vatLines,
    ...(totals.net && totals.tax && totals.total && { totalsConsistent: totals.consistent }),
    ambiguities,
    identifiers: x.identifiers,
    ...(reverseCharge && { reverseCharge }),
  };
}
