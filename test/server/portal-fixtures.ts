/**
 * Shared by the supplier portal tests: three buyers whose profiles differ so that one invoice gets
 * different verdicts (Alpha accepts it; Beta wants a purchase-order number; Gamma wants a buyer
 * reference), each inviting the same supplier, plus a fourth invitation to another supplier; and the
 * sign-in link as the e-mail carries it. The profiles name no buyer (the sample invoice is addressed
 * to none of them): the buyer's name is its account's.
 */
import type { OutboxMessage } from '../../server/store/outbox.js';
import type { TestServer } from './harness.js';

/** The supplier invited by all three buyers. */
export const SUPPLIER_EMAIL = 'facturen@bakkerij.nl';
/** Another supplier, invited by Alpha only. */
export const OTHER_EMAIL = 'info@slagerij.nl';

/** The three buyers and their profiles' rules. */
export const BUYERS = [
  { name: 'Alpha Zorg B.V.', profile: 'Alpha crediteuren', fields: {} },
  { name: 'Beta Bouw B.V.', profile: 'Beta inkoop', fields: { orderReference: { required: true } } },
  { name: 'Gamma Gemeente', profile: 'Gamma facturen', fields: { buyerReference: { required: true } } },
] as const;

/** What the fixtures made. */
export interface Portal {
  /** The supplier's invitations, in the order of {@link BUYERS}. */
  readonly invitations: { id: string; link: string; buyerName: string; apiKey: string }[];
  /** The other supplier's invitation (from Alpha). */
  readonly other: { id: string; link: string };
  /** Every e-mail the server kept (no relay), as it is queued. */
  readonly mails: OutboxMessage[];
}

async function post(server: TestServer, path: string, apiKey: string, body: unknown): Promise<any> {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${path} → ${res.status} ${await res.text()}`);
  return res.json();
}

/** Creates the buyers, profiles and invitations; collects the e-mails from here on. */
export async function setUpPortal(server: TestServer): Promise<Portal> {
  const mails: OutboxMessage[] = [];
  server.services.mailer.on('held', (message: OutboxMessage) => mails.push(message));
  const invitations: Portal['invitations'] = [];
  let other: Portal['other'] | undefined;
  for (const buyer of BUYERS) {
    const { apiKey } = await server.services.buyers.createBuyer(buyer.name);
    const profile = await post(server, '/api/profiles', apiKey, {
      name: buyer.profile,
      channels: 'text',
      fields: buyer.fields,
    });
    const created = await post(server, '/api/invitations', apiKey, {
      supplierName: 'Bakkerij De Korenschoof',
      supplierEmail: SUPPLIER_EMAIL,
      profileId: profile.id,
    });
    invitations.push({
      id: created.invitation.id,
      link: created.link,
      buyerName: buyer.name,
      apiKey,
    });
    if (!other) {
      const theirs = await post(server, '/api/invitations', apiKey, {
        supplierName: 'Slagerij Worst',
        supplierEmail: OTHER_EMAIL,
        profileId: profile.id,
      });
      other = { id: theirs.invitation.id, link: theirs.link };
    }
  }
  return { invitations, other: other!, mails };
}

/** The sign-in link's token in the last sign-in e-mail to `email` (from the link's fragment). */
export function signInToken(mails: readonly OutboxMessage[], email: string): string | undefined {
  const mail = mails.filter((m) => m.kind === 'supplier-sign-in' && m.to === email).at(-1);
  return mail && /#signin=([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1];
}

/** The sign-in link's path in the last sign-in e-mail to `email`. */
export function signInPath(mails: readonly OutboxMessage[], email: string): string | undefined {
  const mail = mails.filter((m) => m.kind === 'supplier-sign-in' && m.to === email).at(-1);
  return mail && /https?:\/\/[^/\s]+(\/supplier\.html\S+)/.exec(mail.text)?.[1];
}
