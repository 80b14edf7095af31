/**
 * The preset picker grouped by vendor (GET /api/presets `groups`): one <optgroup> per vendor, in the
 * server's order, each labelled in the page language. Used by the upload page (app.js) and the
 * profile editor (editor.js). An answer without `groups` (an older server) gives one flat list.
 */

import { inLang as inPageLang } from './lang.js';

/** A name in the page language: `names[lang]`, else English (or Dutch), else the fallback. */
const inLang = (names, lang, fallback) => inPageLang(names, lang) ?? fallback;

/**
 * Fills `select` with the presets, grouped by vendor, choosing `chosenId`.
 * @param {HTMLSelectElement} select
 * @param {{presets: {id: string, name: string, names?: Record<string, string>}[], groups?: {vendor: string, names: Record<string, string>, presets: string[]}[]}} body
 * @param {string} lang
 * @param {string | undefined} chosenId
 */
export function fillPresetSelect(select, body, lang, chosenId) {
  const byId = new Map(body.presets.map((p) => [p.id, p]));
  const option = (p) => {
    const node = document.createElement('option');
    node.value = p.id;
    node.textContent = inLang(p.names, lang, p.name);
    node.selected = p.id === chosenId;
    return node;
  };
  select.replaceChildren();
  const grouped = new Set();
  for (const group of body.groups ?? []) {
    const members = group.presets.map((id) => byId.get(id)).filter(Boolean);
    if (members.length === 0) continue;
    const node = document.createElement('optgroup');
    node.dataset.vendor = group.vendor;
    node.label = inLang(group.names, lang, group.vendor);
    for (const p of members) {
      node.append(option(p));
      grouped.add(p.id);
    }
    select.append(node);
  }
  // Presets in no group (or every preset, from a server without groups) follow as plain options.
  for (const p of body.presets) if (!grouped.has(p.id)) select.append(option(p));
}

/** Renames the groups and options of a filled select for another page language, keeping the choice. */
export function relabelPresetSelect(select, body, lang) {
  const byId = new Map(body.presets.map((p) => [p.id, p]));
  const groups = new Map((body.groups ?? []).map((g) => [g.vendor, g]));
  for (const node of select.querySelectorAll('optgroup'))
    node.label = inLang(groups.get(node.dataset.vendor)?.names, lang, node.dataset.vendor ?? '');
  for (const node of select.options) {
    const p = byId.get(node.value);
    if (p) node.textContent = inLang(p.names, lang, p.name);
  }
}
