/**
 * `npm run bench:layouts`: field accuracy on invoices drawn from seeds, not on files anyone tuned the
 * rules on. The generator (`invoiceFromSeed` in `test/fixtures/invoice-layouts.ts`) picks per seed a
 * language (nl, en, de, fr), label wordings, where labels stand (left of, above, or in a table
 * header over their values), other dates near the issue date (due, delivery, order, period), the
 * invoice number's form (letter prefixes, slash parts), a date and an amount notation (1.234,56 /
 * 1,234.56 / 1 234,56 / 1'234.56), how the currency shows (code, symbol, only a column header), a
 * totals block or a VAT summary table with its columns in any order, and the parties' address
 * blocks (letterhead left or right, the buyer's block with or without a heading); the invoice is
 * drawn with pdf-lib (a real text layer) and read by the whole pipeline with the lenient profile.
 * Prints accuracy per field, for the target fields and for the names.
 *
 * Seeds 0–999 are the ones the rules were written on (`--misses` lists what was read wrong, and
 * `--traits` the accuracy per generator choice); seeds 5000 and up are never looked at: run
 * `--from 5000 --seeds 400` for the figure on invoices the rules have not seen. `--generator 1` draws
 * the first, simpler generator (nl/en/de, labels left or above; its figure was taken on seeds
 * 1000–1199). `--out DIR` also writes each PDF and its truth (`<seed>.pdf`, `<seed>.json`), to score
 * another build with `--score DIR --cli PATH` (that build's `bin/proeffactuur.js`).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { registry } from '../checks/index.js';
import { nameCore } from '../engine/fields/normalise.js';
import type { FieldId } from '../engine/model/fields.js';
import { runPipeline } from '../engine/pipeline.js';
import { findPreset } from '../profiles/presets.js';
import { drawLayout, invoiceFromSeed, type Run, seeded } from '../test/fixtures/invoice-layouts.js';

type Truth = Partial<Record<FieldId, string>>;
const FIELDS: readonly FieldId[] = [
  'invoiceNumber',
  'issueDate',
  'currency',
  'totalAmount',
  'taxAmount',
  'netAmount',
  'sellerVatId',
  'iban',
];
const NAMES: readonly FieldId[] = ['sellerName', 'buyerName'];

/** Whether a value read is the truth: ids and references compared without spaces, dots and dashes. */
function same(field: FieldId, got: string | undefined, want: string): boolean {
  if (got === undefined) return false;
  if (NAMES.includes(field)) return nameCore(got) === nameCore(want);
  if (field === 'invoiceNumber')
    return got.replace(/[\s.-]/g, '').toUpperCase() === want.replace(/[\s.-]/g, '').toUpperCase();
  return got === want;
}

const WORDS = {
  nl: {
    title: ['FACTUUR', 'Factuur'],
    number: ['Factuurnummer', 'Factuurnr.', 'Factuur nr.'],
    date: ['Factuurdatum', 'Datum'],
    net: ['Subtotaal', 'Totaal excl. btw', 'Netto bedrag'],
    tax: ['BTW {rate}%', 'Btw {rate}%', 'BTW-bedrag'],
    total: ['Totaal', 'Totaal incl. btw', 'Te betalen'],
    vat: ['BTW-nummer', 'Btw-id', 'BTW nr.'],
    iban: ['IBAN', 'Rekeningnummer'],
  },
  en: {
    title: ['INVOICE', 'Invoice'],
    number: ['Invoice number', 'Invoice No.', 'Invoice #'],
    date: ['Invoice date', 'Date'],
    net: ['Subtotal', 'Net amount', 'Total excl. VAT'],
    tax: ['VAT {rate}%', 'VAT amount', 'Tax'],
    total: ['Total', 'Amount due', 'Total incl. VAT'],
    vat: ['VAT number', 'VAT ID', 'VAT Reg. No.'],
    iban: ['IBAN', 'Bank account (IBAN)'],
  },
  de: {
    title: ['RECHNUNG', 'Rechnung'],
    number: ['Rechnungsnummer', 'Rechnungs-Nr.', 'Rechnung Nr.'],
    date: ['Rechnungsdatum', 'Datum'],
    net: ['Nettobetrag', 'Zwischensumme', 'Summe netto'],
    tax: ['MwSt. {rate}%', 'USt. {rate}%', 'Umsatzsteuer'],
    total: ['Gesamtbetrag', 'Rechnungsbetrag', 'Summe brutto'],
    vat: ['USt-IdNr.', 'USt-ID'],
    iban: ['IBAN'],
  },
} as const;
type Lang = keyof typeof WORDS;

