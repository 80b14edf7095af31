/**
 * The supplier portal: a supplier signs in with its e-mail address (a one-time link by e-mail, no
 * password) and sees every live invitation addressed to it, from all buyers, in one place; it opens
 * each invitation's page from there and checks one file against several invitations at once (a run
 * set, `run-sets.ts`).
 *
 * - A sign-in link works once, for {@link SIGN_IN_LINK_TTL_MS}; only its hash is stored.
 * - The answer to "send me a link" is the same whether or not the address has invitations (no account
 *   enumeration); a link is only e-mailed to an address with at least one live invitation.
 * - Asking for links is limited per address ({@link MAX_LINKS_PER_EMAIL}) and per client
 *   ({@link MAX_LINKS_PER_CLIENT}) in a sliding {@link LINK_WINDOW_MS}.
 * - A session sees only invitations whose supplier address is its own: another supplier's invitation
 *   is answered exactly like one that does not exist.
 *
 * HTTP-free apart from the `HarnessError`s it throws.
 */
import type { Lang } from '../../engine/model/finding.js';
import { HarnessError } from '../core/errors.js';
import type { BuyerStore } from '../store/buyers.js';
import type { Invitation, InvitationStore } from '../store/invitations.js';
import type { SupplierPortalStore, SupplierSession } from '../store/supplier-portal.js';
import { normaliseEmail } from '../store/users.js';
import type { InvitationService } from './invitations.js';

/** How long a sign-in link works. */
export const SIGN_IN_LINK_TTL_MS = 15 * 60 * 1000;
/** How long a supplier session lasts. */
export const SUPPLIER_SESSION_TTL_MS = 12 * 60 * 60 * 1000;
/** Sign-in links asked for one e-mail address per window. */
export const MAX_LINKS_PER_EMAIL = 5;
/** Sign-in links asked from one client address per window. */
export const MAX_LINKS_PER_CLIENT = 30;
/** The window of the two limits above. */
export const LINK_WINDOW_MS = 15 * 60 * 1000;

/** Sends a sign-in link (the app wires it to the mailer through `Notifications`). */
export type SignInMailer = (input: {
  to: string;
  path: string;
  lang: Lang;
  minutes: number;
}) => void | Promise<void>;

/** One invitation as the supplier's overview shows it. */
export interface PortalInvitation {
  readonly id: string;
  readonly buyer: { readonly name: string };
  readonly profile: { readonly name: string | null; readonly version: number | null };
  readonly supplierName: string;
  readonly stage: string;
  readonly samples: { readonly passed: number; readonly required: number };
  readonly latestVerdict: string | null;
  readonly expiresAt: string;
  readonly createdAt: string;
}

/** Sliding-window counters per key. */
class Window {
  private readonly hits = new Map<string, number[]>();
  constructor(private readonly now: () => number) {}

  /** Seconds until `key` may be counted again (0: now), with at most `max` per window. */
  wait(key: string, max: number): number {
    const since = this.now() - LINK_WINDOW_MS;
    const kept = (this.hits.get(key) ?? []).filter((at) => at > since);
    if (kept.length === 0) this.hits.delete(key);
    else this.hits.set(key, kept);
    return kept.length >= max ? Math.max(1, Math.ceil((kept[0]! + LINK_WINDOW_MS - this.now()) / 1000)) : 0;
  }

  count(key: string): void {
    this.hits.set(key, [...(this.hits.get(key) ?? []), this.now()]);
  }
}

/** The supplier portal (see the file comment). */
export class SupplierPortalService {
  private readonly window: Window;
  private readonly now: () => Date;

  constructor(
    private readonly deps: {
      store: SupplierPortalStore;
      invitationStore: InvitationStore;
      invitations: InvitationService;
      buyers: BuyerStore;
      /** Absent: no link is e-mailed (the answer is the same). */
      send?: SignInMailer;
      now?: () => Date;
    },
  ) {
    this.now = deps.now ?? (() => new Date());
    this.window = new Window(() => this.now().getTime());
  }

