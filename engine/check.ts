import { hasMessage, localize, type MessageId, type MessageVars } from './i18n/catalogue.js';
import type { DocumentModel } from './model/document.js';
import type { ExpectedSeller } from './model/expected-seller.js';
import type { Finding, FindingLocation, LocalizedText, ReasonKind, Severity } from './model/finding.js';
import type { AcceptanceProfile } from './model/profile.js';
import { checkReasonKind } from './reason-kind.js';

/** JSON Schema of one check parameter; `default` is used when a profile does not set it. */
export interface ParamSchema {
  readonly type: 'number' | 'integer' | 'string' | 'boolean' | 'array';
  readonly default: unknown;
  readonly description?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly enum?: readonly unknown[];
  readonly items?: Readonly<Record<string, unknown>>;
}

/** Options for one finding. */
export interface FindingOptions {
  /** Machine-readable facts; also fill the message's placeholders unless `vars` is given. */
  readonly data?: Finding['data'];
  /** Display values for the placeholders (e.g. a size formatted in MB, or a field name per language), when they differ from `data`. */
  readonly vars?: MessageVars;
  /** Where it is. */
  readonly location?: FindingLocation;
  /** A fixed severity for this finding (e.g. `info`), overriding the check's effective severity. */
  readonly severity?: Severity;
  /** A hint other than the message's own `<messageId>.hint`. */
  readonly hintId?: MessageId;
}

/** What a check's `run` is given besides the document. */
export interface CheckContext<P> {
  /** The check's parameters: the profile's values over the declared defaults. */
  readonly params: P;
  /** The whole profile, for checks that read its sections (file limits, channels, fields). */
  readonly profile: AcceptanceProfile;
  /** The day of the check, `YYYY-MM-DD` in the Netherlands (from the run's clock, so tests can fix it). */
  readonly today: string;
  /**
   * What the buyer's vendor master holds for the supplier (the run's invitation's master data), when
   * the run has it; `fields.seller-matches` compares the invoice with it.
   */
  readonly expectedSeller?: ExpectedSeller;
  /** Makes a finding of this check, with its message and hint in both languages. */
  finding(messageId: MessageId, options?: FindingOptions): Finding;
}

/** A check as declared in its own file under `checks/`. */
export interface CheckDefinition<P = Record<string, unknown>> {
  /** Stable id `family.kebab-name`; the file is `family-kebab-name.ts`. */
  readonly id: string;
  /** Short title in both languages. */
  readonly title: LocalizedText;
  /** Severity of its findings unless the profile overrides it. */
  readonly defaultSeverity: Severity;
  /**
   * The kind of reason its findings give: `unreadable`, `data` or `delivery`. Omit it to take the
   * family's kind (`FAMILY_REASON_KINDS` in engine/reason-kind.ts).
   */
  readonly reasonKind?: ReasonKind;
  /**
   * Whether the check has anything to check in this document under this profile (default: always), e.g.
   * an OCR check only when the pages were read by OCR. It runs either way; one that does not apply
   * (and finds nothing) is left out of the report's count of checks run and passed.
   */
  readonly appliesTo?: (
    doc: DocumentModel,
    profile: AcceptanceProfile,
    run: { readonly expectedSeller?: ExpectedSeller },
  ) => boolean;
  /**
   * What the check judges: `file` (the uploaded file; the default) or `mail` (an e-mail message's facts,
   * `doc.mail`). A run of an e-mail (`file.kind` `email`) runs only the `mail` checks; its PDFs get runs of their own.
   */
  readonly scope?: 'file' | 'mail';
  /** Whether the check runs when a profile does not mention it (default true). */
  readonly defaultEnabled?: boolean;
  /**
   * One line for the check table of docs/checks.md (English, Markdown): what it checks and which profile
   * settings it reads. The English title stands in when absent. `npm run docs:checks` writes the table.
   */
  readonly docs?: string;
  /** Parameter schemas; part of the profile schema's `checks` section. */
  readonly params: Readonly<Record<string, ParamSchema>>;
  /** The rule. Pure and synchronous: it only reads the document model. */
  run(doc: DocumentModel, context: CheckContext<P>): readonly Finding[];
}

/**
 * A check of any parameter type, as the registry lists them. `run` takes its params contravariantly,
 * so no single concrete type fits every check; `any` is confined to this alias.
 */
// biome-ignore lint/suspicious/noExplicitAny: see above
export type AnyCheck = CheckDefinition<any>;

/** Declares a check; the identity function that gives the declaration its type. */
export function defineCheck<P = Record<string, unknown>>(definition: CheckDefinition<P>): CheckDefinition<P> {
  return definition;
}

/**
 * Builds the `finding` function of a check's context. Its findings carry `reasonKind`: the one given,
 * else the check family's.
 */
export function findingFactory(
  checkId: string,
  severity: Severity,
  reasonKind: ReasonKind | undefined = checkReasonKind({ id: checkId }),
): CheckContext<unknown>['finding'] {
  return (messageId, options = {}) => {
    const data = options.data ?? {};
    const vars = { ...data, ...options.vars };
    const hintId = options.hintId ?? `${messageId}.hint`;
    return {
      checkId,
      severity: options.severity ?? severity,
      messageId,
      message: localize(messageId, vars),
      ...(hasMessage(hintId) && { hint: localize(hintId, vars) }),
      data,
      ...(options.location && { location: options.location }),
      ...(reasonKind && { reasonKind }),
    };
  };
}