const VAT_IDS = ['NL123456782B01', 'NL853746333B01', 'NL810433941B01'];
const IBANS = ['NL91ABNA0417164300', 'NL02ABNA0123456789'];

/** One invoice of the first generator: its runs on one page and the values a reader must find. */
function invoiceFromSeedV1(seed: number): { runs: Run[]; truth: Truth } {
  const rnd = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const jitter = (n: number, by = 12): number => Math.round(n + (rnd() - 0.5) * 2 * by);
  const lang = pick(Object.keys(WORDS) as Lang[]);
  const w = WORDS[lang];
  const rate = pick([9, 21, 19, 7]);
  const netCents = 1000 + Math.floor(rnd() * 900000);
  const taxCents = Math.round((netCents * rate) / 100);
  const totalCents = netCents + taxCents;
  const day = 1 + Math.floor(rnd() * 28);
  const month = 1 + Math.floor(rnd() * 12);
  const year = 2025;
  const pad = (n: number): string => String(n).padStart(2, '0');
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  const dateText = pick([`${pad(day)}-${pad(month)}-${year}`, `${pad(day)}.${pad(month)}.${year}`, iso]);
  const euro = lang === 'en' && rnd() < 0.5;
  const amount = (cents: number): string => {
    const whole = Math.floor(cents / 100).toString();
    const frac = pad(cents % 100);
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, euro ? ',' : '.');
    const text = euro ? `${grouped}.${frac}` : `${grouped},${frac}`;
    return pick(['€ ', 'EUR ', '']) + text;
  };
  const number = `${pick(['F', 'INV-', 'RE', '2025-'])}${Math.floor(rnd() * 90000) + 10000}`;
  const vatId = pick(VAT_IDS);
  const iban = pick(IBANS);
  const above = rnd() < 0.3;
  const runs: Run[] = [
    {
      text: pick(['Bakkerij De Korenbloem B.V.', 'Acme Trading GmbH', 'Northwind Supplies Ltd']),
      x: 56,
      y: jitter(50, 6),
      size: 14,
      bold: true,
    },
    { text: 'Hoofdstraat 1, 1234 AB Amsterdam', x: 56, y: jitter(72, 4) },
    { text: pick(w.title), x: jitter(380, 20), y: jitter(60, 6), size: 18, bold: true },
  ];
  const field = (label: string, value: string, x: number, y: number): void => {
    if (above) runs.push({ text: label, x, y, size: 8 }, { text: value, x, y: y + 11 });
    else runs.push({ text: `${label}${pick([':', ''])}`, x, y }, { text: value, x: x + jitter(120, 10), y });
  };
  const headerX = jitter(56, 6);
  let y = jitter(150, 10);
  const step = above ? 28 : 16;
  field(pick(w.number), number, headerX, y);
  y += step;
  field(pick(w.date), dateText, headerX, y);
  y += step;
  field(pick(w.vat), vatId, headerX, y);
  y = jitter(330, 20);
  runs.push({ text: pick(['Omschrijving', 'Description', 'Beschreibung']), x: 56, y, bold: true });
  runs.push({ text: pick(['Consultancy', 'Brood en banket', 'Werkzeuge']), x: 56, y: y + 16 });
  runs.push({ text: amount(netCents), x: 540, y: y + 16, right: true });
  y += jitter(70, 10);
  const totalsX = jitter(330, 20);
  const taxLabel = pick(w.tax).replace('{rate}', String(rate));
  for (const [label, cents, bold] of [
    [pick(w.net), netCents, false],
    [taxLabel, taxCents, false],
    [pick(w.total), totalCents, true],
  ] as const) {
    runs.push({ text: label, x: totalsX, y, bold }, { text: amount(cents), x: 540, y, right: true, bold });
    y += 16;
  }
  runs.push({ text: `${pick(w.iban)}: ${iban}`, x: 56, y: jitter(760, 10), size: 9 });
  const money = (cents: number): string => (cents / 100).toFixed(2);
  return {
    runs,
    truth: {
      invoiceNumber: number,
      issueDate: iso,
      currency: 'EUR',
      totalAmount: money(totalCents),
      taxAmount: money(taxCents),
      netAmount: money(netCents),
      sellerVatId: vatId,
      iban,
    },
  };
}

interface Result {
  readonly seed?: number;
  readonly truth: Truth;
  readonly read: Partial<Record<string, string>>;
  readonly traits?: readonly string[];
}

