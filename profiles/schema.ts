/**
 * The acceptance-profile schema: the JSON Schema file in this folder, with its `checks` section
 * generated from the check declarations. One shared ajv instance, compiled once. `validateProfile` is
 * the one validator every entry point uses (presets, CLI files, the API): the schema first, then the
 * rules a schema cannot express (`semantics.ts`), all reported in one shape.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';
import { registry } from '../checks/index.js';
import type { AcceptanceProfile } from '../engine/model/profile.js';
import { fromRoot } from './files.js';
import { type ProfileProblem, problem, type SemanticOptions, semanticProblems } from './semantics.js';

export type { ProfileProblem, SemanticOptions } from './semantics.js';

type JsonObject = Record<string, unknown>;

const baseSchema = JSON.parse(
  readFileSync(fromRoot('profiles', 'acceptance-profile.schema.json'), 'utf8'),
) as JsonObject;

/** The full schema, `checks` included: what `GET /api/schema/profile` serves. */
export function profileSchema(): JsonObject {
  const checkProperties = Object.fromEntries(
    registry.map((check) => [
      check.id,
      {
        type: 'object',
        additionalProperties: false,
        description: check.title.en,
        properties: {
          enabled: { type: 'boolean' },
          severity: { $ref: '#/$defs/severity' },
          params: { type: 'object', additionalProperties: false, properties: check.params },
        },
      },
    ]),
  );
  const properties = baseSchema.properties as JsonObject;
  return {
    ...baseSchema,
    properties: {
      ...properties,
      checks: {
        ...(properties.checks as JsonObject),
        additionalProperties: false,
        properties: checkProperties,
      },
    },
  };
}

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = ((formatsPlugin as unknown as { default?: typeof formatsPlugin }).default ??
  formatsPlugin) as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = new Ajv2020({ allErrors: true, strict: true, useDefaults: false });
addFormats(ajv);
const validateSchema = ajv.compile(profileSchema());

