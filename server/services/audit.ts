/**
 * The audit log as the services write it: every approval, rejection and override of a sample, every
 * waiver and its removal, every profile change, API key change and user change, with who, when, what
 * and why. A change and its entry are written in one transaction (`within`), so neither is stored
 * without the other.
 */

import type { AuditEntry, AuditQuery, AuditStore, NewAuditEntry } from '../store/audit.js';
import type { Buyer } from '../store/buyers.js';

/** An entry as the service is given it: the moment is its own clock's. */
export type AuditRecord = Omit<NewAuditEntry, 'at'>;

/** Longest page of `GET /api/audit`. */
export const MAX_AUDIT_PAGE = 100;

/** Writes and reads the audit log. */
export class AuditService {
  constructor(
    private readonly store: AuditStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Appends one entry, now. */
  record(entry: AuditRecord): Promise<AuditEntry> {
    return this.store.append({ ...entry, at: this.now().toISOString() });
  }

  /** Runs a change and the entries it records in one transaction. */
  within<T>(change: () => Promise<T>): Promise<T> {
    return this.store.transaction(change);
  }

  /** A page of the buyer's log, newest first. */
  list(buyer: Buyer, query: AuditQuery): Promise<AuditEntry[]> {
    return this.store.list(buyer.id, { ...query, limit: Math.min(query.limit, MAX_AUDIT_PAGE + 1) });
  }
}