/** Per field: right / scored; then the target fields and the names together. */
function score(results: readonly Result[]): void {
  const group = (fields: readonly FieldId[], name: string): void => {
    let right = 0;
    let all = 0;
    for (const field of fields) {
      const scored = results.filter((r) => r.truth[field] !== undefined);
      if (scored.length === 0) continue;
      const ok = scored.filter((r) => same(field, r.read[field], r.truth[field]!)).length;
      right += ok;
      all += scored.length;
      console.log(
        `${field.padEnd(14)} ${((100 * ok) / scored.length).toFixed(1).padStart(5)}% (${ok}/${scored.length})`,
      );
    }
    if (all > 0)
      console.log(`${name.padEnd(14)} ${((100 * right) / all).toFixed(1).padStart(5)}% (${right}/${all})`);
  };
  group(FIELDS, 'target fields');
  group(NAMES, 'names');
}

/** Accuracy of the target fields per generator choice (`lang:de`, `place:table`, ...). */
function byTrait(results: readonly Result[]): void {
  const tally = new Map<string, [number, number]>();
  for (const r of results) {
    for (const trait of r.traits ?? []) {
      const t = tally.get(trait) ?? [0, 0];
      for (const field of [...FIELDS, ...NAMES]) {
        if (r.truth[field] === undefined) continue;
        t[1]++;
        if (same(field, r.read[field], r.truth[field]!)) t[0]++;
      }
      tally.set(trait, t);
    }
  }
  for (const [trait, [ok, all]] of [...tally].sort((a, b) => a[0].localeCompare(b[0])))
    console.log(`  ${trait.padEnd(28)} ${((100 * ok) / all).toFixed(1).padStart(5)}% (${ok}/${all})`);
}

/** Every value read wrong, per seed (only for the seeds the rules are written on). */
function misses(results: readonly Result[]): void {
  for (const r of results)
    for (const field of [...FIELDS, ...NAMES]) {
      const want = r.truth[field];
      if (want !== undefined && !same(field, r.read[field], want))
        console.log(`  seed ${r.seed} ${field}: expected ${want}, read ${r.read[field] ?? '(nothing)'}`);
    }
}

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '200' },
    from: { type: 'string', default: '1000' },
    out: { type: 'string' },
    score: { type: 'string' },
    cli: { type: 'string' },
    generator: { type: 'string', default: '2' },
    misses: { type: 'boolean', default: false },
    traits: { type: 'boolean', default: false },
  },
});

const valuesOf = (fields: Record<string, { value: string } | undefined>) =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v?.value]));

if (values.score && values.cli) {
  // Score another build on invoices written by `--out`, through its command line.
  const results = readdirSync(values.score)
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => {
      const file = path.join(values.score!, f);
      const truth = JSON.parse(readFileSync(file.replace(/\.pdf$/, '.json'), 'utf8')) as Truth;
      let out = '';
      try {
        out = execFileSync('node', [values.cli!, 'check', file, '--json'], { encoding: 'utf8' });
      } catch (error) {
        out = (error as { stdout?: string }).stdout ?? '{}'; // exit 1 (rejected) still prints the report
      }
      let fields = {};
      try {
        fields = JSON.parse(out).fields ?? {};
      } catch {
        console.log(`${f}: no report from ${values.cli}`); // counted as nothing read
      }
      return { truth, read: valuesOf(fields) };
    });
  console.log(`${results.length} invoices from ${values.score}, read by ${values.cli}`);
  score(results);
} else {
  const from = Number(values.from);
  const count = Number(values.seeds);
  const profile = findPreset('lenient')!;
  if (values.out) mkdirSync(values.out, { recursive: true });
  const results: Result[] = [];
  for (let seed = from; seed < from + count; seed++) {
    const { runs, truth, traits } =
      values.generator === '1' ? { ...invoiceFromSeedV1(seed), traits: [] } : invoiceFromSeed(seed);
    const bytes = await drawLayout([runs]);
    if (values.out) {
      writeFileSync(path.join(values.out, `${seed}.pdf`), bytes);
      writeFileSync(path.join(values.out, `${seed}.json`), JSON.stringify(truth));
    }
    const report = await runPipeline({ bytes }, profile, { registry });
    results.push({ seed, truth, traits, read: valuesOf(report.fields) });
  }
  console.log(
    `${count} invoices drawn by generator ${values.generator} from seeds ${from}–${from + count - 1}`,
  );
  score(results);
  if (values.traits) byTrait(results);
  if (values.misses) {
    if (from + count > 1000 && values.generator !== '1')
      console.log('(misses are listed for seeds 0–999 only: the others are for measuring)');
    else misses(results);
  }
}
