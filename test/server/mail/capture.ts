/**
 * A capturing SMTP server for tests (the "relay"): a real smtp-server on 127.0.0.1 that accepts every
 * message and parses it with mailparser, so tests read what nodemailer really sent.
 */
import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message the relay received. */
export interface Captured {
  readonly raw: string;
  readonly parsed: ParsedMail;
  readonly envelopeTo: readonly string[];
}

/** A running capturing relay. */
export interface CaptureRelay {
  readonly port: number;
  /** `smtp://127.0.0.1:<port>` (no TLS, no auth). */
  readonly url: string;
  readonly messages: Captured[];
  /** Resolves when `count` messages have arrived in all. */
  waitFor(count: number): Promise<Captured[]>;
  close(): Promise<void>;
}

/** Starts a capturing relay on a free port. */
export async function startCaptureRelay(): Promise<CaptureRelay> {
  const messages: Captured[] = [];
  const events = new EventEmitter();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw)
          .then((parsed) => {
            messages.push({ raw, parsed, envelopeTo: session.envelope.rcptTo.map((r) => r.address) });
            events.emit('message');
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor(count) {
      return new Promise((resolve) => {
        const check = (): void => {
          if (messages.length >= count) {
            events.off('message', check);
            resolve(messages.slice(0, count));
          }
        };
        events.on('message', check);
        check();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port on 127.0.0.1 where nothing listens (a relay that is down). */
export async function closedPort(): Promise<number> {
  const { createServer } = await import('node:net');
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Resolves with the first `event` the emitter emits whose argument passes `test`. */
export function nextEvent<T>(
  emitter: EventEmitter,
  event: string,
  test: (value: T) => boolean = () => true,
): Promise<T> {
  return new Promise((resolve) => {
    const listener = (value: T): void => {
      if (!test(value)) return;
      emitter.off(event, listener);
      resolve(value);
    };
    emitter.on(event, listener);
  });
}
