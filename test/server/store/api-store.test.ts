import { describe, expect, test } from '@jest/globals';
import Database from 'better-sqlite3';
import { BuyerStore } from '../../../server/store/buyers.js';
import { migrate, openDatabase } from '../../../server/store/database.js';
import { IdempotencyStore } from '../../../server/store/idempotency.js';

describe('migration 3', () => {
  test('keys made before scopes existed keep every scope and never expire', async () => {
    // The schema and a key as migration 2 left them; then the later migrations.
    const fresh = new Database(':memory:');
    fresh.exec(`CREATE TABLE runs (id TEXT PRIMARY KEY, status TEXT NOT NULL, profile_id TEXT NOT NULL,
      profile_version INTEGER NOT NULL, profile_json TEXT NOT NULL, file_sha256 TEXT NOT NULL, file_name TEXT,
      file_bytes INTEGER NOT NULL, file_kind TEXT NOT NULL, verdict TEXT, report_json TEXT, error_json TEXT,
      attempts INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, started_at TEXT, finished_at TEXT);
      CREATE TABLE buyers (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL);
      CREATE TABLE api_keys (id TEXT PRIMARY KEY, buyer_id TEXT NOT NULL REFERENCES buyers (id),
        key_hash TEXT NOT NULL UNIQUE, prefix TEXT NOT NULL, created_at TEXT NOT NULL, revoked_at TEXT, last_used_at TEXT);
      CREATE TABLE profiles (id TEXT PRIMARY KEY, buyer_id TEXT NOT NULL, latest_version INTEGER NOT NULL,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, archived_at TEXT);
      CREATE TABLE profile_versions (profile_id TEXT NOT NULL, version INTEGER NOT NULL, profile_json TEXT NOT NULL,
        created_at TEXT NOT NULL, PRIMARY KEY (profile_id, version));
      ALTER TABLE runs ADD COLUMN buyer_id TEXT REFERENCES buyers (id);
      INSERT INTO buyers VALUES ('buyer_old', 'Old B.V.', '2026-01-01T00:00:00Z');
      INSERT INTO api_keys (id, buyer_id, key_hash, prefix, created_at)
        VALUES ('key_old', 'buyer_old', 'h', 'pfk_x', '2026-01-01T00:00:00Z');
      PRAGMA user_version = 2;`);
    migrate(fresh);
    const [key] = await new BuyerStore(fresh).keysOf('buyer_old');
    expect(key?.scopes).toEqual(['read', 'runs:write', 'profiles:write', 'webhooks:write']);
    expect(key?.expiresAt).toBeUndefined();
    expect(await new BuyerStore(fresh).limitsOf('buyer_old')).toEqual({});
  });
});

describe('idempotency keys in the store', () => {
  test('are found for 24 hours, per scope, and purged after', async () => {
    const db = openDatabase(':memory:');
    db.exec(`INSERT INTO runs (id, status, profile_id, profile_version, profile_json, file_sha256, file_bytes, file_kind, created_at)
             VALUES ('run_a', 'queued', 'lenient', 1, '{}', '${'0'.repeat(64)}', 1, 'pdf', '2026-01-01T00:00:00Z')`);
    const store = new IdempotencyStore(db);
    const t0 = new Date('2026-01-01T00:00:00Z');
    await store.record('buyer_1', 'k', 'f1', 'run_a', t0);
    expect((await store.find('buyer_1', 'k', new Date(t0.getTime() + 23 * 3_600_000)))?.runId).toBe('run_a');
    expect(await store.find('buyer_2', 'k', t0)).toBeUndefined();
    expect(await store.find('buyer_1', 'k', new Date(t0.getTime() + 25 * 3_600_000))).toBeUndefined();
    expect(await store.purge(new Date(t0.getTime() + 25 * 3_600_000))).toBe(1);
  });
});
