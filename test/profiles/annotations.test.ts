import { describe, expect, test } from '@jest/globals';
import { DEFAULT_MAX_BYTES } from '../../checks/file-max-size.js';
import { registry } from '../../checks/index.js';
import { DEFAULT_MAX_LENGTH } from '../../checks/mail-attachment-name.js';
import { DEFAULT_OCR_DPI } from '../../engine/model/profile.js';
import { annotatedProfileSchema, SETTING_TEXTS } from '../../profiles/annotations.js';
import { profileSchema } from '../../profiles/schema.js';

type Json = Record<string, any>;

/** Every setting the editor edits, with the annotation found for it (as the editor looks it up). */
function settings(schema: Json): { pointer: string; labels?: Json; node: Json }[] {
  const out: { pointer: string; labels?: Json; node: Json }[] = [];
  const walk = (node: Json, pointer: string, labels: Json | undefined) => {
    const target = typeof node.$ref === 'string' ? schema.$defs[node.$ref.replace('#/$defs/', '')] : {};
    const merged = { ...target, ...node, properties: node.properties ?? target.properties };
    const own = node['x-labels'] ?? target['x-labels'] ?? labels;
    if (merged.properties && merged.type !== undefined) {
      for (const [key, child] of Object.entries(merged.properties as Json))
        walk(child as Json, `${pointer}/${key}`, undefined);
      return;
    }
    out.push({ pointer, labels: own, node: merged });
  };
  for (const [key, child] of Object.entries(schema.properties as Json))
    if (!['$schema', 'id', 'version'].includes(key)) walk(child as Json, `/${key}`, undefined);
  return out;
}

describe('the annotated profile schema', () => {
  const schema = annotatedProfileSchema();
  const all = settings(schema);

  test('names and explains every setting in Dutch and English, never by its raw key', () => {
    expect(all.length).toBeGreaterThan(100);
    const missing = all.filter(
      ({ labels }) => !labels?.title?.nl?.trim() || !labels?.title?.en?.trim() || !labels?.description,
    );
    expect(missing.map((s) => s.pointer)).toEqual([]);
    for (const { pointer, labels } of all) {
      const key = pointer.split('/').pop();
      expect([pointer, labels!.title.nl]).not.toEqual([pointer, key]);
    }
  });

  test('gives the defaults the engine applies, in its own units', () => {
    const at = (pointer: string) => all.find((s) => s.pointer === pointer)!;
    expect(at('/ocr/dpi').node.default).toBe(DEFAULT_OCR_DPI);
    expect(at('/file/maxBytes').node.default).toBe(DEFAULT_MAX_BYTES);
    expect(at('/ocr/dpi').labels!.unit).toEqual({ nl: 'DPI', en: 'DPI', de: 'DPI', fr: 'DPI' });
    expect(at('/file/pdfVersions/min').labels!.defaultText.nl).toBe('elke versie');
    expect(at('/mail/fileName/maxLength').node.default).toBe(DEFAULT_MAX_LENGTH);
    expect(at('/mail/pdfsPerMessage').node.default).toBe('one');
    expect(at('/delivery/samplesRequired').node.default).toBe(1);
    expect(at('/mail/otherAttachments').labels!.defaultText.en).toBe('not judged');
    for (const check of registry) {
      expect(at(`/checks/${check.id}/severity`).node.default).toBe(check.defaultSeverity);
      expect(at(`/checks/${check.id}/enabled`).node.default).toBe(check.defaultEnabled ?? true);
    }
  });

  test('names every invoice field and every check in both languages', () => {
    const props = schema.properties as Json;
    for (const id of Object.keys(props.fields.properties))
      expect(props.fields.properties[id]['x-labels'].title.nl).toMatch(/\S/);
    for (const check of registry)
      expect(props.checks.properties[check.id]['x-labels'].title).toEqual(check.title);
  });

  test('has no texts for settings that do not exist', () => {
    const pointers = new Set(all.map((s) => s.pointer.replace(/^\/fields\/[^/]+\//, '/fields/*/')));
    pointers.add('/checks/*/enabled');
    pointers.add('/checks/*/severity');
    const unknown = Object.keys(SETTING_TEXTS.settings).filter((p) => !pointers.has(p));
    expect(unknown).toEqual([]);
  });

  test('leaves the schema that validates profiles without annotations', () => {
    expect(JSON.stringify(profileSchema())).not.toContain('x-labels');
  });
});
