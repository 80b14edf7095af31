import { describe, expect, test } from '@jest/globals';
import { registry } from '../../checks/index.js';
import { presets } from '../../profiles/presets.js';
import { profileSchema, validateProfile } from '../../profiles/schema.js';

const fallback = { id: 'x', version: 1 };

describe('profile schema', () => {
  test('every preset validates and names its id', () => {
    expect(presets().size).toBeGreaterThan(0);
    for (const [id, profile] of presets()) {
      expect(profile.id).toBe(id);
      expect(validateProfile(profile, fallback).ok).toBe(true);
    }
  });

  test('the checks section lists exactly the registered checks', () => {
    const checks = (profileSchema().properties as Record<string, any>).checks;
    expect(Object.keys(checks.properties).sort()).toEqual(registry.map((c) => c.id).sort());
    expect(checks.additionalProperties).toBe(false);
  });

  test('fills id and version from the fallback when the document has none', () => {
    const result = validateProfile({ name: 'Mine', channels: 'both' }, { id: 'mine', version: 3 });
    expect(result.ok && result.profile).toMatchObject({ id: 'mine', version: 3, channels: 'both' });
  });

  test.each([
    [{ channels: 'text' }, '/name', 'This setting is required.'],
    [{ name: 'A', channels: 'pdf' }, '/channels', 'Must be one of: "text", "ocr", "both".'],
    [
      { name: 'A', channels: 'text', colour: 'red' },
      '/colour',
      'Unknown setting "colour": check the spelling.',
    ],
    [{ name: 'A', channels: 'text', file: { maxPages: 0 } }, '/file/maxPages', 'Must be at least 1.'],
    [
      { name: 'A', channels: 'text', file: { maxBytes: '10MB' } },
      '/file/maxBytes',
      'Must be a whole number.',
    ],
    [
      { name: 'A', channels: 'text', checks: { 'pdf.nope': {} } },
      '/checks/pdf.nope',
      'There is no check called "pdf.nope".',
    ],
    [
      { name: 'A', channels: 'text', checks: { 'text.layer-present': { severity: 'fatal' } } },
      '/checks/text.layer-present/severity',
      'Must be one of: "error", "warning", "info".',
    ],
    [
      { name: 'A', channels: 'text', checks: { 'text.layer-present': { params: { minChars: 0 } } } },
      '/checks/text.layer-present/params/minChars',
      'Must be at least 1.',
    ],
    [
      { name: 'A', channels: 'text', checks: { 'text.layer-present': { params: { maxChars: 3 } } } },
      '/checks/text.layer-present/params/maxChars',
      'Unknown setting "maxChars": check the spelling.',
    ],
  ])('rejects %j at %s', (profile, pointer, message) => {
    const result = validateProfile(profile, fallback);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual({ pointer, message });
  });

  test('reports every problem at once', () => {
    const result = validateProfile({ channels: 'x', file: { maxPages: -1 } }, fallback);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.pointer).sort()).toEqual(['/channels', '/file/maxPages', '/name']);
  });
});
