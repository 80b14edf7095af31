/**
 * The command line: `proeffactuur check …` (below) and `proeffactuur buyer …` (`buyer.ts`).
 * `proeffactuur check FILE [--profile ID|PATH]… [--json] [--lang nl|en|de|fr] [--timeout SECONDS] [--verbose]`.
 * `--profile` may be given up to 20 times: the file is checked against each, and the table of
 * verdicts and differing findings is printed (`set-summary.ts`, the same table as the server's run sets).
 * Runs the same pipeline as the server, in a worker thread under the same kind of time-out.
 * `proeffactuur verify-certificate …` (`verify-certificate.ts`) and `proeffactuur keys …` (`keys.ts`).
 * Exit codes: 0 accepted, 1 rejected, 3 undetermined, 2 usage or I/O error (message on stderr); with
 * several profiles 1 when any is rejected, else 3 when any is undetermined, else 0.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkLanguageData, OcrSetupError } from '../engine/adapters/tesseract.js';
import { LANGS, type Lang } from '../engine/model/finding.js';
import type { AcceptanceProfile } from '../engine/model/profile.js';
import type { Report } from '../engine/model/report.js';
import { checkFile, type RunFailure } from '../runtime/check-file.js';
import { OcrHost } from '../runtime/ocr/ocr-host-client.js';
import { PipelinePool } from '../runtime/pool/pipeline-pool.js';
import { loadOcrConfig } from '../server/core/config.js';
import { BACKUP_USAGE, BackupUsageError, backupCommand } from './backup.js';
import { BUYER_USAGE, BuyerUsageError, buyerCommand } from './buyer.js';
import { KEYS_USAGE, KeysUsageError, keysCommand } from './keys.js';
import { MIGRATE_STORE_USAGE, MigrateStoreUsageError, migrateStoreCommand } from './migrate-store.js';
import { loadProfileRef, ProfileRefError } from './profile-ref.js';
import { type CheckedProfile, formatSetSummary, setExitCode, setJson } from './set-summary.js';
import { formatSummary } from './summary.js';
import { VERIFY_USAGE, VerifyUsageError, verifyCertificateCommand } from './verify-certificate.js';

/** Most profiles one check takes (as the API's run sets). */
const MAX_CLI_PROFILES = 20;

/** Usage of the commands that start the server in one role (`server/main.ts` reads the rest from the environment). */
const SERVER_USAGE = `Usage: proeffactuur serve
       proeffactuur worker

  Starts the server in one role, configured by the environment as \`npm start\` (which runs both roles
  in one process): serve answers HTTP and takes no runs (ROLE=api), worker takes runs and answers
  no HTTP (ROLE=worker). Both need DATABASE_URL: several of each share one PostgreSQL database.`;

/** The role each server command starts (the ROLE variable `server/main.ts` reads). */
const SERVER_ROLES: Record<string, string> = { serve: 'api', worker: 'worker' };

const USAGE = `Usage: proeffactuur check FILE [--profile ID|PATH]… [--json] [--lang nl|en|de|fr] [--timeout SECONDS] [--verbose]

  Checks a sample invoice against a buyer's acceptance profile.
  --profile   a preset id (default: lenient) or the path of a profile JSON file; give it up to
              ${MAX_CLI_PROFILES} times to check the file against each and print a table of the verdicts and
              the findings that differ
  --json      print the report as JSON on stdout, and nothing else
  --lang      language of the summary: nl (default), en, de or fr
  --timeout   seconds before the check is stopped (default 60)
  --verbose   when a stage, a check or the run itself fails, print its error id and stack on stderr

Exit codes: 0 accepted, 1 rejected, 3 undetermined, 2 usage or file error. With several profiles:
1 when any is rejected, else 3 when any is undetermined, else 0.

${BUYER_USAGE}

${VERIFY_USAGE}

${KEYS_USAGE}

${BACKUP_USAGE}

${MIGRATE_STORE_USAGE}

${SERVER_USAGE}`;

const EXIT: Record<Report['verdict'], number> = { accepted: 0, rejected: 1, undetermined: 3 };

class UsageError extends Error {}

