/**
 * A bounded pool of workers running one script, each a child process (default) or a worker thread.
 * Each task runs in its own worker under a time-out that really stops it: the worker is killed and
 * replaced. A worker that crashes (uncaught error, out of memory) fails only its own task, and a
 * worker that reports an uncaught error is replaced before it takes another task.
 *
 * Why child processes: a worker thread's `resourceLimits` do not protect the process. A large
 * allocation past the limit aborts the whole process ("FATAL ERROR: … JavaScript heap out of memory",
 * Node issue 47224), dropping every other run and request. A child process that runs out of memory
 * dies alone.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
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
  | { readonly type: 'request'; readonly id: number; readonly request: unknown }
  /**
   * An uncaught error or unhandled rejection in the worker; the worker exits right after. `late`: it
   * came after the worker posted its last task's result (it belongs to that task, not to the next).
   */
  | { readonly type: 'fault'; readonly late: boolean; readonly error: SerializedError };

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

/** The worker ran out of memory (its heap limit, or the pool's memory limit) and was stopped. */
export class TaskOutOfMemoryError extends TaskFailedError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TaskOutOfMemoryError';
  }
}

/** Options of one task. */
export interface TaskOptions<TProgress> {
  readonly timeoutMs: number;
  readonly onProgress?: (event: TProgress) => void;
  /** Buffers moved to the worker instead of copied (worker threads only; a child process gets a copy). */
  readonly transfer?: readonly ArrayBuffer[];
  /** Answers the task's requests; without it every request is refused. */
  readonly onRequest?: RequestHandler;
  /** Receives the errors the task survived (`incident` messages), to log them. */
  readonly onIncident?: (incident: unknown) => void;
  /**
   * Receives an uncaught error the worker raised after this task had returned its result (the task
   * caused it; it cannot change the result any more, but it must be logged against the task).
   */
  readonly onLateFault?: (error: Error) => void;
}

interface Pending<TResult, TProgress> {
  readonly task: unknown;
  readonly options: TaskOptions<TProgress>;
  readonly resolve: (result: TResult) => void;
  readonly reject: (error: Error) => void;
  /**
   * Set when the task's worker faulted while running it and the task went back to the queue: the
   * fault, and the task that worker ran before (the other suspect). Faulting again on a fresh worker
   * proves the task guilty; finishing proves the one before guilty.
   */
  retry?: { readonly error: Error; readonly suspect?: TaskOptions<TProgress> };
}

/** How workers are kept apart from the process that owns the pool. */
export type Isolation = 'process' | 'thread';

/** Pool options. */
export interface PoolOptions {
  /** Number of workers. */
  readonly size: number;
  /** Heap limit per worker in MB (default 1024), so a hostile file kills its worker, not the server. */
  readonly maxHeapMb?: number;
  /**
   * Resident memory limit per worker in MB (child processes only; default: none): a worker past it
   * (e.g. buffers outside the heap) is killed and its task fails out of memory.
   */
  readonly maxRssMb?: number;
  /** `process` (default): child processes; `thread`: worker threads (no protection against a heap abort). */
  readonly isolation?: Isolation;
  /** Extra environment of child processes. */
  readonly env?: Readonly<Record<string, string>>;
}

/** One worker, as the pool sees it: a thread or a child process behind the same small interface. */
interface Handle extends EventEmitter {
  post(message: unknown, transfer: readonly ArrayBuffer[]): void;
  /** Kills the worker; its `exit` follows (and keeps the process alive until then). */
  terminate(): void;
  /** An idle worker does not keep the process alive; a busy or dying one does. */
  unref(): void;
  ref(): void;
  /** Resident memory in bytes when known (child processes on Linux). */
  rss(): number | undefined;
  /** Whether the worker died of memory exhaustion. */
  readonly outOfMemory: boolean;
}

class ThreadHandle extends EventEmitter implements Handle {
  private readonly worker: Worker;
  outOfMemory = false;

