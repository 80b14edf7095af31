/**
 * Request validation against the OpenAPI document itself: the query and header parameters of the
 * matched operation (one middleware for all of `/api`), JSON bodies and multipart text fields (per
 * route, after the key is checked and the body read). Every schema is compiled from its place in the
 * document, so the document and the checks cannot drift apart.
 */

import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';
import type { Request, RequestHandler } from 'express';
import { HarnessError } from '../../core/errors.js';
import { MAX_WAIT_SECONDS, queryNumber } from '../query.js';

type Json = Record<string, unknown>;

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = ((formatsPlugin as unknown as { default?: typeof formatsPlugin }).default ??
  formatsPlugin) as unknown as (ajv: Ajv2020) => Ajv2020;

const DOC_ID = 'urn:proeffactuur:openapi';
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** One problem with a request. */
export interface RequestProblem {
  readonly in: 'query' | 'header' | 'path' | 'body';
  readonly name?: string;
  readonly pointer?: string;
  readonly message: string;
}

/** The codes a parameter may name with `x-error-code` instead of `request_invalid`. */
const PARAMETER_CODES = ['invalid_wait', 'idempotency_key_invalid'] as const;

/** A code a parameter names with `x-error-code`, or `request_invalid`. */
export type ParameterErrorCode = (typeof PARAMETER_CODES)[number] | 'request_invalid';

const isParameterCode = (code: string): code is ParameterErrorCode =>
  code === 'request_invalid' || (PARAMETER_CODES as readonly string[]).includes(code);

/** 400 for a request that breaks the document. */
export function requestInvalid(
  problems: readonly RequestProblem[],
  code: ParameterErrorCode = 'request_invalid',
): HarnessError {
  const extra = { errors: problems };
  if (code === 'invalid_wait') return new HarnessError(code, { vars: { max: MAX_WAIT_SECONDS }, extra });
  if (code === 'idempotency_key_invalid') return new HarnessError(code, { extra });
  return problems.length === 1
    ? new HarnessError(code, { variant: 'one', extra })
    : new HarnessError(code, { vars: { count: problems.length }, extra });
}

