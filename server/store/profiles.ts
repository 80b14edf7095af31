/**
 * Stored acceptance profiles. Every profile belongs to one buyer; every change is a new, immutable
 * version (the database refuses to update or delete a version row), and deleting archives the profile:
 * its versions stay, so runs keep the exact version they were checked against.
 */
import { randomBytes } from 'node:crypto';
import type { AcceptanceProfile } from '../../engine/model/profile.js';
import type { Db } from './database.js';
import { type Sql, toSql } from './sql.js';

/** A stored profile: its latest version and its bookkeeping. */
export interface StoredProfile {
  readonly id: string;
  readonly buyerId: string;
  readonly latestVersion: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly archivedAt?: string;
  /** The latest version's document (`id` and `version` set). */
  readonly profile: AcceptanceProfile;
}

/** One stored version. */
export interface StoredProfileVersion {
  readonly profileId: string;
  readonly version: number;
  readonly createdAt: string;
  readonly profile: AcceptanceProfile;
}

/** Shape of stored profile ids: `prf-` and 20 lower-case letters and digits (100 random bits). */
export const STORED_PROFILE_ID = /^prf-[a-z2-7]{20}$/;

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
/** A new profile id; lower case so it is also a valid profile `id` in the schema. */
export const newProfileId = (): string => `prf-${[...randomBytes(20)].map((b) => BASE32[b & 31]).join('')}`;

interface Row {
  id: string;
  buyer_id: string;
  latest_version: number;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
  profile_json: string;
}

const fromRow = (row: Row): StoredProfile => ({
  id: row.id,
  buyerId: row.buyer_id,
  latestVersion: row.latest_version,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  ...(row.archived_at !== null && { archivedAt: row.archived_at }),
  profile: JSON.parse(row.profile_json) as AcceptanceProfile,
});

/** The profile document as stored: `id` and `version` always those of the store. */
function stamp(profile: AcceptanceProfile, id: string, version: number): AcceptanceProfile {
  const { $schema: _schema, ...rest } = profile as AcceptanceProfile & { $schema?: string };
  return { ...rest, id, version };
}

const LATEST = `SELECT p.*, v.profile_json FROM profiles p
   JOIN profile_versions v ON v.profile_id = p.id AND v.version = p.latest_version`;

/** Data access for profiles and their versions. */
export class ProfileStore {
  private readonly sql: Sql;

  constructor(
    handle: Db | Sql,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {
    this.sql = toSql(handle);
  }

  /** Stores a new profile as version 1 and returns it. */
  async create(buyerId: string, profile: AcceptanceProfile): Promise<StoredProfile> {
    const id = newProfileId();
    const now = this.now();
    // The profile and its first version in one transaction: never a profile without a version.
    return this.sql.transaction(async () => {
      await this.sql.run(
        `INSERT INTO profiles (id, buyer_id, latest_version, created_at, updated_at) VALUES (?, ?, 1, ?, ?)`,
        [id, buyerId, now, now],
      );
      await this.sql.run(
        `INSERT INTO profile_versions (profile_id, version, profile_json, created_at) VALUES (?, ?, ?, ?)`,
        [id, 1, JSON.stringify(stamp(profile, id, 1)), now],
      );
      return (await this.get(buyerId, id))!;
    });
  }

  /**
   * Adds a version to a buyer's profile. Answers the stored profile unchanged when the document equals
   * the latest version (a repeated PUT creates nothing), undefined when the buyer has no such profile.
   */
  async addVersion(
    buyerId: string,
    id: string,
    profile: AcceptanceProfile,
  ): Promise<StoredProfile | undefined> {
    if (!STORED_PROFILE_ID.test(id)) return undefined;
    // Read, compare and write in one transaction. SQLite: the transaction holds the only connection.
    // PostgreSQL: the profile row is locked first (FOR UPDATE), so a concurrent addVersion waits and
    // then reads the version this one wrote (READ COMMITTED: each statement sees the latest commit).
    return this.sql.transaction(async () => {
      if (this.sql.dialect === 'postgres')
        await this.sql.get('SELECT id FROM profiles WHERE id = ? AND buyer_id = ? FOR UPDATE', [id, buyerId]);
      const current = await this.get(buyerId, id);
      if (!current) return undefined;
      const version = current.latestVersion + 1;
      const next = stamp(profile, id, current.latestVersion);
      if (JSON.stringify(next) === JSON.stringify(current.profile)) return current;
      const now = this.now();
      await this.sql.run(
        `INSERT INTO profile_versions (profile_id, version, profile_json, created_at) VALUES (?, ?, ?, ?)`,
        [id, version, JSON.stringify(stamp(profile, id, version)), now],
      );
      await this.sql.run(
        'UPDATE profiles SET latest_version = ?, updated_at = ? WHERE id = ? AND latest_version = ?',
        [version, now, id, version - 1],
      );
      return this.get(buyerId, id);
    });
  }

  /** A buyer's profile (archived ones too); undefined when it is not this buyer's. */
  async get(buyerId: string, id: string): Promise<StoredProfile | undefined> {
    if (!STORED_PROFILE_ID.test(id)) return undefined;
    const row = await this.sql.get<Row>(`${LATEST} WHERE p.id = ? AND p.buyer_id = ?`, [id, buyerId]);
    return row && fromRow(row);
  }

  /** A buyer's profiles, oldest first; archived ones only when asked. */
  async list(buyerId: string, options: { archived?: boolean } = {}): Promise<StoredProfile[]> {
    return (
      await this.sql.all<Row>(
        `${LATEST} WHERE p.buyer_id = ? AND (? = 1 OR p.archived_at IS NULL) ORDER BY p.created_at, p.rowid`,
        [buyerId, options.archived ? 1 : 0],
      )
    ).map(fromRow);
  }

  /** One version of a buyer's profile. */
  async version(buyerId: string, id: string, version: number): Promise<StoredProfileVersion | undefined> {
    if (!STORED_PROFILE_ID.test(id)) return undefined;
    const row = await this.sql.get<{
      profile_id: string;
      version: number;
      created_at: string;
      profile_json: string;
    }>(
      `SELECT v.* FROM profile_versions v JOIN profiles p ON p.id = v.profile_id
       WHERE v.profile_id = ? AND v.version = ? AND p.buyer_id = ?`,
      [id, version, buyerId],
    );
    return (
      row && {
        profileId: row.profile_id,
        version: row.version,
        createdAt: row.created_at,
        profile: JSON.parse(row.profile_json) as AcceptanceProfile,
      }
    );
  }

  /** Archives a buyer's profile (idempotent). Returns false when the buyer has no such profile. */
  async archive(buyerId: string, id: string): Promise<boolean> {
    if (!STORED_PROFILE_ID.test(id)) return false;
    // One statement; COALESCE keeps the first archiving time.
    const { changes } = await this.sql.run(
      'UPDATE profiles SET archived_at = COALESCE(archived_at, ?) WHERE id = ? AND buyer_id = ?',
      [this.now(), id, buyerId],
    );
    return changes > 0;
  }
}
