/**
 * The schema on PostgreSQL (`DATABASE_URL`): the same tables and columns as the SQLite migrations
 * (`database.ts`), plus the tables only a shared database needs (`blobs`, `page_images`).
 *
 * No PostgreSQL installation predates version 12 of the SQLite schema, so PostgreSQL starts with one
 * migration that creates version 12 at once (`PG_BASE`); every later migration is added to BOTH lists
 * with the same number (`PG_MIGRATIONS_AFTER_BASE[i]` is SQLite's `MIGRATIONS[PG_BASE_VERSION + i]`),
 * and a test compares the two schemas column by column.
 *
 * Portability conventions the stores rely on: times are ISO 8601 TEXT (they sort as text); tables a
 * store orders by insertion have a `rowid` column (SQLite's implicit one; an identity column here), so
 * `ORDER BY created_at, rowid` reads the same in both; booleans are INTEGER 0/1.
 */
import type { Sql } from './sql.js';

/** The SQLite schema version `PG_BASE` equals. */
export const PG_BASE_VERSION = 12;

const ROWID = 'rowid BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE';

/** Version 12 of the schema, in PostgreSQL's dialect. */
export const PG_BASE = `
CREATE TABLE buyers (
  id                TEXT PRIMARY KEY,
  name              TEXT NOT NULL,
  created_at        TEXT NOT NULL,
  max_upload_bytes  BIGINT,
  max_active_runs   INTEGER,
  ${ROWID}
);
CREATE TABLE api_keys (
  id            TEXT PRIMARY KEY,
  buyer_id      TEXT NOT NULL REFERENCES buyers (id),
  key_hash      TEXT NOT NULL UNIQUE,
  prefix        TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  revoked_at    TEXT,
  last_used_at  TEXT,
  scopes        TEXT NOT NULL DEFAULT 'read runs:write profiles:write webhooks:write',
  expires_at    TEXT,
  ${ROWID}
);
CREATE INDEX api_keys_by_buyer ON api_keys (buyer_id);
CREATE TABLE profiles (
  id              TEXT PRIMARY KEY,
  buyer_id        TEXT NOT NULL REFERENCES buyers (id),
  latest_version  INTEGER NOT NULL,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  archived_at     TEXT,
  ${ROWID}
);
CREATE INDEX profiles_by_buyer ON profiles (buyer_id, created_at);
CREATE TABLE profile_versions (
  profile_id    TEXT NOT NULL REFERENCES profiles (id),
  version       INTEGER NOT NULL,
  profile_json  TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  PRIMARY KEY (profile_id, version)
);
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$;
CREATE TRIGGER profile_versions_are_immutable BEFORE UPDATE ON profile_versions
  FOR EACH ROW EXECUTE FUNCTION refuse_change('profile versions are immutable');
CREATE TRIGGER profile_versions_are_kept BEFORE DELETE ON profile_versions
  FOR EACH ROW EXECUTE FUNCTION refuse_change('profile versions are kept');
CREATE TABLE runs (
  id                    TEXT PRIMARY KEY,
  status                TEXT NOT NULL CHECK (status IN ('queued', 'running', 'completed', 'failed', 'timed_out')),
  profile_id            TEXT NOT NULL,
  profile_version       INTEGER NOT NULL,
  profile_json          TEXT NOT NULL,
  file_sha256           TEXT NOT NULL,
  file_name             TEXT,
  file_bytes            BIGINT NOT NULL,
  file_kind             TEXT NOT NULL,
  verdict               TEXT CHECK (verdict IN ('accepted', 'rejected', 'undetermined')),
  report_json           TEXT,
  error_json            TEXT,
  attempts              INTEGER NOT NULL DEFAULT 0,
  created_at            TEXT NOT NULL,
  started_at            TEXT,
  finished_at           TEXT,
  buyer_id              TEXT REFERENCES buyers (id),
  supplier_reference    TEXT,
  callback_url          TEXT,
  callback_secret       TEXT,
  erased_at             TEXT,
  parent_run_id         TEXT,
  expected_seller_json  TEXT,
  ${ROWID}
);
CREATE INDEX runs_by_status ON runs (status, created_at);
CREATE INDEX runs_by_buyer ON runs (buyer_id, created_at);
CREATE INDEX runs_by_buyer_status ON runs (buyer_id, status);
CREATE INDEX runs_by_file ON runs (file_sha256) WHERE erased_at IS NULL;
CREATE INDEX runs_to_erase ON runs (created_at) WHERE erased_at IS NULL;
CREATE INDEX runs_by_parent ON runs (parent_run_id) WHERE parent_run_id IS NOT NULL;
CREATE TABLE users (
  id              TEXT PRIMARY KEY,
  buyer_id        TEXT NOT NULL REFERENCES buyers (id),
  email           TEXT NOT NULL UNIQUE,
  password_hash   TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  disabled_at     TEXT,
  last_sign_in_at TEXT,
  ${ROWID}
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
  id              TEXT PRIMARY KEY,
  buyer_id        TEXT NOT NULL REFERENCES buyers (id),
  profile_id      TEXT NOT NULL REFERENCES profiles (id),
  supplier_name   TEXT NOT NULL,
  supplier_email  TEXT NOT NULL,
  token_hash      TEXT NOT NULL UNIQUE,
  created_at      TEXT NOT NULL,
  expires_at      TEXT NOT NULL,
  revoked_at      TEXT,
  opened_at       TEXT,
  inventory_json  TEXT,
  language        TEXT NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en', 'de', 'fr')),
  master_json     TEXT,
  ${ROWID}
);
CREATE INDEX invitations_by_buyer ON invitations (buyer_id, created_at);
CREATE INDEX invitations_by_supplier_email ON invitations (supplier_email, created_at);
CREATE TABLE invitation_runs (
  run_id         TEXT PRIMARY KEY,
  invitation_id  TEXT NOT NULL REFERENCES invitations (id),
  created_at     TEXT NOT NULL,
  ${ROWID}
);
CREATE INDEX invitation_runs_by_invitation ON invitation_runs (invitation_id, created_at);
CREATE TABLE run_reviews (
  id             BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  run_id         TEXT NOT NULL,
  buyer_id       TEXT NOT NULL REFERENCES buyers (id),
  invitation_id  TEXT REFERENCES invitations (id),
  decision       TEXT NOT NULL CHECK (decision IN ('approved', 'rejected')),
  comment        TEXT,
  reviewer       TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  override       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX run_reviews_by_run ON run_reviews (run_id, id);
CREATE INDEX run_reviews_by_invitation ON run_reviews (invitation_id, id);
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
  updated_at   TEXT NOT NULL,
  ${ROWID}
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
  delivered_at     TEXT,
  ${ROWID}
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_by_webhook ON webhook_deliveries (webhook_id, created_at);
CREATE INDEX webhook_deliveries_by_age ON webhook_deliveries (created_at);
CREATE TABLE outbox (
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
  sent_at          TEXT,
  ${ROWID}
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
);
CREATE TABLE signing_keys (
  kid          TEXT PRIMARY KEY,
  public_jwk   TEXT NOT NULL,
  private_key  TEXT NOT NULL,
  encrypted    INTEGER NOT NULL DEFAULT 0,
  created_at   TEXT NOT NULL,
  retired_at   TEXT,
  revoked_at   TEXT,
  ${ROWID}
);
CREATE TABLE mail_messages (
  run_id               TEXT PRIMARY KEY,
  invitation_id        TEXT,
  reply_to             TEXT,
  in_reply_to          TEXT,
  subject              TEXT,
  reply_token          TEXT,
  language             TEXT NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en', 'de', 'fr')),
  children_started_at  TEXT,
  replied_at           TEXT,
  created_at           TEXT NOT NULL
);
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
  removed_by     TEXT,
  ${ROWID}
);
CREATE INDEX waivers_by_invitation ON waivers (invitation_id, created_at);
CREATE TABLE audit_log (
  id           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
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
  FOR EACH ROW EXECUTE FUNCTION refuse_change('the audit log is append-only');
CREATE TRIGGER audit_log_is_kept BEFORE DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION refuse_change('the audit log is append-only');
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
);
-- Only in a shared database: uploaded files and drawn page images, so every process sees them (on
-- one machine they are files in the data folder).
CREATE TABLE blobs (
  sha256      TEXT PRIMARY KEY,
  bytes       BYTEA NOT NULL,
  size        BIGINT NOT NULL,
  created_at  TEXT NOT NULL
);
CREATE TABLE page_images (
  run_id      TEXT NOT NULL,
  page        INTEGER NOT NULL,
  boxes       INTEGER NOT NULL,
  png         BYTEA,
  failed_at   TEXT,
  created_at  TEXT NOT NULL,
  PRIMARY KEY (run_id, page, boxes)
);
`;

