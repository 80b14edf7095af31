/**
 * The profile schema as the editor reads it: every setting annotated with its name, help text and unit
 * in Dutch and English (`setting-texts.json`, data) and its actual default (`default`, taken from the
 * constants the checks and the pipeline use, so the editor never shows a default the engine does not
 * apply). Served by `GET /api/schema/profile`; validation uses the plain schema (`schema.ts`).
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_MAX_BYTES } from '../checks/file-max-size.js';
import { DEFAULT_MIN_IMAGE_DPI } from '../checks/images-min-dpi.js';
import { registry } from '../checks/index.js';
import { DEFAULT_MAX_LENGTH as DEFAULT_MAX_FILE_NAME_LENGTH } from '../checks/mail-attachment-name.js';
import { DEFAULT_MIN_CONFIDENCE } from '../checks/ocr-min-confidence.js';
import { DEFAULT_MAX_SKEW_DEGREES } from '../checks/ocr-skew.js';
import { DEFAULT_MIN_TEXT_HEIGHT_PX } from '../checks/ocr-text-height.js';
import { DEFAULT_MAX_GARBLED_RATIO } from '../checks/text-garbled.js';
import type { LocalizedText } from '../engine/model/finding.js';
import { DEFAULT_MAX_PAGES, DEFAULT_OCR_DPI } from '../engine/model/profile.js';
import { fromRoot } from './files.js';
import { profileSchema } from './schema.js';

/** A text of the profile editor, in every user language. */
type EditorText = LocalizedText;

/** The words for one setting. */
export interface SettingText {
  /** Its name, as a form label. */
  readonly label: EditorText;
  /** One or two plain sentences ('' when the label says it all). */
  readonly help: EditorText;
  /** The unit of a number ("DPI", "pagina's"). */
  readonly unit?: EditorText;
  /** What happens when the setting is left out, where that is not a number ("any version"). */
  readonly defaultText?: EditorText;
}

/** The contents of `setting-texts.json`. */
export interface SettingTexts {
  /** By JSON Pointer; `*` stands for every field (`/fields/*\/required`) or every check. */
  readonly settings: Readonly<Record<string, SettingText>>;
  /** The invoice fields' names. */
  readonly fields: Readonly<Record<string, EditorText>>;
  /** The names of enumerated values, by the pointer of their setting. */
  readonly options: Readonly<Record<string, Readonly<Record<string, EditorText>>>>;
}

/** The texts of every setting. */
export const SETTING_TEXTS = JSON.parse(
  readFileSync(fromRoot('profiles', 'setting-texts.json'), 'utf8'),
) as SettingTexts;

/** The defaults the engine applies when a setting is left out. */
export const SETTING_DEFAULTS: Readonly<Record<string, number | string>> = {
  '/file/maxBytes': DEFAULT_MAX_BYTES,
  '/file/maxPages': DEFAULT_MAX_PAGES,
  '/text/maxGarbledRatio': DEFAULT_MAX_GARBLED_RATIO,
  '/ocr/dpi': DEFAULT_OCR_DPI,
  '/ocr/minConfidence': DEFAULT_MIN_CONFIDENCE,
  '/ocr/minImageDpi': DEFAULT_MIN_IMAGE_DPI,
  '/ocr/minTextHeightPx': DEFAULT_MIN_TEXT_HEIGHT_PX,
  '/ocr/maxSkewDegrees': DEFAULT_MAX_SKEW_DEGREES,
  // server/services/invitations.ts: `samplesRequired ?? 1`.
  '/delivery/samplesRequired': 1,
  // checks/mail-pdf-count.ts: `pdfsPerMessage ?? 'one'`.
  '/mail/pdfsPerMessage': 'one',
  '/mail/fileName/maxLength': DEFAULT_MAX_FILE_NAME_LENGTH,
};

