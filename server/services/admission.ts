/**
 * Admission of uploads: the one gate every upload path goes through (a buyer's key or session, an
 * invitation link, the anonymous page, and the e-mail intake once it exists). It applies the buyer's
 * own limits (`buyer set-limits`) or the server's, and per-client limits, where the client is the buyer
 * (for keys, sessions and invitation links) or the address (anonymous uploads):
 * - the largest upload (`413 file_too_large`, applied while the body is read),
 * - queued plus running runs (`429 too_many_active_runs`),
 * - bytes uploaded per day, UTC (`429 daily_upload_limit`, `Retry-After` until midnight UTC),
 * - the global queue (`503 queue_full`) and the disk (`503 storage_full`), through `RunService.submit`.
 *
 * `admit` runs before the body is read (a client over its limits is refused without reading a byte);
 * `submit` checks again and stores the run in one transaction (`RunService.transaction`; other callers
 * of the database wait until it ends; on PostgreSQL another process's check of the same client waits
 * on an advisory lock), so concurrent uploads cannot all pass on the same free place.
 *
 * The counts are the database's, not this process's: each run stores its client's key ('buyer:<id>' or
 * 'address:<address or IPv6 /64>'), so every instance and every API process applies the same limits,
 * and a restart forgets nothing. The retention sweep forgets the address of runs whose day is over.
 * HTTP-free apart from the `HarnessError`s it throws.
 */
import { isIPv6 } from 'node:net';
import type { ExpectedSeller } from '../../engine/model/expected-seller.js';
import type { AcceptanceProfile } from '../../engine/model/profile.js';
import type { Config } from '../core/config.js';
import { HarnessError } from '../core/errors.js';
import type { IncomingBlob } from '../store/blobs.js';
import type { BuyerStore } from '../store/buyers.js';
import type { RunRecord } from '../store/runs.js';
import type { RunService } from './runs.js';

/** Who uploads: a buyer (key, session, invitation link), or an address (anonymous). */
export type UploadClient = { readonly buyerId: string } | { readonly address: string };

/** The server-wide limits admission applies (from the configuration). */
export type AdmissionConfig = Pick<
  Config,
  | 'maxUploadBytes'
  | 'buyerMaxActiveRuns'
  | 'buyerMaxBytesPerDay'
  | 'anonymousMaxActiveRuns'
  | 'anonymousMaxBytesPerDay'
>;

/** The defaults of `loadConfig`, for callers that build the service without a configuration. */
export const DEFAULT_ADMISSION: AdmissionConfig = {
  maxUploadBytes: 50 * 1024 * 1024,
  buyerMaxActiveRuns: 20,
  buyerMaxBytesPerDay: 2000 * 1024 * 1024,
  anonymousMaxActiveRuns: 3,
  anonymousMaxBytesPerDay: 200 * 1024 * 1024,
};

/** The limits that apply to one client. */
export interface ClientLimits {
  /** Largest upload in bytes. */
  readonly maxUploadBytes: number;
  /** Most queued plus running runs. */
  readonly maxActiveRuns: number;
  /** Most bytes uploaded per day (UTC). */
  readonly maxBytesPerDay: number;
}

/** A client allowed to upload now, with its limits (from {@link AdmissionService.admit}). */
export interface AdmissionTicket {
  readonly client: UploadClient;
  readonly limits: ClientLimits;
}

/** What a run needs besides the file and the client. */
export interface AdmittedRun {
  readonly profile: AcceptanceProfile;
  readonly supplierReference?: string;
  readonly callbackUrl?: string;
  readonly callbackSecret?: string;
  /** The supplier's master data the run compares the invoice with (a run through an invitation). */
  readonly expectedSeller?: ExpectedSeller;
}

/** A received file (streamed to disk), or whole bytes (e-mail, CLI). */
export type AdmittedFile =
  | {
      readonly incoming: IncomingBlob;
      readonly name?: string;
      readonly facts: {
        readonly sha256: string;
        readonly bytes: number;
        readonly kind: RunRecord['file']['kind'];
      };
    }
  | { readonly bytes: Uint8Array; readonly name?: string };