const escapePointer = (segment: string): string => segment.replace(/~/g, '~0').replace(/\//g, '~1');

interface CompiledParam {
  readonly name: string;
  readonly in: 'query' | 'header' | 'path';
  readonly required: boolean;
  readonly code: ParameterErrorCode;
  readonly types: readonly string[];
  readonly validate: ValidateFunction;
}

interface CompiledOperation {
  readonly method: string;
  readonly template: string;
  readonly pattern: RegExp;
  /** Literal segments: more specific templates are tried first. */
  readonly specificity: number;
  readonly params: readonly CompiledParam[];
}

/** Validates requests against an OpenAPI document. */
export class RequestValidator {
  private readonly ajv: Ajv2020;
  private readonly operations: CompiledOperation[] = [];
  private readonly byOperationId = new Map<string, { path: string; method: string }>();

  constructor(private readonly doc: Json) {
    // Not strict: the document carries OpenAPI keywords next to the schemas.
    this.ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(this.ajv);
    this.ajv.addSchema(doc, DOC_ID);
    const paths = doc.paths as Record<string, Record<string, Json>>;
    for (const [template, item] of Object.entries(paths)) {
      for (const method of METHODS) {
        const operation = item[method];
        if (!operation) continue;
        this.byOperationId.set(operation.operationId as string, { path: template, method });
        const params = ((operation.parameters as Json[] | undefined) ?? []).map((p, index) =>
          this.compileParam(p, `#/paths/${escapePointer(template)}/${method}/parameters/${index}`),
        );
        this.operations.push({
          method: method.toUpperCase(),
          template,
          pattern: new RegExp(
            `^${template
              .split(/(\{[^}]+\})/)
              .map((part) => (part.startsWith('{') ? '([^/]+)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
              .join('')}$`,
          ),
          specificity: template.split('/').filter((s) => s !== '' && !s.startsWith('{')).length,
          params,
        });
      }
    }
    this.operations.sort((a, b) => b.specificity - a.specificity);
  }

  private resolve(node: Json): { node: Json; pointer?: string } {
    const target = node.$ref;
    if (typeof target !== 'string') return { node };
    const found = target
      .slice(2)
      .split('/')
      .reduce<unknown>((at, seg) => (at as Json)[seg.replace(/~1/g, '/').replace(/~0/g, '~')], this.doc);
    return { node: found as Json, pointer: target };
  }

  private compileParam(raw: Json, pointer: string): CompiledParam {
    const resolved = this.resolve(raw);
    const p = resolved.node;
    const at = resolved.pointer ?? pointer;
    const schema = p.schema as Json;
    const types = this.typesOf(schema);
    const code = (p['x-error-code'] as string | undefined) ?? 'request_invalid';
    // A code the catalogue does not word for a parameter fails at start-up, not at a request.
    if (!isParameterCode(code)) throw new Error(`${at}: x-error-code ${code} is not a parameter error code`);
    return {
      name: p.name as string,
      in: p.in as CompiledParam['in'],
      required: p.required === true,
      code,
      types,
      validate: this.ajv.compile({ $ref: `${DOC_ID}${at}/schema` }),
    };
  }

  private typesOf(schema: Json): string[] {
    const s = this.resolve(schema).node;
    const t = s.type;
    if (typeof t === 'string') return [t];
    if (Array.isArray(t)) return t as string[];
    return ['string'];
  }

  /** The operation a method and path belong to, with its path parameters. */
  match(method: string, path: string): { op: CompiledOperation; pathParams: string[] } | undefined {
    const wanted = method === 'HEAD' ? 'GET' : method;
    for (const op of this.operations) {
      if (op.method !== wanted) continue;
      const m = op.pattern.exec(path);
      if (m) return { op, pathParams: m.slice(1) };
    }
    return undefined;
  }

  /**
   * The methods the document has for a concrete path (`HEAD` with `GET`), or undefined when no path
   * template matches it: a known path asked with another method is `405`, an unknown one `404`.
   */
  allowedMethods(path: string): string[] | undefined {
    const methods = new Set<string>();
    for (const op of this.operations) if (op.pattern.test(path)) methods.add(op.method);
    if (methods.size === 0) return undefined;
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods].sort();
  }

  /** Middleware: validates the query and header parameters of the operation a request matches. */
  parameters(): RequestHandler {
    return (req, _res, next) => {
      const matched = this.match(req.method, `${req.baseUrl}${req.path}`);
      if (!matched) {
        next();
        return;
      }
      const problems: RequestProblem[] = [];
      let code: ParameterErrorCode = 'request_invalid';
      for (const param of matched.op.params) {
        if (param.in === 'path') continue; // ids are checked by their routes (a bad id is a 404)
        const raw = param.in === 'query' ? req.query[param.name] : req.get(param.name);
        if (raw === undefined) {
          if (param.required) problems.push({ in: param.in, name: param.name, message: 'is required' });
          continue;
        }
        const value = Array.isArray(raw) || typeof raw !== 'string' ? raw : coerce(raw, param.types);
        if (Array.isArray(raw))
          problems.push({ in: param.in, name: param.name, message: 'is given more than once' });
        else if (!param.validate(value))
          problems.push(...(param.validate.errors ?? []).map((e) => fromAjv(e, param.in, param.name)));
        else continue;
        if (param.code !== 'request_invalid') code = param.code;
      }
      if (problems.length > 0) next(requestInvalid(problems, code));
      else next();
    };
  }

  private bodyValidators = new Map<string, ValidateFunction>();

  private bodyValidator(operationId: string, mediaType: string): ValidateFunction {
    const key = `${operationId} ${mediaType}`;
    let validate = this.bodyValidators.get(key);
    if (!validate) {
      const at = this.byOperationId.get(operationId);
      if (!at) throw new Error(`no operation ${operationId} in the OpenAPI document`);
      validate = this.ajv.compile({
        $ref: `${DOC_ID}#/paths/${escapePointer(at.path)}/${at.method}/requestBody/content/${escapePointer(mediaType)}/schema`,
      });
      this.bodyValidators.set(key, validate);
    }
    return validate;
  }

  /** Throws `request_invalid` when a JSON body breaks the operation's request body schema. */
  checkJsonBody(operationId: string, body: unknown): void {
    const validate = this.bodyValidator(operationId, 'application/json');
    if (!validate(body)) throw requestInvalid((validate.errors ?? []).map((e) => fromAjv(e, 'body')));
  }

  /** Throws `request_invalid` when multipart text fields break the operation's form schema. */
  checkFormFields(operationId: string, fields: Record<string, unknown>, fileField: string): void {
    const validate = this.bodyValidator(operationId, 'multipart/form-data');
    if (!validate({ ...fields, [fileField]: '(file)' }))
      throw requestInvalid((validate.errors ?? []).map((e) => fromAjv(e, 'body')));
  }

  /** Middleware for a route whose JSON body is already parsed. */
  jsonBody(operationId: string): RequestHandler {
    this.bodyValidator(operationId, 'application/json'); // fail at start-up, not at the first request
    return (req: Request, _res, next) => {
      this.checkJsonBody(operationId, req.body);
      next();
    };
  }
}

function coerce(raw: string, types: readonly string[]): unknown {
  if (types.includes('number') || types.includes('integer')) {
    const value = queryNumber(raw);
    if (value !== undefined) return value;
  }
  if (types.includes('boolean') && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

function fromAjv(error: ErrorObject, where: RequestProblem['in'], name?: string): RequestProblem {
  let message = error.message ?? 'is invalid';
  if (error.keyword === 'additionalProperties')
    message = `has an unknown member "${(error.params as { additionalProperty: string }).additionalProperty}"`;
  if (error.keyword === 'enum')
    message = `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  return {
    in: where,
    ...(name !== undefined && { name }),
    ...(where === 'body' && { pointer: error.instancePath }),
    message,
  };
}