/** Tables only the PostgreSQL schema has. */
export const PG_ONLY_TABLES: readonly string[] = ['blobs', 'page_images', 'schema_version'];

/** Migrations after the base, numbered PG_BASE_VERSION + 1, ... (the same as SQLite's). */
export const PG_MIGRATIONS_AFTER_BASE: readonly string[] = [
  // 13 (several processes): when each periodic task last ran, so one process of several runs it.
  `CREATE TABLE cluster_tasks (
     name         TEXT PRIMARY KEY,
     last_run_at  TEXT NOT NULL
   );`,
  // 14 (per-client limits across processes): who uploaded a run, as admission counts it.
  `ALTER TABLE runs ADD COLUMN client_key TEXT;
   CREATE INDEX runs_by_client ON runs (client_key, created_at);`,
];

/** The schema version this code migrates a PostgreSQL database to. */
export const PG_LATEST_VERSION = PG_BASE_VERSION + PG_MIGRATIONS_AFTER_BASE.length;

/** A fixed key for the advisory lock that lets one process at a time migrate. */
const MIGRATION_LOCK = 7_407_241;

/**
 * Brings a PostgreSQL database to the latest schema. Several processes starting at once take turns
 * (an advisory lock), so each migration runs once.
 */
export async function migratePostgres(sql: Sql): Promise<void> {
  await sql.transaction(async () => {
    await sql.run('SELECT pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
    await sql.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    let current = (await sql.get<{ version: number }>('SELECT version FROM schema_version'))?.version;
    if (current === undefined) {
      await sql.exec(PG_BASE);
      await sql.run('INSERT INTO schema_version (version) VALUES (?)', [PG_BASE_VERSION]);
      current = PG_BASE_VERSION;
    }
    for (const [offset, migration] of PG_MIGRATIONS_AFTER_BASE.entries()) {
      const version = PG_BASE_VERSION + offset + 1;
      if (version <= current) continue;
      await sql.exec(migration);
      await sql.run('UPDATE schema_version SET version = ?', [version]);
    }
  });
}

/** The schema version of a PostgreSQL database (0 before the first migration). */
export async function postgresSchemaVersion(sql: Sql): Promise<number> {
  const table = await sql.get<{ name: string | null }>("SELECT to_regclass('schema_version')::text AS name");
  if (!table?.name) return 0;
  return (await sql.get<{ version: number }>('SELECT version FROM schema_version'))?.version ?? 0;
}