const escapePointer = (segment: string): string => segment.replace(/~/g, '~0').replace(/\//g, '~1');

const TYPE_NAMES: Record<string, { en: string; nl: string }> = {
  integer: { en: 'a whole number', nl: 'een geheel getal' },
  number: { en: 'a number', nl: 'een getal' },
  string: { en: 'text', nl: 'tekst' },
  boolean: { en: 'true or false', nl: 'waar of onwaar (true/false)' },
  object: { en: 'a group of settings (an object)', nl: 'een groep instellingen (object)' },
  array: { en: 'a list', nl: 'een lijst' },
  null: { en: 'null', nl: 'null' },
};

/** What a value with a `pattern` must look like, by the name of its setting. */
const FORMS: Record<string, { en: string; nl: string }> = {
  vatId: {
    en: 'Write the VAT id in capitals without spaces or dots, e.g. NL001234567B01.',
    nl: 'Schrijf het btw-nummer in hoofdletters zonder spaties of punten, bijvoorbeeld NL001234567B01.',
  },
  kvk: {
    en: 'A KvK number has 8 digits, e.g. 12345678.',
    nl: 'Een KvK-nummer heeft 8 cijfers, bijvoorbeeld 12345678.',
  },
  country: {
    en: 'Use a two-letter country code, e.g. NL.',
    nl: 'Gebruik een landcode van twee letters, bijvoorbeeld NL.',
  },
  min: {
    en: 'Use a PDF version from 1.0 to 2.0, e.g. 1.4.',
    nl: 'Gebruik een PDF-versie van 1.0 tot 2.0, bijvoorbeeld 1.4.',
  },
  max: {
    en: 'Use a PDF version from 1.0 to 2.0, e.g. 1.7.',
    nl: 'Gebruik een PDF-versie van 1.0 tot 2.0, bijvoorbeeld 1.7.',
  },
  id: {
    en: 'Use lower-case letters, digits and dashes (at most 64).',
    nl: 'Gebruik kleine letters, cijfers en streepjes (hoogstens 64).',
  },
};

const FORMATS: Record<string, { en: string; nl: string }> = {
  email: {
    en: 'Must be an e-mail address, e.g. facturen@voorbeeld.nl.',
    nl: 'Moet een e-mailadres zijn, bijvoorbeeld facturen@voorbeeld.nl.',
  },
  date: {
    en: 'Must be a date written as YYYY-MM-DD, e.g. 2026-03-01.',
    nl: 'Moet een datum zijn in de vorm JJJJ-MM-DD, bijvoorbeeld 2026-03-01.',
  },
  regex: {
    en: 'Must be a valid regular expression.',
    nl: 'Moet een geldige reguliere expressie zijn.',
  },
};

/** Turns one ajv error into a plain-language problem. */
function describe(error: ErrorObject): ProfileProblem {
  const params = error.params as Record<string, unknown>;
  const at = error.instancePath;
  const limit = String(params.limit);
  switch (error.keyword) {
    case 'required':
      return problem(
        `${at}/${escapePointer(String(params.missingProperty))}`,
        'This setting is required.',
        'Deze instelling is verplicht.',
      );
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const isCheck = at === '/checks';
      return problem(
        `${at}/${escapePointer(name)}`,
        isCheck ? `There is no check called "${name}".` : `Unknown setting "${name}": check the spelling.`,
        isCheck
          ? `Er is geen controle "${name}".`
          : `Onbekende instelling "${name}": controleer de spelling.`,
      );
    }
    case 'type': {
      const name = TYPE_NAMES[String(params.type)] ?? { en: String(params.type), nl: String(params.type) };
      return problem(at, `Must be ${name.en}.`, `Moet ${name.nl} zijn.`);
    }
    case 'enum': {
      const values = (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return problem(at, `Must be one of: ${values}.`, `Moet een van deze zijn: ${values}.`);
    }
    case 'minimum':
    case 'exclusiveMinimum':
      return problem(at, `Must be at least ${limit}.`, `Moet minstens ${limit} zijn.`);
    case 'maximum':
    case 'exclusiveMaximum':
      return problem(at, `Must be at most ${limit}.`, `Mag hoogstens ${limit} zijn.`);
    case 'minLength':
      return params.limit === 1
        ? problem(at, 'Must not be empty.', 'Mag niet leeg zijn.')
        : problem(at, `Must be at least ${limit} characters.`, `Moet minstens ${limit} tekens hebben.`);
    case 'maxLength':
      return problem(at, `Must be at most ${limit} characters.`, `Mag hoogstens ${limit} tekens hebben.`);
    case 'minItems':
      return params.limit === 1
        ? problem(at, 'Choose at least one.', 'Kies er minstens één.')
        : problem(at, `Needs at least ${limit} entries.`, `Heeft minstens ${limit} waarden nodig.`);
    case 'maxItems':
      return problem(at, `Has more than ${limit} entries.`, `Heeft meer dan ${limit} waarden.`);
    case 'uniqueItems':
      return problem(at, 'Contains the same value twice.', 'Bevat dezelfde waarde twee keer.');
    case 'pattern': {
      const form = FORMS[at.split('/').pop() ?? ''];
      return problem(
        at,
        form ? `Has the wrong form. ${form.en}` : 'Has the wrong form.',
        form ? `Heeft niet de goede vorm. ${form.nl}` : 'Heeft niet de goede vorm.',
      );
    }
    case 'format': {
      const format = FORMATS[String(params.format)];
      return format
        ? problem(at, format.en, format.nl)
        : problem(
            at,
            `Must be a valid ${String(params.format)}.`,
            `Moet een geldige ${String(params.format)} zijn.`,
          );
    }
    case 'oneOf':
      return problem(
        at,
        'Must be text, or a buyer field such as {"buyerField": "vatId"}.',
        'Moet tekst zijn, of een veld van de afnemer zoals {"buyerField": "vatId"}.',
      );
    default:
      return problem(at, error.message ?? 'Is not valid.', 'Is niet geldig.');
  }
}

/**
 * The errors worth showing. A `oneOf` makes ajv report every branch's failure: when a branch failed
 * deeper inside the value, that error says it best; otherwise one `oneOf` message replaces the
 * branches' type errors at the same place.
 */
function relevantErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const oneOfs = errors.filter((e) => e.keyword === 'oneOf');
  if (oneOfs.length === 0) return [...errors];
  return errors.filter((error) => {
    for (const oneOf of oneOfs) {
      const branch = `${oneOf.schemaPath}/`;
      if (error === oneOf) {
        const deeper = errors.some(
          (e) => e.schemaPath.startsWith(branch) && e.instancePath.startsWith(`${oneOf.instancePath}/`),
        );
        return !deeper;
      }
      if (error.schemaPath.startsWith(branch) && error.instancePath === oneOf.instancePath) return false;
    }
    return true;
  });
}

/** Validation result: the profile with its id and version filled, or every problem found. */
export type ProfileValidation =
  | { readonly ok: true; readonly profile: AcceptanceProfile }
  | { readonly ok: false; readonly problems: readonly ProfileProblem[] };

/**
 * Validates a parsed profile: the schema, then the semantic rules (`semantics.ts`); every problem at
 * once, each with a JSON Pointer into the profile and a message in English and Dutch. `fallback` fills
 * `id` and `version` when the document has none (a profile file given to the CLI). `options` says
 * whether the profile is being created or changed (the start date must not lie in the past then).
 */
export function validateProfile(
  value: unknown,
  fallback: { id: string; version: number },
  options: SemanticOptions = {},
): ProfileValidation {
  const schemaOk = validateSchema(value);
  const problems = schemaOk ? [] : relevantErrors(validateSchema.errors ?? []).map(describe);
  problems.push(...semanticProblems(value, options));
  if (problems.length > 0) {
    const unique = [...new Map(problems.map((p) => [`${p.pointer} ${p.message}`, p])).values()];
    return { ok: false, problems: unique };
  }
  const raw = value as JsonObject;
  const profile = {
    ...raw,
    id: raw.id ?? fallback.id,
    version: raw.version ?? fallback.version,
  } as AcceptanceProfile;
  return { ok: true, profile };
}
