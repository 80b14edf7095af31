/**
 * Keep-alive timing of the HTTP server. Node closes an idle kept-alive connection after 5 s by
 * default; a client that sends its next request on that connection just as the server closes it gets
 * `ECONNRESET` (a POST is not retried). Keeping idle connections for 65 s makes that race rare for
 * clients and leaves it to a load balancer in front (their idle time-outs are usually 60 s), which
 * closes first.
 */
import type { Server } from 'node:http';

/** How long an idle kept-alive connection stays open, in ms. */
export const KEEP_ALIVE_MS = 65_000;

/** Sets the keep-alive and header time-outs on `server` and returns it. */
export function keepConnectionsAlive<S extends Server>(server: S): S {
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  // Headers must be allowed to take longer than the idle wait, or an idle connection's next request
  // could be cut off by the header time-out first.
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  return server;
}
