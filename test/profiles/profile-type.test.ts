/**
 * The TypeScript type `AcceptanceProfile` cannot drift from the JSON Schema: this test reads the type
 * with the TypeScript compiler and walks it next to the schema, comparing property names, which ones
 * are optional, and the kind of every value (text, number, true/false, list, enum values, nested
 * groups). A setting added to one and not the other fails here.
 */
import { describe, expect, test } from '@jest/globals';
import ts from 'typescript';
import { profileSchema } from '../../profiles/schema.js';
import { fromRoot } from '../../runtime/paths.js';

type Schema = Record<string, any>;

const program = ts.createProgram([fromRoot('engine', 'model', 'profile.ts')], {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  noEmit: true,
});
const checker = program.getTypeChecker();
const source = program.getSourceFile(fromRoot('engine', 'model', 'profile.ts'))!;
const profileSymbol = checker
  .getExportsOfModule(checker.getSymbolAtLocation(source)!)
  .find((s) => s.name === 'AcceptanceProfile')!;
const profileType = checker.getDeclaredTypeOfSymbol(profileSymbol);

const schema: Schema = profileSchema();
/** The schema being compared (the real one, or a drifted copy in the self-test). */
let root: Schema = schema;
const resolve = (node: Schema): Schema =>
  node.$ref ? resolve(root.$defs[String(node.$ref).replace('#/$defs/', '')]) : node;

/** All differences between the type and a schema. */
function differencesWith(against: Schema): Difference[] {
  root = against;
  const out: Difference[] = [];
  compare(profileType, against, '', out);
  return out;
}

/** Settings the schema allows that the type leaves out, and why. */
const SCHEMA_ONLY = new Set(['/$schema']); // an editor hint, never read
/** Settings the type requires that the schema leaves optional, and why. */
const FILLED_BY_VALIDATION = new Set(['/id', '/version']); // validateProfile (or the store) sets them

/** Describes a TypeScript type as a comparable shape. */
function tsShape(type: ts.Type): string {
  const t = checker.getNonNullableType(type);
  if (t.isUnion()) {
    const parts = t.types.filter((p) => !(p.flags & ts.TypeFlags.Undefined));
    if (parts.every((p) => p.isStringLiteral()))
      return `enum(${parts
        .map((p) => (p as ts.StringLiteralType).value)
        .sort()
        .join(',')})`;
    if (parts.every((p) => p.flags & ts.TypeFlags.BooleanLiteral)) return 'boolean';
    return `union(${parts.map(tsShape).sort().join('|')})`;
  }
  if (t.flags & ts.TypeFlags.String) return 'string';
  if (t.flags & ts.TypeFlags.Number) return 'number';
  if (t.flags & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) return 'boolean';
  if (t.isStringLiteral()) return `enum(${t.value})`;
  if (checker.isArrayType(t) || checker.isTupleType(t)) {
    const [item] = checker.getTypeArguments(t as ts.TypeReference);
    return `array(${tsShape(item!)})`;
  }
  if (t.flags & ts.TypeFlags.Object) return 'object';
  return checker.typeToString(t);
}

/** Describes a schema node the same way. */
function schemaShape(raw: Schema): string {
  const node = resolve(raw);
  if (node.enum) return `enum(${[...node.enum].sort().join(',')})`;
  if (node.oneOf) return `union(${node.oneOf.map(schemaShape).sort().join('|')})`;
  if (node.type === 'integer' || node.type === 'number') return 'number';
  if (node.type === 'array') return `array(${schemaShape(node.items)})`;
  return String(node.type);
}

interface Difference {
  readonly pointer: string;
  readonly problem: string;
}

