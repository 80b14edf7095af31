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

/** A vendor group of presets (`profiles/preset-vendors.json`), in the order the pages show them. */
export interface PresetGroup {
  /** The vendor's id, e.g. `abbyy`; `generic` for presets that mirror no one product. */
  readonly vendor: string;
  /** The group's name in every page language. */
  readonly names: LocalizedText;
  /** The presets of this vendor, by id, in the order shown. */
  readonly presets: readonly string[];
}

let groups: readonly PresetGroup[] | undefined;

/**
 * The presets grouped by vendor. Every preset is in exactly one group and every id names a preset:
 * anything else is a mistake in `profiles/preset-vendors.json` and throws on first use.
 */
export function presetGroups(): readonly PresetGroup[] {
  if (groups) return groups;
  const read = (
    JSON.parse(readFileSync(fromRoot('profiles', 'preset-vendors.json'), 'utf8')) as {
      groups: PresetGroup[];
    }
  ).groups;
  const seen = new Set<string>();
  for (const group of read)
    for (const id of group.presets) {
      if (!findPreset(id)) throw new Error(`preset-vendors.json names no preset "${id}"`);
      if (seen.has(id)) throw new Error(`preset-vendors.json puts "${id}" in two groups`);
      seen.add(id);
    }
  const missing = [...presets().keys()].filter((id) => !seen.has(id));
  if (missing.length > 0) throw new Error(`preset-vendors.json misses ${missing.join(', ')}`);
  groups = read;
  return groups;
}

/** The vendor id of a preset, or undefined for an unknown preset. */
export function presetVendor(id: string): string | undefined {
  return presetGroups().find((g) => g.presets.includes(id))?.vendor;
}
