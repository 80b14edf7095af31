/**
 * `proeffactuur buyer …`: buyer accounts and their API keys, in the same data folder as the server
 * (`DATA_DIR`, see server/config.ts). Output is JSON on stdout, for people and scripts alike.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.js';
import { BuyerStore } from '../server/store/buyers.js';
import { openDatabase } from '../server/store/database.js';
import { MIN_PASSWORD_LENGTH, UserStore } from '../server/store/users.js';

/** Usage of the buyer commands. */
export const BUYER_USAGE = `Usage: proeffactuur buyer create --name NAME
       proeffactuur buyer list
       proeffactuur buyer create-key BUYER_ID
       proeffactuur buyer list-keys BUYER_ID
       proeffactuur buyer revoke-key KEY_ID|API_KEY
       proeffactuur buyer create-user BUYER_ID --email EMAIL
       proeffactuur buyer list-users BUYER_ID
       proeffactuur buyer set-password --email EMAIL
       proeffactuur buyer disable-user --email EMAIL

  Manages buyer accounts and their API keys in DATA_DIR (default ./data), the server's data folder.
  create      creates a buyer and its first API key: prints { "buyerId", "apiKey", "keyId" }
  create-key  another key for a buyer (e.g. to rotate keys): prints { "buyerId", "apiKey", "keyId" }
  list-keys   the buyer's keys (never the secrets: only their first characters)
  revoke-key  revokes a key for good, given its id (key_…) or the key itself
  create-user a user account (e-mail and password) to sign in to the web pages; the password is read
              from standard input (typed twice, hidden, at a terminal; else the first line piped in)
  list-users  the buyer's users (never the password hashes)
  set-password  a new password for a user (re-enables a disabled user; signs out its sessions)
  disable-user  stops a user from signing in and ends its sessions

An API key is shown once; only a hash of it is stored. Keep it secret, like a password. A password has
at least ${MIN_PASSWORD_LENGTH} characters; it is stored as an scrypt hash.`;

/** A mistake in how the command was called. */
export class BuyerUsageError extends Error {}

const print = (value: unknown): void => {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
};

/** Reads one line from a pipe, or (at a terminal) a hidden entry typed twice. */
async function readPassword(): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    let input = '';
    for await (const chunk of stdin) input += String(chunk);
    return input.split(/\r?\n/)[0] ?? '';
  }
  const ask = (prompt: string): Promise<string> =>
    new Promise((resolve) => {
      process.stderr.write(prompt);
      stdin.setRawMode(true);
      stdin.resume();
      let typed = '';
      const onData = (data: Buffer): void => {
        for (const char of data.toString('utf8')) {
          if (char === '\r' || char === '\n' || char === '\u0004') {
            stdin.off('data', onData);
            stdin.setRawMode(false);
            stdin.pause();
            process.stderr.write('\n');
            resolve(typed);
            return;
          }
          if (char === '\u0003') process.exit(130);
          if (char === '\u007f') typed = typed.slice(0, -1);
          else typed += char;
        }
      };
      stdin.on('data', onData);
    });
  const first = await ask('Password: ');
  const second = await ask('Password again: ');
  if (first !== second) throw new BuyerUsageError('The two passwords differ.');
  return first;
}

/** Runs `buyer <subcommand>`; resolves with the exit code. */
export async function buyerCommand(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { name: { type: 'string' }, email: { type: 'string' } },
  });
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    process.stdout.write(`${BUYER_USAGE}\n`);
    return sub === undefined ? 2 : 0;
  }
  const one = (what: string): string => {
    if (positionals.length !== 1) throw new BuyerUsageError(`Give exactly one ${what}.`);
    return positionals[0]!;
  };
  if (
    ![
      'create',
      'list',
      'create-key',
      'list-keys',
      'revoke-key',
      'create-user',
      'list-users',
      'set-password',
      'disable-user',
    ].includes(sub)
  )
    throw new BuyerUsageError(`Unknown buyer command "${sub}".`);
  const email = (): string => {
    const given = values.email?.trim();
    if (!given) throw new BuyerUsageError("Give the user's e-mail address: --email jan@acme.nl");
    return given;
  };

  const db = openDatabase(loadConfig(env).dataDir);
  try {
    const buyers = new BuyerStore(db);
    const users = new UserStore(db);
    switch (sub) {
      case 'create-user': {
        const buyerId = one('BUYER_ID');
        const address = email();
        if (!buyers.getBuyer(buyerId)) {
          process.stderr.write(`proeffactuur: there is no buyer ${buyerId}.\n`);
          return 1;
        }
        try {
          const user = await users.createUser(buyerId, address, await readPassword());
          print({ userId: user.id, buyerId: user.buyerId, email: user.email });
          return 0;
        } catch (error) {
          if (error instanceof RangeError) throw new BuyerUsageError(error.message);
          throw error;
        }
      }
      case 'list-users': {
        const buyerId = one('BUYER_ID');
        if (!buyers.getBuyer(buyerId)) {
          process.stderr.write(`proeffactuur: there is no buyer ${buyerId}.\n`);
          return 1;
        }
        print({ buyerId, users: users.usersOf(buyerId) });
        return 0;
      }
      case 'set-password':
      case 'disable-user': {
        const address = email();
        let user: Awaited<ReturnType<UserStore['setPassword']>>;
        try {
          user =
            sub === 'set-password'
              ? await users.setPassword(address, await readPassword())
              : users.disableUser(address);
        } catch (error) {
          if (error instanceof RangeError) throw new BuyerUsageError(error.message);
          throw error;
        }
        if (!user) {
          process.stderr.write(`proeffactuur: there is no user ${address}.\n`);
          return 1;
        }
        print({ userId: user.id, email: user.email, disabledAt: user.disabledAt ?? null });
        return 0;
      }
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
