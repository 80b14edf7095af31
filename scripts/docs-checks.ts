/** `npm run docs:checks`: rewrites the check table in docs/checks.md from the check declarations. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fromRoot } from '../runtime/paths.js';
import { CHECK_TABLE_FILE, withCheckTable } from './check-table.js';

const file = fromRoot(...CHECK_TABLE_FILE);
const before = readFileSync(file, 'utf8');
const after = withCheckTable(before);
if (after === before) console.log('docs/checks.md: check table already up to date.');
else {
  writeFileSync(file, after);
  console.log('docs/checks.md: check table rewritten.');
}
