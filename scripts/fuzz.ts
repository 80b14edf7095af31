/**
 * `npm run fuzz -- N [seed]`: a seeded, deterministic mutation fuzzer. It makes N mutants of the
 * corpus's PDFs (`../shared/corpus/invoices` and `hostile`; `CORPUS_DIR` points elsewhere) — byte
 * flips, truncation, chunk duplication, cross-reference and stream-length lies, huge numbers, deep
 * nesting, wide page trees, flate bombs — and runs each through `checkFile` in a worker pool, the
 * way the server does, with a per-file time-out (`FUZZ_TIMEOUT_MS`, default 20 s). After each
 * mutant the same worker checks a valid invoice (the canary): a mutant whose error surfaces after
 * its report (and so would fail the next customer's run) is caught there.
 *
 * Counts: crashes (the run `failed`, or the canary after it did not come back accepted), hangs (the
 * run `timed_out`), and reports that are not valid JSON or not valid per the Report schema. Prints a
 * summary; exits 1 on any crash, hang or invalid report. Failing mutants are written to
 * `FUZZ_OUT` (default `/tmp/proeffactuur-fuzz/`), never into the project.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';
import { ReportSchema } from '../engine/model/report.js';
import { fromRoot } from '../profiles/files.js';
import { findPreset } from '../profiles/presets.js';
import { checkFile } from '../runtime/check-file.js';
import { PipelinePool } from '../runtime/pool/pipeline-pool.js';

/** mulberry32: a small seeded PRNG, so a run is reproducible from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const int = (random: Random, max: number): number => Math.floor(random() * max);
const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');
const fromLatin1 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));

/** Replaces the `k`-th match of `pattern` (chosen at random) with `replace(match)`. */
function replaceOne(
  text: string,
  pattern: RegExp,
  random: Random,
  replace: (match: string) => string,
): string {
  const matches = [...text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))];
  if (matches.length === 0) return text;
  const match = matches[int(random, matches.length)]!;
  const at = match.index ?? 0;
  return text.slice(0, at) + replace(match[0]) + text.slice(at + match[0].length);
}

/** A zlib stream of `mib` MiB of zeros, built without inflating anything (see test/fixtures/bombs.ts). */
function zerosBomb(mib: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([
    Buffer.from([0x78, 0xda]),
    ...Array.from({ length: mib }, () => block),
    Buffer.from([3, 0]),
  ]);
}

const HUGE = ['2147483648', '99999999999', '-2147483649', '1e308', '4294967296'];

