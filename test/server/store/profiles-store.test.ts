/** Buyers, keys, profiles and versions as stored, on SQLite and on PostgreSQL. */
import { beforeEach, describe, expect, test } from '@jest/globals';
import Database from 'better-sqlite3';
import { BuyerStore } from '../../../server/store/buyers.js';
import { migrate } from '../../../server/store/database.js';
import { ProfileStore, STORED_PROFILE_ID } from '../../../server/store/profiles.js';
import { RunStore } from '../../../server/store/runs.js';
import type { Sql } from '../../../server/store/sql.js';
import { testProfile } from '../../helpers.js';
import { storeBackends } from '../../support/backends.js';
import { rejectionOf } from '../../support/rejection.js';

const backends = storeBackends();

describe.each(backends.list)('on %s', (_name, open) => {
  let db: Sql;
  beforeEach(async () => {
    db = await open();
  });
  const stores = () => ({ db, buyers: new BuyerStore(db), profiles: new ProfileStore(db) });

  describe('buyers and API keys', () => {
    test('a new buyer gets a long random key that is stored only as a hash', async () => {
      const { db, buyers } = stores();
      const { buyer, apiKey } = await buyers.createBuyer('  ACME B.V. ');
      expect(buyer.name).toBe('ACME B.V.');
      expect(apiKey).toMatch(/^pfk_[A-Za-z0-9_-]{43}$/);
      const dump = JSON.stringify(await db.all('SELECT * FROM api_keys'));
      expect(dump).not.toContain(apiKey);
      expect(dump).not.toContain(apiKey.slice(12));
      expect((await buyers.authenticate(apiKey))?.id).toBe(buyer.id);
    });

    test('two buyers never get the same key', async () => {
      const { buyers } = stores();
      const keys = new Set<string>();
      for (const n of [1, 2, 3, 4, 5]) keys.add((await buyers.createBuyer(`B${n}`)).apiKey);
      expect(keys.size).toBe(5);
    });

    test('a revoked key stops working at once, the other keys keep working', async () => {
      const { buyers } = stores();
      const { buyer, apiKey, keyId } = await buyers.createBuyer('ACME');
      const second = await buyers.createKey(buyer.id);
      expect((await buyers.revokeKey(keyId))?.revokedAt).toBeDefined();
      expect(await buyers.authenticate(apiKey)).toBeUndefined();
      expect((await buyers.authenticate(second.apiKey))?.id).toBe(buyer.id);
      expect((await buyers.revokeKey(second.apiKey))?.id).toBe(second.keyId);
      expect(await buyers.authenticate(second.apiKey)).toBeUndefined();
      expect((await buyers.keysOf(buyer.id)).every((k) => k.revokedAt)).toBe(true);
    });

    test('unknown and malformed keys authenticate nobody', async () => {
      const { buyers } = stores();
      await buyers.createBuyer('ACME');
      expect(await buyers.authenticate(`pfk_${'A'.repeat(43)}`)).toBeUndefined();
      expect(await buyers.authenticate('')).toBeUndefined();
      expect(await buyers.authenticate("' OR 1=1 --")).toBeUndefined();
      expect(await buyers.revokeKey('key_nope')).toBeUndefined();
    });
  });

  describe('profiles and versions', () => {
    test('a profile gets a new version on every change; old versions stay as they were', async () => {
      const { buyers, profiles } = stores();
      const { buyer } = await buyers.createBuyer('ACME');
      const created = await profiles.create(buyer.id, testProfile({ name: 'One' }));
      expect(created.id).toMatch(STORED_PROFILE_ID);
      expect(created.profile).toMatchObject({ id: created.id, version: 1, name: 'One' });
      const changed = (await profiles.addVersion(buyer.id, created.id, testProfile({ name: 'Two' })))!;
      expect(changed.latestVersion).toBe(2);
      expect((await profiles.version(buyer.id, created.id, 1))?.profile.name).toBe('One');
      expect((await profiles.version(buyer.id, created.id, 2))?.profile).toMatchObject({
        name: 'Two',
        version: 2,
      });
    });

    test('the same document again creates no new version', async () => {
      const { buyers, profiles } = stores();
      const { buyer } = await buyers.createBuyer('ACME');
      const created = await profiles.create(buyer.id, testProfile({ name: 'One' }));
      expect(
        (await profiles.addVersion(buyer.id, created.id, testProfile({ name: 'One' })))?.latestVersion,
      ).toBe(1);
    });

    test('the database refuses to change or delete a stored version', async () => {
      const { db, buyers, profiles } = stores();
      const { buyer } = await buyers.createBuyer('ACME');
      const { id } = await profiles.create(buyer.id, testProfile());
      expect(
        await rejectionOf(
          db.run(`UPDATE profile_versions SET profile_json = '{}' WHERE profile_id = ?`, [id]),
        ),
      ).toMatch(/immutable/);
      expect(await rejectionOf(db.run('DELETE FROM profile_versions WHERE profile_id = ?', [id]))).toMatch(
        /kept/,
      );
    });

    test("another buyer's profile is invisible", async () => {
      const { buyers, profiles } = stores();
      const a = (await buyers.createBuyer('A')).buyer;
      const b = (await buyers.createBuyer('B')).buyer;
      const { id } = await profiles.create(a.id, testProfile());
      expect(await profiles.get(b.id, id)).toBeUndefined();
      expect(await profiles.version(b.id, id, 1)).toBeUndefined();
      expect(await profiles.addVersion(b.id, id, testProfile({ name: 'Hijack' }))).toBeUndefined();
      expect(await profiles.archive(b.id, id)).toBe(false);
      expect(await profiles.list(b.id)).toEqual([]);
      expect((await profiles.get(a.id, id))?.profile.name).toBe('Test');
    });

    test('archiving hides a profile from the list but keeps its versions', async () => {
      const { buyers, profiles } = stores();
      const { buyer } = await buyers.createBuyer('ACME');
      const { id } = await profiles.create(buyer.id, testProfile());
      expect(await profiles.archive(buyer.id, id)).toBe(true);
      expect(await profiles.list(buyer.id)).toEqual([]);
      expect((await profiles.list(buyer.id, { archived: true })).map((p) => p.id)).toEqual([id]);
      expect(await profiles.version(buyer.id, id, 1)).toBeDefined();
      expect((await profiles.get(buyer.id, id))?.archivedAt).toBeDefined();
    });

    test('two concurrent changes of one profile both become versions, one after the other', async () => {
      const { buyers, profiles } = stores();
      const { buyer } = await buyers.createBuyer('ACME');
      const { id } = await profiles.create(buyer.id, testProfile({ name: 'One' }));
      const results = await Promise.all([
        profiles.addVersion(buyer.id, id, testProfile({ name: 'Two' })),
        profiles.addVersion(buyer.id, id, testProfile({ name: 'Three' })),
      ]);
      expect(results.map((r) => r?.latestVersion).sort()).toEqual([2, 3]);
      const latest = (await profiles.get(buyer.id, id))!;
      expect(latest.latestVersion).toBe(3);
      const names = [(await profiles.version(buyer.id, id, 2))?.profile.name, latest.profile.name];
      expect(names.sort()).toEqual(['Three', 'Two']);
      expect(await profiles.version(buyer.id, id, 4)).toBeUndefined();
    });

    test('two concurrent identical changes make one version', async () => {
      const { buyers, profiles } = stores();
      const { buyer } = await buyers.createBuyer('ACME');
      const { id } = await profiles.create(buyer.id, testProfile({ name: 'One' }));
      const results = await Promise.all([
        profiles.addVersion(buyer.id, id, testProfile({ name: 'Two' })),
        profiles.addVersion(buyer.id, id, testProfile({ name: 'Two' })),
      ]);
      expect(results.map((r) => r?.latestVersion)).toEqual([2, 2]);
      expect(await profiles.version(buyer.id, id, 3)).toBeUndefined();
    });

    test('lists oldest first; archiving twice keeps the first time; unknown ids are not found', async () => {
      let clock = '2026-01-01T00:00:00.000Z';
      const buyers = new BuyerStore(db);
      const profiles = new ProfileStore(db, () => clock);
      const { buyer } = await buyers.createBuyer('ACME');
      const first = await profiles.create(buyer.id, testProfile({ name: 'A' }));
      const second = await profiles.create(buyer.id, testProfile({ name: 'B' }));
      const third = await profiles.create(buyer.id, testProfile({ name: 'C' }));
      expect((await profiles.list(buyer.id)).map((p) => p.id)).toEqual([first.id, second.id, third.id]);
      expect(await profiles.archive(buyer.id, second.id)).toBe(true);
      clock = '2026-01-02T00:00:00.000Z';
      expect(await profiles.archive(buyer.id, second.id)).toBe(true);
      expect((await profiles.get(buyer.id, second.id))?.archivedAt).toBe('2026-01-01T00:00:00.000Z');
      expect((await profiles.list(buyer.id)).map((p) => p.id)).toEqual([first.id, third.id]);
      expect((await profiles.list(buyer.id, { archived: true })).map((p) => p.id)).toEqual([
        first.id,
        second.id,
        third.id,
      ]);
      const changed = (await profiles.addVersion(buyer.id, first.id, testProfile({ name: 'A2' })))!;
      expect(changed).toMatchObject({ createdAt: '2026-01-01T00:00:00.000Z', updatedAt: clock });
      expect(await profiles.get(buyer.id, 'prf-aaaaaaaaaaaaaaaaaaaa')).toBeUndefined();
      expect(await profiles.get(buyer.id, 'not an id')).toBeUndefined();
      expect(await profiles.version(buyer.id, first.id, 9)).toBeUndefined();
      expect(await profiles.addVersion(buyer.id, 'prf-aaaaaaaaaaaaaaaaaaaa', testProfile())).toBeUndefined();
      expect(await profiles.archive(buyer.id, 'prf-aaaaaaaaaaaaaaaaaaaa')).toBe(false);
    });
  });
});

