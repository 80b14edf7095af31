/** Users, sessions and invitations as stored: hashes only, expiry, and what ends a session. */
import { beforeEach, describe, expect, test } from '@jest/globals';
import { BuyerStore } from '../../../server/store/buyers.js';
import { InvitationStore } from '../../../server/store/invitations.js';
import { ProfileStore } from '../../../server/store/profiles.js';
import type { Sql } from '../../../server/store/sql.js';
import { hashPassword, SESSION_TTL_MS, UserStore, verifyPassword } from '../../../server/store/users.js';
import { testProfile } from '../../helpers.js';
import { storeBackends } from '../../support/backends.js';

const backends = storeBackends();

describe('passwords', () => {
  test('are kept as salted scrypt hashes with their parameters, and verified', async () => {
    const a = await hashPassword('een lang genoeg wachtwoord');
    const b = await hashPassword('een lang genoeg wachtwoord');
    expect(a).toMatch(/^scrypt\$32768\$8\$3\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('een lang genoeg wachtwoord', a)).toBe(true);
    expect(await verifyPassword('een lang genoeg wachtwoorD', a)).toBe(false);
    expect(await verifyPassword('een lang genoeg wachtwoord', 'md5$abc')).toBe(false);
  });
});

describe.each(backends.list)('on %s', (_name, open) => {
  let db: Sql;
  beforeEach(async () => {
    db = await open();
  });

  describe('passwords', () => {
    test('shorter than 12 characters, or a second user with one e-mail, is refused', async () => {
      const buyer = (await new BuyerStore(db).createBuyer('ACME')).buyer;
      const users = new UserStore(db);
      await expect(users.createUser(buyer.id, 'jan@acme.nl', 'kort')).rejects.toThrow(/at least 12/);
      await expect(users.createUser(buyer.id, 'geen adres', 'een lang genoeg wachtwoord')).rejects.toThrow(
        /not an e-mail/,
      );
      await users.createUser(buyer.id, 'jan@acme.nl', 'een lang genoeg wachtwoord');
      await expect(users.createUser(buyer.id, 'JAN@acme.nl', 'een lang genoeg wachtwoord')).rejects.toThrow(
        /already/,
      );
      const stored = await db.all<{ password_hash: string }>('SELECT password_hash FROM users');
      expect(JSON.stringify(stored)).not.toContain('een lang genoeg wachtwoord');
    });
  });

  describe('sessions', () => {
    test('store only a hash of the session id and end after their lifetime', async () => {
      const buyers = new BuyerStore(db);
      const { buyer, apiKey } = await buyers.createBuyer('ACME');
      let now = new Date('2026-01-12T09:00:00Z');
      const users = new UserStore(db, () => now);
      const keyId = (await users.keyIdOf(apiKey))!;
      const { id, session } = await users.openSession({ buyerId: buyer.id, keyId });
      expect(JSON.stringify(await db.all('SELECT * FROM sessions'))).not.toContain(id);
      expect(await users.session(id)).toEqual(session);
      expect(await users.session(`${id.slice(0, -1)}x`)).toBeUndefined();
      now = new Date(now.getTime() + SESSION_TTL_MS - 1000);
      expect(await users.session(id)).toBeDefined();
      now = new Date(now.getTime() + 2000);
      expect(await users.session(id)).toBeUndefined();
    });
  });

  describe('a session opened with a key that expires', () => {
    test('ends when the key expires, not 12 hours later, and says so from the start', async () => {
      let now = new Date('2026-01-12T09:00:00Z');
      const buyers = new BuyerStore(db, () => now.toISOString());
      const users = new UserStore(db, () => now);
      const buyer = (await buyers.createBuyer('ACME')).buyer;
      const expiresAt = '2026-01-12T10:00:00.000Z';
      const key = await buyers.createKey(buyer.id, { expiresAt });
      const { id, session } = await users.openSession({ buyerId: buyer.id, keyId: key.keyId, expiresAt });
      expect(session.expiresAt).toBe(expiresAt);
      now = new Date('2026-01-12T09:59:59Z');
      expect(await users.session(id)).toBeDefined();
      now = new Date('2026-01-12T10:00:01Z');
      expect(await users.session(id)).toBeUndefined();
    });

    test('ends when the key expires even if the session was stored with a longer life', async () => {
      let now = new Date('2026-01-12T09:00:00Z');
      const buyers = new BuyerStore(db, () => now.toISOString());
      const users = new UserStore(db, () => now);
      const buyer = (await buyers.createBuyer('ACME')).buyer;
      const key = await buyers.createKey(buyer.id, { expiresAt: '2026-01-12T10:00:00.000Z' });
      const { id } = await users.openSession({ buyerId: buyer.id, keyId: key.keyId });
      now = new Date('2026-01-12T10:00:01Z');
      expect(await users.session(id)).toBeUndefined();
    });
  });

  describe('invitations', () => {
    test('store only a hash of the link token; a new link replaces the old one', async () => {
      const buyer = (await new BuyerStore(db).createBuyer('ACME')).buyer;
      const profile = await new ProfileStore(db).create(buyer.id, testProfile());
      const store = new InvitationStore(db);
      const { invitation, token } = await store.create({
        buyerId: buyer.id,
        profileId: profile.id,
        supplierName: 'Bakkerij',
        supplierEmail: 'a@b.nl',
        createdAt: '2026-01-12T09:00:00.000Z',
        expiresAt: '2026-02-11T09:00:00.000Z',
      });
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(JSON.stringify(await db.all('SELECT * FROM invitations'))).not.toContain(token);
      expect((await store.byToken(token))?.id).toBe(invitation.id);
      const fresh = (await store.newToken(buyer.id, invitation.id, '2026-03-01T00:00:00.000Z'))!;
      expect(await store.byToken(token)).toBeUndefined();
      expect(await store.byToken(fresh)).toMatchObject({
        id: invitation.id,
        expiresAt: '2026-03-01T00:00:00.000Z',
      });
      expect(await store.newToken('buyer_other', invitation.id, '2026-03-01T00:00:00.000Z')).toBeUndefined();
    });
  });

  describe('users', () => {
    const password = 'een lang genoeg wachtwoord';

    test('two concurrent sign-ups with one e-mail: exactly one user is made', async () => {
      const buyer = (await new BuyerStore(db).createBuyer('ACME')).buyer;
      const users = new UserStore(db);
      const results = await Promise.allSettled([
        users.createUser(buyer.id, 'jan@acme.nl', password),
        users.createUser(buyer.id, 'Jan@Acme.nl', password),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(String(refused.reason)).toMatch(/already a user jan@acme.nl/);
      expect((await users.usersOf(buyer.id)).map((u) => u.email)).toEqual(['jan@acme.nl']);
    }, 60_000);

    test('sign in, disable, new password: sessions end and the first disabling time is kept', async () => {
      let now = new Date('2026-01-12T09:00:00Z');
      const buyer = (await new BuyerStore(db).createBuyer('ACME')).buyer;
      const users = new UserStore(db, () => now);
      const jan = await users.createUser(buyer.id, 'jan@acme.nl', password);
      const piet = await users.createUser(buyer.id, 'piet@acme.nl', password);
      expect((await users.usersOf(buyer.id)).map((u) => u.id)).toEqual([jan.id, piet.id]);
      expect(await users.user('user_nope')).toBeUndefined();
      expect(await users.authenticate('jan@acme.nl', 'een fout wachtwoord!')).toBeUndefined();
      expect(await users.authenticate('nobody@acme.nl', password)).toBeUndefined();
      expect((await users.authenticate(' JAN@acme.nl ', password))?.id).toBe(jan.id);
      expect((await users.user(jan.id))?.lastSignInAt).toBe('2026-01-12T09:00:00.000Z');

      const { id } = await users.openSession({ buyerId: buyer.id, userId: jan.id });
      const other = await users.openSession({ buyerId: buyer.id, userId: piet.id });
      expect((await users.session(id))?.userId).toBe(jan.id);
      expect((await users.disableUser('jan@acme.nl'))?.disabledAt).toBe('2026-01-12T09:00:00.000Z');
      now = new Date('2026-01-12T10:00:00Z');
      expect((await users.disableUser('jan@acme.nl'))?.disabledAt).toBe('2026-01-12T09:00:00.000Z');
      expect(await users.session(id)).toBeUndefined();
      expect(await users.session(other.id)).toBeDefined();
      expect(await users.authenticate('jan@acme.nl', password)).toBeUndefined();
      expect(await users.disableUser('nobody@acme.nl')).toBeUndefined();

      const second = await users.openSession({ buyerId: buyer.id, userId: piet.id });
      const reset = (await users.setPassword('piet@acme.nl', 'nog een lang wachtwoord'))!;
      expect(reset.id).toBe(piet.id);
      expect(await users.session(second.id)).toBeUndefined();
      expect(await users.authenticate('piet@acme.nl', password)).toBeUndefined();
      expect(await users.setPassword('nobody@acme.nl', 'nog een lang wachtwoord')).toBeUndefined();
      expect((await users.setPassword('jan@acme.nl', 'nog een lang wachtwoord'))?.disabledAt).toBeUndefined();
      expect((await users.authenticate('jan@acme.nl', 'nog een lang wachtwoord'))?.id).toBe(jan.id);
    }, 90_000);

    test('a session ends when it is closed or its key is revoked; a revoked key has no id', async () => {
      const buyers = new BuyerStore(db);
      const users = new UserStore(db);
      const { buyer, apiKey, keyId } = await buyers.createBuyer('ACME');
      expect(await users.keyIdOf(apiKey)).toBe(keyId);
      const a = await users.openSession({ buyerId: buyer.id, keyId });
      const b = await users.openSession({ buyerId: buyer.id, keyId });
      expect(a.session.csrfToken).not.toBe(b.session.csrfToken);
      await users.closeSession(a.id);
      expect(await users.session(a.id)).toBeUndefined();
      expect((await users.session(b.id))?.keyId).toBe(keyId);
      await buyers.revokeKey(keyId);
      expect(await users.session(b.id)).toBeUndefined();
      expect(await users.keyIdOf(apiKey)).toBeUndefined();
      expect(await users.session('not a session id')).toBeUndefined();
    });
  });
});