async function check(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      profile: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
      lang: { type: 'string', default: 'nl' },
      timeout: { type: 'string', default: '60' },
      verbose: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw new UsageError('Give exactly one FILE to check.');
  const lang = values.lang;
  if (!(LANGS as readonly string[]).includes(lang)) throw new UsageError('--lang must be nl, en, de or fr.');
  const timeoutSeconds = Number(values.timeout);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0)
    throw new UsageError('--timeout must be a positive number.');

  const file = positionals[0]!;
  const refs = values.profile ?? [];
  if (refs.length > MAX_CLI_PROFILES)
    throw new UsageError(`Give at most ${MAX_CLI_PROFILES} profiles (${refs.length} given).`);
  const profiles = (refs.length > 0 ? refs : [undefined]).map((ref) => loadProfileRef(ref));
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }

  // The OCR host starts only if a page is sent to it; text-only profiles never start it.
  let ocr: OcrHost | undefined;
  if (profiles.some((profile) => profile.channels !== 'text')) {
    const settings = loadOcrConfig();
    checkLanguageData(settings.languages);
    ocr = new OcrHost(settings);
  }
  const pool = new PipelinePool(1, { ...(ocr && { ocr }) });
  const reports: Report[] = [];
  try {
    for (const profile of profiles)
      reports.push(
        (
          await checkFile(pool, { bytes, name: path.basename(file) }, profile, {
            timeoutMs: timeoutSeconds * 1000,
            ...(values.verbose && {
              onFailure: (failure: RunFailure) => process.stderr.write(describeFailure(failure)),
            }),
          })
        ).report,
      );
  } finally {
    await pool.close();
    await ocr?.close();
  }

  if (profiles.length > 1) {
    const checked: CheckedProfile[] = profiles.map((profile, i) => ({
      label: refs[i]!,
      ...(profile.buyer?.name && { buyerName: profile.buyer.name }),
      report: reports[i]!,
    }));
    process.stdout.write(
      values.json
        ? `${JSON.stringify(setJson(checked), null, 2)}\n`
        : formatSetSummary(checked, lang as Lang, file),
    );
    return setExitCode(reports.map((r) => r.verdict));
  }
  const [profile] = profiles as [AcceptanceProfile];
  const [report] = reports as [Report];
  process.stdout.write(
    values.json
      ? `${JSON.stringify(report, null, 2)}\n`
      : formatSummary(report, lang as Lang, file, profile.buyer?.name),
  );
  return EXIT[report.verdict];
}

/** A failure for stderr: where, its error id (the one the report shows) and the stack with its causes. */
export function describeFailure(failure: RunFailure): string {
  const where =
    failure.stage !== undefined
      ? `stage ${failure.stage}`
      : failure.checkId !== undefined
        ? `check ${failure.checkId}`
        : 'the run';
  const lines = [`proeffactuur: ${where} failed (${failure.errorId})`];
  let error: unknown = failure.error;
  for (let depth = 0; error !== undefined && depth < 5; depth++) {
    lines.push(
      `${depth > 0 ? 'caused by: ' : ''}${error instanceof Error ? (error.stack ?? String(error)) : String(error)}`,
    );
    error = error instanceof Error ? error.cause : undefined;
  }
  return `${lines.join('\n')}\n`;
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'check') return await check(rest);
    if (command === 'buyer') return await buyerCommand(rest);
    if (command === 'verify-certificate') return await verifyCertificateCommand(rest);
    if (command === 'keys') return await keysCommand(rest);
    if (command === 'backup') return await backupCommand(rest);
    if (command === 'migrate-store') return await migrateStoreCommand(rest);
    if (command !== undefined && Object.hasOwn(SERVER_ROLES, command)) {
      if (rest.length > 0) {
        process.stderr.write(
          `proeffactuur: "${command}" takes no arguments; it reads the environment.\n\n${SERVER_USAGE}\n`,
        );
        return 2;
      }
      process.env.ROLE = SERVER_ROLES[command];
      // The server runs until it is stopped (it ends the process itself on SIGTERM).
      await import('../server/main.js');
      return 0;
    }
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    throw new UsageError(`Unknown command "${command}".`);
  } catch (error) {
    if (error instanceof BuyerUsageError || (command === 'buyer' && isParseArgsError(error))) {
      process.stderr.write(`proeffactuur: ${(error as Error).message}\n\n${BUYER_USAGE}\n`);
      return 2;
    }
    if (error instanceof VerifyUsageError || (command === 'verify-certificate' && isParseArgsError(error))) {
      process.stderr.write(`proeffactuur: ${(error as Error).message}\n\n${VERIFY_USAGE}\n`);
      return 2;
    }
    if (error instanceof BackupUsageError || (command === 'backup' && isParseArgsError(error))) {
      process.stderr.write(`proeffactuur: ${(error as Error).message}\n\n${BACKUP_USAGE}\n`);
      return 2;
    }
    if (error instanceof MigrateStoreUsageError || (command === 'migrate-store' && isParseArgsError(error))) {
      process.stderr.write(`proeffactuur: ${(error as Error).message}\n\n${MIGRATE_STORE_USAGE}\n`);
      return 2;
    }
    if (error instanceof KeysUsageError || (command === 'keys' && isParseArgsError(error))) {
      process.stderr.write(`proeffactuur: ${(error as Error).message}\n\n${KEYS_USAGE}\n`);
      return 2;
    }
    if (error instanceof OcrSetupError) {
      process.stderr.write(`proeffactuur: ${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError || error instanceof ProfileRefError || isParseArgsError(error)) {
      process.stderr.write(
        `proeffactuur: ${(error as Error).message}\n\n${error instanceof ProfileRefError ? '' : `${USAGE}\n`}`,
      );
      return 2;
    }
    process.stderr.write(`proeffactuur: ${error instanceof Error ? error.message : String(error)}\n`);
    if (rest.includes('--verbose') && error instanceof Error && error.stack)
      process.stderr.write(`${error.stack}\n`);
    return 2;
  }
}

function isParseArgsError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}
