/**
 * fast-check arbitraries from JSON Schema 2020-12, for the subset the OpenAPI document uses: `$ref`
 * (within the document), `type` (one or several), `const`, `enum`, `anyOf` / `oneOf` / `allOf`,
 * `properties` / `required`, `items` / `minItems` / `maxItems` / `uniqueItems`, `minLength` /
 * `maxLength`, `pattern`, `minimum` / `maximum` / `exclusiveMinimum` / `exclusiveMaximum`, and the
 * formats `date`, `date-time`, `uri` and `email`. Values are drawn to be valid, and the caller filters
 * them through ajv with the same schema (a `oneOf` or a pattern next to a length can still miss);
 * what the sampler cannot see (a route's own rules) is what the fuzz test is there to find.
 */
import fc from 'fast-check';

/** A JSON Schema object as the document holds it. */
export type Schema = Record<string, unknown>;

/** How to draw values. */
export interface SamplerOptions {
  /** The document `$ref`s point into (`#/components/...`). */
  readonly root: Schema;
  /** Strings for a `format`, when the default is not wanted (e.g. `uri`: only the test's receiver). */
  readonly formats?: Readonly<Record<string, fc.Arbitrary<string>>>;
  /** Nesting past which optional members are left out and arrays kept at their minimum. */
  readonly maxDepth?: number;
}

