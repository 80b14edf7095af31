/**
 * Signed test certificates. For a completed, accepted run of a buyer (not rejected by the buyer) the
 * supplier and the buyer can download a certificate: a JSON file for machines and a one-page PDF for
 * people. Both carry one compact JWS (Ed25519, `EdDSA`) whose payload names the sample (sha256, name,
 * size), the buyer, the profile version, the engine version, the verdict, the approval state, the
 * date and the run. The PDF embeds the JWS in its document information and ends with a seal: a second
 * JWS over the sha256 of every byte before it, so any changed byte of the PDF fails verification. The
 * JSON file must be exactly the file that was issued (re-rendered from its verified JWS), so any changed
 * byte of it fails too. Verification (`verifyCertificate`) is pure: it takes the key set (the JWKS) and
 * optionally the sample's sha256, and says why a certificate does not verify, in Dutch and English.
 */
import { createHash } from 'node:crypto';
import { CompactSign, compactVerify, importJWK } from 'jose';
import QRCode from 'qrcode';
import { CERTIFICATE_INFO_KEY, drawCertificatePdf } from '../../engine/adapters/certificate-pdf.js';
import type { LocalizedText } from '../../engine/model/finding.js';
import { ENGINE_VERSION } from '../../engine/version.js';
import { detailText, HarnessError } from '../core/errors.js';
import type { BuyerStore } from '../store/buyers.js';
import type { RunRecord } from '../store/runs.js';
import type { PublicJwk, SigningKeyStore } from '../store/signing-keys.js';

/** `typ` of a certificate's payload and of its JSON file. */
export const CERTIFICATE_TYPE = 'proeffactuur-test-certificate';
const SEAL_TYPE = 'proeffactuur-pdf-seal';
/** The comment line that ends a certificate PDF. */
const SEAL_PREFIX = '%ProeffactuurSeal ';

/** Where a sample stands with the buyer when its certificate was issued. */
export type ApprovalState = 'approved' | 'pending' | 'not_required';

/** What a certificate says (the JWS payload). */
export interface CertificatePayload {
  readonly typ: typeof CERTIFICATE_TYPE;
  /** The issuing service (its origin). */
  readonly iss: string;
  /** The key that signed it (also in the JWS header). */
  readonly kid: string;
  readonly runId: string;
  readonly sample: { readonly sha256: string; readonly name: string | null; readonly bytes: number };
  readonly buyer: { readonly id: string; readonly name: string };
  readonly profile: { readonly id: string; readonly version: number; readonly name: string | null };
  readonly engine: { readonly version: string };
  readonly verdict: 'accepted';
  readonly approval: ApprovalState;
  /** When the run finished (ISO 8601). */
  readonly checkedAt: string;
  /** When the certificate was issued (ISO 8601). */
  readonly issuedAt: string;
  /** The public page that verifies it. */
  readonly verifyUrl: string;
}

/** A key set as published at `/.well-known/jwks.json` (with the ids of revoked keys). */
export interface KeySet {
  readonly keys: readonly PublicJwk[];
  readonly revoked?: readonly { readonly kid: string; readonly revokedAt: string }[];
}

/** Why a certificate does (not) verify. */
export type VerificationReason =
  | 'valid'
  | 'malformed'
  | 'file_changed'
  | 'bad_signature'
  | 'unknown_key'
  | 'revoked_key'
  | 'sample_mismatch';

/** The outcome of a verification. */
export interface VerificationResult {
  readonly valid: boolean;
  readonly reason: VerificationReason;
  readonly message: LocalizedText;
  /** Which form was given. */
  readonly form?: 'json' | 'pdf' | 'jws';
  /** The signed payload, when the signature verified. */
  readonly certificate?: CertificatePayload;
  /** Whether the given sample matches (`not_given` without a sample). */
  readonly sample: 'matches' | 'differs' | 'not_given';
}

