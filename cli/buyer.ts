/**
 * `proeffactuur buyer …`: buyer accounts, their API keys (with scopes and an optional expiry) and their
 * limits, in the same data folder as the server (`DATA_DIR`, see server/core/config.ts). Output is JSON on
 * stdout, for people and scripts alike.
 */
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/core/config.js';
import { AuditStore, type NewAuditEntry } from '../server/store/audit.js';
import { BuyerStore, parseScopes, SCOPES, type Scope } from '../server/store/buyers.js';
import { openDatabase } from '../server/store/database.js';
import { inTransaction } from '../server/store/turns.js';
import {
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  normaliseEmail,
  UserStore,
} from '../server/store/users.js';

/** Usage of the buyer commands. */
export const BUYER_USAGE = `Usage: proeffactuur buyer create --name NAME [--user-email EMAIL] [--scope SCOPES] [--expires-in-days N]
       proeffactuur buyer list
       proeffactuur buyer create-key BUYER_ID [--scope SCOPES] [--expires-in-days N]
       proeffactuur buyer list-keys BUYER_ID
       proeffactuur buyer revoke-key KEY_ID|API_KEY
       proeffactuur buyer create-user BUYER_ID --email EMAIL
       proeffactuur buyer list-users BUYER_ID
       proeffactuur buyer set-password --email EMAIL
       proeffactuur buyer disable-user --email EMAIL
       proeffactuur buyer set-limits BUYER_ID [--max-upload-mb N|default] [--max-active-runs N|default]

  Manages buyer accounts, their API keys and limits in DATA_DIR (default ./data), the server's data folder.
  create      creates a buyer and its first API key: prints { "buyerId", "apiKey", "keyId", "scopes" };
              with --user-email also its first user, who can sign in to the web pages at once (the
              password is read from standard input, as for create-user)
  create-key  another key for a buyer (e.g. to rotate keys, or a read-only one)
  list-keys   the buyer's keys (never the secrets: only their first characters), scopes and expiry
  revoke-key  revokes a key for good, given its id (key_…) or the key itself
  create-user a user account (e-mail and password) to sign in to the web pages; the password is read
              from standard input (typed twice, hidden, at a terminal; else the first line piped in)
  list-users  the buyer's users (never the password hashes)
  set-password  a new password for a user (re-enables a disabled user; signs out its sessions)
  disable-user  stops a user from signing in and ends its sessions
  set-limits  the buyer's own upload limit and number of queued plus running runs ("default": the
              server's MAX_UPLOAD_MB / BUYER_MAX_ACTIVE_RUNS)

  --scope     comma-separated: ${SCOPES.join(', ')}. Every key may read; "read" alone makes a
              read-only key. Default: all scopes.
  --expires-in-days  the key stops working after this many days (default: never)

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

const SUBCOMMANDS = [
  'create',
  'list',
  'create-key',
  'list-keys',
  'revoke-key',
  'set-limits',
  'create-user',
  'list-users',
  'set-password',
  'disable-user',
];

function keyOptions(values: { scope?: string; 'expires-in-days'?: string }): {
  scopes?: Scope[];
  expiresAt?: string;
} {
  let scopes: Scope[] | undefined;
  if (values.scope !== undefined) {
    try {
      scopes = parseScopes(values.scope);
    } catch (error) {
      throw new BuyerUsageError((error as Error).message);
    }
  }
  let expiresAt: string | undefined;
  const days = values['expires-in-days'];
  if (days !== undefined) {
    const n = Number(days);
    if (!Number.isFinite(n) || n <= 0)
      throw new BuyerUsageError('--expires-in-days takes a number of days > 0.');
    expiresAt = new Date(Date.now() + n * 86_400_000).toISOString();
  }
  return { ...(scopes && { scopes }), ...(expiresAt && { expiresAt }) };
}

function limit(raw: string | undefined, name: string, scale: number): number | null | undefined {
  if (raw === undefined) return undefined;
  if (raw === 'default') return null;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new BuyerUsageError(`${name} takes a number > 0 or "default".`);
  return Math.round(n * scale);
}

/** Runs `buyer <subcommand>`; resolves with the exit code. */
export async function buyerCommand(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      email: { type: 'string' },
      'user-email': { type: 'string' },
      scope: { type: 'string' },
      'expires-in-days': { type: 'string' },
      'max-upload-mb': { type: 'string' },
      'max-active-runs': { type: 'string' },
    },
  });
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    process.stdout.write(`${BUYER_USAGE}\n`);
    return sub === undefined ? 2 : 0;
  }
  const one = (what: string): string => {
    if (positionals.length !== 1) throw new BuyerUsageError(`Give exactly one ${what}.`);
    return positionals[0]!;
  };
  if (!SUBCOMMANDS.includes(sub)) throw new BuyerUsageError(`Unknown buyer command "${sub}".`);
  const keys = keyOptions(values);
  const limits = {
    maxUploadBytes: limit(values['max-upload-mb'], '--max-upload-mb', 1024 * 1024),
    maxActiveRuns: limit(values['max-active-runs'], '--max-active-runs', 1),
  };
  const email = (): string => {
    const given = values.email?.trim();
    if (!given) throw new BuyerUsageError("Give the user's e-mail address: --email jan@acme.nl");
    return given;
  };

  const db = openDatabase(loadConfig(env).dataDir);
  try {
    const buyers = new BuyerStore(db);
    const users = new UserStore(db);
    const auditLog = new AuditStore(db);
    // Key and user changes go into the buyer's audit log, by the command line and the OS user.
    const audit = async (entry: Omit<NewAuditEntry, 'at' | 'actor'>): Promise<void> => {
      await auditLog.append({ ...entry, at: new Date().toISOString(), actor: `command line (${osUser()})` });
    };
    switch (sub) {
      case 'create-user': {
        const buyerId = one('BUYER_ID');
        const address = email();
        if (!(await buyers.getBuyer(buyerId))) {
          process.stderr.write(`proeffactuur: there is no buyer ${buyerId}.\n`);
          return 1;
        }
        try {
          const user = await users.createUser(buyerId, address, await readPassword());
          await audit({
            buyerId,
            action: 'user.created',
            entityType: 'user',
            entityId: user.id,
            data: { email: user.email },
          });
          print({ userId: user.id, buyerId: user.buyerId, email: user.email });
          return 0;
        } catch (error) {
          if (error instanceof RangeError) throw new BuyerUsageError(error.message);
          throw error;
        }
      }
      case 'list-users': {
        const buyerId = one('BUYER_ID');
        if (!(await buyers.getBuyer(buyerId))) {
          process.stderr.write(`proeffactuur: there is no buyer ${buyerId}.\n`);
          return 1;
        }
        print({ buyerId, users: await users.usersOf(buyerId) });
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
              : await users.disableUser(address);
        } catch (error) {
          if (error instanceof RangeError) throw new BuyerUsageError(error.message);
          throw error;
        }
        if (!user) {
          process.stderr.write(`proeffactuur: there is no user ${address}.\n`);
          return 1;
        }
        await audit({
          buyerId: user.buyerId,
          action: sub === 'set-password' ? 'user.password_changed' : 'user.disabled',
          entityType: 'user',
          entityId: user.id,
          data: { email: user.email },
        });
        print({ userId: user.id, email: user.email, disabledAt: user.disabledAt ?? null });
        return 0;
      }
      case 'create': {
        const name = values.name?.trim();
        if (!name) throw new BuyerUsageError('Give the buyer\'s name: --name "ACME B.V."');
        if (name.length > 200) throw new BuyerUsageError('A buyer name has at most 200 characters.');
        // The first user's e-mail and password are checked before anything is stored, so a mistake
        // leaves no buyer without its user behind.
        let firstUser: { email: string; password: string } | undefined;
        if (values['user-email'] !== undefined) {
          const address = normaliseEmail(values['user-email']);
          if (!address) throw new BuyerUsageError(`"${values['user-email']}" is not an e-mail address.`);
          for (const b of await buyers.listBuyers())
            if ((await users.usersOf(b.id)).some((u) => u.email === address))
              throw new BuyerUsageError(`There is already a user ${address}.`);
          const password = await readPassword();
          if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH)
            throw new BuyerUsageError(
              `A password has at least ${MIN_PASSWORD_LENGTH} (and at most ${MAX_PASSWORD_LENGTH}) characters.`,
            );
          firstUser = { email: address, password };
        }
        const { buyer, apiKey, keyId } = await inTransaction(db, async () => {
          const created = await buyers.createBuyer(name, keys);
          const scopes =
            (await buyers.keysOf(created.buyer.id)).find((k) => k.id === created.keyId)?.scopes ?? [];
          await audit({
            buyerId: created.buyer.id,
            action: 'api_key.created',
            entityType: 'api_key',
            entityId: created.keyId,
            data: { prefix: created.apiKey.slice(0, 12), scopes },
          });
          return created;
        });
        const info = (await buyers.keysOf(buyer.id)).find((k) => k.id === keyId)!;
        const user = firstUser && (await users.createUser(buyer.id, firstUser.email, firstUser.password));
        if (user)
          await audit({
            buyerId: buyer.id,
            action: 'user.created',
            entityType: 'user',
            entityId: user.id,
            data: { email: user.email },
          });
        print({
          buyerId: buyer.id,
          name: buyer.name,
          apiKey,
          keyId,
          scopes: info.scopes,
          expiresAt: info.expiresAt ?? null,
          ...(user && { user: { userId: user.id, email: user.email } }),
        });
        return 0;
      }
      case 'list': {
        const list = [];
        for (const b of await buyers.listBuyers()) list.push({ ...b, limits: await buyers.limitsOf(b.id) });
        print({ buyers: list });
        return 0;
      }
      case 'create-key':
      case 'list-keys':
      case 'set-limits': {
        const buyerId = one('BUYER_ID');
        if (!(await buyers.getBuyer(buyerId))) {
          process.stderr.write(`proeffactuur: there is no buyer ${buyerId}.\n`);
          return 1;
        }
        if (sub === 'list-keys') print({ buyerId, keys: await buyers.keysOf(buyerId) });
        else if (sub === 'set-limits') {
          if (limits.maxUploadBytes === undefined && limits.maxActiveRuns === undefined)
            throw new BuyerUsageError('Give --max-upload-mb and/or --max-active-runs.');
          await buyers.setLimits(buyerId, {
            ...(limits.maxUploadBytes !== undefined && { maxUploadBytes: limits.maxUploadBytes }),
            ...(limits.maxActiveRuns !== undefined && { maxActiveRuns: limits.maxActiveRuns }),
          });
          print({ buyerId, limits: await buyers.limitsOf(buyerId) });
        } else {
          const created = await inTransaction(db, async () => {
            const key = await buyers.createKey(buyerId, keys);
            await audit({
              buyerId,
              action: 'api_key.created',
              entityType: 'api_key',
              entityId: key.keyId,
              data: { prefix: key.apiKey.slice(0, 12), scopes: key.scopes, expiresAt: key.expiresAt ?? null },
            });
            return key;
          });
          print({ buyerId, ...created, expiresAt: created.expiresAt ?? null });
        }
        return 0;
      }
      default: {
        const revoked = await inTransaction(db, async () => {
          const started = new Date().toISOString();
          const key = await buyers.revokeKey(one('KEY_ID or API_KEY'));
          // Revoking twice keeps the first revocation time: only a revocation made now is a change.
          if (key?.revokedAt !== undefined && key.revokedAt >= started)
            await audit({
              buyerId: key.buyerId,
              action: 'api_key.revoked',
              entityType: 'api_key',
              entityId: key.id,
              data: { prefix: key.prefix },
            });
          return key;
        });
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

/** The operating-system user running the command, for the audit log. */
function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
