/**
 * GET /api/presets groups the presets by vendor (profiles/preset-vendors.json) while keeping its flat
 * list: every preset names its vendor, and `groups` lists each vendor once with its presets.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ workers: 1 });
});
afterAll(() => server.close());

interface PresetsBody {
  presets: { id: string; name: string; names: { nl: string; en: string }; vendor: string }[];
  default: string;
  groups: { vendor: string; names: { nl: string; en: string }; presets: string[] }[];
}

describe('GET /api/presets', () => {
  test('keeps the flat list and the default, and gives each preset its vendor', async () => {
    const body = (await fetch(`${server.url}/api/presets`).then((r) => r.json())) as PresetsBody;
    expect(body.default).toBe('lenient');
    const vendorOf = Object.fromEntries(body.presets.map((p) => [p.id, p.vendor]));
    expect(vendorOf).toMatchObject({
      lenient: 'generic',
      'cloud-capture': 'microsoft',
      rossum: 'rossum',
      'kofax-readsoft-online': 'tungsten',
      'kofax-totalagility': 'tungsten',
      'abbyy-flexicapture': 'abbyy',
      'abbyy-vantage': 'abbyy',
      yooz: 'yooz',
      'exact-online': 'exact',
      twinfield: 'wolters-kluwer',
      afas: 'afas',
      invoicesharing: 'invoicesharing',
    });
  });

  test('groups the presets by vendor: each vendor once, each preset in its vendor’s group only, in the flat list’s order', async () => {
    const body = (await fetch(`${server.url}/api/presets`).then((r) => r.json())) as PresetsBody;
    const vendors = body.groups.map((g) => g.vendor);
    expect(new Set(vendors).size).toBe(vendors.length);
    expect(vendors[0]).toBe('generic');
    const tungsten = body.groups.find((g) => g.vendor === 'tungsten');
    expect(tungsten).toEqual({
      vendor: 'tungsten',
      names: {
        nl: 'Tungsten Automation (Kofax)',
        en: 'Tungsten Automation (Kofax)',
        de: 'Tungsten Automation (Kofax)',
        fr: 'Tungsten Automation (Kofax)',
      },
      presets: ['kofax-readsoft-online', 'kofax-totalagility'],
    });
    expect(body.groups[0]?.names).toEqual({
      nl: 'Algemeen',
      en: 'Generic',
      de: 'Allgemein',
      fr: 'Générique',
    });
    // The flat list holds the same presets in the groups' order: the default (generic) one first.
    expect(body.presets.map((p) => p.id)).toEqual(body.groups.flatMap((g) => g.presets));
    expect(body.presets[0]?.id).toBe('lenient');
    for (const group of body.groups)
      for (const id of group.presets)
        expect(body.presets.find((p) => p.id === id)?.vendor).toBe(group.vendor);
  });

  test('serves every vendor preset whole', async () => {
    const body = (await fetch(`${server.url}/api/presets`).then((r) => r.json())) as PresetsBody;
    for (const id of body.groups.filter((g) => g.vendor !== 'generic').flatMap((g) => g.presets)) {
      const res = await fetch(`${server.url}/api/presets/${id}`);
      expect(res.status).toBe(200);
      const preset = (await res.json()) as { id: string; source: string };
      expect(preset.id).toBe(id);
      expect(preset.source.length).toBeGreaterThan(200);
    }
  });
});
