/** Preset profiles: the JSON files in `profiles/examples/`, validated once when first asked for. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LocalizedText } from '../engine/model/finding.js';
import type { AcceptanceProfile } from '../engine/model/profile.js';
import { fromRoot } from './files.js';
import { validateProfile } from './schema.js';

const folder = fromRoot('profiles', 'examples');

/** The default preset. */
export const DEFAULT_PRESET_ID = 'lenient';

let cache: ReadonlyMap<string, AcceptanceProfile> | undefined;
let names: Readonly<Record<string, LocalizedText>> | undefined;

function load(): ReadonlyMap<string, AcceptanceProfile> {
  const presets = new Map<string, AcceptanceProfile>();
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const id = file.replace(/\.json$/, '');
    const result = validateProfile(JSON.parse(readFileSync(path.join(folder, file), 'utf8')), {
      id,
      version: 1,
    });
    if (!result.ok) throw new Error(`Preset ${file} is invalid: ${JSON.stringify(result.problems)}`);
    presets.set(id, { ...result.profile, id });
  }
  return presets;
}

/** Every preset by id. */
export function presets(): ReadonlyMap<string, AcceptanceProfile> {
  cache ??= load();
  return cache;
}

/** A preset by id, or undefined. */
export function findPreset(id: string): AcceptanceProfile | undefined {
  return presets().get(id);
}

/**
 * A preset's name in every user language (`profiles/preset-names.json`); a preset without a translation
 * shows its own name in both.
 */
export function presetNames(id: string): LocalizedText | undefined {
  names ??= (
    JSON.parse(readFileSync(fromRoot('profiles', 'preset-names.json'), 'utf8')) as {
      names: Record<string, LocalizedText>;
    }
  ).names;
  const preset = findPreset(id);
  if (!preset) return undefined;
  return names[id] ?? { nl: preset.name, en: preset.name, de: preset.name, fr: preset.name };
}