describe('migration 2', () => {
  test('upgrades a database made by migration 1 and keeps its runs, with no buyer', async () => {
    const db = new Database(':memory:');
    db.exec(`CREATE TABLE runs (id TEXT PRIMARY KEY, status TEXT NOT NULL, profile_id TEXT NOT NULL,
      profile_version INTEGER NOT NULL, profile_json TEXT NOT NULL, file_sha256 TEXT NOT NULL, file_name TEXT,
      file_bytes INTEGER NOT NULL, file_kind TEXT NOT NULL, verdict TEXT, report_json TEXT, error_json TEXT,
      attempts INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, started_at TEXT, finished_at TEXT);
      CREATE INDEX runs_by_status ON runs (status, created_at);
      INSERT INTO runs (id, status, profile_id, profile_version, profile_json, file_sha256, file_bytes, file_kind, created_at)
      VALUES ('run_old', 'completed', 'lenient', 1, '{"id":"lenient","version":1,"name":"L","channels":"text"}',
              '${'0'.repeat(64)}', 10, 'pdf', '2026-01-01T00:00:00Z');
      PRAGMA user_version = 1;`);
    migrate(db);
    // Later migrations apply on top; this one only has to have run.
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(2);
    const run = await new RunStore(db).get('run_old');
    expect(run?.profile.id).toBe('lenient');
    expect(run?.buyerId).toBeUndefined();
  });
});
