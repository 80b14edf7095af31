/**
 * Live run events across processes (PostgreSQL only): each process announces the `progress` and
 * `finished` events of the runs it checks with `NOTIFY`, and listens (`LISTEN`, on a connection of
 * its own) for those of the others, which it passes to `RunService.observeProgress` /
 * `observeFinished`. So an SSE stream or a `?wait` request on any API process follows a run that a
 * worker on another machine checks, with the same events as on one machine.
 *
 * A notification carries the run id and the progress event only (PostgreSQL caps a payload at 8000
 * bytes): the finished run is read from the database by whoever wants it.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { ProgressEvent } from '../../engine/pipeline.js';
import type { RunRecord } from '../store/runs.js';
import type { PgSql } from '../store/sql.js';
import type { RunService } from './runs.js';

/** The channel of run events. */
export const RUN_EVENTS_CHANNEL = 'proeffactuur_run_events';

type Message = { o: string; t: 'p'; id: string; e: ProgressEvent } | { o: string; t: 'f'; id: string };

/** See the module comment. */
export class RunEventBridge {
  /** This process, so it skips its own notifications. */
  private readonly origin = randomBytes(8).toString('hex');
  private client: pg.Client | undefined;
  private stopped = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly runs: RunService,
    private readonly sql: PgSql,
    private readonly options: { url: string; log: (error: unknown, what: string) => void },
  ) {}

  private readonly onProgress = (runId: string, event: ProgressEvent): void => {
    this.publish({ o: this.origin, t: 'p', id: runId, e: event });
  };

  private readonly onFinished = (run: RunRecord | undefined): void => {
    if (run) this.publish({ o: this.origin, t: 'f', id: run.id });
  };

  /** Starts listening (resolves once listening) and announcing this process's events. */
  async start(): Promise<void> {
    this.runs.on('progress', this.onProgress);
    this.runs.on('finished', this.onFinished);
    await this.listen();
  }

  private publish(message: Message): void {
    const payload = JSON.stringify(message);
    // A progress event too large for a notification is left out (the finished event still goes).
    if (Buffer.byteLength(payload) > 7900) return;
    this.sql
      .raw('SELECT pg_notify($1, $2)', [RUN_EVENTS_CHANNEL, payload])
      .catch((error: unknown) => this.options.log(error, 'run event not announced'));
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.options.url,
      application_name: 'proeffactuur-events',
    });
    client.on('notification', (note) => this.receive(note.payload));
    client.on('error', (error) => {
      // Lost (a database restart): listen again after a second.
      this.options.log(error, 'run event connection');
      if (this.client === client) this.client = undefined;
      client.end().catch(() => undefined);
      this.again();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${RUN_EVENTS_CHANNEL}`);
    } catch (error) {
      client.end().catch(() => undefined);
      if (this.stopped) return;
      this.options.log(error, 'run event connection');
      this.again();
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
  }

  private again(): void {
    if (this.stopped || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.listen();
    }, 1000);
    this.retry.unref();
  }

  private receive(payload: string | undefined): void {
    let message: Message;
    try {
      message = JSON.parse(payload ?? '') as Message;
    } catch {
      return;
    }
    if (message.o === this.origin || typeof message.id !== 'string') return;
    if (message.t === 'p') this.runs.observeProgress(message.id, message.e);
    else if (message.t === 'f')
      this.runs
        .observeFinished(message.id)
        .catch((error: unknown) => this.options.log(error, 'finished run not read'));
  }

  /** Stops announcing and listening. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.runs.off('progress', this.onProgress);
    this.runs.off('finished', this.onFinished);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
