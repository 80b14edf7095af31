/**
 * How a contract is written once. Each public shape (report, finding, field reading, run, problem) is a
 * TypeBox schema: plain JSON Schema 2020-12 at run time (what ajv validates and the OpenAPI document
 * publishes) and, through `Contract<typeof Schema>`, the TypeScript type. The schema and the type
 * cannot differ because the type is computed from the schema.
 */
import { type SchemaOptions, type Static, type TSchema, type TUnsafe, Type } from '@sinclair/typebox';

/**
 * Marks a schema as a named component. The mark is a symbol, so it never appears in JSON and ajv does
 * not see it; it survives the copies TypeBox makes (`Type.Optional` spreads the schema), which lets the
 * OpenAPI document replace every embedded copy by a `$ref` to the component of that name.
 */
export const COMPONENT_NAME: unique symbol = Symbol.for('proeffactuur.component');

/** A schema with its component name. */
export type Component<S extends TSchema> = S & { readonly [COMPONENT_NAME]: string };

/** Names a schema as a component of the published contract (see `COMPONENT_NAME`). */
export function component<S extends TSchema>(name: string, schema: S): Component<S> {
  return Object.assign(schema, { [COMPONENT_NAME]: name });
}

/** The component name a schema (or a TypeBox copy of it) carries, if any. */
export function componentName(schema: unknown): string | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined;
  const name = (schema as Record<symbol, unknown>)[COMPONENT_NAME];
  return typeof name === 'string' ? name : undefined;
}

/** `T` with every property and array readonly, all the way down: contracts are values, not state. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** The TypeScript type of a contract schema, read-only. */
export type Contract<S extends TSchema> = DeepReadonly<Static<S>>;

/** A string that is one of `values`, written as `{type: 'string', enum}` (clearer errors and documents
 * than TypeBox's union of literals). */
export function StringEnum<const T extends readonly string[]>(
  values: T,
  options: SchemaOptions = {},
): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ ...options, type: 'string', enum: [...values] });
}

/** An object with free keys whose values match `values` (written with `additionalProperties`, which
 * every OpenAPI tool reads, where TypeBox's `Type.Record` writes `patternProperties`). */
export function StringRecord<V extends TSchema>(
  values: V,
  options: SchemaOptions = {},
): TUnsafe<Record<string, Static<V>>> {
  return Type.Unsafe<Record<string, Static<V>>>({ ...options, type: 'object', additionalProperties: values });
}
