/**
 * The run queue: uploads become stored runs, and a dispatcher feeds queued runs to the pipeline
 * pool as workers free up. The queue lives in the database, so queued and interrupted runs survive
 * a restart; only the file being processed is in memory.
 */
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { type Logger, pino } from 'pino';
import { newErrorId } from '../../engine/error-id.js';
import type { ExpectedSeller } from '../../engine/model/expected-seller.js';
import type { Verdict } from '../../engine/model/finding.js';
import type { AcceptanceProfile } from '../../engine/model/profile.js';
import type { Incomplete, Report } from '../../engine/model/report.js';
import type { ProgressEvent } from '../../engine/pipeline.js';
import { fileFacts, type KnownFileFacts, sniffKind } from '../../engine/stages/intake.js';
import { unfinished, unfinishedReport } from '../../engine/unfinished.js';
import { checkFile, type RunFailure } from '../../runtime/check-file.js';
import type { PipelinePool } from '../../runtime/pool/pipeline-pool.js';
import { HarnessError } from '../core/errors.js';
import type { Blobs, IncomingBlob } from '../store/blobs.js';
import { FINAL_STATUSES, type RunListQuery, type RunRecord, type RunStore } from '../store/runs.js';
import type { RunQueue } from './run-queue.js';

/** A run that was started this many times without finishing is given up (it may crash the process). */
export const MAX_ATTEMPTS = 3;

/** Error codes of a full disk (SQLite's, PostgreSQL's `disk_full` and the file system's). */
const DISK_FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT', '53100']);

/** Whether an error says the disk (or the database's size limit) is full. */
export const isDiskFull = (error: unknown): boolean =>
  DISK_FULL.has(String((error as { code?: unknown } | undefined)?.code ?? ''));

/** A new, unguessable run id. */
export const newRunId = (): string => `run_${randomBytes(16).toString('base64url')}`;

/** Shape of run ids, to answer 404 before touching the database. */
export const RUN_ID = /^run_[A-Za-z0-9_-]{22}$/;

/** Whether an error says the disk (ENOSPC, EDQUOT) or the database (SQLITE_FULL, PostgreSQL 53100) has no room. */
export function isStorageFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL' || code === '53100';
}

/** What `RunService.submit` takes: the file as whole bytes or as a received upload. */
export type SubmitInput = {
  name?: string;
  profile: AcceptanceProfile;
  buyerId?: string;
  supplierReference?: string;
  callbackUrl?: string;
  callbackSecret?: string;
  /** Most queued plus running runs this run's buyer may have (checked with `buyerId`). */
  maxActiveRuns?: number;
  /** The bytes' facts when the caller computed them already (over these very bytes). */
  facts?: KnownFileFacts;
  /** For the run of a PDF taken from an e-mail message: the message's run. */
  parentRunId?: string;
  /** The supplier's master data the run compares the invoice with (a run through an invitation). */
  expectedSeller?: ExpectedSeller;
  /** Who uploaded it, as admission counts it (set by `AdmissionService.submit`). */
  clientKey?: string;
} & ({ bytes: Uint8Array; incoming?: undefined } | { incoming: IncomingBlob; bytes?: undefined });

/** 429 for a buyer with too many runs waiting or running. */
const tooManyActiveRuns = (limit: number): HarnessError =>
  new HarnessError('too_many_active_runs', { vars: { limit }, extra: { retryAfterSeconds: 5, limit } });

/**
 * Events: `stopping` when shutdown begins (requests waiting for a run answer at once), `progress`
 * (runId, ProgressEvent) while running, `finished` (RunRecord) at the end, `erased`
 * (runId) when a run's data is erased, and `reviewed` (RunRecord, 'approved' | 'rejected', comment?)
 * when a buyer approves or rejects a sample (emitted by the onboarding service, `server/services/invitations.ts`).
 */