/** The mutations, by name: each takes the file and returns a mutant. */
const MUTATIONS: Record<string, (bytes: Uint8Array, random: Random) => Uint8Array> = {
  bitflip(bytes, random) {
    const out = new Uint8Array(bytes);
    for (let i = 0, n = 1 + int(random, 20); i < n && out.length > 0; i++)
      out[int(random, out.length)]! ^= 1 << int(random, 8);
    return out;
  },
  byteset(bytes, random) {
    const out = new Uint8Array(bytes);
    for (let i = 0, n = 1 + int(random, 8); i < n && out.length > 0; i++)
      out[int(random, out.length)] = int(random, 256);
    return out;
  },
  truncate: (bytes, random) => bytes.slice(0, int(random, bytes.length)),
  duplicate(bytes, random) {
    const from = int(random, bytes.length);
    const chunk = bytes.slice(from, from + 1 + int(random, 4096));
    const at = int(random, bytes.length);
    return new Uint8Array(Buffer.concat([bytes.subarray(0, at), chunk, bytes.subarray(at)]));
  },
  splice(bytes, random) {
    const at = int(random, bytes.length);
    return new Uint8Array(Buffer.concat([bytes.subarray(0, at), bytes.subarray(int(random, bytes.length))]));
  },
  lengthLie: (bytes, random) =>
    fromLatin1(replaceOne(latin1(bytes), /\/Length \d+/, random, () => `/Length ${int(random, 1_000_000)}`)),
  xrefLie: (bytes, random) =>
    fromLatin1(
      replaceOne(latin1(bytes), /startxref\s+\d+|\d{10} \d{5} [nf]/, random, (match) =>
        match.startsWith('startxref')
          ? `startxref\n${int(random, bytes.length * 2)}`
          : `${String(int(random, 9_999_999_999)).padStart(10, '0')} 00000 n`,
      ),
    ),
  trailerSize: (bytes, random) =>
    fromLatin1(replaceOne(latin1(bytes), /\/Size \d+/, random, () => `/Size ${HUGE[int(random, 2)]}`)),
  hugeNumbers: (bytes, random) =>
    fromLatin1(
      replaceOne(latin1(bytes), /(?<=[\s[])\d+(?=[\s\]])/, random, () => HUGE[int(random, HUGE.length)]!),
    ),
  deepNesting(bytes, random) {
    const depth = 1000 + int(random, 200_000);
    const nest =
      random() < 0.5
        ? `${'['.repeat(depth)}${']'.repeat(depth)}`
        : `${'<< /A '.repeat(depth)}${'>>'.repeat(depth)}`;
    return fromLatin1(replaceOne(latin1(bytes), /\/Resources/, random, (match) => `/Deep ${nest} ${match}`));
  },
  manyKids: (bytes, random) =>
    fromLatin1(
      replaceOne(latin1(bytes), /\/Kids\s*\[[^\]]*\]/, random, (match) => {
        const ref = /\d+ \d+ R/.exec(match)?.[0] ?? '1 0 R';
        return `/Kids [${` ${ref}`.repeat(1000 + int(random, 20_000))}]`;
      }),
    ),
  xrefLoop: (bytes, random) =>
    fromLatin1(
      `${latin1(bytes)}\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 /Prev ${int(random, bytes.length)} >>\nstartxref\n${bytes.length + 1}\n%%EOF\n`,
    ),
  flateBomb(bytes, random) {
    const mib = [64, 128, 512, 4096][int(random, 4)]!;
    const bomb = zerosBomb(mib);
    const text = latin1(bytes);
    const object = 90_000 + int(random, 1000);
    const withRef = replaceOne(text, /\/Contents\s+\d+ \d+ R/, random, () => `/Contents ${object} 0 R`);
    const head = `\n${object} 0 obj\n<< /Filter /FlateDecode /Length ${bomb.length} >>\nstream\n`;
    return new Uint8Array(
      Buffer.concat([
        Buffer.from(withRef, 'latin1'),
        Buffer.from(head, 'latin1'),
        bomb,
        Buffer.from('\nendstream\nendobj\n'),
      ]),
    );
  },
};

function pdfsUnder(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.toLowerCase().endsWith('.pdf')) out.push(full);
    }
  };
  try {
    walk(folder);
  } catch {
    // an absent folder gives nothing
  }
  return out;
}

const ajv = new Ajv2020({ allErrors: false, strict: false });
// ajv-formats is CommonJS: its plugin is the default export, or that export's `default`.
(((formatsPlugin as unknown as { default?: unknown }).default ?? formatsPlugin) as (ajv: Ajv2020) => void)(
  ajv,
);
const validReport = ajv.compile(ReportSchema);

/** A valid report: JSON that round-trips and matches the Report schema. */
function reportProblem(report: unknown): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(JSON.stringify(report));
  } catch (error) {
    return `not JSON: ${String(error)}`;
  }
  if (validReport(parsed)) return undefined;
  const first = validReport.errors?.[0];
  return `not a valid Report: ${first?.instancePath ?? ''} ${first?.message ?? ''}`;
}

