/**
 * The profile service: validation (the one validator, `profiles/schema.ts`) in front of the profile
 * store, and how a run finds its profile (a preset, or a buyer's stored profile). HTTP-free apart from
 * the `HarnessError`s it throws, so routes stay thin.
 */
import type { AcceptanceProfile } from '../../engine/model/profile.js';
import { DEFAULT_PRESET_ID, findPreset, presets } from '../../profiles/presets.js';
import { type SemanticOptions, validateProfile } from '../../profiles/schema.js';
import { HarnessError } from '../core/errors.js';
import type { Buyer } from '../store/buyers.js';
import { type ProfileStore, STORED_PROFILE_ID, type StoredProfile } from '../store/profiles.js';
import type { AuditService } from './audit.js';

/** 400 `profile_invalid` with every problem. */
export function profileInvalid(problems: readonly unknown[]): HarnessError {
  const extra = { errors: problems };
  return problems.length === 1
    ? new HarnessError('profile_invalid', { variant: 'one', extra })
    : new HarnessError('profile_invalid', { vars: { count: problems.length }, extra });
}

/** 404 for a profile that does not exist or is another buyer's: the same answer, no content. */
export const profileNotFound = (): HarnessError => new HarnessError('profile_not_found');

const profileArchived = (): HarnessError => new HarnessError('profile_archived');

/** A validated profile or a thrown `profile_invalid`. */
export function validOrThrow(
  body: unknown,
  fallback: { id: string; version: number },
  options: SemanticOptions,
): AcceptanceProfile {
  const result = validateProfile(body, fallback, options);
  if (!result.ok) throw profileInvalid(result.problems);
  return result.profile;
}

/** Buyers' profiles with validation in front. */
export class ProfileService {
  constructor(private readonly store: ProfileStore) {}

  /** Where profile changes are recorded, each in the change's transaction (set by the app). */
  audit?: AuditService;

  /** Runs a change and its audit entry in one transaction (without an audit log: the change alone). */
  private audited<T>(
    buyer: Buyer,
    actor: string,
    change: () => Promise<T>,
    entry: (
      result: T,
    ) =>
      | { action: 'profile.created' | 'profile.updated' | 'profile.archived'; id: string; version?: number }
      | undefined,
  ): Promise<T> {
    const { audit } = this;
    if (!audit) return change();
    return audit.within(async () => {
      const result = await change();
      const what = entry(result);
      if (what)
        await audit.record({
          buyerId: buyer.id,
          actor,
          action: what.action,
          entityType: 'profile',
          entityId: what.id,
          ...(what.version !== undefined && { data: { version: what.version } }),
        });
      return result;
    });
  }

  /** Validates a document without storing it. */
  validate(body: unknown, options: SemanticOptions): AcceptanceProfile {
    return validOrThrow(body, { id: 'new', version: 1 }, options);
  }

  /** Validates and stores a new profile (version 1). The store assigns `id` and `version`. */
  create(buyer: Buyer, body: unknown, actor = 'unknown'): Promise<StoredProfile> {
    const profile = validOrThrow(body, { id: 'new', version: 1 }, { mode: 'create' });
    return this.audited(
      buyer,
      actor,
      () => this.store.create(buyer.id, profile),
      (stored) => ({ action: 'profile.created', id: stored.id, version: stored.latestVersion }),
    );
  }

  /** Validates and stores a new version; an identical document creates none. */
  async update(
    buyer: Buyer,
    id: string,
    body: unknown,
    actor = 'unknown',
  ): Promise<{ profile: StoredProfile; created: boolean }> {
    // Reading the current version and adding the new one are one transaction (with an audit log):
    // a concurrent update cannot come in between (validation is synchronous, it holds no one up).
    const { current, stored } = await this.atomically(async () => {
      const current = await this.get(buyer, id);
      if (current.archivedAt) throw profileArchived();
      const profile = validOrThrow(
        body,
        { id, version: current.latestVersion },
        { mode: 'update', previous: current.profile },
      );
      const stored = await this.audited(
        buyer,
        actor,
        () => this.store.addVersion(buyer.id, id, profile),
        (added) =>
          added && added.latestVersion !== current.latestVersion
            ? { action: 'profile.updated', id, version: added.latestVersion }
            : undefined,
      );
      return { current, stored };
    });
    if (!stored) throw profileNotFound();
    return { profile: stored, created: stored.latestVersion !== current.latestVersion };
  }

  /** Runs `work` in the audit log's transaction (without an audit log: as it is). */
  private atomically<T>(work: () => Promise<T>): Promise<T> {
    return this.audit ? this.audit.within(work) : work();
  }

  /** A buyer's profile, or 404. */
  async get(buyer: Buyer, id: string): Promise<StoredProfile> {
    const stored = await this.store.get(buyer.id, id);
    if (!stored) throw profileNotFound();
    return stored;
  }

  /** A buyer's profiles. */
  list(buyer: Buyer, options: { archived?: boolean } = {}): Promise<StoredProfile[]> {
    return this.store.list(buyer.id, options);
  }

  /** One version of a buyer's profile, or 404. */
  async version(buyer: Buyer, id: string, version: number) {
    const found = Number.isSafeInteger(version) ? await this.store.version(buyer.id, id, version) : undefined;
    if (!found) throw new HarnessError('profile_version_not_found');
    return found;
  }

  /** Archives a buyer's profile, or 404. */
  async archive(buyer: Buyer, id: string, actor = 'unknown'): Promise<void> {
    // Archiving is idempotent; only the first time is a change. The read of the state before is in
    // the same transaction as the archiving, so two concurrent calls record one change.
    const archived = await this.audited(
      buyer,
      actor,
      async () => {
        const before = await this.store.get(buyer.id, id);
        const done = await this.store.archive(buyer.id, id);
        return { done, first: done && !before?.archivedAt };
      },
      ({ first }) => (first ? { action: 'profile.archived', id } : undefined),
    );
    if (!archived.done) throw profileNotFound();
  }

  /**
   * The profile a run is checked against: a preset by id (no account needed), or the latest version
   * of a stored profile of the signed-in buyer. A stored profile needs its owner's key: another
   * buyer's profile is answered exactly like one that does not exist.
   */
  async forRun(
    ref: unknown,
    buyer: Buyer | undefined,
    /** Throws (rejects): a stored profile needs a signed-in buyer. */
    requireKey: () => Promise<never>,
  ): Promise<{
    profile: AcceptanceProfile;
    buyerId?: string;
  }> {
    const id = typeof ref === 'string' && ref.trim() !== '' ? ref.trim() : DEFAULT_PRESET_ID;
    const preset = findPreset(id);
    if (preset) return { profile: preset };
    if (STORED_PROFILE_ID.test(id)) {
      if (!buyer) return requireKey();
      const stored = await this.store.get(buyer.id, id);
      if (stored?.archivedAt) throw profileArchived();
      if (stored) return { profile: stored.profile, buyerId: buyer.id };
    }
    const known = [...presets().keys()];
    throw new HarnessError('profile_not_found', {
      variant: 'named_by_run',
      vars: { id, presets: known.join(', ') },
      extra: { presets: known },
    });
  }
}
