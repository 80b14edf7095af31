/**
 * A bounded pool of worker threads running one script. Each task runs in its own worker under a
 * time-out that really stops it: the worker is terminated and replaced. A worker that crashes
 * (uncaught error, out of memory) fails only its own task.
 */
import { Worker } from 'node:worker_threads';
import { reviveError, type SerializedError } from './serialized-error.js';

/**
 * Messages a pool worker posts back. A worker posts `ready` once, when its modules are loaded: only
 * then does it get tasks, so a task's time-out never counts a worker's start-up.
 */
export type WorkerMessage<TResult, TProgress> =
  | { readonly type: 'ready' }
  | { readonly type: 'progress'; readonly event: TProgress }
  | { readonly type: 'result'; readonly result: TResult }
  /** The task failed: the error's name, message and stack. */
  | { readonly type: 'error'; readonly error: SerializedError }
  /** An error the task survived (e.g. a stage that threw), for the operator's log. */
  | { readonly type: 'incident'; readonly incident: unknown }
  /** The worker asks the main thread for something (e.g. OCR of a page) and waits for the `reply`. */
  | { readonly type: 'request'; readonly id: number; readonly request: unknown };

/** The main thread's answer to a worker's `request`. */
export type WorkerReply =
  | { readonly type: 'reply'; readonly id: number; readonly ok: true; readonly value: unknown }
  | {
      readonly type: 'reply';
      readonly id: number;
      readonly ok: false;
      readonly error: { readonly code?: string; readonly message: string };
    };

/** Answers a worker's request; `signal` aborts when the task ends (done, failed, timed out). */
export type RequestHandler = (
  request: unknown,
  signal: AbortSignal,
) => Promise<{ value: unknown; transfer?: readonly ArrayBuffer[] }>;

/** The task ran past its time-out and its worker was terminated. */
export class TaskTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`task timed out after ${timeoutMs} ms`);
    this.name = 'TaskTimeoutError';
  }
}

/** The worker failed: an error it reported, a crash, or an unexpected exit. */
export class TaskFailedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TaskFailedError';
  }
}

/** Options of one task. */
export interface TaskOptions<TProgress> {
  readonly timeoutMs: number;
  readonly onProgress?: (event: TProgress) => void;
  /** Buffers moved to the worker instead of copied. */
  readonly transfer?: readonly ArrayBuffer[];
  /** Answers the task's requests; without it every request is refused. */
  readonly onRequest?: RequestHandler;
  /** Receives the errors the task survived (`incident` messages), to log them. */
  readonly onIncident?: (incident: unknown) => void;
}

interface Pending<TResult, TProgress> {
  readonly task: unknown;
  readonly options: TaskOptions<TProgress>;
  readonly resolve: (result: TResult) => void;
  readonly reject: (error: Error) => void;
}

/** Pool options. */
export interface PoolOptions {
  /** Number of worker threads. */
  readonly size: number;
  /** Heap limit per worker in MB, so a hostile file kills its worker, not the server. */
  readonly maxHeapMb?: number;
}

/** A pool of `size` workers of one script. Tasks beyond `size` wait in order. */
export class WorkerPool<TTask, TResult, TProgress = unknown> {
  private readonly idle: Worker[] = [];
  private readonly waiting: Pending<TResult, TProgress>[] = [];
  private readonly all = new Set<Worker>();
  private closed = false;

  constructor(
    private readonly scriptPath: string,
    private readonly options: PoolOptions,
  ) {
    for (let i = 0; i < options.size; i++) this.spawn();
  }

  /** Number of workers. */
  get size(): number {
    return this.options.size;
  }