const isObject = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The schema a `$ref` points at (JSON pointer within the root). */
function resolveRef(ref: string, root: Schema): Schema {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported: ${ref}`);
  const found = ref
    .slice(2)
    .split('/')
    .reduce<unknown>(
      (at, segment) => (at as Schema)[decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~')],
      root,
    );
  if (!isObject(found) && typeof found !== 'boolean') throw new Error(`unresolvable $ref ${ref}`);
  return isObject(found) ? found : found ? {} : { not: {} };
}

/** Follows `$ref`s (siblings of a `$ref` are merged over the target, as 2020-12 applies both). */
function deref(schema: Schema, root: Schema): Schema {
  let current = schema;
  for (let hops = 0; typeof current.$ref === 'string'; hops++) {
    if (hops > 50) throw new Error('$ref loop');
    const { $ref, ...rest } = current;
    current = { ...resolveRef($ref as string, root), ...rest };
  }
  return current;
}

/** `allOf` folded into one schema: properties merged, `required` joined, other keywords the last's. */
function mergeAll(schema: Schema, root: Schema): Schema {
  const { allOf, ...base } = schema;
  if (!Array.isArray(allOf)) return schema;
  let out: Schema = base;
  for (const part of allOf as Schema[]) {
    const resolved = mergeAll(deref(part, root), root);
    out = {
      ...resolved,
      ...out,
      properties: { ...(resolved.properties as Schema), ...(out.properties as Schema) },
      required: [...((resolved.required as string[]) ?? []), ...((out.required as string[]) ?? [])],
    };
  }
  return out;
}

const dateTimes = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

const DEFAULT_FORMATS: Record<string, fc.Arbitrary<string>> = {
  'date-time': dateTimes,
  date: dateTimes.map((s) => s.slice(0, 10)),
  email: fc.emailAddress(),
  uri: fc.webUrl(),
};

function stringArbitrary(schema: Schema, options: SamplerOptions): fc.Arbitrary<string> {
  const minLength = (schema.minLength as number | undefined) ?? 0;
  const maxLength = (schema.maxLength as number | undefined) ?? Number.POSITIVE_INFINITY;
  // Bounds count UTF-16 code units here and code points in ajv: a filter on both keeps what both take.
  const fits = (s: string): boolean => s.length >= minLength && s.length <= maxLength;
  const format = schema.format as string | undefined;
  const byFormat = format && (options.formats?.[format] ?? DEFAULT_FORMATS[format]);
  if (byFormat) {
    const pattern = typeof schema.pattern === 'string' ? new RegExp(schema.pattern, 'u') : undefined;
    return byFormat.filter((s) => fits(s) && (!pattern || pattern.test(s)));
  }
  if (typeof schema.pattern === 'string')
    return fc.stringMatching(new RegExp(schema.pattern, 'u')).filter(fits);
  return fc
    .string({ minLength, maxLength: Math.min(maxLength, minLength + 40), unit: 'grapheme' })
    .filter(fits);
}

function numberArbitrary(schema: Schema, integer: boolean): fc.Arbitrary<number> {
  const exclusiveMin = schema.exclusiveMinimum as number | undefined;
  const exclusiveMax = schema.exclusiveMaximum as number | undefined;
  const min = (schema.minimum as number | undefined) ?? (exclusiveMin !== undefined ? exclusiveMin : -1e6);
  const max = (schema.maximum as number | undefined) ?? (exclusiveMax !== undefined ? exclusiveMax : 1e6);
  const valid = (n: number): boolean =>
    (exclusiveMin === undefined || n > exclusiveMin) && (exclusiveMax === undefined || n < exclusiveMax);
  const ints = fc.integer({ min: Math.ceil(min), max: Math.floor(max) }).filter(valid);
  if (integer) return ints;
  return fc.oneof(ints, fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).filter(valid));
}

function typedArbitrary(
  type: string,
  schema: Schema,
  options: SamplerOptions,
  depth: number,
): fc.Arbitrary<unknown> {
  const deep = depth >= (options.maxDepth ?? 8);
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'string':
      return stringArbitrary(schema, options);
    case 'array': {
      const items = isObject(schema.items) ? arbitraryOf(schema.items, options, depth + 1) : fc.jsonValue();
      const minLength = (schema.minItems as number | undefined) ?? 0;
      const maxLength = deep
        ? minLength
        : Math.min((schema.maxItems as number | undefined) ?? 4, minLength + 4);
      return schema.uniqueItems === true
        ? fc.uniqueArray(items, { minLength, maxLength, selector: (v) => JSON.stringify(v) })
        : fc.array(items, { minLength, maxLength });
    }
    case 'object': {
      const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
      const required = new Set((schema.required as string[] | undefined) ?? []);
      const members: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, member] of Object.entries(properties))
        if (required.has(name) || !deep) members[name] = arbitraryOf(member, options, depth + 1);
      for (const name of required) members[name] ??= fc.jsonValue({ maxDepth: 1 });
      const record = fc.record(members, { requiredKeys: [...required].filter((k) => k in members) });
      const minProperties = (schema.minProperties as number | undefined) ?? 0;
      return minProperties > 0 ? record.filter((v) => Object.keys(v).length >= minProperties) : record;
    }
    default:
      throw new Error(`unsupported type ${type}`);
  }
}

/** An arbitrary of values that (mostly) satisfy `schema`; filter them through ajv to be sure. */
export function arbitraryOf(raw: unknown, options: SamplerOptions, depth = 0): fc.Arbitrary<unknown> {
  if (raw === true || (isObject(raw) && Object.keys(raw).length === 0)) return fc.jsonValue({ maxDepth: 2 });
  if (!isObject(raw)) throw new Error(`not a schema: ${JSON.stringify(raw)}`);
  const schema = mergeAll(deref(raw, options.root), options.root);
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const branches = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (Array.isArray(branches)) {
    const { anyOf: _a, oneOf: _o, ...base } = schema;
    return fc.oneof(
      ...branches.map((branch) => {
        const resolved = mergeAll(deref(branch, options.root), options.root);
        return arbitraryOf(
          {
            ...base,
            ...resolved,
            ...(isObject(base.properties) || isObject(resolved.properties)
              ? { properties: { ...(base.properties as Schema), ...(resolved.properties as Schema) } }
              : {}),
            ...(base.required || resolved.required
              ? {
                  required: [
                    ...((base.required as string[]) ?? []),
                    ...((resolved.required as string[]) ?? []),
                  ],
                }
              : {}),
            ...(base.properties && resolved.properties
              ? {
                  properties: Object.fromEntries(
                    Object.entries({
                      ...(base.properties as Schema),
                      ...(resolved.properties as Schema),
                    }).map(([k]) => [
                      k,
                      {
                        ...((base.properties as Record<string, Schema>)[k] ?? {}),
                        ...((resolved.properties as Record<string, Schema>)[k] ?? {}),
                      },
                    ]),
                  ),
                }
              : {}),
          },
          options,
          depth,
        );
      }),
    );
  }
  const type = schema.type;
  if (Array.isArray(type))
    return fc.oneof(...(type as string[]).map((t) => typedArbitrary(t, schema, options, depth)));
  if (typeof type === 'string') return typedArbitrary(type, schema, options, depth);
  if (schema.properties || schema.required) return typedArbitrary('object', schema, options, depth);
  if (schema.pattern || schema.format || schema.maxLength !== undefined)
    return stringArbitrary(schema, options);
  return fc.jsonValue({ maxDepth: 2 });
}
