/** `--profile ID|PATH`: a preset id, or the path of a profile JSON file (validated like any profile). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AcceptanceProfile } from '../engine/model/profile.js';
import { DEFAULT_PRESET_ID, findPreset, presets } from '../profiles/presets.js';
import { validateProfile } from '../profiles/schema.js';

/** A profile that cannot be used, with a message for the terminal. */
export class ProfileRefError extends Error {}

/** Loads the profile a `--profile` value names. */
export function loadProfileRef(ref: string | undefined): AcceptanceProfile {
  const value = ref ?? DEFAULT_PRESET_ID;
  const preset = findPreset(value);
  if (preset) return preset;
  if (!existsSync(value)) {
    throw new ProfileRefError(
      `No preset or file called "${value}". Presets: ${[...presets().keys()].join(', ')}.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(value, 'utf8'));
  } catch (error) {
    throw new ProfileRefError(
      `${value} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const id =
    path
      .basename(value, '.json')
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+/, '') || 'file';
  const result = validateProfile(json, { id, version: 1 });
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${p.pointer || '/'}: ${p.message}`);
    throw new ProfileRefError(`${value} is not a valid profile:\n${lines.join('\n')}`);
  }
  return result.profile;
}
