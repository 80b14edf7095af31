/**
 * `proeffactuur verify-certificate FILE [--pdf SAMPLE.pdf] [--jwks URL|FILE] [--lang nl|en|de|fr] [--json]`:
 * checks a test certificate (its JSON, its PDF or a bare JWS) — the signature, the key (unknown or
 * revoked keys fail), that the file was not changed — and, given the sample, that its sha256 matches.
 * Keys: `--jwks` (the issuing server's `/.well-known/jwks.json`, or a saved copy), by default this
 * installation's own keys in DATA_DIR. Never takes the key set from the certificate itself.
 * Exit codes: 0 valid, 1 not valid (the reason on stdout), 2 usage or file error.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { LANGS, type Lang } from '../engine/model/finding.js';
import { loadConfig } from '../server/core/config.js';
import { HarnessError } from '../server/core/errors.js';
import { type KeySet, verifyCertificate } from '../server/services/certificates.js';
import { openDatabase } from '../server/store/database.js';
import { SigningKeyStore } from '../server/store/signing-keys.js';

/** Usage of the command. */
export const VERIFY_USAGE = `Usage: proeffactuur verify-certificate FILE [--pdf SAMPLE.pdf] [--jwks URL|FILE] [--lang nl|en|de|fr] [--json]

  Checks a test certificate (the .json or .pdf you downloaded): its signature, its key, and that the
  file was not changed. With --pdf also that the certificate belongs to that sample invoice.
  --pdf    the sample invoice the certificate is about (only its sha256 is used)
  --jwks   the issuer's public keys: a URL (https://…/.well-known/jwks.json) or a saved file
           (default: this installation's keys in DATA_DIR)
  --lang   language of the message: nl (default), en, de or fr
  --json   print the whole result as JSON

Exit codes: 0 valid, 1 not valid, 2 usage or file error.`;

/** A mistake in how the command was called, or a file that cannot be read. */
export class VerifyUsageError extends Error {}

function readFile(file: string, what: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new VerifyUsageError(
      `Cannot read ${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
}

function asKeySet(value: unknown, from: string): KeySet {
  const keys = (value as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys)) throw new VerifyUsageError(`${from} is not a JWKS (no "keys" list).`);
  return value as KeySet;
}

async function loadKeySet(source: string | undefined): Promise<KeySet> {
  if (source === undefined) {
    const db = openDatabase(loadConfig().dataDir);
    try {
      return await new SigningKeyStore(db).jwks();
    } finally {
      db.close();
    }
  }
  if (/^https?:\/\//i.test(source)) {
    let res: Response;
    try {
      res = await fetch(source, { signal: AbortSignal.timeout(10_000) });
    } catch (error) {
      throw new VerifyUsageError(`Cannot fetch ${source}: ${(error as Error).message}`);
    }
    if (!res.ok) throw new VerifyUsageError(`Cannot fetch ${source}: HTTP ${res.status}`);
    return asKeySet(await res.json().catch(() => null), source);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFile(source, 'the key set').toString('utf8'));
  } catch (error) {
    if (error instanceof VerifyUsageError) throw error;
    throw new VerifyUsageError(`${source} is not JSON.`);
  }
  return asKeySet(parsed, source);
}

/** Runs the command; returns the exit code. */
export async function verifyCertificateCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      pdf: { type: 'string' },
      jwks: { type: 'string' },
      lang: { type: 'string', default: 'nl' },
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw new VerifyUsageError('Give exactly one certificate FILE.');
  const lang = values.lang;
  if (!(LANGS as readonly string[]).includes(lang))
    throw new VerifyUsageError('--lang must be nl, en, de or fr.');
  const language = lang as Lang;
  const certificate = readFile(positionals[0]!, 'the certificate');
  const sample =
    values.pdf === undefined
      ? undefined
      : createHash('sha256').update(readFile(values.pdf, 'the sample')).digest('hex');
  const keys = await loadKeySet(values.jwks);
  let result: Awaited<ReturnType<typeof verifyCertificate>>;
  try {
    result = await verifyCertificate(certificate, keys, sample);
  } catch (error) {
    if (error instanceof HarnessError) throw new VerifyUsageError(error.detail[language]);
    throw error;
  }
  if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else {
    const lines = [`${result.valid ? '✓' : '✗'} ${result.message[language]}`];
    const c = result.certificate;
    if (c) {
      const label = (text: Record<Lang, string>) => text[language].padEnd(14);
      lines.push(
        `  ${label({ nl: 'Bestand', en: 'File', de: 'Datei', fr: 'Fichier' })}${c.sample.name ?? '-'} (${c.sample.bytes} bytes)`,
        `  ${label({ nl: 'sha256', en: 'sha256', de: 'sha256', fr: 'sha256' })}${c.sample.sha256}`,
        `  ${label({ nl: 'Ontvanger', en: 'Recipient', de: 'Empfänger', fr: 'Destinataire' })}${c.buyer.name} (${c.buyer.id})`,
        `  ${label({ nl: 'Profiel', en: 'Profile', de: 'Profil', fr: 'Profil' })}${c.profile.id} v${c.profile.version}`,
        `  ${label({ nl: 'Uitslag', en: 'Verdict', de: 'Ergebnis', fr: 'Résultat' })}${c.verdict}, ${c.approval}`,
        `  ${label({ nl: 'Controle', en: 'Run', de: 'Prüfung', fr: 'Contrôle' })}${c.runId} (${c.checkedAt})`,
        `  ${label({ nl: 'Sleutel', en: 'Key', de: 'Schlüssel', fr: 'Clé' })}${c.kid}`,
      );
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return result.valid ? 0 : 1;
}
