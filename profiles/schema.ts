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
import { fillLocalized } from '../engine/i18n/template.js';
import type { LocalizedText } from '../engine/model/finding.js';
import type { AcceptanceProfile } from '../engine/model/profile.js';
import { fromRoot } from './files.js';
import { PROFILE_PROBLEMS, type ProfileProblemId, problemText } from './problem-catalogue.js';
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

const TYPE_NAMES: Record<string, ProfileProblemId> = {
  integer: 'type.integer',
  number: 'type.number',
  string: 'type.string',
  boolean: 'type.boolean',
  object: 'type.object',
  array: 'type.array',
  null: 'type.null',
};

/** What a value with a `pattern` must look like, by the name of its setting. */
const FORMS: Record<string, ProfileProblemId> = {
  vatId: 'form.vatId',
  kvk: 'form.kvk',
  country: 'form.country',
  min: 'form.min',
  max: 'form.max',
  id: 'form.id',
};

const FORMATS: Record<string, ProfileProblemId> = {
  email: 'format.email',
  date: 'format.date',
  regex: 'format.regex',
};

/** A catalogue text without placeholders, by an id looked up at run time. */
const plain = (id: ProfileProblemId): LocalizedText => fillLocalized(PROFILE_PROBLEMS[id]);

/** Turns one ajv error into a plain-language problem. */
function describe(error: ErrorObject): ProfileProblem {
  const params = error.params as Record<string, unknown>;
  const at = error.instancePath;
  const limit = String(params.limit);
  switch (error.keyword) {
    case 'required':
      return problem(
        `${at}/${escapePointer(String(params.missingProperty))}`,
        problemText('schema.required'),
      );
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      return problem(
        `${at}/${escapePointer(name)}`,
        at === '/checks'
          ? problemText('schema.unknown-check', { name })
          : problemText('schema.unknown-setting', { name }),
      );
    }
    case 'type': {
      const id = TYPE_NAMES[String(params.type)];
      return problem(at, problemText('schema.type', { type: id ? plain(id) : String(params.type) }));
    }
    case 'enum': {
      const values = (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return problem(at, problemText('schema.enum', { values }));
    }
    case 'minimum':
    case 'exclusiveMinimum':
      return problem(at, problemText('schema.minimum', { limit }));
    case 'maximum':
    case 'exclusiveMaximum':
      return problem(at, problemText('schema.maximum', { limit }));
    case 'minLength':
      return problem(
        at,
        params.limit === 1 ? problemText('schema.empty') : problemText('schema.min-length', { limit }),
      );
    case 'maxLength':
      return problem(at, problemText('schema.max-length', { limit }));
    case 'minItems':
      return problem(
        at,
        params.limit === 1 ? problemText('schema.choose-one') : problemText('schema.min-items', { limit }),
      );
    case 'maxItems':
      return problem(at, problemText('schema.max-items', { limit }));
    case 'uniqueItems':
      return problem(at, problemText('schema.unique-items'));
    case 'pattern': {
      const form = FORMS[at.split('/').pop() ?? ''];
      return problem(
        at,
        form ? problemText('schema.pattern-with-form', { form: plain(form) }) : problemText('schema.pattern'),
      );
    }
    case 'format': {
      const format = FORMATS[String(params.format)];
      return problem(
        at,
        format ? plain(format) : problemText('schema.format', { format: String(params.format) }),
      );
    }
    case 'oneOf':
      return problem(at, problemText('schema.text-or-buyer-field'));
    default:
      return problem(
        at,
        error.message
          ? problemText('schema.invalid-ajv', { message: error.message })
          : problemText('schema.invalid'),
      );
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
