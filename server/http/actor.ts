/** Who acts in a request, as reviews and the audit log name them. */
import type { Request } from 'express';
import type { UserStore } from '../store/users.js';
import { sessionOf } from './session.js';

/**
 * Who is acting: a signed-in user's e-mail; or the API key, by its first characters (never the whole
 * secret) — `API key pfk_AbCdEfGh…`, or for a browser session opened with a key, `API key key_…` (its id).
 */
export async function actorOf(req: Request, users: UserStore): Promise<string> {
  const header = req.get('authorization');
  if (header) return `API key ${/^Bearer\s+(\S{0,12})/i.exec(header)?.[1] ?? ''}…`;
  const session = sessionOf(req)?.session;
  const user = session?.userId ? await users.user(session.userId) : undefined;
  return user?.email ?? `API key ${session?.keyId ?? ''}`;
}
