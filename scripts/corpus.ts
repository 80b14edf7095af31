/**
 * `npm run corpus`: runs the command line (`bin/proeffactuur.js check --json`) over every PDF in
 * `../shared/corpus/hostile/` and prints one line per file: verdict, finding ids, time. Then it runs the
 * corpus's Factur-X / ZUGFeRD hybrids and UBL files and checks that each gets the e-invoice guidance with
 * the fields its truth file states. `CORPUS_DIR` points elsewhere than `../shared/corpus`.
 *
 * Exits non-zero when a file crashes the CLI, hangs past the run time-out, a file the manifest expects
 * `rejected-with-clear-error` is not rejected with a finding that names the reason, a `processable` file
 * is reported unreadable, or an e-invoice is missed. Skips (exit 0) when the corpus folder is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Report } from '../engine/model/report.js';
import { fromRoot } from '../runtime/paths.js';

/** Seconds the CLI may take per file (its own time-out); the process is killed 15 s later. */
const RUN_TIMEOUT_SECONDS = 20;

/** Findings that say why a file cannot be read at all. */
const REASON_CHECKS = new Set(['file.is-pdf', 'pdf.readable', 'pdf.encrypted', 'einvoice.xml-uploaded']);
const UNREADABLE_MESSAGES = new Set([
  'pdf.readable.damaged',
  'pdf.readable.truncated',
  'pdf.encrypted.user-password',
]);

interface ManifestEntry {
  readonly file: string;
  readonly kind: string;
  readonly truth?: Record<string, unknown> & { expect?: string; acceptAlso?: string };
}

interface Outcome {
  readonly report?: Report;
  readonly ms: number;
  readonly problem?: string;
}

function runCli(file: string): Outcome {
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [fromRoot('bin', 'proeffactuur.js'), 'check', '--json', '--timeout', String(RUN_TIMEOUT_SECONDS), file],
    { encoding: 'utf8', timeout: (RUN_TIMEOUT_SECONDS + 15) * 1000, maxBuffer: 64 * 1024 * 1024 },
  );
  const ms = Math.round(performance.now() - started);
  if (result.error || result.signal)
    return { ms, problem: `hung or was killed (${result.signal ?? result.error?.message})` };
  if (result.status === 2) return { ms, problem: `CLI error: ${result.stderr.trim().split('\n')[0] ?? ''}` };
  try {
    return { ms, report: JSON.parse(result.stdout) as Report };
  } catch {
    return {
      ms,
      problem: `no JSON report (exit ${result.status}): ${result.stderr.trim().split('\n')[0] ?? ''}`,
    };
  }
}

/** What is wrong with a hostile file's outcome, judged against its manifest entry; undefined when fine. */
function judgeHostile(entry: ManifestEntry | undefined, report: Report): string | undefined {
  if (report.incomplete) return `run incomplete: ${report.incomplete.code}`;
  const expect = entry?.truth?.expect;
  const also = entry?.truth?.acceptAlso;
  const rejectedWithReason =
    report.verdict === 'rejected' &&
    report.findings.some((f) => f.severity === 'error' && REASON_CHECKS.has(f.checkId));
  const unreadable = report.findings.some(
    (f) => UNREADABLE_MESSAGES.has(f.messageId) || f.checkId === 'file.is-pdf',
  );
  if (expect === 'rejected-with-clear-error' && !rejectedWithReason && also !== 'processable')
    return 'expected a rejection naming the reason';
  if (expect === 'processable' && unreadable && also !== 'rejected-with-clear-error')
    return 'expected the file to be processed, but it was reported unreadable';
  return undefined;
}

/** Field differences between the report's e-invoice and the manifest truth (documentType aside). */
function fieldDiffs(report: Report, truth: Record<string, unknown>): string[] {
  const fields = (report.document.embeddedInvoice?.fields ?? {}) as Record<string, string | undefined>;
  return Object.entries(truth)
    .filter(([key]) => key !== 'documentType')
    .filter(([key, value]) => fields[key] !== value)
    .map(([key, value]) => `${key}: ${String(fields[key])} ≠ ${String(value)}`);
}

function line(name: string, outcome: Outcome, problem: string | undefined): string {
  const report = outcome.report;
  const ids = report ? [...new Set(report.findings.map((f) => f.messageId))].join(' ') || '-' : '-';
  const verdict = report?.verdict ?? 'CRASH';
  return `${problem ? 'FAIL' : 'ok  '} ${name.padEnd(46)} ${verdict.padEnd(12)} ${String(outcome.ms).padStart(6)} ms  ${ids}${problem ? `  <- ${problem}` : ''}`;
}

function main(): number {
  // `CORPUS_DIR` for a checkout that does not sit next to `shared/` (a git worktree elsewhere).
  const corpus = path.resolve(process.env.CORPUS_DIR ?? path.join(fromRoot(), '..', 'shared', 'corpus'));
  const hostile = path.join(corpus, 'hostile');
  if (!existsSync(hostile)) {
    console.log(`corpus: ${hostile} not found; nothing to run.`);
    return 0;
  }
  if (!existsSync(fromRoot('dist', 'cli', 'main.js'))) {
    console.error('corpus: the CLI is not built; run `npm run build` first.');
    return 2;
  }
  const manifestPath = path.join(corpus, 'manifest.json');
  const manifest: ManifestEntry[] = existsSync(manifestPath)
    ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as ManifestEntry[])
    : [];
  const byFile = new Map(manifest.map((entry) => [entry.file, entry]));
  let failures = 0;
  let count = 0;

  console.log(`hostile PDFs (${hostile}), run time-out ${RUN_TIMEOUT_SECONDS} s:`);
  for (const name of readdirSync(hostile)
    .filter((f) => f.toLowerCase().endsWith('.pdf'))
    .sort()) {
    const outcome = runCli(path.join(hostile, name));
    const problem = outcome.problem ?? judgeHostile(byFile.get(`hostile/${name}`), outcome.report!);
    if (problem) failures++;
    count++;
    console.log(line(name, outcome, problem));
  }

  const einvoices = manifest.filter((e) => e.kind === 'hybrid-pdf' || e.kind === 'ubl-xml');
  if (einvoices.length > 0) console.log('\ne-invoices (Factur-X / ZUGFeRD hybrids, UBL):');
  for (const entry of einvoices) {
    const file = path.join(corpus, entry.file);
    if (!existsSync(file)) continue;
    const outcome = runCli(file);
    const expected = entry.kind === 'ubl-xml' ? 'einvoice.xml-uploaded.ubl' : 'einvoice.embedded.found';
    let problem = outcome.problem;
    if (!problem && !outcome.report?.findings.some((f) => f.messageId === expected))
      problem = `no ${expected} guidance`;
    if (!problem && entry.truth) {
      const diffs = fieldDiffs(outcome.report!, entry.truth);
      if (diffs.length > 0) problem = `fields differ from the truth: ${diffs.join('; ')}`;
    }
    if (problem) failures++;
    count++;
    console.log(line(path.basename(entry.file), outcome, problem));
  }

  console.log(`\ncorpus: ${count} files, ${count - failures} ok, ${failures} failed`);
  return failures === 0 ? 0 : 1;
}

process.exitCode = main();
