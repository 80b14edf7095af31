/**
 * `proeffactuur buyer …`: buyer accounts and their API keys, in the same data folder as the server
 * (`DATA_DIR`, see server/config.ts). Output is JSON on stdout, for people and scripts alike.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.js';
import { BuyerStore } from '../server/store/buyers.js';
import { openDatabase } from '../server/store/database.js';

/** Usage of the buyer commands. */
export const BUYER_USAGE = `Usage: proeffactuur buyer create --name NAME
       proeffactuur buyer list
       proeffactuur buyer create-key BUYER_ID
       proeffactuur buyer list-keys BUYER_ID
       proeffactuur buyer revoke-key KEY_ID|API_KEY

  Manages buyer accounts and their API keys in DATA_DIR (default ./data), the server's data folder.
  create      creates a buyer and its first API key: prints { "buyerId", "apiKey", "keyId" }
  create-key  another key for a buyer (e.g. to rotate keys): prints { "buyerId", "apiKey", "keyId" }
  list-keys   the buyer's keys (never the secrets: only their first characters)
  revoke-key  revokes a key for good, given its id (key_…) or the key itself

An API key is shown once; only a hash of it is stored. Keep it secret, like a password.`;

/** A mistake in how the command was called. */
export class BuyerUsageError extends Error {}

const print = (value: unknown): void => {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
};

/** Runs `buyer <subcommand>`; returns the exit code. */
export function buyerCommand(args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { name: { type: 'string' } },
  });
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    process.stdout.write(`${BUYER_USAGE}\n`);
    return sub === undefined ? 2 : 0;
  }
  const one = (what: string): string => {
    if (positionals.length !== 1) throw new BuyerUsageError(`Give exactly one ${what}.`);
    return positionals[0]!;
  };
  if (!['create', 'list', 'create-key', 'list-keys', 'revoke-key'].includes(sub))
    throw new BuyerUsageError(`Unknown buyer command "${sub}".`);

  const db = openDatabase(loadConfig(env).dataDir);
  try {
    const buyers = new BuyerStore(db);
    switch (sub) {
      case 'create': {
        const name = values.name?.trim();
        if (!name) throw new BuyerUsageError('Give the buyer\'s name: --name "ACME B.V."');
        if (name.length > 200) throw new BuyerUsageError('A buyer name has at most 200 characters.');
        const { buyer, apiKey, keyId } = buyers.createBuyer(name);
        print({ buyerId: buyer.id, name: buyer.name, apiKey, keyId });
        return 0;
      }
      case 'list':
        print({ buyers: buyers.listBuyers() });
        return 0;
      case 'create-key':
      case 'list-keys': {
        const buyerId = one('BUYER_ID');
        if (!buyers.getBuyer(buyerId)) {
          process.stderr.write(`proeffactuur: there is no buyer ${buyerId}.\n`);
          return 1;
        }
        if (sub === 'list-keys') print({ buyerId, keys: buyers.keysOf(buyerId) });
        else print({ buyerId, ...buyers.createKey(buyerId) });
        return 0;
      }
      default: {
        const revoked = buyers.revokeKey(one('KEY_ID or API_KEY'));
        if (!revoked) {
          process.stderr.write('proeffactuur: there is no such key.\n');
          return 1;
        }
        print({ keyId: revoked.id, buyerId: revoked.buyerId, revokedAt: revoked.revokedAt });
        return 0;
      }
    }
  } finally {
    db.close();
  }
}