export class RunService extends EventEmitter {
  /**
   * The `progress` and `finished` events of every run, whichever process checks it: this process's
   * own, and (with several processes on PostgreSQL) those other processes announce
   * (`RunEventBridge`). Live views (SSE, `?wait`) listen here; what must happen once per run
   * (webhooks, e-mails, metrics) listens to this service's own events, which only the process that
   * checked the run emits.
   */
  readonly observed = new EventEmitter();
  private active = 0;
  private draining = false;
  private stopping = false;
  private readonly progress = new Map<string, ProgressEvent>();
  /**
   * When another process last reported each run's progress (ms), oldest first: an entry whose
   * finished notification this process missed (a LISTEN connection that was away) is dropped once it
   * is older than a run may take, or when the run is read and is no longer running.
   */
  private readonly remoteProgressAt = new Map<string, number>();
  private readonly inFlight = new Set<Promise<void>>();
  /** The loop taking queued runs while it runs (one at a time, see `pump`). */
  private pumping: Promise<void> | undefined;
  /** `pump` was called while the loop ran: it looks at the queue again before it ends. */
  private pumpAgain = false;
  private readonly log: Logger;
  /** No run is taken before this time (ms): storing results failed, e.g. the disk is full. */
  private pausedUntil = 0;
  private resumeTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: RunStore,
    private readonly blobs: Blobs,
    private readonly pool: PipelinePool,
    private readonly options: {
      runTimeoutMs: number;
      maxQueuedRuns: number;
      now?: () => Date;
      /**
       * Where a run's errors go, each with the run id, the error id its report shows, and the stack
       * (default: nowhere; `server/main.ts` gives the server's logger).
       */
      log?: Logger;
      /** After the store failed (e.g. a full disk), runs are taken again after this long (default 30 s). */
      storageRetryMs?: number;
      /**
       * The pg-boss queue (several processes on PostgreSQL). Absent: the runs table is the queue and
       * this process takes every run (the one-machine default).
       */
      queue?: RunQueue;
      /** Whether this process checks runs (false for an API-only process, `ROLE=api`). Default true. */
      takesRuns?: boolean;
    },
  ) {
    super();
    this.setMaxListeners(0);
    this.observed.setMaxListeners(0);
    this.log = options.log ?? pino({ enabled: false });
  }

  override emit(event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'progress' || event === 'finished') this.observed.emit(event, ...args);
    return super.emit(event, ...args);
  }

  /** Another process reports a run's progress (see `observed`). */
  observeProgress(runId: string, event: ProgressEvent): void {
    const now = (this.options.now?.() ?? new Date()).getTime();
    // Oldest first: drop the entries older than a run may take (a run past its time-out has ended).
    for (const [id, at] of this.remoteProgressAt) {
      if (now - at <= this.options.runTimeoutMs * 2) break;
      this.remoteProgressAt.delete(id);
      this.progress.delete(id);
    }
    this.remoteProgressAt.delete(runId); // to the end: the newest
    this.remoteProgressAt.set(runId, now);
    this.progress.set(runId, event);
    this.observed.emit('progress', runId, event);
  }

  /** Progress entries this process holds (for tests). */
  get progressEntries(): number {
    return this.progress.size;
  }

  /** Another process finished a run (see `observed`). */
  async observeFinished(runId: string): Promise<void> {
    this.progress.delete(runId);
    this.remoteProgressAt.delete(runId);
    const run = await this.store.get(runId);
    if (run) this.observed.emit('finished', run);
  }

  /** Logs one error of a run: the stack, with the run id and the error id its report shows. */
  private logFailure(runId: string, failure: RunFailure): void {
    const { errorId, stage, checkId, late, error } = failure;
    const where = stage !== undefined ? `stage ${stage}` : checkId !== undefined ? `check ${checkId}` : 'run';
    this.log.error(
      {
        runId,
        errorId,
        ...(stage !== undefined && { stage }),
        ...(checkId !== undefined && { checkId }),
        ...(late && { late }),
        err: error,
      },
      late
        ? 'run raised an error after its report was made (its worker was replaced before the next run)'
        : `${where} failed`,
    );
  }

  private now(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }

  /**
   * Picks up runs left queued or interrupted by a previous process, then starts dispatching. A run
   * interrupted `MAX_ATTEMPTS` times is given up: it ends `failed`, verdict `undetermined`, with a
   * report that says why, and its `finished` event (webhooks, callback) like any other run.
   */
  start(): void {
    if (this.options.takesRuns === false) return;
    // In the background (the services are built synchronously); a failure is logged.
    this.resume().catch((error: unknown) =>
      this.log.error({ err: error }, 'could not resume the runs left by the previous process'),
    );
  }

  private async resume(): Promise<void> {
    const queue = this.options.queue;
    if (queue) {
      // Runs of other live processes are theirs: the queue hands out a dead process's runs when
      // their lease expires. Only runs without a job get one.
      const adopted = await queue.adoptOrphans();
      if (adopted > 0) this.log.info({ runs: adopted }, 'queued runs without a queue job were queued again');
      await queue.work(
        this.pool.size,
        (runId) => this.take(runId),
        (runId) => this.lastAttemptFailed(runId),
      );
      this.log.info({ workers: this.pool.size }, 'Proeffactuur worker takes runs from the queue');
      return;
    }
    for (const id of await this.store.recoverInterrupted(MAX_ATTEMPTS)) await this.giveUp(id);
    this.pump();
  }

  /**
   * Checks one run handed out by the queue (PostgreSQL), while this process holds its lock. A run
   * taken `MAX_ATTEMPTS` times already (its workers died) is given up instead.
   */
  private async take(runId: string): Promise<void> {
    if (this.draining) {
      // Taken just as shutdown began: a new job for it, for another worker.
      await this.options.queue!.enqueue(runId);
      return;
    }
    const run = await this.store.claim(runId, this.now());
    if (!run) return;
    if (run.attempts > MAX_ATTEMPTS) {
      await this.giveUp(run.id);
      return;
    }
    this.log.debug({ runId, attempt: run.attempts }, 'run taken');
    this.active++;
    const job = this.process(run).finally(() => {
      this.active--;
      this.inFlight.delete(job);
    });
    this.inFlight.add(job);
    await job;
  }

  /** The queue gave up on a run's job (its workers kept dying): the run ends `failed`. */
  private async lastAttemptFailed(runId: string): Promise<void> {
    const run = await this.store.get(runId);
    if (run && !FINAL_STATUSES.has(run.status)) await this.giveUp(runId);
  }

  /**
   * Puts a run that was being checked back in the queue without counting the attempt (shutdown, or
   * its result could not be stored). Resolves with whether it went back.
   */
  private async handBack(runId: string): Promise<boolean> {
    const queue = this.options.queue;
    if (!queue) return this.store.release(runId);
    return this.store.transaction(async () => {
      const released = await this.store.release(runId);
      if (released) await queue.enqueue(runId);
      return released;
    });
  }

  private async giveUp(id: string): Promise<void> {
    const run = await this.store.get(id);
    if (!run) return;
    const error = unfinished('run_interrupted', { attempts: run.attempts });
    const report = unfinishedReport(run.profile, { ...run.file }, error);
    await this.store.finish(id, { status: 'failed', verdict: 'undetermined', report, error }, this.now());
    this.log.warn({ runId: id, attempts: run.attempts }, 'run given up: interrupted too many times');
    this.emit('finished', await this.store.get(id));
  }

  /**
   * Stores the file and a queued run; the run is processed as soon as a worker is free. The file is
   * whole `bytes` (CLI, tests, e-mail) or an `incoming` file received from an upload (streamed to
   * disk, with its `facts`), which is moved into the store. Uploads go through `AdmissionService`
   * (`server/services/admission.ts`), which calls this. A full disk or database is `503 storage_full`
   * (nothing stored, logged at error level).
   *
   * The limit checks, storing the file and inserting the run are one transaction (`RunStore.transaction`;
   * a caller's transaction around it, as `AdmissionService.submit`'s, is joined): concurrent submits
   * cannot all pass on the same free place. The file's facts (hashing) are computed before, outside it.
   */
  async submit(input: SubmitInput): Promise<RunRecord> {
    const facts =
      input.incoming !== undefined
        ? (input.facts ?? {
            sha256: input.incoming.sha256,
            bytes: input.incoming.bytes,
            kind: sniffKind(input.incoming.head),
          })
        : fileFacts(input);
    const incoming = input.incoming;
    const id = newRunId();
    const file = {
      sha256: facts.sha256,
      bytes: facts.bytes,
      kind: facts.kind,
      ...(input.name !== undefined && { name: input.name }),
    };
    await this.store.transaction(async () => {
      if (input.buyerId !== undefined && input.maxActiveRuns !== undefined) {
        await this.store.lockBuyer(input.buyerId);
        if ((await this.store.activeCountOf(input.buyerId)) >= input.maxActiveRuns)
          throw tooManyActiveRuns(input.maxActiveRuns);
      }
      await this.checkQueue();
      // In the same transaction as the run: on PostgreSQL the file is a row written with it.
      await this.storingAsync(async () => {
        if (incoming) await this.blobs.adopt(incoming);
        else await this.blobs.put(facts.sha256, input.bytes!);
      });
      try {
        await this.storingAsync(() =>
          this.store.insert({
            id,
            profile: input.profile,
            ...(input.buyerId !== undefined && { buyerId: input.buyerId }),
            file,
            createdAt: this.now(),
            ...(input.supplierReference !== undefined && { supplierReference: input.supplierReference }),
            ...(input.callbackUrl !== undefined && { callbackUrl: input.callbackUrl }),
            ...(input.callbackSecret !== undefined && { callbackSecret: input.callbackSecret }),
            ...(input.parentRunId !== undefined && { parentRunId: input.parentRunId }),
            ...(input.expectedSeller && { expectedSeller: input.expectedSeller }),
            ...(input.clientKey !== undefined && { clientKey: input.clientKey }),
          }),
        );
        // With PostgreSQL, the run's job is sent in this transaction too.
        if (this.options.queue) await this.storingAsync(() => this.options.queue!.enqueue(id));
      } catch (error) {
        // The file stored a moment ago belongs to no run: remove it, unless another run uses it.
        try {
          if (!(await this.store.fileInUse(facts.sha256))) await this.blobs.delete(facts.sha256);
        } catch {
          // Best effort: the database that just failed may fail again.
        }
        throw error;
      }
    });
    // Not awaited: the loop may have to wait for a transaction of the caller (the admission's).
    // When no other caller's transaction is open, it claims the next run before this reads it back.
    if (!this.options.queue && this.options.takesRuns !== false) this.pump();
    return (await this.store.get(id))!;
  }

  /** Throws `503 queue_full` when the queue holds its maximum (before and after reading an upload). */
  async checkQueue(): Promise<void> {
    if ((await this.store.queuedCount()) >= this.options.maxQueuedRuns) {
      throw new HarnessError('queue_full', { extra: { retryAfterSeconds: 30 } });
    }
  }

  /** Queued plus running runs of a buyer. */
  activeRunsOf(buyerId: string): Promise<number> {
    return this.store.activeCountOf(buyerId);
  }

  /**
   * What admission counts per client (its key, stored with each run it submits): queued plus running
   * runs, and bytes uploaded since a moment. `lock` (in a transaction) makes other processes' checks
   * of the same client wait until it ends. In the database, so every process sees the same figures.
   */
  readonly clients = {
    lock: (clientKey: string): Promise<void> => this.store.lockClient(clientKey),
    activeRuns: (clientKey: string): Promise<number> => this.store.activeCountOfClient(clientKey),
    bytesSince: (clientKey: string, since: Date): Promise<number> =>
      this.store.bytesOfClientSince(clientKey, since.toISOString()),
  };

  /** Runs `work` in one transaction on the runs' database (see `RunStore.transaction`). */
  transaction<T>(work: () => Promise<T>): Promise<T> {
    return this.store.transaction(work);
  }

  /** A new temporary file for an upload being received (see `BlobStore.incoming`). */
  incoming(): IncomingBlob {
    return this.storing(() => this.blobs.incoming());
  }

  /** Runs a write; a full disk or database becomes `503 storage_full` (logged), other errors pass. */
  private storing<T>(write: () => T): T {
    try {
      return write();
    } catch (error) {
      throw this.storageError(error);
    }
  }

  /** `storing` for an asynchronous write. */
  private async storingAsync<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      throw this.storageError(error);
    }
  }

  /** `503 storage_full` for a full disk or database (logged at error level); other errors as they are. */
  storageError(error: unknown): unknown {
    if (!isStorageFull(error)) return error;
    this.log.error({ err: error }, 'no room to store an upload: the disk or the database is full');
    return new HarnessError('storage_full', { extra: { retryAfterSeconds: 60 }, cause: error });
  }

  /** A run, with its latest progress while it runs. */
  async get(id: string): Promise<(RunRecord & { progress?: ProgressEvent }) | undefined> {
    if (!RUN_ID.test(id)) return undefined;
    const run = await this.store.get(id);
    const progress = this.progress.get(id);
    if (progress && run?.status !== 'running' && this.remoteProgressAt.has(id)) {
      // Another process's run that ended without this process hearing of it.
      this.progress.delete(id);
      this.remoteProgressAt.delete(id);
    }
    return run && (progress && run.status === 'running' ? { ...run, progress } : run);
  }

  /**
   * Resolves with the run once it is final, or as it is after `timeoutMs`, or at once when the server
   * starts shutting down (`stopping` event: the waiting request answers with the run as it is).
   */
  async waitFor(id: string, timeoutMs: number): Promise<RunRecord | undefined> {
    if (timeoutMs <= 0) return this.get(id);
    // Listening before reading the run: a run that finishes while it is being read is not missed.
    let done = (): void => {};
    const settled = new Promise<void>((resolve) => {
      const onFinished = (finished: RunRecord): void => {
        if (finished.id === id) done();
      };
      const timer = setTimeout(() => done(), timeoutMs);
      done = (): void => {
        clearTimeout(timer);
        this.observed.off('finished', onFinished);
        this.off('stopping', done);
        resolve();
      };
      this.observed.on('finished', onFinished);
      this.once('stopping', done);
    });
    const run = await this.get(id);
    if (!run || FINAL_STATUSES.has(run.status)) {
      done();
      return run;
    }
    await settled;
    return this.get(id);
  }

  /** A page of a buyer's runs, newest first. */
  list(query: RunListQuery): Promise<RunRecord[]> {
    return this.store.list(query);
  }

  /**
   * Erases a finished run's uploaded file (unless another run that is not erased uses the same file),
   * its report and its other personal data; the run keeps its id, times and verdict. Returns the run
   * as it is now; `erased: false` when it was erased before. Listeners of `erased` remove what else
   * they keep of the run (page images).
   */
  async erase(id: string): Promise<{ run: RunRecord; erased: boolean } | undefined> {
    const run = await this.get(id);
    if (!run) return undefined;
    if (!FINAL_STATUSES.has(run.status)) {
      throw new HarnessError('run_not_finished');
    }
    // One transaction: no run taking the same file can be stored between "not in use" and the delete.
    const erased = await this.store.transaction(async () => {
      const erased = await this.store.erase(id, this.now());
      if (erased && run.file.sha256 !== '' && !(await this.store.fileInUse(run.file.sha256)))
        await this.blobs.delete(run.file.sha256);
      return erased;
    });
    if (erased) this.emit('erased', id);
    return { run: (await this.store.get(id))!, erased };
  }

  /** Finished runs created before `before` that still hold data (for the retention sweep). */
  toErase(before: Date, limit: number): Promise<string[]> {
    return this.store.toErase(before.toISOString(), limit);
  }

  /** Forgets the uploading address of finished runs created before `before` (the retention sweep). */
  forgetAddresses(before: Date): Promise<number> {
    return this.store.forgetAddresses(before.toISOString());
  }

  /** Runs being processed and the pool's size, from memory (no database: for `/health`). */
  activity(): { running: number; workers: number } {
    return { running: this.active, workers: this.pool.size };
  }

  /** Numbers for /ready and the metrics (counts the queue in the database). */
  async stats(): Promise<{ queued: number; running: number; workers: number }> {
    const queued = await this.store.queuedCount();
    return { queued, running: this.active, workers: this.pool.size };
  }

  /**
   * Takes queued runs while workers are free. One loop at a time: with the claim awaited, two loops
   * could both see a free worker and start more runs than workers; a call while the loop runs makes
   * it look at the queue again instead.
   */
  private pump(): void {
    if (this.pumping !== undefined) {
      this.pumpAgain = true;
      return;
    }
    this.pumpAgain = false;
    const loop = this.takeRuns()
      .catch((error: unknown) => this.log.error({ err: error }, 'could not dispatch runs'))
      .finally(() => {
        this.pumping = undefined;
        if (this.pumpAgain) this.pump();
      });
    this.pumping = loop;
  }

  private async takeRuns(): Promise<void> {
    while (!this.draining && this.active < this.pool.size && Date.now() >= this.pausedUntil) {
      this.pumpAgain = false;
      let run: RunRecord | undefined;
      try {
        run = await this.store.claimNext(this.now());
      } catch (error) {
        this.storageFailed(error, 'could not take the next run from the queue');
        return;
      }
      if (!run) return;
      if (this.draining) {
        // Shutdown began while the run was claimed: it goes back without counting the attempt.
        await this.store.release(run.id);
        return;
      }
      this.active++;
      const job = this.process(run).finally(() => {
        this.active--;
        this.inFlight.delete(job);
        this.pump();
      });
      this.inFlight.add(job);
    }
  }

  /**
   * The store failed (a full disk, most likely): logs it plainly and takes no run for a while, so the
   * process stays up and retries instead of failing run after run.
   */
  private storageFailed(error: unknown, what: string, runId?: string): void {
    const retryMs = this.options.storageRetryMs ?? 30_000;
    this.pausedUntil = Date.now() + retryMs;
    const full = isDiskFull(error);
    this.log.error(
      {
        ...(runId !== undefined && { runId }),
        code: (error as { code?: unknown }).code,
        err: error,
        retryMs,
      },
      full
        ? `${what}: the disk is full. Free space in the data folder; runs are retried in ${Math.round(retryMs / 1000)} s`
        : `${what}: the database failed; runs are retried in ${Math.round(retryMs / 1000)} s`,
    );
    if (this.resumeTimer) clearTimeout(this.resumeTimer);
    this.resumeTimer = setTimeout(() => {
      this.resumeTimer = undefined;
      this.pump();
    }, retryMs);
    this.resumeTimer.unref();
  }

  /**
   * Stores how a run ended and announces it. When the store fails (a full disk), the run goes back
   * to the queue without counting the attempt, to be checked again later; if even that fails, it stays
   * `running` and the next start queues it again. Never throws.
   */
  private async record(
    run: RunRecord,
    outcome: { status: RunRecord['status']; verdict: Verdict; report: Report; error?: Incomplete },
  ): Promise<void> {
    try {
      await this.store.finish(run.id, outcome, this.now());
    } catch (error) {
      let released = false;
      try {
        released = await this.handBack(run.id);
      } catch {
        // Still 'running' in the store: the next start queues it again.
      }
      this.storageFailed(
        error,
        `could not store the result of run ${run.id} (${released ? 'back in the queue' : 'left running until the next start'})`,
        run.id,
      );
      return;
    }
    let finished: RunRecord | undefined;
    try {
      finished = await this.store.get(run.id);
    } catch (error) {
      this.log.error({ runId: run.id, err: error }, 'could not read the finished run back');
      return;
    }
    this.emit('finished', finished);
  }

  private async process(run: RunRecord): Promise<void> {
    let bytes: Uint8Array;
    try {
      bytes = await this.blobs.get(run.file.sha256);
    } catch (cause) {
      const errorId = newErrorId();
      this.logFailure(run.id, { errorId, error: cause });
      const error = unfinished('run_failed', {}, errorId);
      const report = unfinishedReport(run.profile, { ...run.file }, error);
      await this.record(run, { status: 'failed', verdict: 'undetermined', report, error });
      return;
    }
    // The facts the upload was stored under travel with it: the worker neither hashes nor sniffs it again.
    const { sha256, kind } = run.file;
    const outcome = await checkFile(
      this.pool,
      {
        bytes,
        ...(run.file.name !== undefined && { name: run.file.name }),
        facts: { sha256, bytes: run.file.bytes, kind },
        ...(run.expectedSeller && { expectedSeller: run.expectedSeller }),
      },
      run.profile,
      {
        timeoutMs: this.options.runTimeoutMs,
        document: { ...run.file },
        onFailure: (failure) => this.logFailure(run.id, failure),
        onProgress: (event) => {
          this.progress.set(run.id, event);
          this.emit('progress', run.id, event);
        },
      },
    );
    this.progress.delete(run.id);
    if (outcome.status === 'timed_out')
      this.log.warn({ runId: run.id, timeoutMs: this.options.runTimeoutMs }, 'run timed out');
    // A run cut short by shutdown goes back to the queue without counting the attempt.
    if (outcome.status !== 'completed' && this.stopping) {
      try {
        await this.handBack(run.id);
        this.log.info({ runId: run.id }, 'run handed back to the queue: the server is stopping');
      } catch (error) {
        this.log.error(
          { runId: run.id, err: error },
          'could not hand the run back; the next start queues it',
        );
      }
      return;
    }
    await this.record(
      run,
      outcome.status === 'completed'
        ? { status: 'completed', verdict: outcome.report.verdict, report: outcome.report }
        : { status: outcome.status, verdict: 'undetermined', report: outcome.report, error: outcome.error },
    );
  }

  /**
   * Stops taking runs and waits (up to `graceMs`) for the running ones; those still running then go
   * back to the queue without counting an attempt, and resume at the next start.
   */
  async stop(graceMs: number): Promise<void> {
    this.draining = true;
    if (this.resumeTimer) clearTimeout(this.resumeTimer);
    await this.options.queue?.stopWorking();
    const grace = new Promise((resolve) => setTimeout(resolve, graceMs).unref());
    // A claim under way when draining began hands its run back (see `takeRuns`).
    await this.pumping;
    await Promise.race([Promise.all(this.inFlight), grace]);
    this.stopping = true;
    await this.pool.close();
    // The runs cut short hand themselves back (see `process`) before the database closes.
    await Promise.all(this.inFlight);
  }
}