type Json = Record<string, unknown>;
const child = (node: Json | undefined, key: string): Json | undefined =>
  (node?.properties as Json | undefined)?.[key] as Json | undefined;

/** The schema node a settings pointer names (`*` under /fields and /checks included). */
function nodeAt(schema: Json, pointer: string): Json | undefined {
  const parts = pointer.split('/').slice(1);
  if (parts[0] === 'fields' && parts[1] === '*')
    return child((schema.$defs as Json).fieldRule as Json, parts[2] ?? '');
  if (parts[0] === 'checks' && parts[1] === '*') return undefined; // per check, below
  let node: Json | undefined = schema;
  for (const part of parts) {
    node = child(node, part);
    const ref = typeof node?.$ref === 'string' ? node.$ref : undefined;
    if (ref?.startsWith('#/$defs/') && !node?.properties)
      node = { ...((schema.$defs as Json)[ref.slice('#/$defs/'.length)] as Json), ...node };
    if (!node) return undefined;
  }
  return node;
}

const labels = (text: SettingText, options?: Readonly<Record<string, EditorText>>): Json => ({
  title: text.label,
  description: text.help,
  ...(text.unit ? { unit: text.unit } : {}),
  ...(text.defaultText ? { defaultText: text.defaultText } : {}),
  ...(options ? { options } : {}),
});

/**
 * The full schema (`profileSchema()`) with `x-labels` (`{title, description, unit?, defaultText?,
 * options?}`, each in nl and en) on every setting and `default` where the engine applies one.
 */
export function annotatedProfileSchema(): Json {
  const schema = structuredClone(profileSchema());
  const put = (node: Json | undefined, pointer: string, text: SettingText | undefined): void => {
    if (!node || !text) return;
    node['x-labels'] = labels(text, SETTING_TEXTS.options[pointer]);
    const fallback = SETTING_DEFAULTS[pointer];
    if (fallback !== undefined) node.default = fallback;
  };
  const props = schema.properties as Json;
  for (const [pointer, text] of Object.entries(SETTING_TEXTS.settings)) {
    if (pointer.startsWith('/checks/')) continue;
    const node = nodeAt(schema, pointer);
    // A $ref'd leaf (pdfVersions/min) gets its own copy so the annotation stays on that setting.
    if (node && pointer.startsWith('/file/pdfVersions/')) {
      const versions = (child(props.file as Json, 'pdfVersions') as Json).properties as Json;
      const key = pointer.split('/').pop() ?? '';
      versions[key] = { ...(versions[key] as Json) };
      put(versions[key] as Json, pointer, text);
      continue;
    }
    put(node, pointer, text);
  }
  const fields = (props.fields as Json).properties as Json;
  for (const [id, name] of Object.entries(SETTING_TEXTS.fields)) {
    const node = fields[id] as Json | undefined;
    if (node) node['x-labels'] = { title: name };
  }
  const checks = (props.checks as Json).properties as Json;
  for (const check of registry) {
    const node = checks[check.id] as Json;
    node['x-labels'] = { title: check.title };
    const enabled = child(node, 'enabled') as Json;
    enabled.default = check.defaultEnabled ?? true;
    const enabledText = SETTING_TEXTS.settings['/checks/*/enabled'];
    if (enabledText) enabled['x-labels'] = labels(enabledText);
    const severity = child(node, 'severity') as Json;
    severity.default = check.defaultSeverity;
    const severityText = SETTING_TEXTS.settings['/checks/*/severity'];
    if (severityText)
      severity['x-labels'] = labels(severityText, SETTING_TEXTS.options['/checks/*/severity']);
    const params = (child(node, 'params')?.properties ?? {}) as Json;
    for (const name of Object.keys(params)) {
      const text = SETTING_TEXTS.settings[`/checks/${check.id}/params/${name}`];
      params[name] = { ...(params[name] as Json) };
      if (text) (params[name] as Json)['x-labels'] = labels(text);
    }
  }
  return schema;
}