  constructor(scriptPath: string, maxHeapMb: number) {
    super();
    this.worker = new Worker(scriptPath, {
      resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
      stdout: false,
      stderr: false,
    });
    this.worker.on('message', (message) => this.emit('message', message));
    this.worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') this.outOfMemory = true;
      this.emit('error', error);
    });
    this.worker.on('exit', (code) => this.emit('exit', code));
  }

  post(message: unknown, transfer: readonly ArrayBuffer[]): void {
    this.worker.postMessage(message, [...transfer]);
  }

  terminate(): void {
    void this.worker.terminate();
  }

  unref(): void {
    this.worker.unref();
  }

  ref(): void {
    this.worker.ref();
  }

  rss(): number | undefined {
    return undefined;
  }
}

/** V8's out-of-memory dump (its first lines are the GC trace, then the fatal error). */
const OOM_TEXT = /heap out of memory|Allocation failed|Reached heap limit|Last few GCs|allocation failure;/;

class ProcessHandle extends EventEmitter implements Handle {
  private readonly child: ChildProcess;
  outOfMemory = false;
  private exited = false;

  constructor(scriptPath: string, maxHeapMb: number, env: Readonly<Record<string, string>>) {
    super();
    this.child = fork(scriptPath, [], {
      execArgv: [`--max-old-space-size=${maxHeapMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
      env: { ...process.env, ...env },
    });
    // The child's stderr goes on to ours. V8's out-of-memory dump is recognised there and replaced
    // by one line: a supervisor that watches for "heap out of memory" must not think the server died.
    this.child.stderr?.on('data', (chunk: Buffer) => {
      if (this.outOfMemory) return;
      if (OOM_TEXT.test(chunk.toString('latin1'))) {
        this.outOfMemory = true;
        process.stderr.write(
          `proeffactuur: pipeline worker ${this.child.pid} reached its heap limit (${maxHeapMb} MB) and stopped; its run fails (run_out_of_memory), the server goes on\n`,
        );
        return;
      }
      process.stderr.write(chunk);
    });
    this.child.on('message', (message) => this.emit('message', message));
    // Spawn or IPC errors; the exit that follows (if any) ends the task.
    this.child.on('error', (error) => {
      if (this.exited) return;
      this.emit('error', error);
    });
    // 'close' (not 'exit'): its stderr has been read, so an out-of-memory abort is known by then.
    this.child.on('close', (code, signal) => {
      this.exited = true;
      this.emit('exit', code ?? (signal ? 128 : 1), signal);
    });
  }

  post(message: unknown): void {
    if (this.exited || !this.child.connected) return;
    // A send to a worker that just died fails; its exit event ends the task.
    this.child.send(message as object, (error) => error && undefined);
  }

  terminate(): void {
    if (this.exited) return;
    this.ref();
    this.child.kill('SIGKILL');
  }

  unref(): void {
    this.child.unref();
    this.child.channel?.unref();
    (this.child.stderr as { unref?: () => void } | null)?.unref?.();
  }

  ref(): void {
    this.child.ref();
    this.child.channel?.ref();
    (this.child.stderr as { ref?: () => void } | null)?.ref?.();
  }

  rss(): number | undefined {
    if (this.child.pid === undefined || this.exited) return undefined;
    try {
      const pages = Number(readFileSync(`/proc/${this.child.pid}/statm`, 'latin1').split(' ')[1]);
      return Number.isFinite(pages) ? pages * 4096 : undefined;
    } catch {
      return undefined;
    }
  }
}

/** The task a worker is running. */
interface Running<TResult, TProgress> {
  readonly pending: Pending<TResult, TProgress>;
  /** Ends the task's outstanding requests (their work is dropped) when the task ends in any way. */
  readonly requests: AbortController;
  readonly timer: NodeJS.Timeout;
  readonly watchdog?: NodeJS.Timeout;
}

/** One worker and what it is doing. */
interface Slot<TResult, TProgress> {
  readonly handle: Handle;
  ready: boolean;
  /** Being stopped (replaced or closed): takes no task. */
  retired: boolean;
  running?: Running<TResult, TProgress>;
  /** The options of the task it ran last (a late fault is logged against that task). */
  last?: TaskOptions<TProgress>;
}

/** A pool of `size` workers of one script. Tasks beyond `size` wait in order. */
export class WorkerPool<TTask, TResult, TProgress = unknown> {
  private readonly idle: Slot<TResult, TProgress>[] = [];
  private readonly waiting: Pending<TResult, TProgress>[] = [];
  private readonly all = new Set<Slot<TResult, TProgress>>();
  private closed = false;
  private spawned = 0;

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

  /** Workers started so far, replacements included (a counter for tests and metrics). */
  get workersStarted(): number {
    return this.spawned;
  }

  /** Starts a worker; it joins the idle list when it says it is ready. */
  private spawn(): void {
    const heap = this.options.maxHeapMb ?? 1024;
    const handle: Handle =
      (this.options.isolation ?? 'process') === 'process'
        ? new ProcessHandle(this.scriptPath, heap, this.options.env ?? {})
        : new ThreadHandle(this.scriptPath, heap);
    this.spawned++;
    const slot: Slot<TResult, TProgress> = { handle, ready: false, retired: false };
    handle.on('message', (message: WorkerMessage<TResult, TProgress>) => this.onMessage(slot, message));
    handle.on('error', (error: Error) => this.onCrash(slot, error));
    handle.on('exit', (code: number) => this.onExit(slot, code));
    this.all.add(slot);
  }

  /** Takes a worker out of service and starts its replacement (unless the pool is closed). */
  private retire(slot: Slot<TResult, TProgress>): void {
    if (slot.retired) return;
    slot.retired = true;
    const at = this.idle.indexOf(slot);
    if (at >= 0) this.idle.splice(at, 1);
    slot.handle.terminate();
    if (!this.closed) this.spawn();
  }

  private onMessage(slot: Slot<TResult, TProgress>, message: WorkerMessage<TResult, TProgress>): void {
    if (message.type === 'ready') {
      if (slot.ready) return;
      slot.ready = true;
      // A ready, idle worker does not keep the process alive (a running task's timer does).
      slot.handle.unref();
      if (this.closed || slot.retired) return;
      this.idle.push(slot);
      this.dispatch();
      return;
    }
    if (message.type === 'fault') {
      this.onFault(slot, message.late, reviveError(message.error));
      return;
    }
    const running = slot.running;
    if (!running) return;
    const { pending } = running;
    if (message.type === 'progress') pending.options.onProgress?.(message.event);
    else if (message.type === 'request') this.answer(slot, running, message.id, message.request);
    else if (message.type === 'incident') pending.options.onIncident?.(message.incident);
    else if (message.type === 'result') this.finish(slot, { result: message.result }, true);
    else if (message.type === 'error')
      this.finish(
        slot,
        { error: new TaskFailedError(message.error.message, { cause: reviveError(message.error) }) },
        true,
      );
  }

  /**
   * An uncaught error in a worker. Reported `late` (after the worker posted its last result), it
   * belongs to the task before. Reported during a task, it may still come from the task before (a
   * promise of that task's document settling late): unless the worker ran nothing before, the task
   * runs once more on a fresh worker, and only a second fault fails it. A task handed over while the
   * fault was on its way is not to blame either: it goes back to the front of the queue.
   */
  private onFault(slot: Slot<TResult, TProgress>, late: boolean, error: Error): void {
    const running = slot.running;
    const suspect = slot.last;
    if (running && !late) {
      const { pending } = running;
      if (pending.retry || !suspect || !this.canResend()) {
        this.finish(slot, { error: new TaskFailedError(error.message, { cause: error }) }, false);
        return;
      }
      this.stopRunning(slot);
      pending.retry = { error, ...(suspect && { suspect }) };
      this.waiting.unshift(pending);
    } else {
      suspect?.onLateFault?.(error);
      if (running) {
        this.stopRunning(slot);
        this.waiting.unshift(running.pending);
      }
    }
    this.retire(slot);
    this.dispatch();
  }

  /** Whether a task can be sent again (a child process got a copy; a thread may have taken its buffers). */
  private canResend(): boolean {
    return (this.options.isolation ?? 'process') === 'process';
  }

  private failure(slot: Slot<TResult, TProgress>, message: string, cause?: unknown): Error {
    return slot.handle.outOfMemory
      ? new TaskOutOfMemoryError(`worker ran out of memory: ${message}`, { cause })
      : new TaskFailedError(message, { cause });
  }

  private onCrash(slot: Slot<TResult, TProgress>, error: Error): void {
    if (slot.running) this.finish(slot, { error: this.failure(slot, error.message, error) }, false);
  }

  private onExit(slot: Slot<TResult, TProgress>, code: number): void {
    this.all.delete(slot);
    if (slot.running) {
      this.finish(slot, { error: this.failure(slot, `worker exited with code ${code}`) }, false);
      return;
    }
    if (slot.retired || this.closed) return;
    // An idle worker that dies is replaced; one that cannot even start (a broken build) must not
    // respawn in a tight loop.
    slot.retired = true;
    const at = this.idle.indexOf(slot);
    if (at >= 0) this.idle.splice(at, 1);
    if (slot.ready) this.spawn();
    else setTimeout(() => this.closed || this.spawn(), 1000).unref();
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
      const slot = this.idle.pop()!;
      const pending = this.waiting.shift()!;
      this.execute(slot, pending);
    }
  }

  private answer(
    slot: Slot<TResult, TProgress>,
    running: Running<TResult, TProgress>,
    id: number,
    request: unknown,
  ): void {
    const reply = (message: WorkerReply, transfer: readonly ArrayBuffer[] = []): void => {
      if (slot.running === running) slot.handle.post(message, transfer);
    };
    const handler = running.pending.options.onRequest;
    if (!handler) {
      reply({ type: 'reply', id, ok: false, error: { message: 'requests are not handled' } });
      return;
    }
    handler(request, running.requests.signal).then(
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
  }

  private execute(slot: Slot<TResult, TProgress>, pending: Pending<TResult, TProgress>): void {
    const { timeoutMs } = pending.options;
    const timer = setTimeout(
      () => this.finish(slot, { error: new TaskTimeoutError(timeoutMs) }, false),
      timeoutMs,
    );
    const maxRss = this.options.maxRssMb && this.options.maxRssMb * 1024 * 1024;
    const watchdog =
      maxRss !== undefined && maxRss > 0
        ? setInterval(() => {
            const rss = slot.handle.rss();
            if (rss === undefined || rss <= maxRss) return;
            this.finish(
              slot,
              {
                error: new TaskOutOfMemoryError(
                  `worker used ${Math.round(rss / 1048576)} MB, over its limit of ${this.options.maxRssMb} MB`,
                ),
              },
              false,
            );
          }, 200)
        : undefined;
    slot.handle.ref();
    slot.running = {
      pending,
      requests: new AbortController(),
      timer,
      ...(watchdog && { watchdog }),
    };
    slot.handle.post(pending.task, pending.options.transfer ?? []);
  }

  /** Ends the slot's task without settling it. */
  private stopRunning(slot: Slot<TResult, TProgress>): Running<TResult, TProgress> | undefined {
    const running = slot.running;
    if (!running) return undefined;
    slot.running = undefined;
    running.requests.abort();
    clearTimeout(running.timer);
    if (running.watchdog) clearInterval(running.watchdog);
    slot.last = running.pending.options;
    return running;
  }

  private finish(
    slot: Slot<TResult, TProgress>,
    outcome: { result: TResult } | { error: Error },
    reusable: boolean,
  ): void {
    const running = this.stopRunning(slot);
    if (!running) return;
    if (reusable && !this.closed && !slot.retired) {
      slot.handle.unref();
      this.idle.push(slot);
    } else this.retire(slot);
    // A task that faulted once and then finished on a fresh worker: the fault was its predecessor's.
    const retry = running.pending.retry;
    if (retry && 'result' in outcome) retry.suspect?.onLateFault?.(retry.error);
    if ('result' in outcome) running.pending.resolve(outcome.result);
    else running.pending.reject(outcome.error);
    this.dispatch();
  }

  /** Stops every worker; waiting tasks are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.waiting.splice(0)) pending.reject(new TaskFailedError('the pool is closed'));
    const exits = [...this.all].map(
      (slot) => new Promise<void>((resolve) => slot.handle.once('exit', () => resolve())),
    );
    for (const slot of this.all) {
      slot.retired = true;
      slot.handle.terminate();
    }
    this.idle.length = 0;
    await Promise.all(exits);
  }
}
