/**
 * The embedded store: one SQLite file (better-sqlite3) in the data folder, schema kept by numbered
 * migrations recorded in `PRAGMA user_version`.
 */
import { accessSync, constants, mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** An open database handle. */
export type Db = Database.Database;

/**
 * Migrations in order; never edit one that has shipped, add a new one. A migration is SQL, or a
 * function for a change SQL alone cannot make safely (it runs in the same transaction).
 */
export const MIGRATIONS: readonly (string | ((db: Db) => void))[] = [
  `CREATE TABLE runs (
     id               TEXT PRIMARY KEY,
     status           TEXT NOT NULL CHECK (status IN ('queued', 'running', 'completed', 'failed', 'timed_out')),
     profile_id       TEXT NOT NULL,
     profile_version  INTEGER NOT NULL,
     profile_json     TEXT NOT NULL,
     file_sha256      TEXT NOT NULL,
     file_name        TEXT,
     file_bytes       INTEGER NOT NULL,
     file_kind        TEXT NOT NULL,
     verdict          TEXT CHECK (verdict IN ('accepted', 'rejected', 'undetermined')),
     report_json      TEXT,
     error_json       TEXT,
     attempts         INTEGER NOT NULL DEFAULT 0,
     created_at       TEXT NOT NULL,
     started_at       TEXT,
     finished_at      TEXT
   );
   CREATE INDEX runs_by_status ON runs (status, created_at);`,

  // 2: buyers, their API keys (only a hash of each key is kept), profiles with immutable versions, and
  // the buyer a run belongs to (null for a run against a preset).
  `CREATE TABLE buyers (
     id          TEXT PRIMARY KEY,
     name        TEXT NOT NULL,
     created_at  TEXT NOT NULL
   );
   CREATE TABLE api_keys (
     id            TEXT PRIMARY KEY,
     buyer_id      TEXT NOT NULL REFERENCES buyers (id),
     key_hash      TEXT NOT NULL UNIQUE,
     prefix        TEXT NOT NULL,
     created_at    TEXT NOT NULL,
     revoked_at    TEXT,
     last_used_at  TEXT
   );
   CREATE INDEX api_keys_by_buyer ON api_keys (buyer_id);
   CREATE TABLE profiles (
     id              TEXT PRIMARY KEY,
     buyer_id        TEXT NOT NULL REFERENCES buyers (id),
     latest_version  INTEGER NOT NULL,
     created_at      TEXT NOT NULL,
     updated_at      TEXT NOT NULL,
     archived_at     TEXT
   );
   CREATE INDEX profiles_by_buyer ON profiles (buyer_id, created_at);
   CREATE TABLE profile_versions (
     profile_id    TEXT NOT NULL REFERENCES profiles (id),
     version       INTEGER NOT NULL,
     profile_json  TEXT NOT NULL,
     created_at    TEXT NOT NULL,
     PRIMARY KEY (profile_id, version)
   );
   CREATE TRIGGER profile_versions_are_immutable BEFORE UPDATE ON profile_versions
   BEGIN SELECT RAISE(ABORT, 'profile versions are immutable'); END;
   CREATE TRIGGER profile_versions_are_kept BEFORE DELETE ON profile_versions
   BEGIN SELECT RAISE(ABORT, 'profile versions are kept'); END;
   ALTER TABLE runs ADD COLUMN buyer_id TEXT REFERENCES buyers (id);
   CREATE INDEX runs_by_buyer ON runs (buyer_id, created_at);`,

  // 3 (web onboarding): buyer user accounts (scrypt password hashes), browser sessions (only a hash of
  // each session id is kept), invitations (only a hash of each link token is kept), the runs made
  // through an invitation, and buyers' reviews of runs. Run ids are not foreign keys here, so erasing a
  // run never fails on, nor erases, an invitation or a review.
  `CREATE TABLE users (
     id             TEXT PRIMARY KEY,
     buyer_id       TEXT NOT NULL REFERENCES buyers (id),
     email          TEXT NOT NULL UNIQUE,
     password_hash  TEXT NOT NULL,
     created_at     TEXT NOT NULL,
     disabled_at    TEXT,
     last_sign_in_at TEXT
   );
   CREATE INDEX users_by_buyer ON users (buyer_id);
   CREATE TABLE sessions (
     id_hash      TEXT PRIMARY KEY,
     buyer_id     TEXT NOT NULL REFERENCES buyers (id),
     user_id      TEXT REFERENCES users (id),
     key_id       TEXT REFERENCES api_keys (id),
     csrf_token   TEXT NOT NULL,
     created_at   TEXT NOT NULL,
     expires_at   TEXT NOT NULL
   );
   CREATE INDEX sessions_by_expiry ON sessions (expires_at);
   CREATE TABLE invitations (
     id             TEXT PRIMARY KEY,
     buyer_id       TEXT NOT NULL REFERENCES buyers (id),
     profile_id     TEXT NOT NULL REFERENCES profiles (id),
     supplier_name  TEXT NOT NULL,
     supplier_email TEXT NOT NULL,
     token_hash     TEXT NOT NULL UNIQUE,
     created_at     TEXT NOT NULL,
     expires_at     TEXT NOT NULL,
     revoked_at     TEXT,
     opened_at      TEXT,
     inventory_json TEXT
   );
   CREATE INDEX invitations_by_buyer ON invitations (buyer_id, created_at);
   CREATE TABLE invitation_runs (
     run_id         TEXT PRIMARY KEY,
     invitation_id  TEXT NOT NULL REFERENCES invitations (id),
     created_at     TEXT NOT NULL
   );
   CREATE INDEX invitation_runs_by_invitation ON invitation_runs (invitation_id, created_at);
   CREATE TABLE run_reviews (
     id             INTEGER PRIMARY KEY AUTOINCREMENT,
     run_id         TEXT NOT NULL,
     buyer_id       TEXT NOT NULL REFERENCES buyers (id),
     invitation_id  TEXT REFERENCES invitations (id),
     decision       TEXT NOT NULL CHECK (decision IN ('approved', 'rejected')),
     comment        TEXT,
     reviewer       TEXT NOT NULL,
     created_at     TEXT NOT NULL
   );
   CREATE INDEX run_reviews_by_run ON run_reviews (run_id, id);
   CREATE INDEX run_reviews_by_invitation ON run_reviews (invitation_id, id);`,
  // 4 (the API for onboarding tools): key scopes and expiry, per-buyer limits; a run's
  // supplier reference, callback and erasure; idempotency keys; webhook endpoints and their deliveries.
  `ALTER TABLE api_keys ADD COLUMN scopes TEXT NOT NULL DEFAULT 'read runs:write profiles:write webhooks:write';
   ALTER TABLE api_keys ADD COLUMN expires_at TEXT;
   ALTER TABLE buyers ADD COLUMN max_upload_bytes INTEGER;
   ALTER TABLE buyers ADD COLUMN max_active_runs INTEGER;
   ALTER TABLE runs ADD COLUMN supplier_reference TEXT;
   ALTER TABLE runs ADD COLUMN callback_url TEXT;
   ALTER TABLE runs ADD COLUMN callback_secret TEXT;
   ALTER TABLE runs ADD COLUMN erased_at TEXT;
   CREATE INDEX runs_by_buyer_status ON runs (buyer_id, status);
   CREATE INDEX runs_by_file ON runs (file_sha256) WHERE erased_at IS NULL;
   CREATE INDEX runs_to_erase ON runs (created_at) WHERE erased_at IS NULL;
   CREATE TABLE idempotency_keys (
     scope        TEXT NOT NULL,
     key          TEXT NOT NULL,
     fingerprint  TEXT NOT NULL,
     run_id       TEXT NOT NULL REFERENCES runs (id),
     created_at   TEXT NOT NULL,
     PRIMARY KEY (scope, key)
   );
   CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);
   CREATE TABLE webhooks (
     id           TEXT PRIMARY KEY,
     buyer_id     TEXT NOT NULL REFERENCES buyers (id),
     url          TEXT NOT NULL,
     events       TEXT NOT NULL,
     secret       TEXT NOT NULL,
     description  TEXT,
     enabled      INTEGER NOT NULL DEFAULT 1,
     created_at   TEXT NOT NULL,
     updated_at   TEXT NOT NULL
   );
   CREATE INDEX webhooks_by_buyer ON webhooks (buyer_id, created_at);
   CREATE TABLE webhook_deliveries (
     id               TEXT PRIMARY KEY,
     webhook_id       TEXT REFERENCES webhooks (id) ON DELETE CASCADE,
     run_id           TEXT,
     event_id         TEXT NOT NULL,
     event_type       TEXT NOT NULL,
     url              TEXT NOT NULL,
     secret           TEXT NOT NULL,
     payload_json     TEXT NOT NULL,
     status           TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
     attempts         INTEGER NOT NULL DEFAULT 0,
     next_attempt_at  TEXT NOT NULL,
     last_attempt_at  TEXT,
     last_status      INTEGER,
     last_error       TEXT,
     created_at       TEXT NOT NULL,
     delivered_at     TEXT
   );
   CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
   CREATE INDEX webhook_deliveries_by_webhook ON webhook_deliveries (webhook_id, created_at);
   CREATE INDEX webhook_deliveries_by_age ON webhook_deliveries (created_at);`,
  // 5 (outbound mail): every message the server sends (verdict replies, invitations, reminders, notices)
  // with its delivery state; without a relay a message is kept here for the buyer's outbox page. And the
  // notices sent once per subject (an invitation's reminder, a run's notice to the buyer); the
  // invitation's notice keeps its link token for the reminder until the link is revoked or expires.
  `CREATE TABLE outbox (
     id               TEXT PRIMARY KEY,
     buyer_id         TEXT REFERENCES buyers (id),
     kind             TEXT NOT NULL,
     to_address       TEXT NOT NULL,
     from_address     TEXT NOT NULL,
     subject          TEXT NOT NULL,
     text_body        TEXT NOT NULL,
     message_id       TEXT NOT NULL,
     in_reply_to      TEXT,
     refs             TEXT,
     language         TEXT NOT NULL,
     status           TEXT NOT NULL CHECK (status IN ('held', 'pending', 'sent', 'failed')),
     attempts         INTEGER NOT NULL DEFAULT 0,
     next_attempt_at  TEXT,
     last_error       TEXT,
     created_at       TEXT NOT NULL,
     sent_at          TEXT
   );
   CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE status = 'pending';
   CREATE INDEX outbox_by_buyer ON outbox (buyer_id, created_at);
   CREATE TABLE mail_notices (
     kind        TEXT NOT NULL,
     subject_id  TEXT NOT NULL,
     language    TEXT,
     data        TEXT,
     created_at  TEXT NOT NULL,
     PRIMARY KEY (kind, subject_id)
   );`,
  // 6 (signed test certificates): the Ed25519 keys that sign them. A key is retired by rotation (it still
  // verifies old certificates) or revoked (certificates it signed no longer verify). The private key is
  // PKCS#8 PEM, or AES-256-GCM ciphertext when SIGNING_KEY_SECRET is set.
  `CREATE TABLE signing_keys (
     kid          TEXT PRIMARY KEY,
     public_jwk   TEXT NOT NULL,
     private_key  TEXT NOT NULL,
     encrypted    INTEGER NOT NULL DEFAULT 0,
     created_at   TEXT NOT NULL,
     retired_at   TEXT,
     revoked_at   TEXT
   );`,
  // 7: the language the buyer chose for an invitation: the supplier's page starts in it.
  `ALTER TABLE invitations ADD COLUMN language TEXT NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en'));`,
  // 8 (e-mail runs): the run of a PDF taken from an e-mail points to the message's run (its parent); a
  // message's row records when its PDFs' runs were started (so a restart starts them once) and, for a
  // message received by SMTP, what the answer by e-mail needs and when it was sent.
  `ALTER TABLE runs ADD COLUMN parent_run_id TEXT;
   CREATE INDEX runs_by_parent ON runs (parent_run_id) WHERE parent_run_id IS NOT NULL;
   CREATE TABLE mail_messages (
     run_id               TEXT PRIMARY KEY,
     invitation_id        TEXT,
     reply_to             TEXT,
     in_reply_to          TEXT,
     subject              TEXT,
     reply_token          TEXT,
     language             TEXT NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en')),
     children_started_at  TEXT,
     replied_at           TEXT,
     created_at           TEXT NOT NULL
   );`,
  // 9 (supplier master data): what the buyer's vendor master holds for an invitation's supplier (name,
  // VAT id, KvK, IBANs; JSON), and the copy a run made through the invitation was checked against.
  `ALTER TABLE invitations ADD COLUMN master_json TEXT;
   ALTER TABLE runs ADD COLUMN expected_seller_json TEXT;`,
  // 10 (overrides, waivers, audit log): an approval may override a failed sample (its review says so);
  // a buyer may waive one check for one supplier (invitation) with a reason and an optional expiry; and
  // the append-only audit log of who changed what, when and why (triggers refuse UPDATE and DELETE).
  `ALTER TABLE run_reviews ADD COLUMN override INTEGER NOT NULL DEFAULT 0;
   CREATE TABLE waivers (
     id             TEXT PRIMARY KEY,
     buyer_id       TEXT NOT NULL REFERENCES buyers (id),
     invitation_id  TEXT NOT NULL REFERENCES invitations (id),
     check_id       TEXT NOT NULL,
     reason         TEXT NOT NULL,
     until          TEXT,
     created_by     TEXT NOT NULL,
     created_at     TEXT NOT NULL,
     removed_at     TEXT,
     removed_by     TEXT
   );
   CREATE INDEX waivers_by_invitation ON waivers (invitation_id, created_at);
   CREATE TABLE audit_log (
     id           INTEGER PRIMARY KEY AUTOINCREMENT,
     buyer_id     TEXT NOT NULL,
     at           TEXT NOT NULL,
     actor        TEXT NOT NULL,
     action       TEXT NOT NULL,
     entity_type  TEXT NOT NULL,
     entity_id    TEXT NOT NULL,
     reason       TEXT,
     data_json    TEXT
   );
   CREATE INDEX audit_log_by_buyer ON audit_log (buyer_id, id);
   CREATE TRIGGER audit_log_is_append_only BEFORE UPDATE ON audit_log
   BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
   CREATE TRIGGER audit_log_is_kept BEFORE DELETE ON audit_log
   BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;`,
  // 11 (supplier portal): one-time sign-in links by e-mail (only a hash of each link token is kept),
  // suppliers' browser sessions (only a hash of each session id), the links a signed-in supplier opens
  // an invitation's page with, and run sets (one file checked against several profiles or invitations).
  // The supplier's address finds its invitations through an index.
  `CREATE INDEX invitations_by_supplier_email ON invitations (supplier_email, created_at);
   CREATE TABLE supplier_sign_in_links (
     token_hash   TEXT PRIMARY KEY,
     email        TEXT NOT NULL,
     created_at   TEXT NOT NULL,
     expires_at   TEXT NOT NULL,
     used_at      TEXT
   );
   CREATE INDEX supplier_sign_in_links_by_expiry ON supplier_sign_in_links (expires_at);
   CREATE TABLE supplier_sessions (
     id_hash      TEXT PRIMARY KEY,
     email        TEXT NOT NULL,
     csrf_token   TEXT NOT NULL,
     created_at   TEXT NOT NULL,
     expires_at   TEXT NOT NULL
   );
   CREATE INDEX supplier_sessions_by_expiry ON supplier_sessions (expires_at);
   CREATE TABLE supplier_access_links (
     token_hash     TEXT PRIMARY KEY,
     invitation_id  TEXT NOT NULL REFERENCES invitations (id),
     email          TEXT NOT NULL,
     created_at     TEXT NOT NULL,
     expires_at     TEXT NOT NULL
   );
   CREATE INDEX supplier_access_links_by_expiry ON supplier_access_links (expires_at);
   CREATE TABLE run_sets (
     id              TEXT PRIMARY KEY,
     buyer_id        TEXT,
     supplier_email  TEXT,
     file_name       TEXT,
     file_sha256     TEXT NOT NULL,
     created_at      TEXT NOT NULL
   );
   CREATE TABLE run_set_runs (
     set_id         TEXT NOT NULL REFERENCES run_sets (id),
     position       INTEGER NOT NULL,
     run_id         TEXT NOT NULL,
     invitation_id  TEXT,
     PRIMARY KEY (set_id, position)
   );`,
  // 12 (German and French): invitations and e-mail answers may be in de and fr as well as nl and en.
  germanAndFrench,
  // 13 (several processes): when each periodic task last ran, so one process of several runs it.
  `CREATE TABLE cluster_tasks (
     name         TEXT PRIMARY KEY,
     last_run_at  TEXT NOT NULL
   );`,
  // 14 (per-client limits across processes): who uploaded a run, as admission counts it ('buyer:<id>'
  // or 'address:<address or /64>'); an address is forgotten once its day is over.
  `ALTER TABLE runs ADD COLUMN client_key TEXT;
   CREATE INDEX runs_by_client ON runs (client_key, created_at);`,
];

/** Migration 12: invitations and e-mail answers may be in German and French. */
function germanAndFrench(db: Db): void {
  widenLanguageCheck(db, 'invitations');
  widenLanguageCheck(db, 'mail_messages');
}

/** The number of migrations before the one that adds German and French (for its test). */
export const BEFORE_GERMAN_AND_FRENCH = MIGRATIONS.indexOf(germanAndFrench);

const OLD_LANGUAGE_CHECK = /CHECK\s*\(\s*language\s+IN\s*\(\s*'nl'\s*,\s*'en'\s*\)\s*\)/i;

/**
 * Lets a table's `language` column hold de and fr. SQLite cannot alter a CHECK, so the table is
 * rebuilt from its own current definition (whatever columns earlier migrations added) with only the
 * CHECK widened: its rows are copied aside, the table is dropped and created again under its own
 * name, the rows come back, and its indexes and triggers are made again. Rows keep their rowids.
 * Rebuilding under the same name (rather than renaming a copy) leaves the foreign keys of other tables
 * pointing at it untouched; with foreign keys on, their check is deferred to the commit, when every
 * row is back.
 */
function widenLanguageCheck(db: Db, table: string): void {
  const row = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?").get(table) as
    | { sql: string }
    | undefined;
  if (!row || !OLD_LANGUAGE_CHECK.test(row.sql)) return;
  const widened = row.sql.replace(OLD_LANGUAGE_CHECK, "CHECK (language IN ('nl', 'en', 'de', 'fr'))");
  const dependents = db
    .prepare(
      "SELECT sql FROM sqlite_schema WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL",
    )
    .all(table) as { sql: string }[];
  const aside = `${table}_language_widening`;
  db.pragma('defer_foreign_keys = ON');
  db.exec(`CREATE TEMP TABLE "${aside}" AS SELECT rowid AS "__rowid", * FROM "${table}"`);
  const columns = (db.prepare(`SELECT * FROM "${table}" LIMIT 0`).columns() as { name: string }[])
    .map((c) => `"${c.name}"`)
    .join(', ');
  db.exec(`DROP TABLE "${table}"`);
  db.exec(widened);
  db.exec(`INSERT INTO "${table}" (rowid, ${columns}) SELECT "__rowid", ${columns} FROM temp."${aside}"`);
  db.exec(`DROP TABLE temp."${aside}"`);
  for (const dependent of dependents) db.exec(dependent.sql);
}

/**
 * Applies the migrations a database has not had yet, each in its own transaction (up to `target`
 * migrations in all; tests stop early to build an older database).
 */
export function migrate(db: Db, target = MIGRATIONS.length): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  MIGRATIONS.slice(current, Math.max(current, target)).forEach((sql, offset) => {
    db.transaction(() => {
      if (typeof sql === 'string') db.exec(sql);
      else sql(db);
      db.pragma(`user_version = ${current + offset + 1}`);
    })();
  });
}

