/**
 * Stored acceptance profiles. Every profile belongs to one buyer; every change is a new, immutable
 * version (the database refuses to update or delete a version row), and deleting archives the profile:
 * its versions stay, so runs keep the exact version they were checked against.
 */
import { onDb } from './turns.js';
import { randomBytes } from 'node:crypto';
import type { AcceptanceProfile } from '../../engine/model/profile.js';
import type { Db } from './database.js';

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

/** Data access for profiles and their versions. */
export class ProfileStore {
  private readonly statements;

  constructor(
    private readonly db: Db,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {
    const latest = `SELECT p.*, v.profile_json FROM profiles p
       JOIN profile_versions v ON v.profile_id = p.id AND v.version = p.latest_version`;
    this.statements = {
      insertProfile: db.prepare(
        `INSERT INTO profiles (id, buyer_id, latest_version, created_at, updated_at)
         VALUES (@id, @buyerId, 1, @now, @now)`,
      ),
      insertVersion: db.prepare(
        `INSERT INTO profile_versions (profile_id, version, profile_json, created_at)
         VALUES (@id, @version, @json, @now)`,
      ),
      bump: db.prepare(
        `UPDATE profiles SET latest_version = @version, updated_at = @now
         WHERE id = @id AND latest_version = @version - 1`,
      ),
      get: db.prepare(`${latest} WHERE p.id = ? AND p.buyer_id = ?`),
      list: db.prepare(
        `${latest} WHERE p.buyer_id = @buyerId AND (@archived = 1 OR p.archived_at IS NULL)
         ORDER BY p.created_at, p.rowid`,
      ),
      version: db.prepare(
        `SELECT v.* FROM profile_versions v JOIN profiles p ON p.id = v.profile_id
         WHERE v.profile_id = ? AND v.version = ? AND p.buyer_id = ?`,
      ),
      archive: db.prepare(
        'UPDATE profiles SET archived_at = @now WHERE id = @id AND buyer_id = @buyerId AND archived_at IS NULL',
      ),
    };
  }

  /** Stores a new profile as version 1 and returns it. */
  async create(buyerId: string, profile: AcceptanceProfile): Promise<StoredProfile> {
    return onDb(this.db, () => {
      const id = newProfileId();
      const now = this.now();
      this.db.transaction(() => {
        this.statements.insertProfile.run({ id, buyerId, now });
        this.statements.insertVersion.run({
          id,
          version: 1,
          json: JSON.stringify(stamp(profile, id, 1)),
          now,
        });
      })();
      return this.getSync(buyerId, id)!;
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
    return onDb(this.db, () => {
      return this.db.transaction(() => {
        const current = this.getSync(buyerId, id);
        if (!current) return undefined;
        const version = current.latestVersion + 1;
        const next = stamp(profile, id, current.latestVersion);
        if (JSON.stringify(next) === JSON.stringify(current.profile)) return current;
        const now = this.now();
        this.statements.insertVersion.run({
          id,
          version,
          json: JSON.stringify(stamp(profile, id, version)),
          now,
        });
        this.statements.bump.run({ id, version, now });
        return this.getSync(buyerId, id);
      })();
    });
  }

  /** A buyer's profile (archived ones too); undefined when it is not this buyer's. */
  async get(buyerId: string, id: string): Promise<StoredProfile | undefined> {
    return onDb(this.db, () => this.getSync(buyerId, id));
  }

  private getSync(buyerId: string, id: string): StoredProfile | undefined {
    if (!STORED_PROFILE_ID.test(id)) return undefined;
    const row = this.statements.get.get(id, buyerId) as Row | undefined;
    return row && fromRow(row);
  }

  /** A buyer's profiles, oldest first; archived ones only when asked. */
  async list(buyerId: string, options: { archived?: boolean } = {}): Promise<StoredProfile[]> {
    return onDb(this.db, () => {
      return (this.statements.list.all({ buyerId, archived: options.archived ? 1 : 0 }) as Row[]).map(
        fromRow,
      );
    });
  }

  /** One version of a buyer's profile. */
  async version(buyerId: string, id: string, version: number): Promise<StoredProfileVersion | undefined> {
    return onDb(this.db, () => {
      if (!STORED_PROFILE_ID.test(id)) return undefined;
      const row = this.statements.version.get(id, version, buyerId) as
        | { profile_id: string; version: number; created_at: string; profile_json: string }
        | undefined;
      return (
        row && {
          profileId: row.profile_id,
          version: row.version,
          createdAt: row.created_at,
          profile: JSON.parse(row.profile_json) as AcceptanceProfile,
        }
      );
    });
  }

  /** Archives a buyer's profile (idempotent). Returns false when the buyer has no such profile. */
  async archive(buyerId: string, id: string): Promise<boolean> {
    return onDb(this.db, () => {
      if (!this.getSync(buyerId, id)) return false;
      this.statements.archive.run({ id, buyerId, now: this.now() });
      return true;
    });
  }
}