const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');
const JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** The JSON file of a certificate, byte for byte (verification re-renders it and compares). */
export function certificateJson(jws: string, payload: CertificatePayload): string {
  return `${JSON.stringify({ type: CERTIFICATE_TYPE, certificate: jws, payload, verifyUrl: payload.verifyUrl }, null, 2)}\n`;
}

/** Issues certificates for runs. */
export class CertificateService {
  constructor(
    private readonly keys: SigningKeyStore,
    private readonly buyers: BuyerStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The published key set. */
  jwks(): Promise<KeySet> {
    return this.keys.jwks();
  }

  /**
   * The signed payload for a run, or 409 `certificate_unavailable` (not completed, not accepted,
   * rejected by the buyer, erased, or not a buyer's run). `approval` is the buyer's last decision.
   */
  async issue(
    run: RunRecord,
    context: { origin: string; lastDecision?: 'approved' | 'rejected'; approvalRequired: boolean },
  ): Promise<{ jws: string; payload: CertificatePayload }> {
    if (
      run.status !== 'completed' ||
      run.verdict !== 'accepted' ||
      run.erasedAt !== undefined ||
      run.buyerId === undefined ||
      context.lastDecision === 'rejected'
    )
      throw new HarnessError('certificate_unavailable');
    const key = await this.keys.active();
    const buyer = await this.buyers.getBuyer(run.buyerId);
    const payload: CertificatePayload = {
      typ: CERTIFICATE_TYPE,
      iss: context.origin,
      kid: key.kid,
      runId: run.id,
      sample: { sha256: run.file.sha256, name: run.file.name ?? null, bytes: run.file.bytes },
      buyer: { id: run.buyerId, name: run.profile.buyer?.name ?? buyer?.name ?? '' },
      profile: { id: run.profile.id, version: run.profile.version, name: run.profile.name ?? null },
      engine: { version: run.report?.engine.version ?? ENGINE_VERSION },
      verdict: 'accepted',
      approval:
        context.lastDecision === 'approved'
          ? 'approved'
          : context.approvalRequired
            ? 'pending'
            : 'not_required',
      checkedAt: run.finishedAt ?? run.createdAt,
      issuedAt: this.now().toISOString(),
      verifyUrl: `${context.origin}/verify`,
    };
    return { jws: await this.sign(payload, key.kid, key.privateKey), payload };
  }

  /** The certificate as its PDF: the page, the embedded JWS, and the seal over all bytes before it. */
  async pdf(jws: string, payload: CertificatePayload): Promise<Uint8Array> {
    const link = `${payload.verifyUrl}#${jws}`;
    const qr = QRCode.create(link, { errorCorrectionLevel: 'L' }).modules;
    const approval: Record<ApprovalState, string> = {
      approved: 'goedgekeurd door de ontvanger / approved by the recipient',
      pending: 'wacht op goedkeuring van de ontvanger / awaiting the recipient’s approval',
      not_required: 'niet nodig / not required',
    };
    const page = await drawCertificatePdf({
      title: 'Testcertificaat / Test certificate',
      subtitle:
        'Deze voorbeeldfactuur is goedgekeurd door de controle. / This sample invoice passed the check.',
      rows: [
        { label: 'Bestand / File', value: payload.sample.name ?? '-' },
        { label: 'Grootte / Size', value: `${payload.sample.bytes} bytes` },
        { label: 'Vingerafdruk / Fingerprint (sha256)', value: payload.sample.sha256 },
        { label: 'Ontvanger / Recipient', value: `${payload.buyer.name} (${payload.buyer.id})` },
        {
          label: 'Profiel / Profile',
          value: `${payload.profile.name ?? payload.profile.id} (${payload.profile.id}, versie/version ${payload.profile.version})`,
        },
        { label: 'Uitslag / Verdict', value: 'goedgekeurd / accepted' },
        { label: 'Goedkeuring / Approval', value: approval[payload.approval] },
        { label: 'Gecontroleerd / Checked', value: payload.checkedAt },
        { label: 'Uitgegeven / Issued', value: payload.issuedAt },
        { label: 'Controle-id / Run id', value: payload.runId },
        { label: 'Programma / Engine', value: `Proeffactuur ${payload.engine.version}` },
        { label: 'Sleutel / Key', value: payload.kid },
      ],
      qr: { size: qr.size, dark: (r, c) => Boolean(qr.get(r, c)) },
      qrCaption: 'Controleer dit certificaat / Verify this certificate',
      link: payload.verifyUrl,
      notes: [
        'Dit certificaat is digitaal ondertekend. Upload dit PDF-bestand (en eventueel de voorbeeldfactuur) op de pagina hierboven, of scan de QR-code.',
        'This certificate is digitally signed. Upload this PDF file (and, if you like, the sample invoice) on the page above, or scan the QR code.',
      ],
      jws,
      date: new Date(payload.issuedAt),
    });
    const key = await this.keys.active();
    const seal = await this.sign(
      {
        typ: SEAL_TYPE,
        kid: key.kid,
        runId: payload.runId,
        certificateSha256: sha256(jws),
        pdfSha256: sha256(page),
      },
      key.kid,
      key.privateKey,
    );
    const tail = Buffer.from(`\n${SEAL_PREFIX}${seal}\n`, 'latin1');
    return Buffer.concat([page, tail]);
  }

  private async sign(payload: object, kid: string, key: Parameters<CompactSign['sign']>[0]): Promise<string> {
    return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
      .setProtectedHeader({ alg: 'EdDSA', kid, typ: 'JWT' })
      .sign(key);
  }
}

/** A verification that failed for `reason`. */
const failed = (
  reason: Exclude<VerificationReason, 'valid'>,
  message: LocalizedText,
  extra: Partial<VerificationResult> = {},
): VerificationResult => ({ valid: false, reason, message, sample: 'not_given', ...extra });

/** Verifies one compact JWS against the key set: its form, key and signature. */
async function verifyJws(
  jws: string,
  keys: KeySet,
): Promise<
  { ok: true; payload: Record<string, unknown>; kid: string } | { ok: false; result: VerificationResult }
> {
  const malformed = { ok: false as const, result: failed('malformed', detailText('certificate.malformed')) };
  if (!JWS.test(jws)) return malformed;
  // Each part must be canonical base64url: a changed unused bit of the last character is a change too.
  const parts = jws.split('.');
  if (parts.some((part) => Buffer.from(part, 'base64url').toString('base64url') !== part)) return malformed;
  let header: { alg?: unknown; kid?: unknown };
  try {
    header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as typeof header;
  } catch {
    return malformed;
  }
  if (
    typeof header !== 'object' ||
    header === null ||
    typeof header.kid !== 'string' ||
    header.alg !== 'EdDSA'
  )
    return malformed;
  const kid = header.kid;
  const revoked = keys.revoked?.find((k) => k.kid === kid);
  if (revoked)
    return {
      ok: false,
      result: failed(
        'revoked_key',
        detailText('certificate.revoked-key', { kid, date: revoked.revokedAt.slice(0, 10) }),
      ),
    };
  const jwk = keys.keys.find((k) => k.kid === kid);
  if (!jwk)
    return { ok: false, result: failed('unknown_key', detailText('certificate.unknown-key', { kid })) };
  try {
    const key = await importJWK({ kty: jwk.kty, crv: jwk.crv, x: jwk.x }, 'EdDSA');
    const { payload } = await compactVerify(jws, key, { algorithms: ['EdDSA'] });
    const parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload)) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return malformed;
    const body = parsed as Record<string, unknown>;
    if (body.kid !== kid) return malformed;
    return { ok: true, payload: body, kid };
  } catch {
    return { ok: false, result: failed('bad_signature', detailText('certificate.bad-signature')) };
  }
}