/** The schema version this code migrates a database to (the number of migrations). */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

/** The schema version a database is at (`PRAGMA user_version`); throws when the database is closed. */
export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Opens (creating if needed) `store.sqlite` in `dataDir`, or an in-memory database for `:memory:`. */
export function openDatabase(dataDir: string | ':memory:'): Db {
  let file = ':memory:';
  if (dataDir !== ':memory:') {
    try {
      mkdirSync(dataDir, { recursive: true });
      accessSync(dataDir, constants.W_OK);
    } catch (error) {
      throw new DataDirError(dataDir, error);
    }
    file = path.join(dataDir, 'store.sqlite');
  }
  let db: Db;
  try {
    db = new Database(file);
  } catch (error) {
    throw new DataDirError(dataDir, error);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
  } catch (error) {
    db.close();
    const code = String((error as { code?: unknown }).code ?? '');
    if (/^SQLITE_(READONLY|CANTOPEN|IOERR|PERM)/.test(code)) throw new DataDirError(dataDir, error);
    throw error;
  }
  return db;
}

/**
 * The data folder cannot be used (read-only, no permission, not a folder): the message names the
 * folder and what to do, for the operator starting the server.
 */
export class DataDirError extends Error {
  constructor(
    readonly dataDir: string,
    cause: unknown,
  ) {
    const code = String((cause as { code?: unknown } | undefined)?.code ?? 'unknown');
    super(
      `The data folder ${path.resolve(dataDir)} cannot be written (${code}). ` +
        'Give the user that runs Proeffactuur write access to it (and make sure its disk is not mounted read-only), ' +
        'or set DATA_DIR to a writable folder.',
      { cause },
    );
    this.name = 'DataDirError';
  }
}
