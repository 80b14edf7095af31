/** Users, sessions and invitations as stored: hashes only, expiry, and what ends a session. */
import { describe, expect, test } from '@jest/globals';
import { BuyerStore } from '../../../server/store/buyers.js';
import { openDatabase } from '../../../server/store/database.js';
import { InvitationStore } from '../../../server/store/invitations.js';
import { ProfileStore } from '../../../server/store/profiles.js';
import { hashPassword, SESSION_TTL_MS, UserStore, verifyPassword } from '../../../server/store/users.js';
import { testProfile } from '../../helpers.js';

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

  test('shorter than 12 characters, or a second user with one e-mail, is refused', async () => {
    const db = openDatabase(':memory:');
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
    const stored = db.prepare('SELECT password_hash FROM users').all() as { password_hash: string }[];
    expect(JSON.stringify(stored)).not.toContain('een lang genoeg wachtwoord');
  });
});

describe('sessions', () => {
  test('store only a hash of the session id and end after their lifetime', async () => {
    const db = openDatabase(':memory:');
    const buyers = new BuyerStore(db);
    const { buyer, apiKey } = await buyers.createBuyer('ACME');
    let now = new Date('2026-01-12T09:00:00Z');
    const users = new UserStore(db, () => now);
    const keyId = (await users.keyIdOf(apiKey))!;
    const { id, session } = await users.openSession({ buyerId: buyer.id, keyId });
    expect(JSON.stringify(db.prepare('SELECT * FROM sessions').all())).not.toContain(id);
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
    const db = openDatabase(':memory:');
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
    const db = openDatabase(':memory:');
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
    const db = openDatabase(':memory:');
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
    expect(JSON.stringify(db.prepare('SELECT * FROM invitations').all())).not.toContain(token);
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