/** Walks a type and a schema object side by side. */
function compare(type: ts.Type, raw: Schema, at: string, out: Difference[]): void {
  const node = resolve(raw);
  const t = checker.getNonNullableType(type);
  const index = t.getStringIndexType();
  if (index && !node.properties) {
    // A record keyed by free strings: the schema must leave its keys open too (check params are
    // validated against each check's own declaration, not here).
    if (node.additionalProperties === false)
      out.push({ pointer: at, problem: 'type is a record, schema has no properties' });
    return;
  }
  const props = new Map(checker.getPropertiesOfType(t).map((p) => [p.name, p]));
  const schemaProps = (node.properties ?? {}) as Record<string, Schema>;
  const required = new Set<string>(node.required ?? []);
  for (const name of new Set([...props.keys(), ...Object.keys(schemaProps)])) {
    const pointer = `${at}/${name}`;
    const prop = props.get(name);
    const sub = schemaProps[name];
    if (!prop) {
      if (!SCHEMA_ONLY.has(pointer)) out.push({ pointer, problem: 'in the schema, not in the type' });
      continue;
    }
    if (!sub) {
      out.push({ pointer, problem: 'in the type, not in the schema' });
      continue;
    }
    const optional = (prop.flags & ts.SymbolFlags.Optional) !== 0;
    if (optional === required.has(name) && !FILLED_BY_VALIDATION.has(pointer))
      out.push({
        pointer,
        problem: optional
          ? 'optional in the type, required in the schema'
          : 'required in the type, optional in the schema',
      });
    const propType = checker.getTypeOfSymbolAtLocation(prop, source);
    const a = tsShape(propType);
    const b = schemaShape(sub);
    if (pointer === '/checks') {
      compareChecks(propType, resolve(sub), pointer, out);
      continue;
    }
    if (a !== b) {
      out.push({ pointer, problem: `type says ${a}, schema says ${b}` });
      continue;
    }
    if (a === 'object') compare(propType, sub, pointer, out);
    if (a.startsWith('union(') && a.includes('object')) {
      const objectPart = checker.getNonNullableType(propType).isUnion()
        ? (checker.getNonNullableType(propType) as ts.UnionType).types.find(
            (p) => p.flags & ts.TypeFlags.Object,
          )
        : undefined;
      const objectSchema = resolve(sub).oneOf.find((s: Schema) => resolve(s).type === 'object');
      if (objectPart && objectSchema) compare(objectPart, objectSchema, pointer, out);
    }
  }
}

/** `checks`: a record of CheckSetting in the type, one property per registered check in the schema. */
function compareChecks(type: ts.Type, node: Schema, at: string, out: Difference[]): void {
  const setting = checker.getNonNullableType(type).getStringIndexType();
  if (!setting) {
    out.push({ pointer: at, problem: 'type is not a record keyed by check id' });
    return;
  }
  for (const [id, sub] of Object.entries(node.properties as Record<string, Schema>)) {
    const settingSchema = { ...sub, properties: { ...sub.properties, params: { type: 'object' } } };
    compare(setting, settingSchema, `${at}/${id}`, out);
  }
}

describe('AcceptanceProfile (TypeScript) and the JSON Schema', () => {
  test('found the type to compare', () => {
    expect(checker.getPropertiesOfType(profileType).map((p) => p.name)).toContain('delivery');
  });

  test('agree on every setting, its optionality and its kind of value', () => {
    expect(differencesWith(schema)).toEqual([]);
  });

  test('the comparison notices a drift', () => {
    const drifted = structuredClone(schema);
    drifted.properties.file.properties.maxPages.type = 'string';
    drifted.properties.delivery.properties.faxNumber = { type: 'string' };
    delete drifted.properties.ocr.properties.dpi;
    drifted.properties.buyer.required = [];
    drifted.properties.channels.enum.push('email');
    delete drifted.$defs.fieldRule.properties.labels;
    expect(differencesWith(drifted)).toEqual(
      expect.arrayContaining([
        { pointer: '/file/maxPages', problem: 'type says number, schema says string' },
        { pointer: '/delivery/faxNumber', problem: 'in the schema, not in the type' },
        { pointer: '/ocr/dpi', problem: 'in the type, not in the schema' },
        { pointer: '/buyer/name', problem: 'required in the type, optional in the schema' },
        {
          pointer: '/channels',
          problem: 'type says enum(both,ocr,text), schema says enum(both,email,ocr,text)',
        },
        { pointer: '/fields/iban/labels', problem: 'in the type, not in the schema' },
      ]),
    );
  });
});