  /** Starts a worker; it joins the idle list when it says it is ready. */
  private spawn(): void {
    const worker = new Worker(this.scriptPath, {
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? 1024 },
      stdout: false,
      stderr: false,
    });
    let ready = false;
    const onReady = (message: { type?: string }): void => {
      if (message?.type !== 'ready') return;
      ready = true;
      worker.off('message', onReady);
      // A ready, idle worker does not keep the process alive (a running task's timer does).
      worker.unref();
      if (this.closed) return;
      this.idle.push(worker);
      this.dispatch();
    };
    worker.on('message', onReady);
    // An idle or starting worker that dies is replaced; a busy one fails its task (see `execute`).
    worker.on('error', () => undefined);
    worker.on('exit', () => {
      this.all.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      if (this.closed || (ready && at < 0)) return; // closed, or busy: `execute` replaces it
      // A worker that cannot even start (a broken build) must not respawn in a tight loop.
      if (ready) this.spawn();
      else setTimeout(() => this.closed || this.spawn(), 1000).unref();
    });
    this.all.add(worker);
  }

  /** Runs a task in a free worker (or when one frees up). */
  run(task: TTask, options: TaskOptions<TProgress>): Promise<TResult> {
    if (this.closed) return Promise.reject(new TaskFailedError('the pool is closed'));
    return new Promise<TResult>((resolve, reject) => {
      this.waiting.push({ task, options, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.waiting.length > 0) {
      const worker = this.idle.pop()!;
      const pending = this.waiting.shift()!;
      this.execute(worker, pending);
    }
  }

  private execute(worker: Worker, pending: Pending<TResult, TProgress>): void {
    let settled = false;
    // Ends the task's outstanding requests (their work is dropped) when the task ends in any way.
    const requests = new AbortController();
    const answer = (id: number, request: unknown): void => {
      const reply = (message: WorkerReply, transfer: readonly ArrayBuffer[] = []): void => {
        if (!settled) worker.postMessage(message, [...transfer]);
      };
      const handler = pending.options.onRequest;
      if (!handler) {
        reply({ type: 'reply', id, ok: false, error: { message: 'requests are not handled' } });
        return;
      }
      handler(request, requests.signal).then(
        ({ value, transfer }) => reply({ type: 'reply', id, ok: true, value }, transfer),
        (error: unknown) =>
          reply({
            type: 'reply',
            id,
            ok: false,
            error: {
              message: error instanceof Error ? error.message : String(error),
              ...(error instanceof Error && 'code' in error && { code: String(error.code) }),
            },
          }),
      );
    };
    const finish = (outcome: { result: TResult } | { error: Error }, reusable: boolean): void => {
      if (settled) return;
      settled = true;
      requests.abort();
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (reusable && !this.closed) this.idle.push(worker);
      else {
        void worker.terminate();
        if (!this.closed) this.spawn();
      }
      if ('result' in outcome) pending.resolve(outcome.result);
      else pending.reject(outcome.error);
      this.dispatch();
    };
    const onMessage = (message: WorkerMessage<TResult, TProgress>): void => {
      if (message.type === 'ready') return;
      if (message.type === 'progress') pending.options.onProgress?.(message.event);
      else if (message.type === 'request') answer(message.id, message.request);
      else if (message.type === 'incident') pending.options.onIncident?.(message.incident);
      else if (message.type === 'result') finish({ result: message.result }, true);
      else
        finish(
          { error: new TaskFailedError(message.error.message, { cause: reviveError(message.error) }) },
          true,
        );
    };
    const onError = (error: Error): void =>
      finish({ error: new TaskFailedError(error.message, { cause: error }) }, false);
    const onExit = (code: number): void =>
      finish({ error: new TaskFailedError(`worker exited with code ${code}`) }, false);
    const timer = setTimeout(
      () => finish({ error: new TaskTimeoutError(pending.options.timeoutMs) }, false),
      pending.options.timeoutMs,
    );
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(pending.task, pending.options.transfer ? [...pending.options.transfer] : []);
  }

  /** Stops every worker; waiting tasks are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.waiting.splice(0)) pending.reject(new TaskFailedError('the pool is closed'));
    await Promise.all([...this.all].map((worker) => worker.terminate()));
    this.idle.length = 0;
  }
}
