/**
 * The acceptance-profile schema: the JSON Schema file in this folder, with its `checks` section
 * generated from the check declarations. One shared ajv instance, compiled once.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';
import { registry } from '../checks/index.js';
import type { AcceptanceProfile } from '../checks/model/profile.js';
import { fromRoot } from '../server/paths.js';

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

/** One problem in a profile: where (a JSON Pointer into the profile) and what, in plain words. */
export interface ProfileProblem {
  readonly pointer: string;
  readonly message: string;
}

const escapePointer = (segment: string): string => segment.replace(/~/g, '~0').replace(/\//g, '~1');

function describe(error: ErrorObject): ProfileProblem {
  const params = error.params as Record<string, unknown>;
  const at = error.instancePath;
  switch (error.keyword) {
    case 'required':
      return {
        pointer: `${at}/${escapePointer(String(params.missingProperty))}`,
        message: 'This setting is required.',
      };
    case 'additionalProperties':
      return {
        pointer: `${at}/${escapePointer(String(params.additionalProperty))}`,
        message:
          at.startsWith('/checks') && at.split('/').length === 2
            ? `There is no check called "${String(params.additionalProperty)}".`
            : `Unknown setting "${String(params.additionalProperty)}": check the spelling.`,
      };
    case 'type':
      return {
        pointer: at,
        message: `Must be ${String(params.type) === 'integer' ? 'a whole number' : `a ${String(params.type)}`}.`,
      };
    case 'enum':
      return {
        pointer: at,
        message: `Must be one of: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}.`,
      };
    case 'minimum':
    case 'exclusiveMinimum':
      return { pointer: at, message: `Must be at least ${String(params.limit)}.` };
    case 'maximum':
    case 'exclusiveMaximum':
      return { pointer: at, message: `Must be at most ${String(params.limit)}.` };
    case 'minLength':
      return {
        pointer: at,
        message:
          params.limit === 1 ? 'Must not be empty.' : `Must be at least ${String(params.limit)} characters.`,
      };
    case 'maxLength':
      return { pointer: at, message: `Must be at most ${String(params.limit)} characters.` };
    case 'pattern':
      return { pointer: at, message: 'Has the wrong form.' };
    case 'format':
      return { pointer: at, message: `Must be a valid ${String(params.format)}.` };
    default:
      return { pointer: at, message: error.message ?? 'Is not valid.' };
  }
}

/** Validation result: the profile with its defaults, or every problem found. */
export type ProfileValidation =
  | { readonly ok: true; readonly profile: AcceptanceProfile }
  | { readonly ok: false; readonly problems: readonly ProfileProblem[] };

/**
 * Validates a parsed profile. `fallback` fills `id` and `version` when the document has none
 * (a profile file given to the CLI).
 */
export function validateProfile(
  value: unknown,
  fallback: { id: string; version: number },
): ProfileValidation {
  if (!validateSchema(value)) {
    const problems = (validateSchema.errors ?? []).map(describe);
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