interface Tally {
  runs: number;
  completed: number;
  crashes: number;
  lateCrashes: number;
  hangs: number;
  invalid: number;
  limitsFindings: number;
  maxMs: number;
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 100);
  const seed = Number(process.argv[3] ?? process.env.FUZZ_SEED ?? 1);
  const timeoutMs = Number(process.env.FUZZ_TIMEOUT_MS ?? 20_000);
  const lanes = Math.max(1, Number(process.env.FUZZ_LANES ?? 2));
  const out = process.env.FUZZ_OUT ?? path.join(tmpdir(), 'proeffactuur-fuzz');
  const corpus = path.resolve(process.env.CORPUS_DIR ?? path.join(fromRoot(), '..', 'shared', 'corpus'));
  const sources = [...pdfsUnder(path.join(corpus, 'invoices')), ...pdfsUnder(path.join(corpus, 'hostile'))];
  if (sources.length === 0) {
    console.log(`fuzz: no PDFs under ${corpus}; nothing to run.`);
    return;
  }
  const profile = findPreset('lenient');
  if (!profile) throw new Error('the lenient preset is missing');
  // The smallest valid invoice of the corpus: the canary costs little after each mutant.
  const invoices = sources.filter((file) => file.includes(`${path.sep}invoices${path.sep}`));
  const canaryFile = [...(invoices.length > 0 ? invoices : sources)].sort(
    (a, b) => statSync(a).size - statSync(b).size,
  )[0]!;
  const canary = new Uint8Array(readFileSync(canaryFile));
  const random = prng(seed);
  const names = Object.keys(MUTATIONS);
  // Mutants are made up front from the one seeded sequence, so the lanes do not change them.
  const plan = Array.from({ length: count }, (_, i) => {
    const source = sources[int(random, sources.length)]!;
    const steps = Array.from({ length: 1 + int(random, 3) }, () => names[int(random, names.length)]!);
    return { i, source, steps, seed: Math.floor(random() * 2 ** 32) };
  });
  const tally: Tally = {
    runs: 0,
    completed: 0,
    crashes: 0,
    lateCrashes: 0,
    hangs: 0,
    invalid: 0,
    limitsFindings: 0,
    maxMs: 0,
  };
  const failures: string[] = [];
  const keep = (label: string, i: number, bytes: Uint8Array, detail: string): void => {
    mkdirSync(out, { recursive: true });
    const file = path.join(out, `${String(i).padStart(4, '0')}-${label}.pdf`);
    writeFileSync(file, bytes);
    failures.push(`${label} ${file}: ${detail}`);
  };

  let next = 0;
  const lane = async (): Promise<void> => {
    const pool = new PipelinePool(1);
    try {
      while (next < plan.length) {
        const { i, source, steps, seed: mutantSeed } = plan[next++]!;
        const mutantRandom = prng(mutantSeed);
        let bytes: Uint8Array = new Uint8Array(readFileSync(source));
        for (const step of steps) bytes = MUTATIONS[step]!(bytes, mutantRandom);
        const label = `${path.basename(source, '.pdf')}-${steps.join('+')}`.slice(0, 100);
        const started = performance.now();
        const outcome = await checkFile(pool, { bytes }, profile, { timeoutMs });
        tally.maxMs = Math.max(tally.maxMs, performance.now() - started);
        tally.runs++;
        if (outcome.status === 'timed_out') {
          tally.hangs++;
          keep('hang', i, bytes, `timed out after ${timeoutMs} ms`);
        } else if (outcome.status === 'failed') {
          tally.crashes++;
          keep('crash', i, bytes, String((outcome.cause as Error)?.message ?? outcome.cause));
        } else tally.completed++;
        const problem = reportProblem(outcome.report);
        if (problem) {
          tally.invalid++;
          keep('invalid', i, bytes, problem);
        }
        if (outcome.report.findings.some((finding) => finding.checkId === 'pdf.resource-limits'))
          tally.limitsFindings++;
        // The canary on the same worker: a late error of the mutant shows here.
        const after = await checkFile(pool, { bytes: canary }, profile, { timeoutMs });
        if (after.status !== 'completed' || after.report.verdict === 'undetermined') {
          tally.lateCrashes++;
          keep('late-crash', i, bytes, `the valid invoice after it ended ${after.status}`);
        }
        if (tally.runs % 50 === 0)
          console.log(
            `fuzz: ${tally.runs}/${count} (${tally.crashes + tally.lateCrashes} crashes, ${tally.hangs} hangs)`,
          );
        void label;
      }
    } finally {
      await pool.close();
    }
  };
  await Promise.all(Array.from({ length: lanes }, () => lane()));

  for (const failure of failures.slice(0, 30)) console.log(`  ${failure}`);
  console.log(
    `fuzz: ${tally.runs} mutants (seed ${seed}, ${sources.length} source files): ${tally.completed} completed, ` +
      `${tally.crashes} crashes, ${tally.lateCrashes} late crashes (the next run on the worker failed), ` +
      `${tally.hangs} hangs (time-out ${timeoutMs} ms), ${tally.invalid} invalid reports; ` +
      `${tally.limitsFindings} with a pdf.resource-limits finding; slowest run ${Math.round(tally.maxMs)} ms`,
  );
  if (tally.crashes + tally.lateCrashes + tally.hangs + tally.invalid > 0) process.exitCode = 1;
}

await main();
