import { describe, expect, test } from '@jest/globals';
import Database from 'better-sqlite3';
import {
  BEFORE_GERMAN_AND_FRENCH,
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  migrate,
} from '../../../server/store/database.js';

const NOW = '2026-12-03T12:00:00Z';

/**
 * A database as the migrations before German and French leave it (version 11), with data in every
 * table that points at an invitation, including what migrations 9-11 added to `invitations` (the
 * master-data column, the index by supplier e-mail, the waivers table with a foreign key to it).
 */
function olderDatabase(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, BEFORE_GERMAN_AND_FRENCH);
  db.exec(`
    INSERT INTO buyers (id, name, created_at) VALUES ('b1', 'Gemeente Voorbeeld', '${NOW}');
    INSERT INTO profiles (id, buyer_id, latest_version, created_at, updated_at) VALUES ('p1', 'b1', 1, '${NOW}', '${NOW}');
    INSERT INTO invitations (id, buyer_id, profile_id, supplier_name, supplier_email, token_hash, created_at, expires_at, language)
      VALUES ('inv1', 'b1', 'p1', 'Bakkerij', 'a@bakkerij.nl', 'hash1', '${NOW}', '2027-01-01T00:00:00Z', 'en'),
             ('inv2', 'b1', 'p1', 'Bäckerei', 'b@baeckerei.de', 'hash2', '${NOW}', '2027-01-01T00:00:00Z', 'nl');
    INSERT INTO invitation_runs (run_id, invitation_id, created_at) VALUES ('run1', 'inv1', '${NOW}');
    INSERT INTO run_reviews (run_id, buyer_id, invitation_id, decision, reviewer, created_at)
      VALUES ('run1', 'b1', 'inv1', 'approved', 'anna', '${NOW}');
    INSERT INTO mail_messages (run_id, invitation_id, language, created_at) VALUES ('run2', 'inv1', 'en', '${NOW}');
    -- what migrations 9-11 added: master data, waivers, the index by supplier e-mail
    UPDATE invitations SET master_json = '{"iban":["NL91ABNA0417164300"]}' WHERE id = 'inv1';
    INSERT INTO waivers (id, buyer_id, invitation_id, check_id, reason, created_by, created_at)
      VALUES ('w1', 'b1', 'inv2', 'images.min-dpi', 'known', 'anna', '${NOW}');`);
  expect(db.pragma('user_version', { simple: true })).toBe(BEFORE_GERMAN_AND_FRENCH);
  return db;
}

const insertInvitation = (db: Database.Database, id: string, language: string) =>
  db
    .prepare(
      `INSERT INTO invitations (id, buyer_id, profile_id, supplier_name, supplier_email, token_hash, created_at, expires_at, language)
       VALUES (?, 'b1', 'p1', 'X', 'x@example.com', ?, '${NOW}', '2027-01-01T00:00:00Z', ?)`,
    )
    .run(id, `hash-${id}`, language);

describe('migration 12 (German and French)', () => {
  test('is the last migration on this branch and a function, not SQL', () => {
    expect(BEFORE_GERMAN_AND_FRENCH).toBeGreaterThanOrEqual(8);
    expect(typeof MIGRATIONS[BEFORE_GERMAN_AND_FRENCH]).toBe('function');
  });

  test('before it, an invitation in German is refused by the database', () => {
    const db = olderDatabase();
    expect(() => insertInvitation(db, 'inv3', 'de')).toThrow(/CHECK constraint failed/);
  });

  test('lets invitations and e-mail answers be in de and fr, and still refuses other languages', () => {
    const db = olderDatabase();
    migrate(db);
    insertInvitation(db, 'inv3', 'de');
    insertInvitation(db, 'inv4', 'fr');
    expect(() => insertInvitation(db, 'inv5', 'es')).toThrow(/CHECK constraint failed/);
    db.prepare(
      `INSERT INTO mail_messages (run_id, language, created_at) VALUES ('run3', 'fr', '${NOW}')`,
    ).run();
    expect(() =>
      db
        .prepare(`INSERT INTO mail_messages (run_id, language, created_at) VALUES ('run4', 'es', '${NOW}')`)
        .run(),
    ).toThrow(/CHECK constraint failed/);
    // The default stays Dutch.
    db.prepare(`INSERT INTO mail_messages (run_id, created_at) VALUES ('run5', '${NOW}')`).run();
    expect(db.prepare(`SELECT language FROM mail_messages WHERE run_id = 'run5'`).get()).toEqual({
      language: 'nl',
    });
  });

  test('keeps every row, the columns and indexes later migrations added, and the foreign keys', () => {
    const db = olderDatabase();
    const before = db.prepare('SELECT rowid, * FROM invitations ORDER BY id').all();
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const schema = db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'invitations'`).get() as {
      sql: string;
    };
    expect(schema.sql).toContain("CHECK (language IN ('nl', 'en', 'de', 'fr'))");
    expect(schema.sql).toContain('master_json');
    expect(db.prepare('SELECT rowid, * FROM invitations ORDER BY id').all()).toEqual(before);
    expect(db.prepare(`SELECT master_json FROM invitations WHERE id = 'inv1'`).get()).toEqual({
      master_json: '{"iban":["NL91ABNA0417164300"]}',
    });
    const indexes = (
      db
        .prepare(`SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'invitations'`)
        .all() as {
        name: string;
      }[]
    ).map((r) => r.name);
    expect(indexes).toEqual(
      expect.arrayContaining(['invitations_by_buyer', 'invitations_by_supplier_email']),
    );
    expect(db.prepare('SELECT language FROM mail_messages').all()).toEqual([{ language: 'en' }]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // The tables that point at invitations still point at the rebuilt table, and it is enforced.
    expect(() =>
      db
        .prepare(
          `INSERT INTO invitation_runs (run_id, invitation_id, created_at) VALUES ('r9', 'nope', '${NOW}')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY constraint failed/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO waivers (id, buyer_id, invitation_id, check_id, reason, created_by, created_at)
           VALUES ('w2', 'b1', 'nope', 'images.min-dpi', 'x', 'anna', '${NOW}')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY constraint failed/);
    expect(() => db.prepare(`DELETE FROM invitations WHERE id = 'inv1'`).run()).toThrow(
      /FOREIGN KEY constraint failed/,
    );
    // No copy is left behind.
    expect(db.prepare(`SELECT name FROM sqlite_temp_schema`).all()).toEqual([]);
  });

  test('on a new database, leaves one invitations table that accepts every language', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db);
    db.exec(`INSERT INTO buyers (id, name, created_at) VALUES ('b1', 'B', '${NOW}');
      INSERT INTO profiles (id, buyer_id, latest_version, created_at, updated_at) VALUES ('p1', 'b1', 1, '${NOW}', '${NOW}');`);
    for (const [i, lang] of ['nl', 'en', 'de', 'fr'].entries()) insertInvitation(db, `i${i}`, lang);
    expect(db.prepare('SELECT COUNT(*) AS n FROM invitations').get()).toEqual({ n: 4 });
  });
});
