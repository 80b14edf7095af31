/**
 * `npm run bench:hostile [-- dir-or-file ...]`: CPU time of the whole pipeline (a text-layer buyer:
 * intake, analyze, fields, evaluate) on every hostile PDF, one child process per file so a file that
 * hangs or crashes is measured alone and stopped after `HOSTILE_TIMEOUT_MS` (default 60 s). Prints one
 * line per file (CPU ms, wall ms, verdict, streams left out for going over the work limits, the
 * run's incomplete code) and a summary; exits 1 when a file takes more than the budget
 * (`HOSTILE_BUDGET_MS`, default 2000 ms of CPU), hangs or crashes. Default folders:
 * `../shared/corpus/hostile` and `../shared/corpus/fuzz` (`CORPUS_DIR` points elsewhere).
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { registry } from '../checks/index.js';
import { runPipeline } from '../engine/pipeline.js';
import { fromRoot } from '../profiles/files.js';
import { findPreset } from '../profiles/presets.js';

interface Measurement {
  readonly cpuMs: number;
  readonly wallMs: number;
  readonly verdict: string;
  readonly emptiedStreams: number;
  readonly limits: string;
  readonly incomplete?: string;
}

/** In the child: runs one file and prints its measurement as JSON. */
async function measureOne(file: string): Promise<void> {
  const bytes = new Uint8Array(readFileSync(file));
  const profile = findPreset('lenient');
  if (!profile) throw new Error('the lenient preset is missing');
  const cpu = process.cpuUsage();
  const started = performance.now();
  const report = await runPipeline({ bytes }, profile, { registry });
  const used = process.cpuUsage(cpu);
  const limits = report.findings.find((finding) => finding.checkId === 'pdf.resource-limits');
  const measurement: Measurement = {
    cpuMs: Math.round((used.user + used.system) / 1000),
    wallMs: Math.round(performance.now() - started),
    verdict: report.verdict,
    emptiedStreams: Number(limits?.data.count ?? 0),
    limits: String(limits?.data.limits ?? ''),
    ...(report.incomplete && { incomplete: report.incomplete.code }),
  };
  process.stdout.write(`${JSON.stringify(measurement)}\n`);
}

type Outcome = { file: string } & (
  | { kind: 'ok'; m: Measurement }
  | { kind: 'hang' }
  | { kind: 'crash'; detail: string }
);

function runChild(script: string, file: string, timeoutMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [script, '--one', file],
      { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 1024 * 1024 },
      (error, stdout, stderr) => {
        const line = stdout.trim().split('\n').at(-1) ?? '';
        if (error && (error as { killed?: boolean }).killed) return resolve({ file, kind: 'hang' });
        try {
          const m = JSON.parse(line) as Measurement;
          // Printed, then died (an error pdf.js throws after the run returned): still a crash.
          if (error) return resolve({ file, kind: 'crash', detail: lastLine(stderr) });
          resolve({ file, kind: 'ok', m });
        } catch {
          resolve({ file, kind: 'crash', detail: lastLine(stderr) || String(error?.message ?? 'no output') });
        }
      },
    );
  });
}

const lastLine = (text: string): string =>
  text
    .trim()
    .split('\n')
    .filter((line) => /Error|Exception|FATAL|error/.test(line))
    .at(0)
    ?.slice(0, 160) ?? '';

function pdfsIn(target: string): string[] {
  if (!existsSync(target)) return [];
  if (statSync(target).isFile()) return [target];
  return readdirSync(target)
    .filter((name) => name.toLowerCase().endsWith('.pdf'))
    .sort()
    .map((name) => path.join(target, name));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--one' && args[1]) return measureOne(args[1]);
  const corpus = path.resolve(process.env.CORPUS_DIR ?? path.join(fromRoot(), '..', 'shared', 'corpus'));
  const targets = args.length > 0 ? args : [path.join(corpus, 'hostile'), path.join(corpus, 'fuzz')];
  const files = targets.flatMap(pdfsIn);
  if (files.length === 0) {
    console.log(`bench:hostile: no PDFs in ${targets.join(', ')}; nothing to run.`);
    return;
  }
  const budget = Number(process.env.HOSTILE_BUDGET_MS ?? 2000);
  const timeoutMs = Number(process.env.HOSTILE_TIMEOUT_MS ?? 60_000);
  const script = fileURLToPath(import.meta.url);
  let over = 0;
  let failed = 0;
  let worst = 0;
  for (const file of files) {
    const outcome = await runChild(script, file, timeoutMs);
    const name = path.basename(file);
    if (outcome.kind === 'ok') {
      const { m } = outcome;
      worst = Math.max(worst, m.cpuMs);
      const slow = m.cpuMs > budget;
      if (slow) over++;
      const cut = m.emptiedStreams > 0 ? `  left out ${m.emptiedStreams} (${m.limits})` : '';
      console.log(
        `${slow ? 'SLOW ' : 'ok   '} ${String(m.cpuMs).padStart(6)} ms CPU ${String(m.wallMs).padStart(6)} ms wall  ${m.verdict.padEnd(12)} ${name}${cut}${m.incomplete ? `  incomplete: ${m.incomplete}` : ''}`,
      );
    } else {
      failed++;
      console.log(
        `${outcome.kind === 'hang' ? 'HANG ' : 'CRASH'} ${name}${outcome.kind === 'crash' ? `  ${outcome.detail}` : ` (stopped after ${timeoutMs} ms)`}`,
      );
    }
  }
  console.log(
    `bench:hostile: ${files.length} files, worst ${worst} ms CPU (budget ${budget} ms), ${over} over budget, ${failed} hung or crashed`,
  );
  if (over > 0 || failed > 0) process.exitCode = 1;
}

await main();
