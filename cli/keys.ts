/**
 * `proeffactuur keys …`: the Ed25519 keys that sign test certificates, in the server's data folder
 * (DATA_DIR; with SIGNING_KEY_SECRET new private keys are stored encrypted). Output is JSON on stdout.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/core/config.js';
import { openDatabase } from '../server/store/database.js';
import { type SigningKeyInfo, SigningKeyStore } from '../server/store/signing-keys.js';

/** Usage of the keys commands. */
export const KEYS_USAGE = `Usage: proeffactuur keys list
       proeffactuur keys rotate
       proeffactuur keys revoke KID

  Manages the keys that sign test certificates in DATA_DIR (default ./data).
  list    every key: its id (kid), when it was made, retired or revoked (never the private part)
  rotate  makes a new signing key; the old one stays published to verify certificates it signed
  revoke  revokes a key for good: certificates it signed no longer verify (e.g. after a leak)

The first certificate makes the first key. Set SIGNING_KEY_SECRET to store private keys encrypted.`;

/** A mistake in how the command was called. */
export class KeysUsageError extends Error {}

const print = (value: unknown): void => {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
};

/** Runs a keys command; returns the exit code. */
export async function keysCommand(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const [action, ...rest] = positionals;
  const config = loadConfig();
  const db = openDatabase(config.dataDir);
  try {
    const keys = new SigningKeyStore(db, config.signingKeySecret ? { secret: config.signingKeySecret } : {});
    const view = (k: SigningKeyInfo) => ({
      kid: k.kid,
      createdAt: k.createdAt,
      retiredAt: k.retiredAt ?? null,
      revokedAt: k.revokedAt ?? null,
      encrypted: k.encrypted,
    });
    if (action === 'list' && rest.length === 0) {
      print({ keys: (await keys.list()).map(view) });
      return 0;
    }
    if (action === 'rotate' && rest.length === 0) {
      print({ rotated: view(await keys.rotate()) });
      return 0;
    }
    if (action === 'revoke' && rest.length === 1) {
      const kid = rest[0]!;
      if (!(await keys.get(kid))) {
        process.stderr.write(`proeffactuur: there is no key ${kid}.\n`);
        return 2;
      }
      if (!(await keys.revoke(kid))) {
        process.stderr.write(`proeffactuur: key ${kid} was revoked already.\n`);
        return 0;
      }
      print({ revoked: view((await keys.get(kid))!) });
      return 0;
    }
    throw new KeysUsageError(
      action === undefined
        ? 'Say what to do.'
        : `Unknown or incomplete command "keys ${positionals.join(' ')}".`,
    );
  } finally {
    db.close();
  }
}