/** Finds the last occurrence of `needle` (latin1) in `bytes`. */
function lastIndexOf(bytes: Uint8Array, needle: string): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).lastIndexOf(
    needle,
    undefined,
    'latin1',
  );
}

/**
 * Verifies a certificate file (its JSON, its PDF, or a bare JWS) against a key set, and, given the
 * sample's sha256 (hex), that it belongs to that sample. Throws `certificate_unreadable` only for a
 * file that is none of the three forms (an empty file, a picture); a damaged certificate is a result.
 */
export async function verifyCertificate(
  file: Uint8Array,
  keys: KeySet,
  sampleSha256?: string,
): Promise<VerificationResult> {
  const text = Buffer.from(file.buffer, file.byteOffset, file.byteLength).toString('latin1');
  let form: 'json' | 'pdf' | 'jws';
  let jws: string;
  let check: (payload: CertificatePayload) => VerificationResult | undefined = () => undefined;
  if (text.startsWith('%PDF-')) {
    form = 'pdf';
    const at = lastIndexOf(file, `\n${SEAL_PREFIX}`);
    if (at < 0) return failed('file_changed', detailText('certificate.file-changed'), { form });
    const seal = text.slice(at + 1 + SEAL_PREFIX.length);
    const sealJws = seal.endsWith('\n') ? seal.slice(0, -1) : seal;
    const sealed = await verifyJws(sealJws, keys);
    if (!sealed.ok) return { ...sealed.result, form };
    const prefix = file.subarray(0, at);
    if (sealed.payload.typ !== SEAL_TYPE || sealed.payload.pdfSha256 !== sha256(prefix))
      return failed('file_changed', detailText('certificate.file-changed'), { form });
    const match = new RegExp(`/${CERTIFICATE_INFO_KEY}\\s*\\(([A-Za-z0-9_.-]+)\\)`).exec(text.slice(0, at));
    if (!match) return failed('malformed', detailText('certificate.malformed'), { form });
    jws = match[1]!;
    if (sealed.payload.certificateSha256 !== sha256(jws))
      return failed('file_changed', detailText('certificate.file-changed'), { form });
  } else if (/^\s*\{/.test(text)) {
    form = 'json';
    let parsed: unknown;
    try {
      parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(file));
    } catch {
      return failed('malformed', detailText('certificate.malformed'), { form });
    }
    const certificate = (parsed as { certificate?: unknown } | null)?.certificate;
    if (typeof certificate !== 'string')
      return failed('malformed', detailText('certificate.malformed'), { form });
    jws = certificate;
    const utf8 = new TextDecoder().decode(file);
    check = (payload) => {
      const issued = certificateJson(jws, payload);
      return utf8 === issued || utf8 === issued.slice(0, -1)
        ? undefined
        : failed('file_changed', detailText('certificate.file-changed'), { form });
    };
  } else if (JWS.test(text.replace(/\r?\n$/, ''))) {
    form = 'jws';
    jws = text.replace(/\r?\n$/, '');
  } else throw new HarnessError('certificate_unreadable');

  const verified = await verifyJws(jws, keys);
  if (!verified.ok) return { ...verified.result, form };
  const payload = verified.payload as unknown as CertificatePayload;
  if (payload.typ !== CERTIFICATE_TYPE || typeof payload.sample?.sha256 !== 'string')
    return failed('malformed', detailText('certificate.malformed'), { form });
  const changed = check(payload);
  if (changed) return changed;
  if (sampleSha256 === undefined)
    return {
      valid: true,
      reason: 'valid',
      message: detailText('certificate.valid'),
      form,
      certificate: payload,
      sample: 'not_given',
    };
  if (sampleSha256.toLowerCase() !== payload.sample.sha256)
    return failed('sample_mismatch', detailText('certificate.sample-mismatch'), {
      form,
      certificate: payload,
      sample: 'differs',
    });
  return {
    valid: true,
    reason: 'valid',
    message: detailText('certificate.valid-with-sample'),
    form,
    certificate: payload,
    sample: 'matches',
  };
}