const MB = 1024 * 1024;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The key an address counts under: IPv4 as it is (an IPv4-mapped IPv6 address as its IPv4), IPv6 by
 * its /64 network, which one subscriber usually holds whole.
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  const groups = address.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group || '0', 16).toString(16))
    .join(':')}::/64`;
}

const clientKey = (client: UploadClient): string =>
  'buyerId' in client ? `buyer:${client.buyerId}` : `address:${addressKey(client.address)}`;

/** The gate of every upload. */
export class AdmissionService {
  constructor(
    private readonly runs: RunService,
    private readonly buyers: BuyerStore,
    private readonly config: AdmissionConfig = DEFAULT_ADMISSION,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The limits of a client: a buyer's own where it has them, the server's otherwise. */
  async limitsOf(client: UploadClient): Promise<ClientLimits> {
    if ('buyerId' in client) {
      const own = await this.buyers.limitsOf(client.buyerId);
      return {
        maxUploadBytes: own.maxUploadBytes ?? this.config.maxUploadBytes,
        maxActiveRuns: own.maxActiveRuns ?? this.config.buyerMaxActiveRuns,
        maxBytesPerDay: this.config.buyerMaxBytesPerDay,
      };
    }
    return {
      maxUploadBytes: this.config.maxUploadBytes,
      maxActiveRuns: this.config.anonymousMaxActiveRuns,
      maxBytesPerDay: this.config.anonymousMaxBytesPerDay,
    };
  }

  /**
   * Before the body is read: whether this client may upload now (429 when it has as many active runs
   * as its limit or has used its bytes of the day; 503 when the queue is full). Returns its limits.
   */
  async admit(client: UploadClient): Promise<AdmissionTicket> {
    const limits = await this.limitsOf(client);
    await this.check(client, limits, 0);
    return { client, limits };
  }

  /**
   * After the body is read: checks again (with the file's size) and stores the run, in one transaction
   * with the counting below, so a concurrent upload cannot slip in between the check and the insert.
   * The caller discards the incoming file afterwards in any case (a no-op once it is stored).
   */
  async submit(ticket: AdmissionTicket, file: AdmittedFile, run: AdmittedRun): Promise<RunRecord> {
    const { client, limits } = ticket;
    const size = 'incoming' in file ? file.facts.bytes : file.bytes.length;
    if (size > limits.maxUploadBytes)
      throw new HarnessError('file_too_large', {
        vars: { mb: (limits.maxUploadBytes / MB).toFixed(limits.maxUploadBytes < MB ? 2 : 0) },
        extra: { limitBytes: limits.maxUploadBytes },
      });
    // The re-check, the insert and the counting (bytes of the day, an address's runs) in one
    // transaction: a second upload's check waits until this one is stored and counted.
    return this.runs.transaction(async () => {
      const key = clientKey(client);
      await this.runs.clients.lock(key);
      await this.check(client, limits, size);
      const buyerId = 'buyerId' in client ? client.buyerId : undefined;
      return this.runs.submit({
        ...('incoming' in file ? { incoming: file.incoming, facts: file.facts } : { bytes: file.bytes }),
        ...(file.name !== undefined && { name: file.name }),
        ...run,
        ...(buyerId !== undefined && { buyerId, maxActiveRuns: limits.maxActiveRuns }),
        clientKey: key,
      });
    });
  }

  /** Bytes a client has uploaded today (UTC), in the runs it started (every process's). */
  uploadedToday(client: UploadClient): Promise<number> {
    const midnight = Math.floor(this.now().getTime() / DAY_MS) * DAY_MS;
    return this.runs.clients.bytesSince(clientKey(client), new Date(midnight));
  }

  /** Queued plus running runs of a client (every process's). */
  activeRuns(client: UploadClient): Promise<number> {
    return 'buyerId' in client
      ? this.runs.activeRunsOf(client.buyerId)
      : this.runs.clients.activeRuns(clientKey(client));
  }

  private async check(client: UploadClient, limits: ClientLimits, size: number): Promise<void> {
    if ((await this.activeRuns(client)) >= limits.maxActiveRuns)
      throw new HarnessError('too_many_active_runs', {
        vars: { limit: limits.maxActiveRuns },
        extra: { retryAfterSeconds: 5, limit: limits.maxActiveRuns },
      });
    const used = await this.uploadedToday(client);
    if (used >= limits.maxBytesPerDay || used + size > limits.maxBytesPerDay) {
      const now = this.now().getTime();
      const midnight = Math.ceil((now + 1) / DAY_MS) * DAY_MS;
      throw new HarnessError('daily_upload_limit', {
        vars: { mb: (limits.maxBytesPerDay / MB).toFixed(limits.maxBytesPerDay < MB ? 2 : 0) },
        extra: {
          retryAfterSeconds: Math.max(1, Math.ceil((midnight - now) / 1000)),
          limitBytes: limits.maxBytesPerDay,
        },
      });
    }
    await this.runs.checkQueue();
  }
}