  /**
   * "E-mail me a sign-in link": refuses a malformed address (400) and a client or address over its
   * limit (429); otherwise answers nothing, whether or not a link was sent.
   */
  async requestSignIn(rawEmail: unknown, client: string, lang: Lang): Promise<void> {
    const email = typeof rawEmail === 'string' ? normaliseEmail(rawEmail) : undefined;
    if (!email) throw new HarnessError('supplier_email_invalid');
    const keys: [string, number][] = [
      [`client:${client}`, MAX_LINKS_PER_CLIENT],
      [`email:${email}`, MAX_LINKS_PER_EMAIL],
    ];
    const wait = Math.max(...keys.map(([key, max]) => this.window.wait(key, max)));
    if (wait > 0)
      throw new HarnessError('too_many_attempts', {
        variant: 'sign_in_link',
        vars: { minutes: Math.ceil(wait / 60) },
        extra: { retryAfterSeconds: wait },
      });
    for (const [key] of keys) this.window.count(key);
    if ((await this.liveInvitations(email)).length === 0) return;
    const now = this.now();
    const token = await this.deps.store.createSignInLink(
      email,
      now.toISOString(),
      new Date(now.getTime() + SIGN_IN_LINK_TTL_MS).toISOString(),
    );
    await this.deps.send?.({
      to: email,
      // In the fragment: never sent to the server in a request line, a log or a Referer.
      path: `/supplier.html?lang=${lang}#signin=${token}`,
      lang,
      minutes: SIGN_IN_LINK_TTL_MS / 60_000,
    });
  }

  /** Follows a sign-in link: opens a session, or 410 (used, expired) / 404 (unknown). */
  async signIn(token: unknown): Promise<{ id: string; session: SupplierSession }> {
    const now = this.now();
    const result = await this.deps.store.redeemSignInLink(
      typeof token === 'string' ? token : '',
      now.toISOString(),
    );
    if ('refused' in result) {
      if (result.refused === 'used') throw new HarnessError('sign_in_link_used');
      if (result.refused === 'expired') throw new HarnessError('sign_in_link_expired');
      throw new HarnessError('sign_in_link_invalid');
    }
    return this.deps.store.openSession(
      result.email,
      now.toISOString(),
      new Date(now.getTime() + SUPPLIER_SESSION_TTL_MS).toISOString(),
    );
  }

  /** The live session a cookie names. */
  session(id: string): Promise<SupplierSession | undefined> {
    return this.deps.store.session(id, this.now().toISOString());
  }

  /** Ends a session. */
  async signOut(id: string): Promise<void> {
    await this.deps.store.closeSession(id);
  }

  /** The invitations addressed to `email` whose link still works (not revoked, not expired). */
  async liveInvitations(email: string): Promise<Invitation[]> {
    const now = this.now().getTime();
    return (await this.deps.invitationStore.bySupplierEmail(email)).filter(
      (i) => !i.revokedAt && Date.parse(i.expiresAt) > now,
    );
  }

  /** The supplier's live invitation by id; another supplier's (or a dead one) is 404. */
  async invitation(session: SupplierSession, id: string): Promise<Invitation> {
    const found = (await this.liveInvitations(session.email)).find((i) => i.id === id);
    if (!found) throw new HarnessError('invitation_not_found');
    return found;
  }

  /** The overview: every live invitation of the session's address, from all buyers. */
  async overview(session: SupplierSession): Promise<PortalInvitation[]> {
    const result: PortalInvitation[] = [];
    for (const invitation of await this.liveInvitations(session.email)) {
      const { invitations } = this.deps;
      const status = await invitations.status(invitation);
      const stored = await invitations.profileOf(invitation);
      result.push({
        id: invitation.id,
        buyer: { name: await this.buyerName(invitation) },
        profile: { name: stored?.profile.name ?? null, version: stored?.latestVersion ?? null },
        supplierName: invitation.supplierName,
        stage: status.stage,
        samples: { passed: status.samples.passed, required: status.samples.required },
        latestVerdict: status.latestRun?.verdict ?? null,
        expiresAt: invitation.expiresAt,
        createdAt: invitation.createdAt,
      });
    }
    return result;
  }

  /** The buyer's name as the supplier knows it: the profile's buyer, else the account's name. */
  async buyerName(invitation: Invitation): Promise<string> {
    return (
      (await this.deps.invitations.profileOf(invitation))?.profile.buyer?.name ??
      (await this.deps.buyers.getBuyer(invitation.buyerId))?.name ??
      ''
    );
  }

  /** The buyer's name for one of its invitations (by id), else the buyer account's name. */
  async buyerNameOf(buyerId: string, invitationId?: string): Promise<string> {
    const invitation = invitationId ? await this.deps.invitationStore.get(buyerId, invitationId) : undefined;
    return invitation ? this.buyerName(invitation) : ((await this.deps.buyers.getBuyer(buyerId))?.name ?? '');
  }

  /**
   * A link to one of the supplier's invitation pages (`/i/<token>`), working until the session ends;
   * the link the buyer sent keeps working.
   */
  async pageLink(session: SupplierSession, invitationId: string): Promise<string> {
    const invitation = await this.invitation(session, invitationId);
    const token = await this.deps.store.createAccessLink(
      invitation.id,
      session.email,
      this.now().toISOString(),
      session.expiresAt,
    );
    return `/i/${token}`;
  }
}
