/**
 * Sign-in lock-out under concurrency: an attempt is counted before its password is hashed, so a burst
 * of guesses cannot all get in before the first failure is recorded; and scrypt work is bounded per
 * account and per client address (the rest answer 429 with Retry-After). Work is counted, not timed.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import {
  MAX_CONCURRENT_HASHES_PER_ACCOUNT,
  MAX_CONCURRENT_HASHES_PER_ADDRESS,
  MAX_FAILURES,
} from '../../server/http/session.js';
import { passwordHashCount, passwordHashPeak, resetPasswordHashPeak } from '../../server/store/users.js';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
let buyerId: string;
const PASSWORD = 'correct horse battery staple';

beforeAll(async () => {
  // Each test comes from its own client address (TRUST_PROXY believes the loopback proxy).
  server = await startTestServer({ trustProxy: ['loopback'] });
  buyerId = (await server.services.buyers.createBuyer('ACME B.V.')).buyer.id;
});
afterAll(() => server.close());

const signIn = async (email: string, password: string, address: string) => {
  const res = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ email, password }),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as any };
};

const burst = (n: number, attempt: (i: number) => ReturnType<typeof signIn>) =>
  Promise.all(Array.from({ length: n }, (_, i) => attempt(i)));

describe('sign-in under a burst of guesses', () => {
  test('30 concurrent wrong passwords for one account: at most the limit are hashed at once, each refused 401, the rest 429', async () => {
    await server.services.users.createUser(buyerId, 'jan@acme.nl', PASSWORD);
    const before = passwordHashCount();
    resetPasswordHashPeak();
    const answers = await burst(30, () => signIn('jan@acme.nl', 'not the password', '203.0.113.1'));
    const hashed = passwordHashCount() - before;
    const statuses = answers.map((a) => a.status);
    const refused = statuses.filter((s) => s === 401).length;
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    expect(refused).toBeGreaterThanOrEqual(1);
    // At most the limit at once; how many in all depends on how the burst arrives (a slot freed by a
    // finished check may be taken by a later request), but never more than the failure limit.
    expect(passwordHashPeak()).toBeLessThanOrEqual(MAX_CONCURRENT_HASHES_PER_ACCOUNT);
    expect(refused).toBeLessThanOrEqual(MAX_FAILURES);
    expect(hashed).toBe(refused);
    for (const answer of answers.filter((a) => a.status === 429)) {
      expect(answer.body.code).toBe('too_many_attempts');
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
    }
  }, 90_000);

  test('the failure limit holds however the guesses are timed: never more than MAX_FAILURES hashes for one account', async () => {
    await server.services.users.createUser(buyerId, 'piet@acme.nl', PASSWORD);
    const before = passwordHashCount();
    // Waves one larger than the concurrency bound, from ever other addresses, until the account is locked.
    const statuses: number[] = [];
    for (let wave = 0; wave < 8; wave++)
      statuses.push(
        ...(
          await burst(MAX_CONCURRENT_HASHES_PER_ACCOUNT + 1, (i) =>
            signIn('piet@acme.nl', 'not the password', `203.0.113.${10 + ((wave * 8 + i) % 200)}`),
          )
        ).map((a) => a.status),
      );
    expect(passwordHashCount() - before).toBeLessThanOrEqual(MAX_FAILURES);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(MAX_FAILURES);
    // Locked: even the right password is not hashed, and waits.
    const count = passwordHashCount();
    expect((await signIn('piet@acme.nl', PASSWORD, '198.51.100.7')).status).toBe(429);
    expect(passwordHashCount()).toBe(count);
  }, 90_000);

  test('30 concurrent guesses at 30 accounts from one address: scrypt work bounded per address', async () => {
    const before = passwordHashCount();
    const answers = await burst(30, (i) => signIn(`gok${i}@acme.nl`, 'not the password', '203.0.113.250'));
    const hashed = passwordHashCount() - before;
    const refused = answers.filter((a) => a.status === 401).length;
    expect(answers.filter((a) => a.status !== 401 && a.status !== 429)).toEqual([]);
    expect(refused).toBeLessThanOrEqual(MAX_CONCURRENT_HASHES_PER_ADDRESS);
    expect(hashed).toBe(refused);
  }, 90_000);

  test('a right password after a few wrong ones still signs in, and a success does not count as a failure', async () => {
    await server.services.users.createUser(buyerId, 'kees@acme.nl', PASSWORD);
    for (let i = 0; i < MAX_FAILURES - 1; i++)
      expect((await signIn('kees@acme.nl', 'not the password', '203.0.113.251')).status).toBe(401);
    expect((await signIn('kees@acme.nl', PASSWORD, '203.0.113.251')).status).toBe(201);
    // The success (counted before its hash like any attempt) cleared the account's failures.
    expect((await signIn('kees@acme.nl', 'not the password', '203.0.113.251')).status).toBe(401);
  }, 90_000);
});
